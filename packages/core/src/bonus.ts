/**
 * Bonus for the concise correct answer (docs/method.md section 4): in each group, the
 * shortest correct response (ties: lowest index) gets `coef` added when it is at
 * least `minLength` tokens. Both recipe bugs are fixed: a group with no correct
 * response gets no bonus, and "correct" is the accuracy reward, not the total.
 */
import { checkBoolean, checkKnownKeys, checkNumber } from "./errors.js";

export interface BonusConfig {
  enabled: boolean;
  /** Reward added to the chosen response. */
  coef: number;
  /** Floor in response tokens, against degenerate one-line answers. */
  minLength: number;
}

export const DEFAULT_BONUS_CONFIG: Readonly<BonusConfig> = Object.freeze({ enabled: true, coef: 0.2, minLength: 100 });

export function resolveBonusConfig(partial: Partial<BonusConfig> = {}, key = "algorithm.bonus"): BonusConfig {
  checkKnownKeys(partial, ["enabled", "coef", "minLength"], key);
  return {
    enabled: checkBoolean(partial.enabled ?? DEFAULT_BONUS_CONFIG.enabled, `${key}.enabled`),
    coef: checkNumber(partial.coef ?? DEFAULT_BONUS_CONFIG.coef, `${key}.coef`, { min: 0 }),
    minLength: checkNumber(partial.minLength ?? DEFAULT_BONUS_CONFIG.minLength, `${key}.minLength`, { min: 0, integer: true }),
  };
}

/**
 * Index (relative to `start`) of the response that earns the bonus in the group
 * [start, end), or -1. `correct[i]` is true when response i is correct.
 */
export function bonusIndex(
  correct: ArrayLike<boolean | number>,
  lengths: ArrayLike<number>,
  minLength: number,
  start = 0,
  end = correct.length,
): number {
  let best = -1;
  let bestLen = Infinity;
  for (let i = start; i < end; i++) {
    // Strict < keeps the lowest index on ties.
    if (correct[i] && lengths[i]! < bestLen) {
      best = i;
      bestLen = lengths[i]!;
    }
  }
  return best >= 0 && bestLen >= minLength ? best - start : -1;
}

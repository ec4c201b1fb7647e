/**
 * DAPO's soft overlong punishment (arXiv 2503.14476, eq. 13): a response of L tokens, with
 * generation budget L_max and a buffer of L_cache tokens before it, gets
 *
 *   0                                     when L <= L_max - L_cache
 *   ((L_max - L_cache) - L) / L_cache     when L_max - L_cache < L <= L_max
 *   -1                                    when L > L_max
 *
 * times penalty_factor, added to its reward before group normalisation. Same arithmetic as
 * verl's DAPO reward manager (reward_model.overlong_buffer.{enable,len,penalty_factor}) and
 * EasyR1's examples/reward_function/dapo.py (soft_overlong_punishment).
 */
import { checkBoolean, checkKnownKeys, checkNumber, CoreConfigError } from "./errors.js";

export interface OverlongConfig {
  enabled: boolean;
  /** L_cache: tokens before the budget over which the penalty grows from 0 to -penaltyFactor. */
  bufferLength: number;
  penaltyFactor: number;
  /** L_max: the generation budget (data.max_response_length). */
  maxResponseLength: number;
}

export const DEFAULT_OVERLONG_CONFIG: Readonly<OverlongConfig> = Object.freeze({
  enabled: false, bufferLength: 4096, penaltyFactor: 1.0, maxResponseLength: 8192,
});

export function resolveOverlongConfig(partial: Partial<OverlongConfig> = {}, key = "worker.reward.overlong_buffer"): OverlongConfig {
  checkKnownKeys(partial, ["enabled", "bufferLength", "penaltyFactor", "maxResponseLength"], key);
  const d = DEFAULT_OVERLONG_CONFIG;
  const cfg = {
    enabled: checkBoolean(partial.enabled ?? d.enabled, `${key}.enable`),
    bufferLength: checkNumber(partial.bufferLength ?? d.bufferLength, `${key}.len`, { min: 1, integer: true }),
    penaltyFactor: checkNumber(partial.penaltyFactor ?? d.penaltyFactor, `${key}.penalty_factor`, { min: 0 }),
    maxResponseLength: checkNumber(partial.maxResponseLength ?? d.maxResponseLength, "data.max_response_length", { min: 1, integer: true }),
  };
  if (cfg.enabled && cfg.bufferLength > cfg.maxResponseLength) {
    throw new CoreConfigError(`${key}.len`, `${cfg.bufferLength} exceeds data.max_response_length (${cfg.maxResponseLength})`,
      "Use a buffer shorter than the response budget (DAPO: 4096 of 20480)");
  }
  return cfg;
}

/** The penalty (<= 0) for a response of `length` tokens; 0 when shaping is off. */
export function overlongPenalty(length: number, cfg: OverlongConfig): number {
  if (!cfg.enabled) return 0;
  const expected = cfg.maxResponseLength - cfg.bufferLength;
  if (length <= expected) return 0;
  if (length > cfg.maxResponseLength) return -cfg.penaltyFactor;
  return ((expected - length) / cfg.bufferLength) * cfg.penaltyFactor;
}

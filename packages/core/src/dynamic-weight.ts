/**
 * Dynamic weighting (docs/method.md section 5): a group whose fraction of correct
 * responses is p has its advantages multiplied by 4 * sigma * p * (1 - p).
 * sigma = 1.8: p = 1/2 weighs 1.8, p = 1/8 or 7/8 weighs 0.7875, p = 0 or 1 weighs 0.
 * It scales the advantage, not the loss.
 */
import { checkBoolean, checkKnownKeys, checkNumber } from "./errors.js";

export interface DynamicWeightConfig {
  enabled: boolean;
  /** Peak weight, reached at p = 1/2. */
  sigma: number;
}

export const DEFAULT_DYNAMIC_WEIGHT_CONFIG: Readonly<DynamicWeightConfig> = Object.freeze({ enabled: true, sigma: 1.8 });

export function resolveDynamicWeightConfig(partial: Partial<DynamicWeightConfig> = {}, key = "algorithm.dynamic_weight"): DynamicWeightConfig {
  checkKnownKeys(partial, ["enabled", "sigma"], key);
  return {
    enabled: checkBoolean(partial.enabled ?? DEFAULT_DYNAMIC_WEIGHT_CONFIG.enabled, `${key}.enabled`),
    sigma: checkNumber(partial.sigma ?? DEFAULT_DYNAMIC_WEIGHT_CONFIG.sigma, `${key}.sigma`, { min: 0 }),
  };
}

/** Weight for a group with accuracy p in [0, 1]. */
export function dynamicWeight(p: number, sigma: number = DEFAULT_DYNAMIC_WEIGHT_CONFIG.sigma): number {
  return 4 * sigma * p * (1 - p);
}

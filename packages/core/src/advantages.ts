/**
 * Sequence-level advantages per group of responses to one prompt, with the names
 * verl/EasyR1 use for `algorithm.adv_estimator`:
 *   grpo                          (r - mean) / (std + eps), std with n-1 (torch.std)
 *   dr_grpo                       r - mean (Dr. GRPO drops the std division)
 *   rloo                          r - mean of the other n-1 responses
 *   reinforce_plus_plus_baseline  r - group mean, then whitened over the whole batch
 * A group of one response has no baseline to compare with, so its advantage is 0
 * (verl differs: its grpo/rloo keep the raw score r, reinforce_plus_plus_baseline
 * whitens r; EasyR1's grpo asserts n > 1). The config refuses rollout.n = 1.
 * reinforce_plus_plus_baseline and KL: verl sums the per-token KL-in-reward penalty
 * into the score before the group mean and the whitening; here the core never sees
 * KL, and the worker adds each token's KL return after whitening (docs/method.md §6's
 * placement for every estimator), so the penalty keeps its kl_coef scale.
 * Dynamic weighting then scales each group (dynamic-weight.ts). No clipping here:
 * the worker clamps token advantages once, after adding the KL-in-reward returns
 * (docs/method.md section 6, algorithm.advantage_clip).
 */
import { checkKnownKeys, checkNumber, checkOneOf, CoreConfigError, CoreInputError } from "./errors.js";

export const ADVANTAGE_ESTIMATORS = ["grpo", "dr_grpo", "rloo", "reinforce_plus_plus_baseline"] as const;
export type AdvantageEstimator = (typeof ADVANTAGE_ESTIMATORS)[number];

export interface AdvantageConfig {
  estimator: AdvantageEstimator;
  /** Added to the group std in grpo. */
  eps: number;
}

export const DEFAULT_ADVANTAGE_CONFIG: Readonly<AdvantageConfig> = Object.freeze({ estimator: "grpo", eps: 1e-9 });

export function resolveAdvantageConfig(partial: Partial<AdvantageConfig> = {}, key = "algorithm"): AdvantageConfig {
  checkKnownKeys(partial, ["estimator", "eps"], key);
  const estimator = partial.estimator ?? DEFAULT_ADVANTAGE_CONFIG.estimator;
  if (typeof estimator === "string" && estimator.toLowerCase() === "gae") {
    throw new CoreConfigError(`${key}.estimator`, '"gae" needs a critic, which Observe-R1 does not train', `Use one of: ${ADVANTAGE_ESTIMATORS.join(", ")}`);
  }
  return {
    estimator: checkOneOf(estimator, ADVANTAGE_ESTIMATORS, `${key}.estimator`),
    eps: checkNumber(partial.eps ?? DEFAULT_ADVANTAGE_CONFIG.eps, `${key}.eps`, { min: 0 }),
  };
}

// verl's masked_whiten adds 1e-8 to the variance; kept for parity.
const WHITEN_EPS = 1e-8;

/**
 * Advantages for `rewards` laid out in groups by `offsets` (length G+1).
 * `groupWeight` (length G, optional) multiplies each group after normalisation.
 * `lengths` weight the batch whitening of reinforce_plus_plus_baseline by
 * response tokens, as verl whitens over tokens; without them each response counts once.
 */
export function computeAdvantages(
  rewards: ArrayLike<number>,
  offsets: ArrayLike<number>,
  config: AdvantageConfig = DEFAULT_ADVANTAGE_CONFIG,
  groupWeight?: ArrayLike<number>,
  lengths?: ArrayLike<number>,
  out: Float64Array = new Float64Array(rewards.length),
): Float64Array {
  const groups = offsets.length - 1;
  if (offsets[groups] !== rewards.length) throw new CoreInputError(`offsets end at ${offsets[groups]} but there are ${rewards.length} rewards`);
  if (groupWeight && groupWeight.length !== groups) throw new CoreInputError(`groupWeight has ${groupWeight.length} entries for ${groups} groups`);
  const { estimator, eps } = config;

  for (let g = 0; g < groups; g++) {
    const s = offsets[g]!;
    const e = offsets[g + 1]!;
    const n = e - s;
    if (n < 2) {
      for (let i = s; i < e; i++) out[i] = 0;
      continue;
    }
    let sum = 0;
    for (let i = s; i < e; i++) sum += rewards[i]!;
    const mean = sum / n;
    if (estimator === "grpo") {
      let ss = 0;
      for (let i = s; i < e; i++) ss += (rewards[i]! - mean) ** 2;
      const denom = Math.sqrt(ss / (n - 1)) + eps;
      for (let i = s; i < e; i++) out[i] = (rewards[i]! - mean) / denom;
    } else if (estimator === "rloo") {
      // r_i - (sum - r_i)/(n-1) = n/(n-1) * (r_i - mean)
      const k = n / (n - 1);
      for (let i = s; i < e; i++) out[i] = k * (rewards[i]! - mean);
    } else {
      for (let i = s; i < e; i++) out[i] = rewards[i]! - mean;
    }
  }

  if (estimator === "reinforce_plus_plus_baseline") whiten(out, lengths);

  if (groupWeight) {
    for (let g = 0; g < groups; g++) {
      const w = groupWeight[g]!;
      // w = 0 writes +0 rather than -0 for the negative advantages
      for (let i = offsets[g]!, e = offsets[g + 1]!; i < e; i++) out[i] = w === 0 ? 0 : out[i]! * w;
    }
  }
  return out;
}

/** In-place (x - mean) / sqrt(var + 1e-8), weighted, unbiased (verl masked_whiten over tokens). */
function whiten(x: Float64Array, weights?: ArrayLike<number>): void {
  if (weights && weights.length !== x.length) throw new CoreInputError(`lengths has ${weights.length} entries for ${x.length} responses`);
  let wsum = 0;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const w = weights ? weights[i]! : 1;
    wsum += w;
    sum += w * x[i]!;
  }
  if (wsum <= 1) return;
  const mean = sum / wsum;
  let ss = 0;
  for (let i = 0; i < x.length; i++) ss += (weights ? weights[i]! : 1) * (x[i]! - mean) ** 2;
  const variance = (ss / wsum) * (wsum / (wsum - 1)); // Bessel's correction over the counted units
  const inv = 1 / Math.sqrt(variance + WHITEN_EPS);
  for (let i = 0; i < x.length; i++) x[i] = (x[i]! - mean) * inv;
}

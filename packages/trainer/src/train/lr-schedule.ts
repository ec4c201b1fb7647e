// Learning rate per optimizer step: linear warm-up, then cosine down to lr * min_lr_ratio
// (the recipe: 1e-6 -> 1e-7 with 3% warm-up). The controller owns the schedule and
// sends each step's lr to the worker.
import type { ObserveConfig } from "../config/index.js";

/**
 * The lr of optimizer step `optimizerStep` (0-based) of `totalOptimizerSteps`, `updatesPerStep` of them per rollout
 * step. lr_warmup_steps counts rollout steps, as in EasyR1 and verl (their scheduler steps once per rollout step);
 * here the lr rises with each optimizer step inside them. lr_warmup_ratio is a share of the run either way.
 */
export function learningRate(
  optimizerStep: number, totalOptimizerSteps: number, optim: ObserveConfig["worker"]["actor"]["optim"], updatesPerStep: number,
): number {
  const warmup = optim.lr_warmup_steps !== null
    ? optim.lr_warmup_steps * updatesPerStep
    : Math.floor(optim.lr_warmup_ratio * totalOptimizerSteps);
  if (optimizerStep < warmup) return (optim.lr * (optimizerStep + 1)) / warmup;
  if (optim.lr_scheduler_type === "constant") return optim.lr;
  const decaySteps = Math.max(1, totalOptimizerSteps - warmup);
  const progress = Math.min(1, (optimizerStep - warmup) / decaySteps);
  const floor = optim.lr * optim.min_lr_ratio;
  const shape = optim.lr_scheduler_type === "linear" ? 1 - progress : 0.5 * (1 + Math.cos(Math.PI * progress));
  return floor + (optim.lr - floor) * shape;
}

// Quantities the loop needs that follow from several keys; one place so nobody
// re-derives them differently (EasyR1 counts global_batch_size in prompts).
import type { ObserveConfig } from "./schema.js";

/** Responses per rollout batch: prompts times samples per prompt (recipe: 128 * 8 = 1024). */
export function responsesPerRollout(config: ObserveConfig): number {
  return config.data.rollout_batch_size * config.worker.rollout.n;
}

/** Responses per PPO mini-batch, i.e. per optimizer step (recipe: 8 * 8 = 64). */
export function responsesPerUpdate(config: ObserveConfig): number {
  return config.worker.actor.global_batch_size * config.worker.rollout.n;
}

/** Optimizer steps per rollout batch and PPO epoch (recipe: 1024 / 64 = 16). */
export function updatesPerRollout(config: ObserveConfig): number {
  return config.data.rollout_batch_size / config.worker.actor.global_batch_size;
}

/** Whether a reference policy is needed at all (for a KL reward penalty or a KL loss). */
export function needsReference(config: ObserveConfig): boolean {
  const { disable_kl, kl_coef } = config.algorithm;
  return !disable_kl && kl_coef > 0;
}

/** Devices taking part in training; CPU (n_gpus_per_node 0) counts as one per node. */
export function worldSize(config: ObserveConfig): number {
  return Math.max(1, config.trainer.n_gpus_per_node) * config.trainer.nnodes;
}

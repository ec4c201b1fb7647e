// How a config becomes the worker's launch (torchrun) and rollout-engine settings; one place
// shared by training and ladder building, so both run on the same GPUs and engine.
import {
  type DistributedOptions, type LoadModelOptions, type Logger, type MicroBatching, type OptimizerOptions, spawnWorker, type UpdateOptions,
  type WorkerClient,
} from "@observe-r1/bridge";
import { needsReference, type ObserveConfig } from "../config/index.js";

export function distributedOptions(config: ObserveConfig): DistributedOptions {
  const { trainer } = config;
  return {
    nprocPerNode: Math.max(1, trainer.n_gpus_per_node), nnodes: trainer.nnodes,
    masterAddr: trainer.master_addr ?? undefined, masterPort: trainer.master_port,
  };
}

/**
 * The worker a run uses: the caller's, left open (whoever starts a worker closes it; the run's loadModel
 * replaces its model), or a new one on the config's GPUs that `close` stops.
 */
export async function openWorker(
  config: ObserveConfig, opts: { worker?: WorkerClient; python?: string; logger: Logger },
): Promise<{ worker: WorkerClient; close: () => Promise<void> }> {
  if (opts.worker) return { worker: opts.worker, close: async () => {} };
  const worker = await spawnWorker({ python: opts.python, logger: opts.logger, distributed: distributedOptions(config) });
  return { worker, close: () => worker.close() };
}

export function rolloutOptions(config: ObserveConfig): NonNullable<LoadModelOptions["rollout"]> {
  const { data } = config;
  const rollout = config.worker.rollout;
  return {
    engine: rollout.engine, gpuMemoryUtilization: rollout.gpu_memory_utilization, tensorParallelSize: rollout.tensor_parallel_size,
    // As EasyR1: without max_model_len, room for the longest prompt plus the longest response.
    maxModelLen: rollout.max_model_len ?? data.max_prompt_length + data.max_response_length,
    maxImagesPerPrompt: rollout.limit_images, enforceEager: rollout.enforce_eager, freeCacheEngine: rollout.free_cache_engine,
  };
}

/** The weights' dtype the worker loads (worker.actor.model.torch_dtype; "auto": the checkpoint's own). */
export function modelDtype(config: ObserveConfig): LoadModelOptions["dtype"] {
  const dtype = config.worker.actor.model.torch_dtype;
  return dtype === "auto" ? "auto" : (dtype as "float32" | "bfloat16");
}

/**
 * The model a generation-only job (NeuraLadder estimates, `observe-run eval`) loads: the policy as training loads
 * it (weights dtype, image bounds, seed, rollout engine), without the optimizer or the reference.
 */
export function generationModel(config: ObserveConfig): LoadModelOptions {
  const { data } = config;
  return {
    modelPath: config.worker.actor.model.model_path, dtype: modelDtype(config), minPixels: data.min_pixels, maxPixels: data.max_pixels,
    seed: data.seed, rollout: rolloutOptions(config),
  };
}

/** AdamW from worker.actor.optim (the schema's defaults are the recipe's: betas 0.9/0.95, no weight decay). */
export function optimizerOptions(config: ObserveConfig): OptimizerOptions {
  const { optim, max_grad_norm } = config.worker.actor;
  return { lr: optim.lr, betas: [optim.betas[0], optim.betas[1]], weightDecay: optim.weight_decay, maxGradNorm: max_grad_norm, eps: optim.eps };
}

/** Log-probs are taken under the sampling temperature; greedy sampling (0) scores at 1. */
export function scoringTemperature(config: ObserveConfig): number {
  const t = config.worker.rollout.temperature;
  return t > 0 ? t : 1;
}

/**
 * Rows per forward pass of `pass` (update: each train step; experience: old and reference log-probs). With
 * worker.actor.dynamic_batching, a token budget instead, as EasyR1's: the micro-batch size times the longest
 * sequence the data allows (data.max_prompt_length + data.max_response_length).
 */
export function microBatching(config: ObserveConfig, pass: "update" | "experience"): MicroBatching {
  const actor = config.worker.actor;
  const rows = pass === "update" ? actor.micro_batch_size_per_device_for_update : actor.micro_batch_size_per_device_for_experience;
  if (!actor.dynamic_batching) return { microBatchSize: rows };
  return { microBatchSize: rows, maxTokensPerMicroBatch: rows * (config.data.max_prompt_length + config.data.max_response_length) };
}

/** Every setting of a train step from the config: the wire carries each explicitly and the worker adds none. */
export function updateOptions(config: ObserveConfig): UpdateOptions & MicroBatching {
  const { algorithm } = config;
  const actor = config.worker.actor;
  return {
    lossType: actor.loss_type, clipRatioLow: actor.clip_ratio_low, clipRatioHigh: actor.clip_ratio_high, clipRatioDual: actor.clip_ratio_dual,
    klCoef: needsReference(config) ? algorithm.kl_coef : 0, klPenalty: algorithm.kl_penalty, klLossType: algorithm.kl_loss_type,
    useKlLoss: algorithm.use_kl_loss, advantageClip: algorithm.advantage_clip, gamma: algorithm.gamma,
    lossAggMode: actor.loss_agg_mode, lossScaleFactor: actor.loss_scale_factor,
    ...microBatching(config, "update"), temperature: scoringTemperature(config),
  };
}

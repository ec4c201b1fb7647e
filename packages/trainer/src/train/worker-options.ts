// How a config becomes the worker's launch (torchrun) and rollout-engine settings; one place
// shared by training and ladder building, so both run on the same GPUs and engine.
import type { DistributedOptions, LoadModelOptions } from "@observe-r1/bridge";
import type { ObserveConfig } from "../config/index.js";

export function distributedOptions(config: ObserveConfig): DistributedOptions {
  const { trainer } = config;
  return {
    nprocPerNode: Math.max(1, trainer.n_gpus_per_node), nnodes: trainer.nnodes,
    masterAddr: trainer.master_addr ?? undefined, masterPort: trainer.master_port,
  };
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

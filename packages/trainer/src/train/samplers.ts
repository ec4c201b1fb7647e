// The prompt sampler named by data.curriculum.sampler, fresh or restored from a checkpoint.
import { LadderSampler, OnlineSampler, RandomSampler, type Sampler } from "@observe-r1/core";
import type { ObserveConfig } from "../config/index.js";
import type { Sample } from "../data/index.js";

export type AnySampler = Sampler<{ kind: string }> & { observe?(index: number, correct: number, total: number): void };

export function createSampler(config: ObserveConfig, samples: Sample[], state?: unknown): AnySampler {
  const { curriculum } = config.data;
  const options = { batchSize: config.data.rollout_batch_size, dropLast: true };
  const identity = samples.map((_, i) => i);
  switch (curriculum.sampler) {
    case "ladder": // the recipe: the ladder file in its order, unshuffled
      return state ? LadderSampler.fromState(identity, state as never) : new LadderSampler(identity, options);
    case "random":
      return state ? RandomSampler.fromState(samples.length, state as never) : new RandomSampler(samples.length, config.data.seed, options);
    case "online": {
      const items = samples.map((s, index) => ({
        index,
        difficulty: numberField(s, curriculum.difficulty_key, 0.5),
        stage: numberField(s, curriculum.stage_key, 0),
      }));
      const onlineOptions = { ...options, priorStrength: curriculum.online.prior_strength };
      return state ? OnlineSampler.fromState(items, state as never) : new OnlineSampler(items, onlineOptions);
    }
  }
}

function numberField(sample: Sample, key: string, fallback: number): number {
  const v = sample.meta[key];
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

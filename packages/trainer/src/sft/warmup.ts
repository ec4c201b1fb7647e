// Supervised "cold start" before RL (as R1-style pipelines do): a few steps of
// cross-entropy on correct responses in the answer format, so the model knows
// the <observe>/<think>/<answer> shape before rewards ask for it.
import type { MicroBatching, WorkerClient } from "@observe-r1/bridge";
import type { Sample } from "../data/index.js";
import { type PromptTemplate, toPrompt } from "../train/prompt.js";

/** A short linear warm-up: the first large steps on a random model otherwise overshoot. */
const WARMUP_STEPS = 5;

/** microBatchSize / maxTokensPerMicroBatch: the passes of each step on each device (see microBatching(config, "update")); default: the whole batch at once. */
export interface SftWarmupOptions extends MicroBatching {
  steps: number;
  /** Samples per optimizer step. */
  batchSize: number;
  lr: number;
  template: PromptTemplate;
  /** Field of Sample.meta holding the target response text. */
  responseKey?: string;
  onStep?: (step: number, loss: number) => void;
}

export async function sftWarmup(worker: WorkerClient, samples: Sample[], opts: SftWarmupOptions): Promise<{ losses: number[] }> {
  const key = opts.responseKey ?? "response";
  const missing = samples.findIndex((s) => typeof s.meta[key] !== "string");
  if (missing >= 0) throw new Error(`SFT sample ${samples[missing]!.id} has no "${key}" text to learn from`);
  const targets = await worker.tokenize(samples.map((s) => s.meta[key] as string), { addEos: true });
  const losses: number[] = [];
  for (let step = 0; step < opts.steps; step++) {
    const rows = Array.from({ length: opts.batchSize }, (_, i) => (step * opts.batchSize + i) % samples.length);
    const m = await worker.sftStep(
      { prompts: rows.map((r) => toPrompt(samples[r]!, opts.template)), sequences: rows.map((r, i) => ({ promptIndex: i, responseIds: targets[r]! })) },
      { lr: opts.lr * Math.min(1, (step + 1) / WARMUP_STEPS), microBatchSize: opts.microBatchSize, maxTokensPerMicroBatch: opts.maxTokensPerMicroBatch },
    );
    losses.push(m.loss);
    opts.onStep?.(step + 1, m.loss);
  }
  return { losses };
}

// Evaluation: greedy (or configured) answers to every sample, scored like training.
// Used for validation during training and by `observe-run eval`.
import type { SamplingOptions, WorkerClient } from "@observe-r1/bridge";
import { AccuracyScorer, createFormatChecker, resolveScoringConfig, type ScoringConfigInput } from "@observe-r1/core";
import { type Sample, sampleSource } from "../data/index.js";
import { levelKey, mean, meanBy, type Metrics } from "../train/metrics.js";
import { type PromptTemplate, sampleChoices, toPrompt } from "../train/prompt.js";

export interface EvalRecord {
  id: string;
  answer: string;
  response: string;
  extracted: string;
  format: number;
  accuracy: number;
  length: number;
  finish_reason: string;
  level?: string;
  source?: string;
}

export interface EvalResult {
  /**
   * accuracy (mean@n: over all n responses of every sample), format, response_length, accuracy_by_level/<l> and
   * accuracy_by_source/<s>; with n > 1 also pass@<n>, the fraction of samples with at least one correct response.
   */
  metrics: Metrics;
  records: EvalRecord[];
  /** Seconds the worker spent loading updated weights into its rollout engine before generating (vllm; else 0). */
  weightSyncS: number;
}

export interface EvalOptions {
  sampling: SamplingOptions;
  /** Responses per sample (worker.rollout.val_override_config.n). */
  n: number;
  template: PromptTemplate;
  scoring: ScoringConfigInput;
  /** Prompts per generate call; -1 sends all at once. */
  batchSize: number;
  difficultyKey: string;
  onProgress?: (done: number, total: number) => void;
}

export async function evaluate(worker: WorkerClient, samples: Sample[], opts: EvalOptions): Promise<EvalResult> {
  const scoring = resolveScoringConfig(opts.scoring);
  const format = createFormatChecker(scoring.format);
  const accuracy = new AccuracyScorer(scoring.accuracy);
  const records: EvalRecord[] = [];
  let weightSyncS = 0;
  const chunk = opts.batchSize > 0 ? opts.batchSize : samples.length;
  for (let start = 0; start < samples.length; start += chunk) {
    const batch = samples.slice(start, start + chunk);
    const generated = await worker.generate(batch.map((s) => toPrompt(s, opts.template)), { ...opts.sampling, n: opts.n });
    weightSyncS += generated.weightSyncS ?? 0;
    const completions = generated.completions;
    completions.forEach((c) => {
      const sample = batch[c.promptIndex]!;
      const judged = accuracy.score(c.text, sample.answer, sampleChoices(sample));
      records.push({
        id: sample.id,
        answer: sample.answer,
        response: c.text,
        extracted: judged.answer ?? "",
        format: format(c.text) > 0 ? 1 : 0,
        accuracy: judged.accuracy,
        length: c.tokenIds.length,
        finish_reason: c.finishReason,
        level: levelKey(sample.meta[opts.difficultyKey] ?? sample.meta.level),
        source: sampleSource(sample),
      });
    });
    opts.onProgress?.(Math.min(start + chunk, samples.length), samples.length);
  }
  const acc = records.map((r) => r.accuracy);
  const solved = new Map<string, number>();
  for (const r of records) solved.set(r.id, Math.max(solved.get(r.id) ?? 0, r.accuracy));
  return {
    records,
    weightSyncS,
    metrics: {
      accuracy: mean(acc),
      ...(opts.n > 1 ? { [`pass@${opts.n}`]: mean([...solved.values()]) } : {}),
      format: mean(records.map((r) => r.format)),
      response_length: mean(records.map((r) => r.length)),
      ...meanBy("accuracy_by_level", records.map((r) => r.level), acc),
      ...meanBy("accuracy_by_source", records.map((r) => r.source), acc),
    },
  };
}

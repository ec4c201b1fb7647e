// Evaluation: greedy (or configured) answers to every sample, scored like training (the built-in
// verifier and format check, or the run's reward plug-in where it returns "accuracy"/"format").
// Used for validation during training and by `observe-run eval`.
import type { SamplingOptions, WorkerClient } from "@observe-r1/bridge";
import { AccuracyScorer, createFormatChecker, resolveScoringConfig, type ScoringConfigInput } from "@observe-r1/core";
import { type Sample, sampleSource } from "../data/index.js";
import type { RewardPlugin, RewardScore } from "../reward-plugins/index.js";
import type { ObserveConfig } from "../config/index.js";
import { pluginScore, rewardInput, scoringConfig } from "../train/scoring.js";
import { levelKey, mean, meanBy, type Metrics } from "../train/metrics.js";
import { type PromptTemplate, promptTemplate, sampleChoices, toPrompt } from "../train/prompt.js";

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
  /** The reward plug-in's scores of this response ("overall" and its sub-scores). */
  rewards?: RewardScore;
}

export interface EvalResult {
  /**
   * accuracy (mean@n: over all n responses of every sample), format, response_length, accuracy_by_level/<l> and
   * accuracy_by_source/<s>; with n > 1 also pass@<n>, the fraction of samples with at least one correct response;
   * with a reward plug-in also reward/<name>, the mean of each score it returns (reward/overall included).
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
  /** The run's reward plug-in (worker.reward.reward_function): its "accuracy" and "format" replace the built-in ones. */
  plugin?: RewardPlugin;
  /** Prompts per generate call; -1 sends all at once. */
  batchSize: number;
  difficultyKey: string;
  onProgress?: (done: number, total: number) => void;
}

/** Validation as the config sets it (worker.rollout.val_override_config, data.*, the reward); also `observe-run eval`'s. */
export function validationOptions(config: ObserveConfig, plugin?: RewardPlugin): EvalOptions {
  const { data } = config;
  const vo = config.worker.rollout.val_override_config;
  return {
    sampling: { temperature: vo.temperature, topP: vo.top_p, maxNewTokens: data.max_response_length, seed: data.seed }, n: vo.n,
    template: promptTemplate(data.format_prompt), scoring: scoringConfig(config), plugin, batchSize: data.val_batch_size,
    difficultyKey: data.curriculum.difficulty_key,
  };
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
    const sampleOf = (c: (typeof completions)[number]) => batch[c.promptIndex]!;
    const judged = completions.map((c) => accuracy.score(c.text, sampleOf(c).answer, sampleChoices(sampleOf(c))));
    let accuracies: ArrayLike<number> = judged.map((j) => j.accuracy);
    let formats: ArrayLike<number> = completions.map((c) => (format(c.text) > 0 ? 1 : 0));
    const rewards = opts.plugin && await opts.plugin.score(completions.map((c) => rewardInput(sampleOf(c), c.text, c.tokenIds.length)));
    if (rewards) {
      accuracies = pluginScore(rewards, "accuracy", accuracies);
      formats = pluginScore(rewards, "format", formats);
    }
    completions.forEach((c, i) => {
      const sample = sampleOf(c);
      records.push({
        id: sample.id,
        answer: sample.answer,
        response: c.text,
        extracted: judged[i]!.answer ?? "",
        format: formats[i]!,
        accuracy: accuracies[i]!,
        length: c.tokenIds.length,
        finish_reason: c.finishReason,
        level: levelKey(sample.meta[opts.difficultyKey] ?? sample.meta.level),
        source: sampleSource(sample),
        ...(rewards && { rewards: rewards[i]! }),
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
      ...rewardMeans(records),
    },
  };
}

/** reward/<name>: the mean of each score the plug-in returned, over the responses that have it. */
function rewardMeans(records: EvalRecord[]): Metrics {
  const names = new Set(records.flatMap((r) => Object.keys(r.rewards ?? {})));
  return Object.fromEntries([...names].map((name) => [
    `reward/${name}`, mean(records.flatMap((r) => (typeof r.rewards?.[name] === "number" ? [r.rewards[name]] : []))),
  ]));
}

// Rewards for one batch of groups: the built-in Observe-R1 rewards (core), or a
// user plug-in's overall score, then bonus, dynamic weights and advantages (core).
import type { Completion } from "@observe-r1/bridge";
import { GroupScorer, type ScoringConfigInput } from "@observe-r1/core";
import type { ObserveConfig } from "../config/index.js";
import type { Sample } from "../data/index.js";
import { loadRewardPlugin, type RewardInput, type RewardPlugin, RewardPluginError, type RewardScore } from "../reward-plugins/index.js";
import { sampleChoices } from "./prompt.js";

export interface ScoredBatch {
  reward: Float64Array;
  format: Float64Array;
  accuracy: Float64Array;
  bonus: Float64Array;
  /** DAPO's overlong penalty per response (<= 0), already in `reward`. */
  overlong: Float64Array;
  advantage: Float64Array;
  /** Per group (prompt): fraction correct before the bonus; a fresh difficulty estimate. */
  groupAccuracy: Float64Array;
  /** Named sub-scores of a reward plug-in, per response. */
  extra: Record<string, Float64Array>;
  dataErrors: string[];
  /** Responses the built-in accuracy reward found no answer in, and those of them holding an unread \boxed{}. */
  unanswered: { count: number; boxed: number };
}

export function scoringConfig(config: ObserveConfig): ScoringConfigInput {
  const { algorithm, data } = config;
  const { overlong_buffer } = config.worker.reward;
  return {
    format: { score: data.format.score, allowNestedObserve: data.format.allow_nested_observe },
    accuracy: { tolerance: algorithm.accuracy.tolerance, answerTag: algorithm.accuracy.answer_tag, fallbackToBoxed: algorithm.accuracy.fallback_to_boxed },
    bonus: { enabled: algorithm.bonus.enable, coef: algorithm.bonus.coef, minLength: algorithm.bonus.min_length },
    dynamicWeight: { enabled: algorithm.dynamic_weight.enable, sigma: algorithm.dynamic_weight.sigma },
    advantage: { estimator: algorithm.adv_estimator },
    overlong: {
      enabled: overlong_buffer.enable, bufferLength: overlong_buffer.len, penaltyFactor: overlong_buffer.penalty_factor,
      maxResponseLength: data.max_response_length,
    },
  };
}

export class BatchScorer {
  readonly groups: GroupScorer;

  /** What reads each response's accuracy in this run: a plug-in must then return it. */
  private readonly accuracyReaders: string[];

  constructor(config: ObserveConfig, private readonly plugin?: RewardPlugin) {
    this.groups = new GroupScorer(scoringConfig(config));
    const { algorithm } = config;
    this.accuracyReaders = [
      ...(algorithm.bonus.enable ? ["algorithm.bonus (the bonus goes to concise correct answers)"] : []),
      ...(algorithm.dynamic_weight.enable ? ["algorithm.dynamic_weight (groups are weighted by their share correct)"] : []),
      ...(algorithm.online_filtering && algorithm.filter_key === "accuracy" ? ["algorithm.filter_key=accuracy"] : []),
    ];
  }

  /** `completions` are prompt-major groups of `n`, one group per sample. */
  async score(samples: Sample[], completions: Completion[], n: number): Promise<ScoredBatch> {
    const responses = completions.map((c) => c.text);
    const lengths = completions.map((c) => c.tokenIds.length);
    const groundTruths = samples.map((s) => s.answer);
    const choices = samples.map(sampleChoices);
    const builtIn = this.groups.scoreGroups({ responses, groundTruths, choices, lengths, groupSize: n });
    const dataErrors = builtIn.dataErrors.map((e) => `sample ${samples[e.group]!.id}: ${e.message}`);
    if (!this.plugin) return { ...builtIn, extra: {}, dataErrors };
    const unanswered = { count: 0, boxed: 0 }; // the plug-in reads answers its own way

    const scores = await this.plugin.score(completions.map((c, i) => rewardInput(samples[Math.floor(i / n)]!, c.text, lengths[i]!)));
    // Where the run reads accuracy, the built-in verifier must not stand in for a plug-in that judges its own task.
    const accuracy = this.accuracyReaders.length
      ? requiredAccuracy(this.plugin, scores, this.accuracyReaders)
      : pluginScore(scores, "accuracy", builtIn.accuracy);
    const format = pluginScore(scores, "format", builtIn.format);
    const finished = this.groups.finishGroups({ reward: scores.map((s) => s.overall), accuracy, lengths, groupSize: n });
    const extra: Record<string, Float64Array> = {};
    for (const name of Object.keys(scores[0] ?? {})) if (name !== "overall") extra[name] = pluginScore(scores, name, []);
    return { ...finished, format, accuracy, extra, dataErrors, unanswered };
  }
}

/** worker.reward.reward_function, loaded; undefined when the run uses the built-in reward. */
export async function loadConfiguredRewardPlugin(config: ObserveConfig, python?: string): Promise<RewardPlugin | undefined> {
  const { reward_function, reward_function_kwargs } = config.worker.reward;
  return reward_function ? loadRewardPlugin(reward_function, { kwargs: reward_function_kwargs, python }) : undefined;
}

/**
 * A plug-in's named sub-score per response, or the built-in one where the plug-in returned none. Training,
 * validation, `observe-run eval` and the ladder all read a plug-in's "accuracy" and "format" this way.
 */
export function pluginScore(scores: readonly RewardScore[], name: string, builtIn: ArrayLike<number>): Float64Array {
  return Float64Array.from(scores.map((s, i) => (typeof s[name] === "number" ? s[name]! : builtIn[i]!)));
}

/**
 * The plug-in's "accuracy" per response, which `readers` (settings, said in the error) need: a RewardPluginError
 * naming the first response without one, instead of the built-in verifier's reading of a task it may not fit.
 */
export function requiredAccuracy(plugin: RewardPlugin, scores: readonly RewardScore[], readers: readonly string[]): Float64Array {
  const missing = scores.findIndex((s) => typeof s.accuracy !== "number");
  if (missing >= 0) {
    throw new RewardPluginError(plugin.spec,
      `returned no "accuracy" score, which ${readers.join(" and ")} read${readers.length > 1 ? "" : "s"}; ` +
      `return {"overall": ..., "accuracy": ...} with accuracy 1 for a correct response, or turn ${readers.length > 1 ? "those" : "it"} off`,
      missing);
  }
  return Float64Array.from(scores, (s) => s.accuracy!);
}

/**
 * A plug-in's input: EasyR1's {response, response_length, ground_truth} plus the row's other
 * fields (verl-style `data_source`, `extra_info`, ...) and its id, so a plug-in that reads only
 * the first three keeps working. Those three win over row fields of the same name.
 */
export function rewardInput(sample: Sample, response: string, responseLength: number): RewardInput {
  return { ...sample.meta, id: sample.id, response, response_length: responseLength, ground_truth: sample.answer };
}

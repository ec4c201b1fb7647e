/**
 * The whole sequence-level step over a batch of groups, on flat typed arrays:
 * format + accuracy rewards, the concise-answer bonus, dynamic weights and
 * advantages. This is what the trainer calls once per rollout batch.
 *
 * Order (docs/method.md sections 3-5): reward = accuracy + format; p = fraction
 * correct (accuracy, before the bonus); the bonus is added to the reward;
 * advantages come from the rewards with the bonus; then A *= 4*sigma*p*(1-p).
 */
import { AccuracyScorer, DEFAULT_ACCURACY_CONFIG, resolveAccuracyConfig, type AccuracyConfig } from "./accuracy-reward.js";
import { computeAdvantages, DEFAULT_ADVANTAGE_CONFIG, resolveAdvantageConfig, type AdvantageConfig } from "./advantages.js";
import { bonusIndex, DEFAULT_BONUS_CONFIG, resolveBonusConfig, type BonusConfig } from "./bonus.js";
import { DEFAULT_DYNAMIC_WEIGHT_CONFIG, dynamicWeight, resolveDynamicWeightConfig, type DynamicWeightConfig } from "./dynamic-weight.js";
import { checkKnownKeys, checkNumber, CoreInputError } from "./errors.js";
import { createFormatChecker, DEFAULT_FORMAT_CONFIG, resolveFormatConfig, type FormatChecker, type FormatConfig } from "./format-reward.js";
import { groupOffsets, type GroupLayout } from "./groups.js";
import { DEFAULT_OVERLONG_CONFIG, overlongPenalty, resolveOverlongConfig, type OverlongConfig } from "./overlong.js";

export interface ScoringConfig {
  format: FormatConfig;
  accuracy: AccuracyConfig;
  bonus: BonusConfig;
  dynamicWeight: DynamicWeightConfig;
  advantage: AdvantageConfig;
  /** DAPO's soft overlong punishment, added to the reward before the bonus and the advantages. */
  overlong: OverlongConfig;
  /** A response counts as correct (for p and the bonus) when its accuracy is at least this. */
  correctThreshold: number;
}

export const DEFAULT_SCORING_CONFIG: Readonly<ScoringConfig> = Object.freeze({
  format: DEFAULT_FORMAT_CONFIG,
  accuracy: DEFAULT_ACCURACY_CONFIG,
  bonus: DEFAULT_BONUS_CONFIG,
  dynamicWeight: DEFAULT_DYNAMIC_WEIGHT_CONFIG,
  advantage: DEFAULT_ADVANTAGE_CONFIG,
  overlong: DEFAULT_OVERLONG_CONFIG,
  correctThreshold: 1,
});

export interface ScoringConfigInput {
  format?: Partial<FormatConfig>;
  accuracy?: Partial<AccuracyConfig>;
  bonus?: Partial<BonusConfig>;
  dynamicWeight?: Partial<DynamicWeightConfig>;
  advantage?: Partial<AdvantageConfig>;
  overlong?: Partial<OverlongConfig>;
  correctThreshold?: number;
}

/** Fills defaults and validates; errors name the key under `key`. */
export function resolveScoringConfig(partial: ScoringConfigInput = {}, key = "algorithm"): ScoringConfig {
  checkKnownKeys(partial, ["format", "accuracy", "bonus", "dynamicWeight", "advantage", "overlong", "correctThreshold"], key);
  const format = resolveFormatConfig(partial.format, `${key}.format`);
  const accuracy = resolveAccuracyConfig(
    // The answer tag follows the format's tag name unless set explicitly.
    { answerTag: format.tags.answer, ...partial.accuracy },
    `${key}.accuracy`,
  );
  return {
    format,
    accuracy,
    bonus: resolveBonusConfig(partial.bonus, `${key}.bonus`),
    dynamicWeight: resolveDynamicWeightConfig(partial.dynamicWeight, `${key}.dynamicWeight`),
    advantage: resolveAdvantageConfig(partial.advantage, `${key}.advantage`),
    overlong: resolveOverlongConfig(partial.overlong),
    correctThreshold: checkNumber(partial.correctThreshold ?? 1, `${key}.correctThreshold`, { min: 0, exclusiveMin: true }),
  };
}

export type ScoreGroupsInput = {
  responses: readonly string[];
  /** One per group. */
  groundTruths: readonly string[];
  /** One per group when given: the option texts of a multiple-choice row (null for other rows). */
  choices?: ReadonlyArray<readonly string[] | null | undefined>;
  /** Response lengths in tokens; needed for the bonus. */
  lengths?: ArrayLike<number>;
} & GroupLayout;

export interface GroupDataError {
  group: number;
  message: string;
}

export interface ScoredGroups {
  format: Float64Array;
  accuracy: Float64Array;
  bonus: Float64Array;
  /** The overlong penalty (<= 0) per response; 0 where shaping is off. */
  overlong: Float64Array;
  /** accuracy + format + overlong + bonus */
  reward: Float64Array;
  advantage: Float64Array;
  offsets: Int32Array;
  /** Per group: fraction correct, before the bonus. */
  groupAccuracy: Float64Array;
  /** Per group: the dynamic weight applied (1 when disabled). */
  groupWeight: Float64Array;
  /** Per group: index within the group of the bonus winner, -1 for none. */
  bonusIndex: Int32Array;
  /** Groups whose ground truth could not be parsed; they score accuracy 0. */
  dataErrors: GroupDataError[];
  /**
   * Responses the accuracy reward found no answer in (no answer tag), and how many of those hold a
   * \boxed{} it did not read: a prompt asking for \boxed{} with fallbackToBoxed off scores 0 silently.
   */
  unanswered: { count: number; boxed: number };
}

export type FinishGroupsInput = {
  /** Reward before the bonus (accuracy + format, or a plug-in's overall score). */
  reward: ArrayLike<number>;
  /** Accuracy per response: decides correctness for p and the bonus. */
  accuracy: ArrayLike<number>;
  lengths?: ArrayLike<number>;
} & GroupLayout;

export type FinishedGroups = Omit<ScoredGroups, "format" | "accuracy" | "dataErrors" | "unanswered">;

/** Keeps the format checker and verifier caches between batches. */
export class GroupScorer {
  readonly config: ScoringConfig;
  readonly accuracy: AccuracyScorer;
  private readonly format: FormatChecker;

  constructor(config: ScoringConfig | ScoringConfigInput = {}) {
    // Resolving is idempotent, so an already resolved config passes through unchanged.
    this.config = resolveScoringConfig(config);
    this.format = createFormatChecker(this.config.format);
    this.accuracy = new AccuracyScorer(this.config.accuracy);
  }

  /** Rewards, bonus, weights and advantages for a batch of groups of raw responses. */
  scoreGroups(input: ScoreGroupsInput): ScoredGroups {
    const { responses, groundTruths } = input;
    const total = responses.length;
    const offsets = groupOffsets(input, total);
    const groups = offsets.length - 1;
    if (groundTruths.length !== groups) {
      throw new CoreInputError(`${groundTruths.length} ground truths for ${groups} groups; pass one per group`);
    }
    const format = new Float64Array(total);
    const accuracy = new Float64Array(total);
    const reward = new Float64Array(total);
    const dataErrors: GroupDataError[] = [];
    const seen: (string | null)[] = [];
    const seenCorrect: boolean[] = [];
    const unanswered = { count: 0, boxed: 0 };

    for (let g = 0; g < groups; g++) {
      const s = offsets[g]!;
      const e = offsets[g + 1]!;
      const gold = this.accuracy.prepareGold(groundTruths[g]!, input.choices?.[g]);
      if (!gold.ok) dataErrors.push({ group: g, message: gold.error });
      seen.length = 0;
      seenCorrect.length = 0;
      for (let i = s; i < e; i++) {
        const response = responses[i]!;
        const f = this.format(response);
        let a = 0;
        if (gold.ok) {
          // Responses in a group often share an answer: judge each distinct one once.
          const answer = this.accuracy.extract(response);
          if (answer === null) {
            unanswered.count++;
            if (response.includes("\\boxed")) unanswered.boxed++;
          }
          let k = seen.indexOf(answer);
          if (k < 0) {
            k = seen.push(answer) - 1;
            seenCorrect.push(this.accuracy.verifier.judge(answer, gold));
          }
          a = seenCorrect[k] ? 1 : 0;
        }
        format[i] = f;
        accuracy[i] = a;
        reward[i] = a + f;
      }
    }
    const rest = this.finishGroups({ reward, accuracy, lengths: input.lengths, offsets });
    return { format, accuracy, ...rest, dataErrors, unanswered };
  }

  /**
   * Bonus, dynamic weights and advantages from rewards computed elsewhere (a
   * reward plug-in): the same arithmetic scoreGroups applies after its rewards.
   */
  finishGroups(input: FinishGroupsInput): FinishedGroups {
    const { bonus: bonusCfg, dynamicWeight: dwCfg, overlong: overlongCfg, correctThreshold } = this.config;
    const total = input.reward.length;
    if (input.accuracy.length !== total) throw new CoreInputError(`accuracy has ${input.accuracy.length} entries for ${total} rewards`);
    const lengths = input.lengths;
    if (lengths !== undefined && lengths.length !== total) throw new CoreInputError(`lengths has ${lengths.length} entries for ${total} responses`);
    if (bonusCfg.enabled && lengths === undefined) {
      throw new CoreInputError("the bonus needs response lengths (tokens); pass lengths or disable algorithm.bonus.enabled");
    }
    if (overlongCfg.enabled && lengths === undefined) {
      throw new CoreInputError("overlong shaping needs response lengths (tokens); pass lengths or disable worker.reward.overlong_buffer.enable");
    }
    const offsets = groupOffsets(input, total);
    const groups = offsets.length - 1;
    const reward = Float64Array.from(input.reward as ArrayLike<number>);
    const bonus = new Float64Array(total);
    const overlong = new Float64Array(total);
    if (overlongCfg.enabled) {
      for (let i = 0; i < total; i++) {
        overlong[i] = overlongPenalty(lengths![i]!, overlongCfg);
        reward[i]! += overlong[i]!;
      }
    }
    const correct = new Uint8Array(total);
    for (let i = 0; i < total; i++) correct[i] = input.accuracy[i]! >= correctThreshold ? 1 : 0;
    const groupAccuracy = new Float64Array(groups);
    const groupWeight = new Float64Array(groups);
    const winners = new Int32Array(groups).fill(-1);

    for (let g = 0; g < groups; g++) {
      const s = offsets[g]!;
      const e = offsets[g + 1]!;
      let c = 0;
      for (let i = s; i < e; i++) c += correct[i]!;
      const p = e > s ? c / (e - s) : 0;
      groupAccuracy[g] = p;
      groupWeight[g] = dwCfg.enabled ? dynamicWeight(p, dwCfg.sigma) : 1;
      if (bonusCfg.enabled) {
        const w = bonusIndex(correct, lengths!, bonusCfg.minLength, s, e);
        if (w >= 0) {
          winners[g] = w;
          bonus[s + w] = bonusCfg.coef;
          reward[s + w]! += bonusCfg.coef;
        }
      }
    }
    const advantage = computeAdvantages(reward, offsets, this.config.advantage, groupWeight, lengths);
    return { bonus, overlong, reward, advantage, offsets, groupAccuracy, groupWeight, bonusIndex: winners };
  }
}

/** One-off convenience; keep a GroupScorer across batches to reuse its caches. */
export function scoreGroups(input: ScoreGroupsInput, config: ScoringConfig | ScoringConfigInput = {}): ScoredGroups {
  return new GroupScorer(config).scoreGroups(input);
}


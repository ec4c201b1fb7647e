// @observe-r1/core: the sequence-level decisions of Observe-R1, pure (no I/O).
export { CoreConfigError, CoreInputError } from "./errors.js";
export { Rng, type RngState } from "./rng.js";
export { createFormatChecker, formatReward, resolveFormatConfig, DEFAULT_FORMAT_CONFIG, type FormatChecker, type FormatConfig, type FormatTags } from "./format-reward.js";
export { extractAnswer, lastBoxed, type ExtractOptions } from "./answer.js";
export * from "./verifier/index.js";
export { AccuracyScorer, accuracyReward, resolveAccuracyConfig, DEFAULT_ACCURACY_CONFIG, type AccuracyConfig, type AccuracyResult } from "./accuracy-reward.js";
export { bonusIndex, resolveBonusConfig, DEFAULT_BONUS_CONFIG, type BonusConfig } from "./bonus.js";
export { dynamicWeight, resolveDynamicWeightConfig, DEFAULT_DYNAMIC_WEIGHT_CONFIG, type DynamicWeightConfig } from "./dynamic-weight.js";
export { computeAdvantages, resolveAdvantageConfig, ADVANTAGE_ESTIMATORS, DEFAULT_ADVANTAGE_CONFIG, type AdvantageConfig, type AdvantageEstimator } from "./advantages.js";
export { overlongPenalty, resolveOverlongConfig, DEFAULT_OVERLONG_CONFIG, type OverlongConfig } from "./overlong.js";
export { groupOffsets, type GroupLayout } from "./groups.js";
export {
  GroupScorer, scoreGroups, resolveScoringConfig, DEFAULT_SCORING_CONFIG,
  type ScoringConfig, type ScoringConfigInput, type ScoreGroupsInput, type ScoredGroups, type FinishGroupsInput, type FinishedGroups, type GroupDataError,
} from "./score-groups.js";
export {
  buildLadder, measureSample, mixingPlan, quantile, resolveLadderConfig, DEFAULT_LADDER_CONFIG,
  type Ladder, type LadderConfig, type LadderEntry, type LadderEstimate, type RolloutResult, type DroppedSample, type LevelSummary, type StageSummary, type SampleDifficulty,
} from "./ladder.js";
export * from "./samplers/index.js";

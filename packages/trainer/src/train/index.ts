export { trainObserveR1, type TrainOptions, type TrainResult } from "./observe-r1-trainer.js";
export { CheckpointManager, type Checkpoint, type RunState } from "./checkpoints.js";
export { learningRate } from "./lr-schedule.js";
export { MetricsWriter, METRICS_FILE, type Metrics } from "./metrics.js";
export { OBSERVE_R1_SYSTEM_PROMPT, promptTemplate, sampleChoices, toPrompt, type PromptTemplate } from "./prompt.js";
export { BatchScorer, scoringConfig, type ScoredBatch } from "./scoring.js";
export { createSampler } from "./samplers.js";
export { Progress, formatSeconds } from "./progress.js";
export { generationModel, microBatching, optimizerOptions, updateOptions } from "./worker-options.js";

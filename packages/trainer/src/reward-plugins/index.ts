export { loadRewardPlugin } from "./load.js";
export { parseRewardFunctionSpec } from "./spec.js";
export { normalizeScores } from "./scores.js";
export { createMathVerifyParity, type MathVerifyParity } from "./math-verify-parity.js";
export { choosePython } from "./python-host.js";
export {
  RewardPluginError,
  type LoadRewardPluginOptions, type RewardFunctionSpec, type RewardInput, type RewardPlugin, type RewardScore, type RewardType,
} from "./types.js";

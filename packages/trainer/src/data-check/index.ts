export { checkSplit, splitReport, summaryLine, trainingData, type CheckDataOptions, type SplitCheck, type SplitReport, type Stats } from "./check-data.js";
export { defaultCacheDir, PromptTokenCache, type PromptTokens } from "./token-cache.js";

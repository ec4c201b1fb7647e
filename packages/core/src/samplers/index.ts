export { LadderSampler, type LadderSamplerState } from "./ladder-sampler.js";
export { RandomSampler, type RandomSamplerState } from "./random-sampler.js";
export { OnlineSampler, type OnlineItem, type OnlineSamplerOptions, type OnlineSamplerState } from "./online-sampler.js";
export { DEFAULT_SAMPLER_OPTIONS, resolveSamplerOptions, type Sampler, type SamplerOptions } from "./types.js";

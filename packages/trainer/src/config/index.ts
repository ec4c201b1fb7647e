export {
  ConfigSchema,
  ADV_ESTIMATORS,
  KL_PENALTIES,
  SAMPLERS,
  ROLLOUT_ENGINES,
  LOGGERS,
  type ObserveConfig,
  type ObserveConfigInput,
} from "./schema.js";
export { loadConfig, resolveConfig, CONFIG_KEYS, type LoadConfigOptions } from "./load.js";
export { ConfigError, formatProblem, type ConfigProblem } from "./errors.js";
export { parseOverride, COMMAND_LINE } from "./overrides.js";
export { suggestKey, editDistance } from "./suggest.js";
export { saveResolvedConfig, configHash, canonicalJson, CONFIG_FILE, CONFIG_HASH_FILE } from "./save.js";
export { responsesPerRollout, responsesPerUpdate, updatesPerRollout, needsReference, worldSize } from "./derived.js";

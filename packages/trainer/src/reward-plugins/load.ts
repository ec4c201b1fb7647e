import { loadJsRewardPlugin } from "./js-plugin.js";
import { loadPythonRewardPlugin } from "./python-plugin.js";
import { parseRewardFunctionSpec } from "./spec.js";
import type { LoadRewardPluginOptions, RewardPlugin } from "./types.js";

/**
 * Loads `worker.reward.reward_function` ("path/file.py:fn", "path/file.ts:fn",
 * .js/.mjs). Close the returned plug-in when the run ends.
 */
export async function loadRewardPlugin(spec: string, options: LoadRewardPluginOptions = {}): Promise<RewardPlugin> {
  const parsed = parseRewardFunctionSpec(spec, options.baseDir);
  return parsed.language === "python" ? loadPythonRewardPlugin(parsed, options) : loadJsRewardPlugin(parsed, options);
}

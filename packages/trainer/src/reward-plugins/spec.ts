import { existsSync, statSync } from "node:fs";
import { extname, isAbsolute, resolve } from "node:path";
import type { RewardFunctionSpec } from "./types.js";

const LANGUAGES: Record<string, RewardFunctionSpec["language"]> = {
  ".py": "python",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
};

/**
 * Parses `worker.reward.reward_function`: "path/to/file.py:fn" or "path/to/file.ts:fn".
 * As in EasyR1, the function name follows the last ':' and defaults to "main".
 */
export function parseRewardFunctionSpec(spec: string, baseDir: string = process.cwd()): RewardFunctionSpec {
  const where = "worker.reward.reward_function";
  if (typeof spec !== "string" || spec.trim() === "") {
    throw new Error(`${where}: expected "path/to/file.py:function" or "path/to/file.ts:function", got ${JSON.stringify(spec)}`);
  }
  // A ':' followed by a path separator is a Windows drive, not a function name.
  const colon = spec.lastIndexOf(":");
  const hasName = colon > 0 && !/^[\\/]/.test(spec.slice(colon + 1)) && spec.slice(colon + 1) !== "";
  const path = hasName ? spec.slice(0, colon) : spec;
  const functionName = hasName ? spec.slice(colon + 1) : "main";
  if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
    throw new Error(`${where}: "${functionName}" is not a function name; write it as ${path}:function_name`);
  }
  const file = isAbsolute(path) ? path : resolve(baseDir, path);
  const language = LANGUAGES[extname(file).toLowerCase()];
  if (!language) {
    throw new Error(`${where}: ${file} has an unsupported extension; use a .py, .js, .mjs or .ts file`);
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new Error(`${where}: reward function file ${file} not found (resolved from ${JSON.stringify(path)} against ${baseDir})`);
  }
  return { file, functionName, language };
}

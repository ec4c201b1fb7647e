import { RewardPluginError, type RewardFunctionSpec, type RewardScore } from "./types.js";

/**
 * Checks a plug-in's output and brings it to RewardScore[]: one entry per input,
 * each a dict with a finite "overall" (a bare number is taken as the overall score)
 * and numeric sub-scores. Errors name the sample index and the key.
 */
export function normalizeScores(raw: unknown, count: number, spec: RewardFunctionSpec): RewardScore[] {
  if (!Array.isArray(raw)) {
    throw new RewardPluginError(spec, `returned ${describe(raw)}; a batch reward function must return a list with one dict per input`);
  }
  if (raw.length !== count) {
    throw new RewardPluginError(spec, `returned ${raw.length} scores for ${count} inputs; return exactly one per input, in order`);
  }
  return raw.map((item, i) => normalizeScore(item, i, spec));
}

export function normalizeScore(item: unknown, index: number, spec: RewardFunctionSpec): RewardScore {
  if (typeof item === "number") {
    if (!Number.isFinite(item)) throw new RewardPluginError(spec, `returned the score ${item}; scores must be finite numbers`, index);
    return { overall: item };
  }
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    throw new RewardPluginError(spec, `returned ${describe(item)}; expected a dict like {"overall": 1.0, "accuracy": 1.0}`, index);
  }
  const out: RewardScore = { overall: NaN };
  for (const [key, value] of Object.entries(item)) {
    const v = typeof value === "boolean" ? Number(value) : value;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RewardPluginError(spec, `score "${key}" is ${describe(value)}; every score must be a finite number`, index);
    }
    out[key] = v;
  }
  if (!("overall" in item)) {
    throw new RewardPluginError(spec, `returned no "overall" score (keys: ${Object.keys(item).join(", ") || "none"}); "overall" is the reward used for training`, index);
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return "None/null";
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "..." : v)}`;
  return `${typeof v} ${String(v)}`;
}

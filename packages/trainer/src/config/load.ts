// Loading a run config: YAML file, then `a.b.c=value` overrides, then the schema.
// Every problem is collected and reported together, each with its key and origin.
import type * as z from "zod";
import { ConfigError, type ConfigProblem } from "./errors.js";
import { applyOverrides } from "./overrides.js";
import { ConfigSchema, type ObserveConfig } from "./schema.js";
import { describeAllowed, keyPaths, schemaAt, unwrap } from "./schema-walk.js";
import { suggestKey } from "./suggest.js";
import { readYamlConfig, type Origins } from "./yaml-source.js";

export interface LoadConfigOptions {
  /** YAML config file; omitted: start from the defaults alone. */
  file?: string;
  /** `key.path=value` strings, applied in order after the file. */
  overrides?: readonly string[];
}

/** Valid dotted keys of the config, for suggestions (computed once). */
export const CONFIG_KEYS: readonly string[] = keyPaths(ConfigSchema);

/** Reads, overrides and validates; throws ConfigError listing every problem. */
export function loadConfig(options: LoadConfigOptions = {}): ObserveConfig {
  const source = options.file
    ? readYamlConfig(options.file)
    : { value: {}, origins: new Map<string, string>(), problems: [] };
  const problems = [...source.problems];
  problems.push(...applyOverrides(source.value, options.overrides ?? [], source.origins));
  // A file we could not parse has no keys worth checking yet.
  if (source.problems.length > 0) throw new ConfigError(problems);
  try {
    return resolveConfig(source.value, source.origins);
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError([...problems, ...err.problems]);
    throw err;
  }
}

/**
 * Validates an already-built config object (library callers, tests) and fills the
 * defaults. `origins` names where keys came from; keys it does not name are reported
 * as coming from `sourceName`.
 */
export function resolveConfig(input: unknown, origins: Origins = new Map(), sourceName = "config object"): ObserveConfig {
  const value = structuredClone(input);
  coerceScalarsToStrings(value, []);
  const result = ConfigSchema.safeParse(value);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.flatMap((issue) => toProblems(issue, value, origins, sourceName)));
}

function toProblems(issue: z.core.$ZodIssue, input: unknown, origins: Origins, sourceName: string): ConfigProblem[] {
  const path = issue.path;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => {
      const key = [...path, k].join(".");
      const suggestion = suggestKey(key, CONFIG_KEYS);
      const prefix = path.length ? `${path.join(".")}.` : "";
      const here = CONFIG_KEYS.filter((c) => c.startsWith(prefix) && !c.slice(prefix.length).includes("."));
      return {
        key,
        origin: originOf(key, origins) ?? sourceName,
        message: suggestion
          ? `unknown key; did you mean ${suggestion}?`
          : `unknown key; valid keys here: ${here.map((c) => c.slice(prefix.length)).join(", ")}`,
      };
    });
  }
  const key = formatPath(path);
  const raw = valueAt(input, path);
  const origin = originOf(key, origins) ?? sourceName;
  const schema = schemaAt(ConfigSchema, path);
  const allowed = schema ? describeAllowed(schema) : undefined;
  if (raw === undefined && issue.code === "invalid_type") {
    return [{ key, origin: "not set", message: `required: ${allowed ?? "a value"}; set it in the config file or pass ${key}=...` }];
  }
  const problem: ConfigProblem = { key, origin: raw === undefined ? "default" : origin, message: describeIssue(issue, allowed) };
  // Cross-key checks see defaults too; they pass the value they judged in params.
  const shown = raw !== undefined ? raw : issue.code === "custom" ? (issue.params?.value as unknown) : undefined;
  if (shown !== undefined) problem.value = shown;
  return [problem];
}

function describeIssue(issue: z.core.$ZodIssue, allowed: string | undefined): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${allowed ?? issue.expected}`;
    case "invalid_value":
      return `expected one of: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return issue.minimum === 1 ? "must not be empty" : `needs at least ${issue.minimum} characters`;
      if (issue.origin === "array") return `needs at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      return `must be ${issue.inclusive ? ">=" : ">"} ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `allows at most ${issue.maximum} items`;
      return `must be ${issue.inclusive ? "<=" : "<"} ${issue.maximum}`;
    default:
      return issue.message;
  }
}

/** "a.b[2].c" for display; list indices do not have their own origin. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === "number" ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    "",
  );
}

/** The origin of a key, or of its nearest ancestor that has one. */
function originOf(key: string, origins: Origins): string | undefined {
  let k = key.replace(/\[\d+\]/g, "");
  for (;;) {
    const o = origins.get(k);
    if (o) return o;
    if (!k.includes(".")) return undefined;
    k = k.slice(0, k.lastIndexOf("."));
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const seg of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/**
 * YAML and the command line read `experiment_name: 2024` or `image_key=1` as numbers;
 * where the schema wants only a string, take the text the user wrote.
 */
function coerceScalarsToStrings(node: unknown, path: string[]): void {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return;
  const obj = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(obj)) {
    const childPath = [...path, k];
    if (typeof v === "number" || typeof v === "boolean") {
      const schema = schemaAt(ConfigSchema, childPath);
      if (schema && unwrap(schema).inner.def.type === "string") obj[k] = String(v);
    } else coerceScalarsToStrings(v, childPath);
  }
}

// Command-line overrides `a.b.c=value`, applied over the YAML config.
import { parse as parseYaml } from "yaml";
import type { ConfigProblem } from "./errors.js";
import type { Origins } from "./yaml-source.js";

export const COMMAND_LINE = "command line";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Parses one override. The value is read as YAML so `8`, `1e-6`, `true`, `null` and
 * `[console,tensorboard]` get their types; anything else stays a string.
 */
export function parseOverride(arg: string): { key: string; value: unknown } | { error: string } {
  const eq = arg.indexOf("=");
  const key = eq < 0 ? "" : arg.slice(0, eq).trim();
  if (eq < 0 || !/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(key)) {
    return { error: `expected key.path=value, got ${JSON.stringify(arg)}` };
  }
  const text = arg.slice(eq + 1);
  try {
    return { key, value: parseYaml(text) as unknown };
  } catch {
    // An unbalanced "[a,b" and the like: keep what the user typed.
    return { key, value: text };
  }
}

/** Applies overrides to `target` in place; records their origin; returns the malformed ones as problems. */
export function applyOverrides(target: Record<string, unknown>, args: readonly string[], origins: Origins): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const arg of args) {
    const parsed = parseOverride(arg);
    if ("error" in parsed) {
      problems.push({ key: "", origin: COMMAND_LINE, message: parsed.error });
      continue;
    }
    const segments = parsed.key.split(".");
    let node = target;
    let blocked: string | undefined;
    for (const [i, seg] of segments.slice(0, -1).entries()) {
      const next = node[seg];
      if (next === undefined || next === null) node[seg] = {};
      else if (!isPlainObject(next)) {
        blocked = segments.slice(0, i + 1).join(".");
        break;
      }
      node = node[seg] as Record<string, unknown>;
    }
    if (blocked) {
      problems.push({
        key: parsed.key,
        origin: COMMAND_LINE,
        message: `cannot set it: ${blocked} is a value, not a section`,
        value: parsed.value,
      });
      continue;
    }
    node[segments.at(-1)!] = parsed.value;
    // The override wins: it and everything under it now come from the command line.
    for (const k of [...origins.keys()]) if (k === parsed.key || k.startsWith(`${parsed.key}.`)) origins.delete(k);
    for (let i = 1; i <= segments.length; i++) {
      const k = segments.slice(0, i).join(".");
      if (i === segments.length || !origins.has(k)) origins.set(k, COMMAND_LINE);
    }
  }
  return problems;
}

// The resolved config in the run directory, and a hash checkpoints can compare.
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { ObserveConfig } from "./schema.js";

export const CONFIG_FILE = "config.yaml";
export const CONFIG_HASH_FILE = "config.sha256";

/** JSON with object keys sorted at every level, so equal configs give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** sha256 (hex) of the canonical JSON of a resolved config. */
export function configHash(config: ObserveConfig): string {
  return createHash("sha256").update(canonicalJson(config)).digest("hex");
}

/**
 * Writes `config.yaml` (every key, defaults filled) and `config.sha256` into runDir.
 * Each file is written aside and renamed, so a crash never leaves half a file.
 */
export function saveResolvedConfig(runDir: string, config: ObserveConfig): { path: string; hash: string } {
  mkdirSync(runDir, { recursive: true });
  const hash = configHash(config);
  const path = join(runDir, CONFIG_FILE);
  const yaml = `# Resolved observe-r1 config (all defaults filled). sha256: ${hash}\n${stringify(config)}`;
  writeAtomic(path, yaml);
  writeAtomic(join(runDir, CONFIG_HASH_FILE), `${hash}\n`);
  return { path, hash };
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

// Every config key must be read by the code it names: a key the schema accepts but nothing reads is
// the silent-ignore bug (issue 11). Walks the schema and searches the packages' sources for a read.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONFIG_KEYS } from "./load.js";

const PACKAGES = resolve(process.cwd(), "packages");

/**
 * Keys read only by the schema itself, each with why: EasyR1 names kept so its configs load, validated there to the
 * one value the code honours (or resolved into another key). Add a key here only with a documented reason.
 */
const SCHEMA_ONLY: Record<string, string> = {
  "worker.actor.loss_avg_mode": "EasyR1 alias, resolved into worker.actor.loss_agg_mode by the schema",
  "worker.actor.model.tokenizer_path": "EasyR1 key; only null or model_path (the processor comes from model_path)",
  "worker.actor.model.trust_remote_code": "EasyR1 key; only false (Qwen2.5-VL needs no checkpoint code)",
  "worker.actor.optim.strategy": "EasyR1 key; only adamw",
};

/** Local names the code gives to a section (`const est = config.data.curriculum.estimate`). */
const SECTION_ALIASES: Record<string, string[]> = { estimate: ["est"], val_override_config: ["vo"] };

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!["node_modules", "dist", "generated", "test-support", "fixtures"].includes(name)) sources(path, out);
    } else if (path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.endsWith(".d.ts") && !path.endsWith("config/schema.ts")) {
      out.push(path);
    }
  }
  return out;
}

const code = sources(PACKAGES).map((f) => readFileSync(f, "utf8")).join("\n");
const leaves = CONFIG_KEYS.filter((k) => !CONFIG_KEYS.some((other) => other.startsWith(`${k}.`)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `parent.leaf` (or an alias of the parent), or, for a distinctive name (with an underscore), destructuring or `.leaf`. */
function isRead(key: string): boolean {
  const segs = key.split(".");
  const leaf = segs.at(-1)!;
  const parent = segs.at(-2) ?? "config";
  for (const p of [parent, ...(SECTION_ALIASES[parent] ?? [])]) {
    if (new RegExp(`\\b${escape(p)}\\.${escape(leaf)}\\b`).test(code)) return true;
  }
  if (!leaf.includes("_")) return false;
  return new RegExp(`\\.${escape(leaf)}\\b`).test(code) || new RegExp(`\\{[^}=]*\\b${escape(leaf)}\\b[^}=]*\\}\\s*=`).test(code);
}

test("the walk sees the whole schema", () => {
  expect(leaves.length).toBeGreaterThan(80);
  expect(leaves).toContain("worker.actor.model.freeze_vision_tower");
});

test("every config key is read by the code, or listed as schema-only with a reason", () => {
  const unread = leaves.filter((k) => !(k in SCHEMA_ONLY) && !isRead(k));
  expect(unread).toEqual([]);
  // the allow-list holds nothing stale: each is a real key that no code reads
  for (const key of Object.keys(SCHEMA_ONLY)) {
    expect(leaves).toContain(key);
    expect({ key, read: isRead(key) }).toEqual({ key, read: false });
  }
});

test("the check catches an unread key", () => {
  expect(isRead("algorithm.kl_loss_type")).toBe(true);
  expect(isRead("algorithm.no_such_knob_anywhere")).toBe(false);
  expect(isRead("worker.rollout.n")).toBe(true);
  expect(isRead("worker.rollout.q")).toBe(false); // a short name needs its section in the access
});

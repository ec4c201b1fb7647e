// What the examples need, made on first use under runs/examples/ (a few seconds): a tiny random
// Qwen2.5-VL checkpoint and the demo's generated visual questions. Use your own model and data instead.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { runPythonModule } from "@observe-r1/bridge";

export const ROOT = "runs/examples";

/** A tiny Qwen2.5-VL checkpoint in HF layout (`python -m observe_worker.tiny_model DIR`). */
export async function tinyModel(dir = `${ROOT}/tiny-model`): Promise<string> {
  if (!existsSync(`${dir}/config.json`)) await runPythonModule("observe_worker.tiny_model", [dir]);
  return dir;
}

/** The demo's questions: DIR/train.jsonl and DIR/val.jsonl with images (`python -m observe_worker.demo_data`). */
export async function demoData(dir = `${ROOT}/data`): Promise<string> {
  if (!existsSync(`${dir}/val.jsonl`)) await runPythonModule("observe_worker.demo_data", [dir, "--train", "64", "--val", "32", "--sft", "0"]);
  return dir;
}

/**
 * A ladder file: the rows easiest first, with `difficulty` and `stage` (what `observe-run ladder build`
 * writes after estimating each question's difficulty with your model; here the generator's own `level`).
 */
export function ladderFile(data: string): string {
  const file = `${data}/ladder.jsonl`;
  const rows = readFileSync(`${data}/train.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { level: number });
  rows.sort((a, b) => a.level - b.level);
  const stage = (i: number) => Math.min(3, Math.floor((4 * i) / rows.length));
  writeFileSync(file, rows.map((r, i) => JSON.stringify({ ...r, difficulty: r.level, stage: stage(i) })).join("\n") + "\n");
  return file;
}

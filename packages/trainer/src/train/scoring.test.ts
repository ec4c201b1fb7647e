// Reward plug-ins see the row's other fields: a real dataset file, real TS and Python plug-ins.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Completion } from "@observe-r1/bridge";
import { resolveConfig } from "../config/index.js";
import { datasetOptions, loadDataset, type Sample } from "../data/index.js";
import { loadRewardPlugin } from "../reward-plugins/index.js";
import { BatchScorer } from "./scoring.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");
const fixtures = join(here, "../reward-plugins/fixtures");
const python = process.env.OBSERVE_PYTHON ?? join(repoRoot, ".venv", "bin", "python");

let dir: string;
let samples: Sample[];
const config = resolveConfig({ data: { train_files: "x.jsonl" }, worker: { actor: { model: { model_path: "m" } } } });
// The metadata plug-ins return no "accuracy", which the bonus and dynamic weighting read.
const withoutAccuracyReaders = resolveConfig({
  data: { train_files: "x.jsonl" }, worker: { actor: { model: { model_path: "m" } } },
  algorithm: { bonus: { enable: false }, dynamic_weight: { enable: false } },
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-scoring-"));
  const rows = [
    { id: "a", problem: "p", answer: "4", data_source: "geo", extra_info: { weight: 2, split: "train" } },
    { id: "b", problem: "q", answer: "5", data_source: "chart", extra_info: { weight: 3, split: "train" } },
  ];
  writeFileSync(join(dir, "train.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  ({ samples } = await loadDataset(join(dir, "train.jsonl"), datasetOptions(config)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two responses per sample, as the worker returns them (prompt-major). */
const completions: Completion[] = [0, 0, 1, 1].map((promptIndex) => ({
  promptIndex, text: "<observe>o</observe><think>t</think><answer>4</answer>", finishReason: "stop",
  tokenIds: Int32Array.from([1, 2, 3]), logprobs: new Float32Array(3),
}));

test("a TypeScript plug-in reads data_source, extra_info and the id of each response's row", async () => {
  const plugin = await loadRewardPlugin(join(fixtures, "metadata_reward.ts:by_source"));
  const scored = await new BatchScorer(withoutAccuracyReaders, plugin).score(samples, completions, 2);
  expect(Array.from(scored.reward)).toEqual([2, 2, 0, 0]);
  expect(Array.from(scored.extra.is_b!)).toEqual([0, 0, 1, 1]);
});

test("a plug-in without an accuracy score is refused where the run reads accuracy, not judged by the built-in verifier", async () => {
  const plugin = await loadRewardPlugin(join(fixtures, "metadata_reward.ts:by_source"));
  await expect(new BatchScorer(config, plugin).score(samples, completions, 2)).rejects.toThrow(
    /by_source in .*metadata_reward\.ts \(sample 0\): returned no "accuracy" score, which algorithm\.bonus .* and algorithm\.dynamic_weight .* read; return \{"overall": \.\.\., "accuracy": \.\.\.\}/);
  const filtering = resolveConfig({
    data: { train_files: "x.jsonl" }, worker: { actor: { model: { model_path: "m" } } },
    algorithm: { bonus: { enable: false }, dynamic_weight: { enable: false }, online_filtering: true, filter_key: "accuracy" },
  });
  await expect(new BatchScorer(filtering, plugin).score(samples, completions, 2)).rejects.toThrow(/which algorithm\.filter_key=accuracy reads/);
});

test("a Python plug-in reads the same fields", async () => {
  const plugin = await loadRewardPlugin(join(fixtures, "metadata_reward.py:by_source"), { python });
  try {
    const scored = await new BatchScorer(withoutAccuracyReaders, plugin).score(samples, completions, 2);
    expect(Array.from(scored.reward)).toEqual([2, 2, 0, 0]);
  } finally {
    await plugin.close();
  }
});

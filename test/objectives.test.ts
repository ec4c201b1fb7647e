// The 2026 objectives through the real trainer on the tiny model (issue 11): each trains 3 steps
// and a run stopped after step 1 and resumed writes the same metrics as the uninterrupted one.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { buildTinyModel, FIXTURES, tinyRunOverrides } from "./helpers.js";

let modelDir: string;
let dataFile: string;
let plugin: string;

beforeAll(async () => {
  modelDir = await buildTinyModel();
  const dir = mkdtempSync(join(tmpdir(), "observe-objectives-"));
  dataFile = join(dir, "train.jsonl");
  const rows = Array.from({ length: 16 }, (_, i) => ({
    id: `q${i}`, problem: `Question ${i} about the picture?`, answer: String(i), images: [join(FIXTURES, i % 2 ? "shapes.png" : "triangle.jpg")],
    difficulty: (i % 4) / 4, stage: i % 4,
  }));
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  // The tiny model never answers right; this reward (a hash of the text, 0 or 1) gives groups that disagree.
  plugin = join(dir, "varied.mjs");
  writeFileSync(plugin, `export function compute_score(inputs) {
  return inputs.map((x) => {
    let h = 7;
    for (const c of x.response) h = (h * 31 + c.charCodeAt(0)) % 1000003;
    const accuracy = h % 2;
    return { overall: accuracy, accuracy };
  });
}
`);
});

function config(runDir: string, overrides: string[]) {
  return loadConfig({
    file: "examples/configs/demo.yaml",
    overrides: [
      ...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), "data.rollout_batch_size=4", "trainer.save_freq=1",
      `worker.reward.reward_function=${plugin}:compute_score`, "algorithm.bonus.enable=false", "algorithm.dynamic_weight.enable=false",
      ...overrides,
    ],
  });
}

const readMetrics = (runDir: string) =>
  readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);

/** Trains 3 steps straight, then 1 step + Ctrl-C + resume; returns both metric curves after checking they agree. */
async function threeStepsAndResume(overrides: string[]) {
  const straight = mkdtempSync(join(tmpdir(), "observe-obj-a-"));
  expect((await trainObserveR1(config(straight, overrides))).steps).toBe(3);
  const interrupted = mkdtempSync(join(tmpdir(), "observe-obj-b-"));
  const stop = new AbortController();
  await trainObserveR1(config(interrupted, overrides), { signal: stop.signal, onStep: (s) => s === 1 && stop.abort() });
  expect((await trainObserveR1(config(interrupted, overrides), { resume: true })).steps).toBe(3);
  const a = readMetrics(straight);
  const b = readMetrics(interrupted);
  expect(b.map((m) => m.step)).toEqual([1, 2, 3]);
  for (const [i, m] of a.entries()) {
    for (const [key, value] of Object.entries(m)) {
      if (key.startsWith("timing_s/") || key.startsWith("perf/")) continue;
      expect([i + 1, key, b[i]![key]]).toEqual([i + 1, key, expect.closeTo(value, 5)]);
    }
  }
  return a;
}

test("overlong shaping: the soft penalty joins the reward, and a resumed run continues exactly", async () => {
  // Every response of the tiny model runs to the 8-token limit: with a buffer of 4, each gets -1 * 0.5.
  const a = await threeStepsAndResume(["worker.reward.overlong_buffer.enable=true", "worker.reward.overlong_buffer.len=4",
    "worker.reward.overlong_buffer.penalty_factor=0.5"]);
  for (const m of a) {
    expect(m["response_length/mean"]).toBe(8);
    expect(m["reward/overlong"]).toBe(-0.5);
    expect(m["reward/overall"]).toBeCloseTo(m["reward/accuracy"]! - 0.5, 9);
  }
  expect(a.some((m) => m["actor/grad_norm"]! > 0)).toBe(true);
});

test("mask_truncated: responses cut at the limit get no loss", async () => {
  const runDir = mkdtempSync(join(tmpdir(), "observe-obj-mask-"));
  await trainObserveR1(config(runDir, ["algorithm.mask_truncated=true", "trainer.max_steps=1"]));
  const [m] = readMetrics(runDir);
  // all 8 responses hit the limit, so no update ran
  expect(m).toMatchObject({ "response_length/clip_ratio": 1, "data/masked_truncated": 8, "actor/grad_norm": 0 });
});

test("GSPO: sequence-level ratio with its own clip range trains, and a resumed run continues exactly", async () => {
  for (const lossType of ["gspo", "gspo_token"]) {
    const a = await threeStepsAndResume([`worker.actor.loss_type=${lossType}`]);
    expect(a.some((m) => m["actor/grad_norm"]! > 0)).toBe(true);
    // two updates per step from the same old log-probs: the second sees sequence ratios past GSPO's 3e-4 / 4e-4 band
    expect(a.some((m) => m["actor/clipfrac"]! > 0)).toBe(true);
  }
});

test.each(["online", "ladder"])("online filtering with the %s sampler: only groups inside the band train, refills are counted, and a resumed run continues exactly", async (sampler) => {
  const a = await threeStepsAndResume([`data.curriculum.sampler=${sampler}`, "algorithm.online_filtering=true", "algorithm.filter_key=overall",
    "algorithm.filter_low=0.01", "algorithm.filter_high=0.99", "trainer.max_try_make_batch=3"]);
  for (const m of a) {
    expect(m["data/skipped"]).toBe(0);
    // the hash reward is 0 or 1 and groups have 2 responses: only the half-right ones (mean 0.5) are inside the band
    expect(m["reward/overall"]).toBe(0.5);
    expect(m["data/generation_rounds"]).toBeGreaterThanOrEqual(1);
    expect(m["data/generation_rounds"]).toBeLessThanOrEqual(3);
  }
  expect(a.some((m) => m["data/filtered_groups"]! > 0 && m["data/generation_rounds"]! > 1)).toBe(true);
});

test("online filtering that keeps nothing skips and counts the step, and stops after five such steps in a row, resumed or not", async () => {
  // The built-in format score is 0 for every response of the tiny model: no group is inside (0.01, 0.99).
  const overrides = ["algorithm.online_filtering=true", "algorithm.filter_key=format", "trainer.max_try_make_batch=1", "trainer.max_steps=8"];
  const failure = /training failed at step 5: online filtering kept no group in 5 steps in a row: every group's mean format score fell outside/;
  const runDir = mkdtempSync(join(tmpdir(), "observe-obj-empty-"));
  await expect(trainObserveR1(config(runDir, overrides))).rejects.toThrow(failure);
  const m = readMetrics(runDir);
  expect(m.map((x) => [x.step, x["data/skipped"], x["data/filtered_groups"], x["data/generation_rounds"]]))
    .toEqual([[1, 1, 4, 1], [2, 1, 4, 1], [3, 1, 4, 1], [4, 1, 4, 1]]);
  // Stopped after step 2 and resumed: the count of empty steps carries over in the checkpoint.
  const resumed = mkdtempSync(join(tmpdir(), "observe-obj-empty-resumed-"));
  const stop = new AbortController();
  await trainObserveR1(config(resumed, overrides), { signal: stop.signal, onStep: (s) => s === 2 && stop.abort() });
  await expect(trainObserveR1(config(resumed, overrides), { resume: true })).rejects.toThrow(failure);
});

// The RL loop end to end on the tiny model: metrics, checkpoints, Ctrl-C and an exact resume.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { buildTinyModel, FIXTURES, tinyRunOverrides } from "./helpers.js";

let modelDir: string;
let dataFile: string;

beforeAll(async () => {
  modelDir = await buildTinyModel();
  const dir = mkdtempSync(join(tmpdir(), "observe-train-"));
  dataFile = join(dir, "train.jsonl");
  const rows = ["3", "red", "B", "2", "blue", "A", "1", "green"].map((answer, i) => ({
    id: `q${i}`, problem: `Question ${i} about the picture?`, answer, images: [join(FIXTURES, i % 2 ? "shapes.png" : "triangle.jpg")],
    difficulty: (i % 4) / 4, stage: i % 4,
  }));
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
});

function config(runDir: string) {
  return loadConfig({
    file: "examples/configs/demo.yaml",
    overrides: [...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), "data.rollout_batch_size=4", "trainer.save_freq=1"],
  });
}

const readMetrics = (runDir: string) =>
  readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);

test("a run writes EasyR1-named metrics and atomic checkpoints, and a resumed run continues exactly", async () => {
  const straight = mkdtempSync(join(tmpdir(), "observe-run-a-"));
  const result = await trainObserveR1(config(straight));
  expect(result.steps).toBe(3);
  const a = readMetrics(straight);
  expect(a.map((m) => m.step)).toEqual([1, 2, 3]);
  for (const key of ["reward/overall", "reward/format", "reward/accuracy", "reward/bonus", "response_length/mean", "timing_s/gen",
    "timing_s/reward", "timing_s/update", "perf/throughput", "actor/kl", "actor/entropy", "actor/clipfrac", "actor/clipfrac_higher", "actor/clipfrac_lower", "actor/clipfrac_dual", "actor/grad_norm", "curriculum/stage"]) {
    expect(typeof a[0]![key]).toBe("number");
  }
  expect(Object.keys(a[0]!).some((k) => k.startsWith("accuracy_by_level/"))).toBe(true);
  // The worker's per-update perf: no vLLM to sync, no CUDA peak on CPU, but a resident worker process.
  expect(a[0]).toMatchObject({ "timing_s/weight_sync": 0, "perf/max_memory_allocated_gb": 0, "perf/max_memory_reserved_gb": 0 });
  expect(a[0]!["perf/cpu_memory_used_gb"]).toBeGreaterThan(0.05);
  // The worker reports its handler time, so the controller's share is the rest of the step: more than nothing
  // (rewards, the wire), less than the whole (the worker generated and trained).
  for (const m of a) {
    expect(m["timing_s/controller"]).toBeGreaterThan(0);
    expect(m["timing_s/controller"]).toBeLessThan(m["timing_s/step"]!);
    expect(m["perf/controller_share"]).toBeCloseTo(m["timing_s/controller"]! / m["timing_s/step"]!, 6);
  }
  expect(existsSync(join(straight, "checkpoints/global_step_3/actor/model.safetensors"))).toBe(true);
  expect(existsSync(join(straight, "checkpoints/global_step_3/state.json"))).toBe(true);
  expect(existsSync(join(straight, "config.yaml"))).toBe(true);

  // Same run, stopped (Ctrl-C) after step 1, then resumed.
  const interrupted = mkdtempSync(join(tmpdir(), "observe-run-b-"));
  const stop = new AbortController();
  const first = await trainObserveR1(config(interrupted), { signal: stop.signal, onStep: (s) => s === 1 && stop.abort() });
  expect(first).toMatchObject({ steps: 1, stoppedEarly: true });
  const resumed = await trainObserveR1(config(interrupted), { resume: true });
  expect(resumed.steps).toBe(3);
  const b = readMetrics(interrupted);
  expect(b.map((m) => m.step)).toEqual([1, 2, 3]);
  // Same batches, same samples, same updates: the resumed curve is the uninterrupted one.
  for (const key of ["reward/overall", "response_length/mean", "curriculum/stage", "actor/lr"]) {
    expect(b.map((m) => m[key])).toEqual(a.map((m) => m[key]));
  }
  b.forEach((m, i) => expect(m["actor/pg_loss"]).toBeCloseTo(a[i]!["actor/pg_loss"]!, 5));
});

test("freeze_vision_tower keeps every visual.* weight of the checkpoint as loaded; validation with n > 1 reports mean@n and pass@n", async () => {
  const { loadFile } = await import("./safetensors.js");
  const runDir = mkdtempSync(join(tmpdir(), "observe-run-frozen-"));
  const frozen = loadConfig({
    file: "examples/configs/demo.yaml",
    overrides: [
      ...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), `data.val_files=${dataFile}`, "data.rollout_batch_size=4",
      "trainer.max_steps=2", "trainer.save_freq=2", "trainer.val_before_train=true",
      "worker.rollout.val_override_config.n=3", "worker.rollout.val_override_config.temperature=1.0",
      "worker.actor.model.freeze_vision_tower=true", "worker.actor.optim.lr=1e-2",
    ],
  });
  await trainObserveR1(frozen);
  const [val] = readMetrics(runDir);
  expect(val!.step).toBe(0);
  expect(val!["val/pass@3"]).toBeGreaterThanOrEqual(val!["val/accuracy"]!);
  const initial = loadFile(join(modelDir, "model.safetensors"));
  const saved = loadFile(join(runDir, "checkpoints/global_step_2/actor/model.safetensors"));
  const visual = [...saved.keys()].filter((k) => k.includes("visual."));
  expect(visual.length).toBeGreaterThan(0);
  for (const k of visual) expect({ k, same: Buffer.compare(saved.get(k)!, initial.get(k)!) === 0 }).toEqual({ k, same: true });
  // the language model did train
  expect([...saved.keys()].some((k) => !k.includes("visual.") && initial.has(k) && Buffer.compare(saved.get(k)!, initial.get(k)!) !== 0)).toBe(true);
});

test("worker.actor.padding_free=true reaches the worker: a run trains on packed sequences and records the key", async () => {
  const runDir = mkdtempSync(join(tmpdir(), "observe-run-packed-"));
  const packed = loadConfig({
    file: "examples/configs/demo.yaml",
    overrides: [...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), "trainer.max_steps=2", "worker.actor.padding_free=true"],
  });
  // The trainer refuses a worker whose LoadModelReply does not echo padding_free, so finishing means it packed.
  expect(await trainObserveR1(packed)).toMatchObject({ steps: 2 });
  expect(readMetrics(runDir).map((m) => [m.step, Number.isFinite(m["actor/pg_loss"])])).toEqual([[1, true], [2, true]]);
  expect(readFileSync(join(runDir, "config.yaml"), "utf8")).toMatch(/^ {4}padding_free: true$/m);
});

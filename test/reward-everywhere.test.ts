// A run's reward decides what counts as correct everywhere it is read: training, validation, `observe-run eval`
// and the NeuraLadder estimates. With a reward plug-in, its "accuracy" replaces the built-in verifier's in all
// four (before, validation, eval and the ladder judged with the math verifier whatever the plug-in said); where
// correctness decides something (the bonus, the weights, the ladder) a plug-in without it is refused.
// Eval and the ladder also take their data through the same check as training.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { buildNeuraLadder, DatasetValidationError, evaluateModel, loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { buildTinyModel, FIXTURES, startWorker, tinyRunOverrides } from "./helpers.js";
import { PROJECT_ROOT, type SpawnedWorker } from "@observe-r1/bridge";

const CLI = join(PROJECT_ROOT, "packages", "cli", "bin", "observe-run.js");

let dir: string;
let model: string;
let data: string;
let plugin: string;
let worker: SpawnedWorker;

// The tiny model answers none of these right by the built-in verifier; the plug-in calls q0 and q2 correct.
const ROWS = ["3", "red", "B", "2"].map((answer, i) => ({
  id: `q${i}`, problem: `Question ${i} about the picture?`, answer, images: [join(FIXTURES, i % 2 ? "shapes.png" : "triangle.jpg")],
}));
const PLUGIN_CORRECT = new Set(["q0", "q2"]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-reward-everywhere-"));
  data = join(dir, "data.jsonl");
  writeFileSync(data, ROWS.map((r) => JSON.stringify(r) + "\n").join(""));
  plugin = join(dir, "by_id.mjs");
  writeFileSync(plugin, [
    `const correct = new Set(${JSON.stringify([...PLUGIN_CORRECT])});`,
    "export function score(inputs) {",
    "  return inputs.map((x) => ({ overall: correct.has(x.id) ? 2 : 0, accuracy: correct.has(x.id) ? 1 : 0, tokens: x.response_length }));",
    "}",
    "export function overall_only(inputs) { return inputs.map(() => ({ overall: 1 })); }",
  ].join("\n"));
  model = await buildTinyModel();
  worker = await startWorker();
}, 120_000);
afterAll(async () => {
  await worker?.close();
});

const config = (overrides: string[] = []) => loadConfig({
  file: "examples/configs/demo.yaml",
  overrides: [
    ...tinyRunOverrides({ train: data, model, runDir: join(dir, "run") }), `data.val_files=${JSON.stringify([data])}`,
    `worker.reward.reward_function=${plugin}:score`, ...overrides,
  ],
});

test("validation during training scores with the reward plug-in", async () => {
  const runDir = join(dir, "val-run");
  await trainObserveR1(config([`trainer.save_checkpoint_path=${runDir}`, "trainer.max_steps=1", "trainer.val_before_train=true"]), { worker });
  const lines = readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
  const before = lines.find((l) => l.step === 0 && "val/accuracy" in l)!;
  expect(before["val/accuracy"]).toBe(PLUGIN_CORRECT.size / ROWS.length);
  expect(before["val/reward/overall"]).toBe((2 * PLUGIN_CORRECT.size) / ROWS.length);
  expect(before["val/reward/tokens"]).toBeGreaterThan(0);
}, 120_000);

test("evaluateModel: the plug-in's accuracy, its scores per response, and the config's sampling", async () => {
  const out = join(dir, "eval");
  const run = await evaluateModel(config(["worker.rollout.val_override_config.n=2", "worker.rollout.val_override_config.temperature=1.0"]), {
    out, worker, say: () => {},
  });
  const records = readFileSync(run.files.samples, "utf8").trim().split("\n").map((l) => JSON.parse(l) as {
    id: string; accuracy: number; length: number; rewards: Record<string, number>;
  });
  expect(records).toHaveLength(2 * ROWS.length); // n = 2 from val_override_config
  for (const r of records) {
    expect(r.accuracy).toBe(PLUGIN_CORRECT.has(r.id) ? 1 : 0);
    expect(r.rewards.tokens).toBe(r.length);
  }
  expect(run.metrics).toMatchObject({ accuracy: 0.5, "pass@2": 0.5, "reward/overall": 1 });
  expect(run.metrics["reward/tokens"]).toBeCloseTo(records.reduce((s, r) => s + r.length, 0) / records.length, 10);
  expect(JSON.parse(readFileSync(run.files.metrics, "utf8"))).toMatchObject({ samples: ROWS.length, skipped: 0, accuracy: 0.5 });
}, 120_000);

test("the ladder judges its rollouts with the plug-in and leaves out the rows training would", async () => {
  const withBadRow = join(dir, "with-bad-row.jsonl");
  writeFileSync(withBadRow, readFileSync(data, "utf8") + JSON.stringify({
    id: "broken", problem: "What is shown?", answer: "1", images: [join(FIXTURES, "corrupt.png")],
  }) + "\n");
  const ladderConfig = (overrides: string[]) => config([`data.train_files=${withBadRow}`, "data.curriculum.estimate.n=2", "data.rollout_batch_size=4", ...overrides]);

  // As training: a row whose image does not decode stops the build (before any generation) unless data.skip_invalid.
  const refused = join(dir, "ladder-refused");
  await expect(buildNeuraLadder(ladderConfig([]), { outDir: refused, worker })).rejects.toThrow(DatasetValidationError);
  expect(existsSync(join(refused, "estimates.jsonl"))).toBe(false);

  const out = join(dir, "ladder");
  const built = await buildNeuraLadder(ladderConfig(["data.skip_invalid=true"]), { outDir: out, worker });
  expect(built.estimated).toBe(ROWS.length);
  expect(built.invalidRows).toBe(join(out, "invalid_rows.train.jsonl"));
  expect(readFileSync(built.invalidRows!, "utf8")).toContain("\"broken\"");
  const estimates = readFileSync(built.files.estimates, "utf8").trim().split("\n").map((l) => JSON.parse(l) as {
    id: string; rollouts: Array<{ correct: boolean }>;
  });
  expect(estimates.map((e) => e.id).sort()).toEqual(ROWS.map((r) => r.id));
  for (const e of estimates) expect(e.rollouts.map((r) => r.correct)).toEqual([PLUGIN_CORRECT.has(e.id), PLUGIN_CORRECT.has(e.id)]);
  const ladderIds = readFileSync(built.files.ladder, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
  expect(ladderIds).not.toContain("broken");

  // A plug-in that says nothing of correctness cannot estimate difficulty: the built-in verifier does not stand in.
  await expect(buildNeuraLadder(config([`worker.reward.reward_function=${plugin}:overall_only`, "data.curriculum.estimate.n=2"]), {
    outDir: join(dir, "ladder-overall-only"), worker,
  })).rejects.toThrow(/overall_only .*returned no "accuracy" score, which the NeuraLadder estimate .* reads/);
}, 120_000);

test("observe-run eval: --config supplies the run's settings, flags and key=value overrides adjust them", async () => {
  const configFile = join(dir, "run.yaml");
  writeFileSync(configFile, [
    "data:", `  train_files: ${JSON.stringify(data)}`, `  val_files: [${JSON.stringify(data)}]`, "  max_response_length: 8",
    "worker:", "  actor:", `    model: { model_path: ${JSON.stringify(model)} }`,
    "  reward:", `    reward_function: ${JSON.stringify(`${plugin}:score`)}`,
    "  rollout:", "    engine: hf", "    val_override_config: { n: 1, temperature: 0.0 }",
  ].join("\n") + "\n");
  const out = join(dir, "cli-eval");
  const result = await execa("node", [CLI, "eval", "--config", configFile, "--out", out, "--n", "3", "--temperature", "1", "data.max_response_length=4"], {
    reject: false, all: true,
  });
  if (result.exitCode !== 0) throw new Error(String(result.all));
  expect(result.all).toMatch(/data check \(eval\): 4 rows, 4 valid/);
  const metrics = JSON.parse(readFileSync(join(out, "eval.json"), "utf8")) as Record<string, number>;
  expect(metrics).toMatchObject({ accuracy: 0.5, "pass@3": 0.5 }); // the plug-in from the config; n from --n
  const lengths = readFileSync(join(out, "eval_samples.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { length: number }).length);
  expect(lengths).toHaveLength(3 * ROWS.length);
  expect(Math.max(...lengths)).toBeLessThanOrEqual(4); // the override after the config's 8

  const bare = await execa("node", [CLI, "eval", "--data", data], { reject: false, all: true });
  expect(bare.exitCode).not.toBe(0);
  expect(bare.all).toMatch(/needs --model DIR or --config FILE/);
}, 180_000);

// `observe-run data check` and the prompt budget: the real CLI, the real worker, real files.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT, pythonEnv, resolvePython, type SpawnedWorker } from "@observe-r1/bridge";
import { checkSplit, loadConfig, trainingData } from "@observe-r1/trainer";
import { corruptPngBody, encodePng, HF_IMAGE_STRUCT, writeParquet } from "../packages/trainer/src/data/test-support/fixtures.js";
import { buildTinyModel, startWorker } from "./helpers.js";

const run = promisify(execFile);
let dir: string;
let modelDir: string;
let demoDir: string;
let parquet: string;
let worker: SpawnedWorker;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-datacheck-"));
  demoDir = join(dir, "demo");
  parquet = join(dir, "train.parquet");
  const image = (bytes: Uint8Array) => ({ bytes, path: "x.png" });
  writeParquet(
    parquet,
    [
      { name: "problem", repetition: "OPTIONAL", kind: "string" },
      { name: "answer", repetition: "OPTIONAL", kind: "string" },
      { name: "images", repetition: "OPTIONAL", kind: "list", element: HF_IMAGE_STRUCT },
    ],
    [
      { problem: "<image>What color?", answer: "black", images: [image(encodePng(56, 56))] },
      { problem: "Left <image> right <image>: which is taller?", answer: "right", images: [image(encodePng(56, 56)), image(encodePng(56, 112))] },
      { problem: "<image>Broken?", answer: "yes", images: [image(corruptPngBody(56, 56))] },
      { problem: `<image>${"Count the words in this long question. ".repeat(80)}`, answer: "480", images: [image(encodePng(56, 56))] },
    ],
  );
  [modelDir] = await Promise.all([
    buildTinyModel(),
    run(resolvePython(), ["-m", "observe_worker.demo_data", demoDir, "--train", "24", "--val", "8", "--sft", "1"], { env: pythonEnv() }),
  ]);
  worker = await startWorker();
});
afterAll(() => worker?.close());

const overrides = (train: string, extra: string[] = []) => [
  `data.train_files=${train}`, "data.val_files=[]", `worker.actor.model.model_path=${modelDir}`, ...extra,
];

/** `observe-run data check --json`, run as a user runs it. */
async function dataCheckJson(args: string[]) {
  const bin = join(PROJECT_ROOT, "packages/cli/src/bin.ts");
  const { stdout } = await run(process.execPath, ["--import", "tsx", bin, "data", "check", "--config", "examples/configs/demo.yaml", "--json", ...args], {
    cwd: PROJECT_ROOT, env: { ...process.env, OBSERVE_CACHE_DIR: join(dir, "cache") },
  }).catch((err: { stdout: string; code: number }) => ({ stdout: err.stdout, code: err.code }));
  return JSON.parse(stdout) as Record<string, any>;
}

test("data check --json on the demo data: rows, tokens, images per row, rendered prompts", async () => {
  const report = await dataCheckJson(["--show", "2", ...overrides(join(demoDir, "train.jsonl"))]);
  expect(report).toMatchObject({ rows: 24, valid: 24, invalid: 0, overlong: 0, images_per_row: { 1: 24 } });
  const t = report.prompt_tokens;
  expect(t.min).toBeGreaterThan(0);
  expect(t.min).toBeLessThanOrEqual(t.median);
  expect(t.median).toBeLessThanOrEqual(t.max);
  expect(t.image).toEqual({ min: 9, median: 9, max: 9 }); // 84x84 images: 3x3 merged patches
  expect(t.text.min + t.image.min).toBe(t.min);
  expect(report.examples).toHaveLength(2);
  expect(report.examples[0]).toMatch(/^<\|im_start\|>system\n.*<\|im_start\|>user\n<\|vision_start\|><\|image_pad\|><\|vision_end\|>.*<\|im_start\|>assistant\n$/s);
});

test("data check --json on the Parquet file: the corrupt image and the overlong prompt are counted", async () => {
  const report = await dataCheckJson(overrides(parquet));
  expect(report).toMatchObject({
    rows: 4, valid: 2, invalid: 1, overlong: 1, images_per_row: { 1: 1, 2: 1 }, max_prompt_length: 512,
    invalid_by_reason: { image_undecodable: { rows: 1, first: `${parquet} row 2` } }, overlong_first: `${parquet} row 3`,
  });
});

test("an overlong prompt is dropped and listed with data.filter_overlong_prompts, else an error naming it", async () => {
  const config = (filter: boolean) => loadConfig({
    file: "examples/configs/demo.yaml", overrides: overrides(parquet, [`data.filter_overlong_prompts=${filter}`, "data.skip_invalid=true"]),
  });
  const check = await checkSplit(config(true), "train", [parquet], worker, { cacheDir: join(dir, "cache") });
  expect(check.overlong.map((r) => r.row)).toEqual([3]);
  expect(check.overlong[0]!.reasons[0]!.message).toMatch(/^the prompt is (\d+) tokens \(4 of them image tokens\) but data.max_prompt_length is 512$/);
  const tokens = Number(/is (\d+) tokens/.exec(check.overlong[0]!.reasons[0]!.message)![1]);
  expect(tokens).toBeGreaterThan(512);

  const kept = trainingData(check, config(true));
  expect(kept.samples.map((s) => [s.location.row, s.index])).toEqual([[0, 0], [1, 1]]);
  expect(kept.invalid.map((r) => [r.row, r.reasons[0]!.code])).toEqual([[2, "image_undecodable"], [3, "prompt_too_long"]]);

  expect(() => trainingData(check, config(false))).toThrow(new RegExp(
    `1 train prompt\\(s\\) are longer than data.max_prompt_length=512:\\n  ${parquet} row 3: the prompt is ${tokens} tokens .*\\n` +
    "Set data.filter_overlong_prompts=true to drop them, or raise data.max_prompt_length",
  ));
});

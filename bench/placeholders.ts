// Held-out accuracy of the demo's SFT model on the val set as JSONL (images first) and as HF Parquet with <image> placeholders
//
// The demo's data and supervised cold start (same sizes and settings as `observe-run demo`),
// then greedy accuracy on the 128 held-out questions twice: as written (no placeholder: the
// images go before the text) and rewritten the way EasyR1 / Hugging Face datasets store
// them (an "<image>" before the problem, images as list<struct<bytes, path>> in Parquet).
// With the placeholders interleaved, both must score the same; before the fix the literal
// "<image>" text stayed in the prompt.
//
//   npm run bench -- placeholders [OUT_DIR]     (about 3 minutes on a 2-core CPU)
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runPythonModule, silentLogger, spawnWorker } from "@observe-r1/bridge";
import {
  datasetOptions, evaluate, loadConfig, loadDataset, optimizerOptions, promptTemplate, scoringConfig, sftWarmup,
} from "@observe-r1/trainer";
import { HF_IMAGE_STRUCT, writeParquet } from "../packages/trainer/src/data/test-support/fixtures.js";

const out = resolve(process.argv[2] ?? "runs/bench-placeholders");
const paths = { tiny: join(out, "tiny-model"), data: join(out, "data"), sft: join(out, "sft-model") };
mkdirSync(out, { recursive: true });
await runPythonModule("observe_worker.tiny_model", [paths.tiny, "--seed", "0"]);
await runPythonModule("observe_worker.demo_data", [paths.data, "--train", "16", "--val", "128", "--sft", "2048", "--seed", "0"]);
const config = loadConfig({
  file: "examples/configs/demo.yaml",
  overrides: [`data.train_files=${join(paths.data, "val.jsonl")}`, `worker.actor.model.model_path=${paths.tiny}`],
});
const template = promptTemplate(config.data.format_prompt);

// The val rows again, as an EasyR1-style Parquet file: "<image>" + problem, embedded image bytes.
const rows = readFileSync(join(paths.data, "val.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
const parquet = join(paths.data, "val_placeholders.parquet");
writeParquet(
  parquet,
  [
    { name: "id", repetition: "OPTIONAL", kind: "string" },
    { name: "problem", repetition: "OPTIONAL", kind: "string" },
    { name: "answer", repetition: "OPTIONAL", kind: "string" },
    { name: "images", repetition: "OPTIONAL", kind: "list", element: HF_IMAGE_STRUCT },
  ],
  rows.map((r) => ({
    id: String(r.id), problem: `<image>${String(r.problem)}`, answer: String(r.answer),
    images: (r.images as string[]).map((p) => ({ bytes: readFileSync(join(paths.data, p)), path: p })),
  })),
);

const worker = await spawnWorker({ logger: silentLogger });
try {
  const sft = await loadDataset(join(paths.data, "sft.jsonl"), datasetOptions(config));
  await worker.loadModel({ modelPath: paths.tiny, optimizer: { ...optimizerOptions(config), lr: 1e-2 }, seed: 0 });
  const t0 = performance.now();
  const { losses } = await sftWarmup(worker, sft.samples, { steps: 100, batchSize: 32, lr: 1e-2, template });
  console.log(`sft: 100 steps x 32, loss ${losses[0]!.toFixed(3)} -> ${losses.at(-1)!.toFixed(3)} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  await worker.saveCheckpoint(paths.sft, { includeOptimizer: false });
  await worker.loadModel({ modelPath: paths.sft, minPixels: config.data.min_pixels, maxPixels: config.data.max_pixels, seed: 0 });

  const options = { ...datasetOptions(config), decodeImages: (images: Array<{ data: Uint8Array; source: string }>) => worker.checkImages(images) };
  for (const [name, file] of [["val.jsonl, no placeholder (images first)", join(paths.data, "val.jsonl")], ["val_placeholders.parquet, <image> + problem", parquet]]) {
    const { samples } = await loadDataset(file!, options);
    const evalOptions = {
      sampling: { temperature: 0, maxNewTokens: config.data.max_response_length, seed: 0 }, n: 1,
      template, scoring: scoringConfig(config), batchSize: 32, difficultyKey: "difficulty",
    };
    const { metrics } = await evaluate(worker, samples, evalOptions);
    console.log(`${name}: ${samples.length} questions, accuracy ${metrics.accuracy!.toFixed(3)}, format ${metrics.format!.toFixed(3)}`);
  }
} finally {
  await worker.close();
}

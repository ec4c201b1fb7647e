// Evaluate a checkpoint on a Parquet file (the Hugging Face / EasyR1 layout: images as {bytes, path}
// structs): accuracy, format rate and length, per source (verl's data_source), and the responses to read.
// Run: npx tsx examples/eval-parquet.ts   (CHECKPOINT=runs/.../checkpoints/global_step_N/actor for a trained one)
import { readFileSync } from "node:fs";
import { evaluateModel, resolveConfig } from "@observe-r1/trainer";
// A minimal Parquet writer from the tests, to make a file here; yours comes from Hugging Face or pandas.to_parquet.
import { HF_IMAGE_STRUCT, writeParquet } from "../packages/trainer/src/data/test-support/fixtures.js";
import { demoData, ROOT, tinyModel } from "./setup.js";

// 1. A checkpoint: any HF-layout model folder, e.g. a run's checkpoints/global_step_N/actor.
const checkpoint = process.env.CHECKPOINT ?? (await tinyModel());

// 2. A Parquet file: the demo's held-out questions with their images inside the file.
const data = await demoData();
const parquet = `${ROOT}/val.parquet`;
const rows = readFileSync(`${data}/val.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as
  { id: string; problem: string; answer: string; images: string[]; task: string });
writeParquet(parquet, [
  { name: "id", repetition: "OPTIONAL", kind: "string" },
  { name: "problem", repetition: "OPTIONAL", kind: "string" },
  { name: "answer", repetition: "OPTIONAL", kind: "string" },
  { name: "images", repetition: "OPTIONAL", kind: "list", element: HF_IMAGE_STRUCT },
  { name: "data_source", repetition: "OPTIONAL", kind: "string" },
], rows.map((r) => ({
  id: r.id, problem: r.problem, answer: r.answer, data_source: r.task,
  images: r.images.map((p) => ({ bytes: readFileSync(`${data}/${p}`), path: p })),
})));

// 3. Evaluate it as a run validates: the data keys (data.prompt_key=problem, data.answer_key=answer,
//    data.image_key=images: the defaults), the full data check, val sampling (greedy here), the run's reward.
//    `observe-run eval --config FILE` does the same from a shell.
const config = resolveConfig({
  data: { train_files: parquet, val_files: [parquet], max_response_length: 16 },
  worker: { actor: { model: { model_path: checkpoint } }, rollout: { engine: "hf", val_override_config: { temperature: 0 } } },
  trainer: { n_gpus_per_node: 0 }, // one process on the CPU (the default, 8, is a torchrun group of 8 GPUs)
});
const { metrics, files } = await evaluateModel(config, { out: `${ROOT}/eval` });

// 4. The numbers, then the responses to read (one JSON line each).
console.log(`accuracy ${metrics.accuracy!.toFixed(3)} | format ${metrics.format!.toFixed(3)} | length ${metrics.response_length!.toFixed(1)}`);
for (const [k, v] of Object.entries(metrics)) if (k.startsWith("accuracy_by_source/")) console.log(`  ${k.padEnd(28)} ${v.toFixed(3)}`);
const first = JSON.parse(readFileSync(files.samples, "utf8").split("\n")[0]!) as { response: string; answer: string };
console.log(`first response: ${JSON.stringify(first.response)} (answer ${first.answer})`);
console.log(`every response: ${files.samples}`);

// Evaluate a checkpoint on a Parquet file (the Hugging Face / EasyR1 layout: images as {bytes, path}
// structs): accuracy, format rate and length, per source (verl's data_source), and the responses to read.
// Run: npx tsx examples/eval-parquet.ts   (CHECKPOINT=runs/.../checkpoints/global_step_N/actor for a trained one)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnWorker } from "@observe-r1/bridge";
import { datasetOptions, evaluate, loadDataset, promptTemplate, resolveConfig, scoringConfig } from "@observe-r1/trainer";
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

// 3. Read it as training does (data.prompt_key=problem, data.answer_key=answer, data.image_key=images: the defaults).
const config = resolveConfig({ data: { train_files: parquet }, worker: { actor: { model: { model_path: checkpoint } } } });
const { samples } = await loadDataset(parquet, datasetOptions(config));
console.log(`${samples.length} questions from ${parquet}`);

// 4. Greedy answers, scored like training (format + accuracy); `observe-run eval` does the same from a shell.
const worker = await spawnWorker();
try {
  await worker.loadModel({ modelPath: checkpoint });
  const { metrics, records } = await evaluate(worker, samples, {
    sampling: { temperature: 0, maxNewTokens: 16 }, n: 1, batchSize: 16,
    template: promptTemplate(config.data.format_prompt), scoring: scoringConfig(config), difficultyKey: "difficulty",
  });

  // 5. The numbers, then the responses to read (one JSON line each, as `observe-run eval` writes them).
  console.log(`accuracy ${metrics.accuracy!.toFixed(3)} | format ${metrics.format!.toFixed(3)} | length ${metrics.response_length!.toFixed(1)}`);
  for (const [k, v] of Object.entries(metrics)) if (k.startsWith("accuracy_by_source/")) console.log(`  ${k.padEnd(28)} ${v.toFixed(3)}`);
  mkdirSync(`${ROOT}/eval`, { recursive: true });
  writeFileSync(`${ROOT}/eval/eval_samples.jsonl`, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`first response: ${JSON.stringify(records[0]!.response)} (answer ${records[0]!.answer})`);
  console.log(`every response: ${ROOT}/eval/eval_samples.jsonl`);
} finally {
  await worker.close();
}

// A Hugging Face / EasyR1-style Parquet dataset (images as a list of {bytes, path} structs,
// `<image>` placeholders in the problem) through the real loader, the real worker and one
// training step: each image's vision block sits where its placeholder was.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SpawnedWorker } from "@observe-r1/bridge";
import {
  datasetOptions,
  imageTokenCount,
  loadConfig,
  loadDataset,
  promptTemplate,
  toPrompt,
  trainObserveR1,
} from "@observe-r1/trainer";
import { encodePng, HF_IMAGE_STRUCT, writeParquet } from "../packages/trainer/src/data/test-support/fixtures.js";
import { buildTinyModel, startWorker, tinyRunOverrides } from "./helpers.js";

let modelDir: string;
let dataFile: string;
let worker: SpawnedWorker;

// Different sizes give different numbers of image tokens, so a swapped order would show.
const square = encodePng(56, 56);
const tall = encodePng(56, 112);

beforeAll(async () => {
  modelDir = await buildTinyModel();
  dataFile = join(mkdtempSync(join(tmpdir(), "observe-hf-")), "train.parquet");
  const image = (bytes: Uint8Array, path: string) => ({ bytes, path });
  writeParquet(
    dataFile,
    [
      { name: "problem", repetition: "OPTIONAL", kind: "string" },
      { name: "answer", repetition: "OPTIONAL", kind: "string" },
      { name: "images", repetition: "OPTIONAL", kind: "list", element: HF_IMAGE_STRUCT },
      { name: "data_source", repetition: "OPTIONAL", kind: "string" },
    ],
    [
      { problem: "<image>What color is the square?", answer: "black", images: [image(square, "a.png")], data_source: "geo" },
      { problem: "Left: <image> Right: <image> Which is taller?", answer: "Right", images: [image(square, "b.png"), image(tall, "c.png")], data_source: "geo" },
      { problem: "How many images are there?", answer: "1", images: [image(tall, "d.png")], data_source: "count" },
      { problem: "Which one is wider? <image>", answer: "A", images: [image(square, "e.png")], data_source: "geo" },
      { problem: "<image> or <image>?", answer: "A", images: [image(square, "f.png")], data_source: "geo" }, // dropped
    ],
  );
  worker = await startWorker();
});
afterAll(() => worker?.close());

function config(runDir: string) {
  return loadConfig({
    file: "examples/configs/demo.yaml",
    overrides: [...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), "trainer.max_steps=1", "trainer.save_freq=-1", "data.skip_invalid=true"],
  });
}

test("the worker puts each image's tokens at its <image> placeholder, in order, and drops the literal text", async () => {
  const cfg = config(mkdtempSync(join(tmpdir(), "observe-hf-run-")));
  const { samples, invalid } = await loadDataset(dataFile, datasetOptions(cfg));
  expect(samples.map((s) => s.images.length)).toEqual([1, 2, 1, 1]);
  expect(invalid.map((r) => [r.row, r.reasons[0]!.code])).toEqual([[4, "image_count_mismatch"]]);
  const limits = { minPixels: cfg.data.min_pixels, maxPixels: cfg.data.max_pixels };
  await worker.loadModel({ modelPath: modelDir, ...limits });

  const template = promptTemplate(null);
  const encoded = await worker.encodePrompts(samples.map((s) => toPrompt(s, template)));
  const [pad, start, end] = await worker.tokenize(["<|image_pad|>", "<|vision_start|>", "<|vision_end|>"]);
  const userTurn = (rendered: string) => rendered.split("<|im_start|>user\n")[1]!.split("<|im_end|>")[0];
  const block = "<|vision_start|><|image_pad|><|vision_end|>";
  expect(encoded.map((e) => userTurn(e.rendered))).toEqual([
    `${block}What color is the square?`,
    `Left: ${block} Right: ${block} Which is taller?`,
    `${block}How many images are there?`, // no placeholder: images first, as before
    `Which one is wider? ${block}`,
  ]);

  // The ids are exactly the rendered text's, each image pad expanded to that image's token count
  // (the processor's resize, computed independently here): the blocks sit at the placeholders.
  for (const [i, e] of encoded.entries()) {
    const counts = samples[i]!.images.map((img) => imageTokenCount(img.height, img.width, limits));
    const [plain] = await worker.tokenize([e.rendered]);
    const expected: number[] = [];
    let k = 0;
    for (const id of plain!) {
      if (id === pad![0]) expected.push(...Array<number>(counts[k++]!).fill(id));
      else expected.push(id);
    }
    expect(k).toBe(counts.length);
    expect(Array.from(e.tokenIds)).toEqual(expected);
    expect(e.imageTokens).toBe(counts.reduce((a, b) => a + b, 0));
    expect(Array.from(e.tokenIds).filter((id) => id === start![0] || id === end![0])).toHaveLength(2 * counts.length);
  }
  expect(new Set(samples[1]!.images.map((img) => imageTokenCount(img.height, img.width, limits))).size).toBe(2);
  const literal = await worker.tokenize(["<image>"]);
  const ids = Array.from(encoded[1]!.tokenIds).join(",");
  expect(ids).not.toContain(Array.from(literal[0]!).join(","));
});

test("the Parquet dataset with placeholders trains one step; the dropped row is listed in invalid_rows.train.jsonl", async () => {
  const runDir = mkdtempSync(join(tmpdir(), "observe-hf-run-"));
  const result = await trainObserveR1(config(runDir));
  expect(result.steps).toBe(1);
  const [metrics] = readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
  expect(metrics).toMatchObject({ step: 1 });
  expect(Number.isFinite(metrics!["actor/pg_loss"])).toBe(true);
  const dropped = readFileSync(join(runDir, "invalid_rows.train.jsonl"), "utf8").trim().split("\n");
  expect(dropped.map((l) => (JSON.parse(l) as { row: number }).row)).toEqual([4]);
});


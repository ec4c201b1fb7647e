// Images checked for real: a PNG with a valid header and a corrupt body is a row error at load
// (the worker decodes every image up front), and a prompt that still fails at run time is
// dropped from its step rather than ending the run.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SpawnedWorker, WorkerRequestError } from "@observe-r1/bridge";
import { datasetOptions, DatasetValidationError, loadConfig, loadDataset, readImageSize } from "@observe-r1/trainer";
import { withoutFailedPrompts } from "../packages/trainer/src/train/failed-prompts.js";
import { corruptPngBody, encodePng } from "../packages/trainer/src/data/test-support/fixtures.js";
import { buildTinyModel, startWorker } from "./helpers.js";

let dir: string;
let modelDir: string;
let worker: SpawnedWorker;
const good = { data: encodePng(56, 56), source: "good.png" };
const bad = { data: corruptPngBody(56, 56), source: "bad.png" };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-images-"));
  writeFileSync(join(dir, "good.png"), good.data);
  writeFileSync(join(dir, "bad.png"), bad.data);
  writeFileSync(
    join(dir, "train.jsonl"),
    [
      { id: "a", problem: "<image> color?", answer: "black", images: ["good.png"] },
      { id: "b", problem: "<image> color?", answer: "black", images: ["bad.png"] },
      { id: "c", problem: "size?", answer: "56", images: ["good.png", "good.png"] },
    ].map((r) => JSON.stringify(r)).join("\n") + "\n",
  );
  [modelDir, worker] = await Promise.all([buildTinyModel(), startWorker()]);
});
afterAll(() => worker?.close());

const options = (skipInvalid: boolean) => ({
  ...datasetOptions(loadConfig({ file: "examples/configs/demo.yaml", overrides: [`data.train_files=${dir}/train.jsonl`, "worker.actor.model.model_path=m"] })),
  skipInvalid,
  decodeImages: (images: Array<{ data: Uint8Array; source: string }>) => worker.checkImages(images),
});

test("the header check passes the corrupt body; the worker's full decode makes it a row error at load", async () => {
  expect(readImageSize(bad.data)).toMatchObject({ ok: true, width: 56, height: 56 });
  expect(await worker.checkImages([good, bad])).toEqual(["", expect.stringMatching(/^image bad\.png: .*broken data stream/)]);

  const err = (await loadDataset(join(dir, "train.jsonl"), options(false)).catch((e: unknown) => e)) as DatasetValidationError;
  expect(err).toBeInstanceOf(DatasetValidationError);
  expect(err.message).toContain(`1 of 3 rows in ${join(dir, "train.jsonl")} is invalid:`);
  expect(err.message).toMatch(new RegExp(`train\\.jsonl:2 \\(row 1\\): image ${join(dir, "bad.png")}: .*broken data stream`));

  const { samples, invalid } = await loadDataset(join(dir, "train.jsonl"), options(true));
  expect(samples.map((s) => [s.id, s.index])).toEqual([["a", 0], ["c", 1]]);
  expect(invalid.map((r) => [r.id, r.reasons[0]!.code])).toEqual([["b", "image_undecodable"]]);
});

test("at run time a prompt whose image fails is left out and reported; only a wholly failed batch is an error", async () => {
  await worker.loadModel({ modelPath: modelDir });
  const prompts = [{ text: "<image> one", images: [good] }, { text: "<image> two", images: [bad] }, { text: "three", images: [good] }];
  const sampling = { n: 2, maxNewTokens: 4, seed: 1 };
  const generated = await worker.generate(prompts, sampling, { skipFailedPrompts: true });
  expect(generated.failedPrompts).toEqual([{ promptIndex: 1, error: expect.stringMatching(/^image bad\.png: .*broken data stream/) }]);
  expect(generated.completions.map((c) => c.promptIndex)).toEqual([0, 0, 2, 2]);
  expect(generated.promptNumTokens[1]).toBe(0);

  // What the trainer keeps of the step: prompts 0 and 2, their completions renumbered.
  const { kept, completions } = withoutFailedPrompts(generated, prompts.length);
  expect(kept).toEqual([0, 2]);
  expect(completions.map((c) => c.promptIndex)).toEqual([0, 0, 1, 1]);

  await expect(worker.generate(prompts, sampling)).rejects.toThrow(WorkerRequestError);
  await expect(worker.generate([prompts[1]!], sampling, { skipFailedPrompts: true })).rejects.toThrow(/1 of the batch's images could not be decoded/);
});

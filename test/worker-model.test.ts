// TypeScript -> ZeroMQ -> Python worker -> a real (tiny) Qwen2.5-VL and back.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { imageFromFile, type PromptInput, type SequenceBatch, type SpawnedWorker, WorkerRequestError } from "@observe-r1/bridge";
import { adamw, buildTinyModel, FIXTURES, startWorker, UPDATE } from "./helpers.js";

// Log-probs recomputed by a separate forward pass agree with those taken while
// sampling to within float32 noise on CPU (measured max ~1e-6).
const LOGPROB_TOLERANCE = 1e-4;

let modelDir: string;
let worker: SpawnedWorker;
let eosTokenId: number;
const shapes = imageFromFile(join(FIXTURES, "shapes.png"));
const triangle = imageFromFile(join(FIXTURES, "triangle.jpg"));
const prompts: PromptInput[] = [
  { text: "How many shapes are there?", images: [shapes] },
  { system: "Answer briefly.", text: "Compare the two images.", images: [shapes, triangle] },
];

beforeAll(async () => {
  modelDir = await buildTinyModel();
  worker = await startWorker();
  ({ eosTokenId } = await worker.loadModel({ modelPath: modelDir, loadReference: true, optimizer: adamw(1e-3) }));
});
afterAll(() => worker?.close());

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  expect(a.length).toBe(b.length);
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);
}

const sum = (a: Float32Array) => a.reduce((s, v) => s + v, 0);

describe("worker with the tiny Qwen2.5-VL", () => {
  test("generates n samples per image prompt, prompt-major, reproducibly", async () => {
    const result = await worker.generate(prompts, { n: 3, maxNewTokens: 12, seed: 7 });
    expect(result.completions.map((c) => c.promptIndex)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.promptNumTokens).toHaveLength(2);
    expect(result.promptNumTokens[1]!).toBeGreaterThan(result.promptNumTokens[0]!); // two images, more tokens
    for (const c of result.completions) {
      expect(c.tokenIds.length).toBeGreaterThan(0);
      expect(c.tokenIds.length).toBeLessThanOrEqual(12);
      expect(c.logprobs.length).toBe(c.tokenIds.length);
      expect(c.finishReason).toBe(c.tokenIds.length === 12 ? "length" : "stop");
      expect(c.logprobs.every((lp) => lp <= 0 && Number.isFinite(lp))).toBe(true);
    }
    const again = await worker.generate(prompts, { n: 3, maxNewTokens: 12, seed: 7 });
    expect(again.completions.map((c) => c.text)).toEqual(result.completions.map((c) => c.text));
  });

  test("log-probs of generated sequences match those returned at generation time", async () => {
    const { completions } = await worker.generate(prompts, { n: 2, maxNewTokens: 16, seed: 3 });
    const batch: SequenceBatch = { prompts, sequences: completions.map((c) => ({ promptIndex: c.promptIndex, responseIds: c.tokenIds })) };
    const policy = await worker.logProbs(batch, { microBatchSize: 3 });
    const reference = await worker.logProbs(batch, { role: "reference" });
    completions.forEach((c, i) => {
      expect(maxAbsDiff(policy[i]!, c.logprobs)).toBeLessThan(LOGPROB_TOLERANCE);
      expect(maxAbsDiff(reference[i]!, c.logprobs)).toBeLessThan(LOGPROB_TOLERANCE); // untrained: policy == reference
    });
  });


  test("only the prompts a batch's sequences use are sent, renumbered; their log-probs are unchanged", async () => {
    const { completions } = await worker.generate(prompts, { n: 2, maxNewTokens: 8, seed: 5 });
    const sequences = completions.map((c) => ({ promptIndex: c.promptIndex, responseIds: c.tokenIds }));
    const whole = await worker.logProbs({ prompts, sequences });
    // Prompt 0 unused and its image corrupt: were it sent, the worker would refuse the batch.
    const corrupt = { data: new Uint8Array([1, 2, 3]), source: "corrupt.png" };
    const onlySecond = await worker.logProbs({
      prompts: [{ text: "unused", images: [corrupt] }, prompts[1]!],
      sequences: sequences.filter((s) => s.promptIndex === 1),
    });
    expect(onlySecond).toHaveLength(2);
    onlySecond.forEach((lp, i) => expect(maxAbsDiff(lp, whole[2 + i]!)).toBeLessThan(1e-5)); // batch padding moves the last bits
    await expect(worker.logProbs({ prompts, sequences: [{ promptIndex: 2, responseIds: Int32Array.of(5) }] }))
      .rejects.toThrow("promptIndex 2 is out of range for 2 prompts");
  });
  test("a positive advantage raises a sequence's log-prob, a negative one lowers it", async () => {
    const { completions } = await worker.generate(prompts.slice(0, 1), { n: 2, maxNewTokens: 10, seed: 11 });
    const batch: SequenceBatch = { prompts: prompts.slice(0, 1), sequences: completions.map((c) => ({ promptIndex: 0, responseIds: c.tokenIds })) };
    const before = await worker.logProbs(batch);
    const metrics = await worker.trainStep(batch, { ...UPDATE, advantages: [1, -1], oldLogprobs: before, lr: 1e-3 });
    expect(metrics.numTokens).toBe(completions.reduce((n, c) => n + c.tokenIds.length, 0));
    expect(metrics.gradNorm).toBeGreaterThan(0);
    const after = await worker.logProbs(batch);
    expect(sum(after[0]!)).toBeGreaterThan(sum(before[0]!));
    expect(sum(after[1]!)).toBeLessThan(sum(before[1]!));
  });

  test("maxTokensPerMicroBatch reaches the worker: a budget cuts the passes by tokens, with the same log-probs", async () => {
    const { completions, promptNumTokens } = await worker.generate(prompts, { n: 2, maxNewTokens: 8, seed: 13 });
    const batch: SequenceBatch = { prompts, sequences: completions.map((c) => ({ promptIndex: c.promptIndex, responseIds: c.tokenIds })) };
    const rowTokens = completions.map((c) => promptNumTokens[c.promptIndex]! + c.tokenIds.length);
    const oneRow = await worker.logProbs(batch, { microBatchSize: 1 });
    const byTokens = await worker.logProbs(batch, { microBatchSize: 1, maxTokensPerMicroBatch: 2 * Math.max(...rowTokens) });
    oneRow.forEach((lp, i) => expect(maxAbsDiff(byTokens[i]!, lp)).toBeLessThan(1e-5));
    const step = (maxTokensPerMicroBatch: number) =>
      worker.trainStep(batch, { ...UPDATE, advantages: [0, 0, 0, 0], lr: 0, microBatchSize: 1, maxTokensPerMicroBatch });
    expect((await step(0)).perf.microBatches).toBe(4); // the fixed split: one row per pass
    expect((await step(rowTokens.reduce((a, b) => a + b))).perf.microBatches).toBe(1); // all rows fit one budget
    expect((await step(1)).perf.microBatches).toBe(4); // every row over budget runs alone
    await expect(step(-1)).rejects.toThrow(/maxTokensPerMicroBatch must be a non-negative integer/);
  });

  test("supervised steps on a tokenized target response make it more likely", async () => {
    const text = "<observe> two shapes </observe> <think> count them </think> <answer> 2 </answer>";
    const [ids] = await worker.tokenize([text], { addEos: true });
    expect(ids!.length).toBeGreaterThan(6);
    expect(ids!.at(-1)).toBe(eosTokenId); // a finished response ends with the end-of-turn token
    const target = { tokenIds: ids! };
    const batch: SequenceBatch = { prompts: prompts.slice(0, 1), sequences: [{ promptIndex: 0, responseIds: target.tokenIds }] };
    const [before] = await worker.logProbs(batch);
    const first = await worker.sftStep(batch, { lr: 1e-2 });
    const second = await worker.sftStep(batch, { lr: 1e-2 });
    expect(first.numTokens).toBe(target.tokenIds.length);
    expect(second.loss).toBeLessThan(first.loss);
    const [after] = await worker.logProbs(batch);
    expect(sum(after!)).toBeGreaterThan(sum(before!));
  });

  test("save, then load into a fresh worker, gives identical log-probs", async () => {
    const { completions } = await worker.generate(prompts, { n: 1, maxNewTokens: 10, seed: 5 });
    const batch: SequenceBatch = { prompts, sequences: completions.map((c) => ({ promptIndex: c.promptIndex, responseIds: c.tokenIds })) };
    await worker.trainStep(batch, { ...UPDATE, advantages: [1, -0.5], lr: 1e-3 }); // move away from the initial weights
    const expected = await worker.logProbs(batch);
    const checkpoint = join(mkdtempSync(join(tmpdir(), "observe-ckpt-")), "step-1");
    const saved = await worker.saveCheckpoint(checkpoint);
    expect(saved.bytesWritten).toBeGreaterThan(0);

    const fresh = await startWorker();
    try {
      await fresh.loadModel({ modelPath: checkpoint });
      const got = await fresh.logProbs(batch);
      got.forEach((lp, i) => expect(maxAbsDiff(lp, expected[i]!)).toBe(0));
      await fresh.loadModel({ modelPath: modelDir, optimizer: adamw(1e-3) });
      expect((await fresh.loadCheckpoint(checkpoint)).optimizerRestored).toBe(true);
      (await fresh.logProbs(batch)).forEach((lp, i) => expect(maxAbsDiff(lp, expected[i]!)).toBe(0));
    } finally {
      await fresh.close();
    }
  });

  test("a missing model dir or a non-Qwen2.5-VL dir is an error naming the path", async () => {
    const missing = join(tmpdir(), "observe-no-such-model");
    await expect(worker.loadModel({ modelPath: missing })).rejects.toThrow(WorkerRequestError);
    await expect(worker.loadModel({ modelPath: missing })).rejects.toThrow(missing);
    const other = mkdtempSync(join(tmpdir(), "observe-bert-"));
    writeFileSync(join(other, "config.json"), JSON.stringify({ model_type: "bert" }));
    await expect(worker.loadModel({ modelPath: other })).rejects.toThrow(new RegExp(`${other}[\\s\\S]*qwen2_5_vl|qwen2_5_vl[\\s\\S]*${other}`, "i"));
  });

  test("a corrupt image fails the batch naming the file; a missing file fails before sending", async () => {
    const fresh = await startWorker();
    try {
      await fresh.loadModel({ modelPath: modelDir });
      const corrupt = imageFromFile(join(FIXTURES, "corrupt.png"));
      const batch = [prompts[0]!, { text: "bad", images: [corrupt] }];
      const error = await fresh.generate(batch, { maxNewTokens: 4 }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(WorkerRequestError);
      expect((error as WorkerRequestError).type).toBe("ImageError");
      expect((error as Error).message).toContain(join(FIXTURES, "corrupt.png"));
      expect((error as Error).message).toMatch(/prompt 1/);
      expect((error as Error).message).toMatch(/batch of 2 prompts was not run/);
      // The good prompt still works on its own: nothing was lost, the worker is healthy.
      expect((await fresh.generate([prompts[0]!], { maxNewTokens: 4 })).completions).toHaveLength(1);
      expect(() => imageFromFile(join(FIXTURES, "no-such.png"))).toThrow(/cannot read image .*no-such\.png: no such file/);
    } finally {
      await fresh.close();
    }
  });
});


// LoRA across the wire: TypeScript loads the tiny Qwen2.5-VL with adapters; the reference is the adapter-disabled base.
import type { SequenceBatch, SpawnedWorker } from "@observe-r1/bridge";
import { adamw, buildTinyModel, startWorker, UPDATE } from "./helpers.js";

// The adapter-disabled forward is the base forward on unchanged weights: equal up to float32 noise (measured 0).
const REFERENCE_TOLERANCE = 1e-6;

let worker: SpawnedWorker;
beforeAll(async () => {
  const modelDir = await buildTinyModel();
  worker = await startWorker();
  // no loadReference: with LoRA the reference comes free (no second copy)
  await worker.loadModel({ modelPath: modelDir, optimizer: adamw(1e-2), lora: { rank: 4, alpha: 8 } });
});
afterAll(() => worker?.close());

const maxAbsDiff = (a: Float32Array[], b: Float32Array[]) =>
  a.reduce((m, x, i) => x.reduce((mm, v, j) => Math.max(mm, Math.abs(v - b[i]![j]!)), m), 0);

test("a LoRA train step moves the policy and leaves the reference log-probs unchanged", async () => {
  const prompts = [{ text: "What is 12 + 30?" }];
  const { completions } = await worker.generate(prompts, { n: 2, maxNewTokens: 8, seed: 5 });
  const batch: SequenceBatch = { prompts, sequences: completions.map((c) => ({ promptIndex: 0, responseIds: c.tokenIds })) };
  const policyBefore = await worker.logProbs(batch);
  const referenceBefore = await worker.logProbs(batch, { role: "reference" });
  expect(maxAbsDiff(policyBefore, referenceBefore)).toBeLessThan(REFERENCE_TOLERANCE); // fresh adapters: B = 0

  const metrics = await worker.trainStep(batch, { ...UPDATE, advantages: [1, -1], oldLogprobs: policyBefore, lr: 1e-2 });
  expect(metrics.gradNorm).toBeGreaterThan(0);

  const policyAfter = await worker.logProbs(batch);
  const referenceAfter = await worker.logProbs(batch, { role: "reference" });
  expect(maxAbsDiff(policyAfter, policyBefore)).toBeGreaterThan(1e-3);
  expect(maxAbsDiff(referenceAfter, referenceBefore)).toBeLessThan(REFERENCE_TOLERANCE);
});

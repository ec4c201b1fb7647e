// Data-parallel rollouts: one generate batch split over several workers, and
// surviving the loss of one mid-batch (issue 5, item 3).
import {
  chunkSeed, type GenerateResult, imageFromFile, type LoadModelOptions, type ModelInfo, type PoolWorker, type PromptInput,
  type SamplingOptions, type SpawnedWorker, WorkerExitedError, WorkerPool, WorkerPoolExhaustedError, WorkerRequestError,
} from "@observe-r1/bridge";
import { join } from "node:path";
import { buildTinyModel, FIXTURES, memoryLogger } from "./helpers.js";

/** A stand-in worker: answers are a pure function of (prompt, seed, sample), like a real one. */
class FakeWorker implements PoolWorker {
  pending = 0;
  otherLoad = 0; // requests from elsewhere on the same connection
  calls: Array<{ texts: string[]; seed: number }> = [];
  failWith?: Error;
  readonly connection: { readonly pendingCount: number };

  constructor(readonly workerId: string) {
    const self = this;
    this.connection = { get pendingCount() { return self.pending + self.otherLoad; } };
  }

  generate(prompts: PromptInput[], sampling: SamplingOptions = {}): Promise<GenerateResult> {
    const n = sampling.n ?? 1;
    const seed = sampling.seed ?? 0;
    this.calls.push({ texts: prompts.map((p) => p.text), seed });
    this.pending += 1;
    return new Promise<GenerateResult>((resolve, reject) => setTimeout(() => {
      this.pending -= 1;
      if (this.failWith) return reject(this.failWith);
      resolve({
        promptNumTokens: prompts.map((p) => p.text.length),
        failedPrompts: [],
        completions: prompts.flatMap((p, i) => Array.from({ length: n }, (_, j) => ({
          promptIndex: i, text: `${p.text}/${seed}/${j}`, finishReason: "length" as const,
          tokenIds: Int32Array.of(seed % 1000, j), logprobs: Float32Array.of(-1, -2),
        }))),
      });
    }, 5));
  }

  async loadModel(_opts: LoadModelOptions): Promise<ModelInfo> {
    if (this.failWith) throw this.failWith;
    return { modelType: "fake", numParameters: 1, device: "cpu", dtype: "float32", vocabSize: 10, eosTokenId: 2, padTokenId: 0,
      worldSize: 1, sharding: "none", rolloutEngine: "hf", paddingFree: false };
  }
}

const texts = (r: GenerateResult) => r.completions.map((c) => c.text);
const textPrompts = (k: number): PromptInput[] => Array.from({ length: k }, (_, i) => ({ text: `p${i}` }));

describe("WorkerPool scheduling (stand-in workers)", () => {
  test("splits a batch over the workers and reassembles it prompt-major with indices into the batch", async () => {
    const fakes = ["w0", "w1", "w2"].map((id) => new FakeWorker(id));
    const pool = new WorkerPool(fakes, { logger: memoryLogger() });
    const result = await pool.generate(textPrompts(7), { n: 3, seed: 42 });
    expect(result.completions.map((c) => c.promptIndex)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6]);
    expect(result.promptNumTokens).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(fakes.map((f) => f.calls)).toEqual([
      [{ texts: ["p0", "p1", "p2"], seed: 42 }], // the first chunk keeps the request's seed
      [{ texts: ["p3", "p4", "p5"], seed: chunkSeed(42, 3) }],
      [{ texts: ["p6"], seed: chunkSeed(42, 6) }],
    ]);
    expect(texts(result).slice(9, 12)).toEqual([0, 1, 2].map((j) => `p3/${chunkSeed(42, 3)}/${j}`));
    expect(pool.stats().map((s) => [s.requests, s.completed, s.prompts])).toEqual([[1, 1, 3], [1, 1, 3], [1, 1, 1]]);
    // One worker: one chunk, the request's own seed, so the same answer as that worker alone.
    const solo = new WorkerPool([new FakeWorker("solo")], { logger: memoryLogger() });
    expect(await solo.generate(textPrompts(7), { n: 3, seed: 42 })).toEqual(await new FakeWorker("x").generate(textPrompts(7), { n: 3, seed: 42 }));
    expect(new Set([1, 2, 3, 100].map((i) => chunkSeed(42, i))).size).toBe(4);
  });

  test("least-loaded first, then round-robin among equally loaded workers", async () => {
    const fakes = ["w0", "w1", "w2"].map((id) => new FakeWorker(id));
    fakes[0]!.otherLoad = 2; // busy with someone else's requests
    const pool = new WorkerPool(fakes, { logger: memoryLogger(), chunkSize: 1 });
    await pool.generate(textPrompts(2));
    expect(fakes.map((f) => f.calls.length)).toEqual([0, 1, 1]);
    fakes[0]!.otherLoad = 0;
    for (let i = 0; i < 3; i++) await pool.generate(textPrompts(1));
    expect(fakes.map((f) => f.calls.length)).toEqual([1, 2, 2]); // rotates through all three
    // More chunks than workers: at most one chunk per worker at a time, all answered in order.
    const many = await pool.generate(textPrompts(8), { seed: 5 });
    expect(many.completions.map((c) => c.promptIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(texts(many)[7]).toBe(`p7/${chunkSeed(5, 7)}/0`);
  });

  test("a lost worker is reported and its chunk rerun elsewhere, with the same samples", async () => {
    const fakes = ["w0", "w1"].map((id) => new FakeWorker(id));
    const expected = await new WorkerPool(fakes, { logger: memoryLogger() }).generate(textPrompts(6), { n: 2, seed: 9 });
    const logger = memoryLogger();
    const lost: string[] = [];
    const pool = new WorkerPool(fakes, { logger, onWorkerLost: (id) => lost.push(id) });
    fakes[1]!.failWith = new WorkerExitedError("generate", undefined, "SIGKILL", ["INFO worker: generating"]);
    expect(await pool.generate(textPrompts(6), { n: 2, seed: 9 })).toEqual(expected);
    expect(lost).toEqual(["w1"]);
    expect(pool.liveWorkers.map((w) => w.workerId)).toEqual(["w0"]);
    expect(logger.lines.join("\n")).toMatch(/lost worker "w1" during generate \(prompts 3\.\.5\).*SIGKILL[\s\S]*INFO worker: generating[\s\S]*retrying on 1 live worker/);
    // A bad request is not a lost worker: no retry, the error comes back as is.
    fakes[0]!.failWith = new WorkerRequestError("generate", "ImageError", "bad image");
    await expect(pool.generate(textPrompts(2))).rejects.toThrow(WorkerRequestError);
    expect(pool.liveWorkers).toHaveLength(1);
    fakes[0]!.failWith = new WorkerExitedError("generate", 1, undefined, []);
    const error = await pool.generate(textPrompts(2)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(WorkerPoolExhaustedError);
    expect((error as Error).message).toMatch(/worker "w0": generate: the Python worker exited with code 1[\s\S]*worker "w1": .*SIGKILL/);
    await expect(pool.loadModel({ modelPath: "m" })).rejects.toThrow(WorkerPoolExhaustedError);
  });

  test("loadModel loads every worker and drops one that is lost", async () => {
    const fakes = ["w0", "w1"].map((id) => new FakeWorker(id));
    const pool = new WorkerPool(fakes, { logger: memoryLogger() });
    fakes[0]!.failWith = new WorkerExitedError("loadModel", 137, undefined, []);
    expect((await pool.loadModel({ modelPath: "m" })).eosTokenId).toBe(2);
    expect(pool.stats().map((s) => s.alive)).toEqual([false, true]);
  });
});

describe("WorkerPool with two real workers on one controller", () => {
  const logger = memoryLogger();
  let pool: WorkerPool<SpawnedWorker>;
  const shapes = imageFromFile(join(FIXTURES, "shapes.png"));
  const prompts: PromptInput[] = [
    { text: "How many shapes are there?", images: [shapes] },
    { text: "Name a colour." },
    { system: "Answer briefly.", text: "What is two plus two?" },
    { text: "Describe the picture.", images: [shapes] },
    { text: "Say hello." },
    { text: "Count to three." },
  ];
  const sampling = { n: 2, maxNewTokens: 6, seed: 7 };
  let first: GenerateResult;

  beforeAll(async () => {
    const [modelDir, spawned] = await Promise.all([buildTinyModel(), WorkerPool.spawn(2, { logger, workerId: "rollout" })]);
    pool = spawned;
    await pool.loadModel({ modelPath: modelDir });
  });
  afterAll(() => pool?.close());

  test("split one generate batch between them, indistinguishable from one worker", async () => {
    const [a, b] = pool.workers as [SpawnedWorker, SpawnedWorker];
    first = await pool.generate(prompts, sampling);
    expect(pool.stats().map((s) => [s.workerId, s.requests, s.prompts])).toEqual([["rollout-0", 1, 3], ["rollout-1", 1, 3]]);
    const single = await a.generate(prompts, sampling);
    expect(first.completions.map((c) => c.promptIndex)).toEqual(single.completions.map((c) => c.promptIndex));
    expect(first.completions.map((c) => c.promptIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(first.promptNumTokens).toEqual(single.promptNumTokens);
    // Each chunk gives the same samples on the other worker: seeds follow the chunk, not the worker.
    const [head, tail] = await Promise.all([
      b.generate(prompts.slice(0, 3), { ...sampling, seed: chunkSeed(7, 0) }),
      a.generate(prompts.slice(3), { ...sampling, seed: chunkSeed(7, 3) }),
    ]);
    const strip = (r: GenerateResult["completions"]) => r.map((c) => [c.text, [...c.tokenIds]]);
    expect(strip(first.completions)).toEqual(strip([...head.completions, ...tail.completions]));
  });

  test("killing one worker mid-batch still completes the batch on the other", async () => {
    const [a, b] = pool.workers as [SpawnedWorker, SpawnedWorker];
    const pending = pool.generate(prompts, sampling);
    expect([a.connection.pendingCount, b.connection.pendingCount]).toEqual([1, 1]); // both chunks in flight
    b.process.kill("SIGKILL");
    const result = await pending;
    expect(result.completions).toHaveLength(prompts.length * 2);
    expect(result.completions.map((c) => [c.promptIndex, c.text, [...c.tokenIds]]))
      .toEqual(first.completions.map((c) => [c.promptIndex, c.text, [...c.tokenIds]]));
    const [sa, sb] = pool.stats();
    expect([sa!.alive, sa!.requests, sa!.prompts]).toEqual([true, 3, 9]); // its own chunk, then the retried one
    expect([sb!.alive, sb!.requests, sb!.prompts]).toEqual([false, 2, 3]);
    expect(sb!.failure).toBeInstanceOf(WorkerExitedError);
    expect((sb!.failure as WorkerExitedError).signal).toBe("SIGKILL");
    expect(logger.lines.join("\n")).toMatch(/lost worker "rollout-1" during generate \(prompts 3\.\.5\): .*killed by SIGKILL/);
  });

  test("with every worker dead the call rejects naming each one", async () => {
    const [a] = pool.workers as [SpawnedWorker];
    const pending = pool.generate(prompts, sampling);
    a.process.kill("SIGKILL");
    const error = await pending.catch((e: Error) => e);
    expect(error).toBeInstanceOf(WorkerPoolExhaustedError);
    expect((error as Error).message).toMatch(/worker "rollout-0": generate: .*killed by SIGKILL[\s\S]*worker "rollout-1": generate: .*killed by SIGKILL/);
    expect(pool.liveWorkers).toHaveLength(0);
  });
});

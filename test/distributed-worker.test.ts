// A worker of two torchrun processes (gloo on CPU, FSDP2): rank 0 speaks ZeroMQ and
// drives rank 1 through torch.distributed; the controller sees one worker. The
// training loop reaches it through trainer.n_gpus_per_node.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { imageFromFile, type PromptInput, type SequenceBatch, silentLogger, spawnWorker, type SpawnedWorker, WorkerExitedError } from "@observe-r1/bridge";
import { loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { adamw, alive, buildTinyModel, FIXTURES, startWorker, UPDATE } from "./helpers.js";

let modelDir: string;
let worker: SpawnedWorker;
const shapes = imageFromFile(join(FIXTURES, "shapes.png"));
const prompts: PromptInput[] = [
  { text: "How many shapes are there?", images: [shapes] },
  { system: "Answer briefly.", text: "What colour is the largest shape?", images: [shapes] },
  { text: "What is 2 + 3?", images: [] },
];

beforeAll(async () => {
  modelDir = await buildTinyModel();
  worker = await startWorker({ distributed: { nprocPerNode: 2 } });
});
afterAll(() => worker?.close());

describe("torchrun worker (2 ranks)", () => {
  test("loads a sharded policy, generates, trains and saves through rank 0", async () => {
    const info = await worker.loadModel({ modelPath: modelDir, loadReference: true, optimizer: adamw(1e-3) });
    expect(info.worldSize).toBe(2);
    expect(info.sharding).toBe("fsdp2");

    // Three prompts over two ranks: rank 0 samples prompts 0-1, rank 1 prompt 2; the reply is prompt-major.
    const { completions, promptNumTokens } = await worker.generate(prompts, { n: 2, maxNewTokens: 8, seed: 1 });
    expect(completions.map((c) => c.promptIndex)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(promptNumTokens).toHaveLength(3);
    expect(promptNumTokens.every((n) => n > 0)).toBe(true);

    const batch: SequenceBatch = { prompts, sequences: completions.map((c) => ({ promptIndex: c.promptIndex, responseIds: c.tokenIds })) };
    const logprobs = await worker.logProbs(batch, { microBatchSize: 2 });
    completions.forEach((c, i) => {
      expect(logprobs[i]!.length).toBe(c.tokenIds.length);
      c.logprobs.forEach((lp, t) => expect(Math.abs(lp - logprobs[i]![t]!)).toBeLessThan(1e-4));
    });
    const ref = await worker.logProbs(batch, { role: "reference" });
    const step = await worker.trainStep(batch, {
      ...UPDATE, advantages: completions.map((_, i) => (i % 2 ? -1 : 1)), oldLogprobs: logprobs, refLogprobs: ref,
      lr: 1e-3, klCoef: 0.01, microBatchSize: 2,
    });
    expect(step.numTokens).toBe(completions.reduce((s, c) => s + c.tokenIds.length, 0));
    expect(Number.isFinite(step.gradNorm) && step.gradNorm > 0).toBe(true);
    expect(step.perf.cpuMemoryUsedBytes).toBeGreaterThan(0);
    expect(step.perf.maxMemoryAllocatedBytes).toBe(0); // CPU: no device memory to report

    const dir = join(mkdtempSync(join(tmpdir(), "observe-dist-")), "ckpt");
    const saved = await worker.saveCheckpoint(dir);
    expect(saved.bytesWritten).toBeGreaterThan(0);
  });

  test("a rank that dies takes the worker down and the controller is told", async () => {
    // Rank 1 is a child of torchrun, a grandchild of ours: find it by its command line.
    const { stdout } = await execa("pgrep", ["-P", String(worker.pid), "-f", "observe_worker"], { reject: false });
    const ranks = stdout.split("\n").filter(Boolean).map(Number);
    expect(ranks).toHaveLength(2);
    process.kill(Math.max(...ranks), "SIGKILL"); // the later-started process, rank 1
    // Rank 0 fails in its next collective: it replies with the error, then exits (torchrun ends the group).
    await expect(worker.generate(prompts, { n: 1, maxNewTokens: 4 })).rejects.toThrow(/generate/);
    const result = await worker.process;
    expect(result.exitCode).not.toBe(0);
    await expect(worker.health()).rejects.toBeInstanceOf(WorkerExitedError);
  });
});

/** Live child processes of a pid (Linux `ps`). */
function childrenOf(pid: number): number[] {
  const out = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" }).trim();
  return out ? out.split(/\s+/).map(Number) : [];
}

test("nprocPerNode 2: rank 0 connects for a group of two, the model is sharded over both, close() ends every rank", async () => {
  const worker = await spawnWorker({ logger: silentLogger, distributed: { nprocPerNode: 2 } });
  let ranks: number[] = [];
  try {
    expect(worker.hello.worldSize).toBe(2);
    const info = await worker.loadModel({ modelPath: modelDir, optimizer: adamw(1e-3) });
    expect(info.worldSize).toBe(2);
    expect(info.sharding).not.toBe("none");
    ranks = childrenOf(worker.pid!); // torchrun's children: the two ranks
    expect(ranks).toHaveLength(2);
  } finally {
    await worker.close();
  }
  expect(ranks.filter(alive)).toEqual([]);
});

test("trainer.n_gpus_per_node=2 on a CPU machine trains through two gloo processes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "observe-torchrun-"));
  const dataFile = join(dir, "train.jsonl");
  const rows = ["3", "red"].map((answer, i) => ({
    id: `q${i}`, problem: `Question ${i}?`, answer, images: [join(FIXTURES, i % 2 ? "shapes.png" : "triangle.jpg")],
  }));
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const config = loadConfig({
    file: "examples/configs/demo.yaml",
    overrides: [
      `data.train_files=${dataFile}`, "data.val_files=[]", `worker.actor.model.model_path=${modelDir}`,
      "data.rollout_batch_size=2", "worker.rollout.n=2", "worker.actor.global_batch_size=2", "data.max_response_length=4",
      "worker.actor.micro_batch_size_per_device_for_update=1", "worker.actor.micro_batch_size_per_device_for_experience=1",
      "trainer.max_steps=1", "trainer.save_freq=-1", "trainer.val_freq=-1", "trainer.val_before_train=false",
      `trainer.save_checkpoint_path=${join(dir, "run")}`, "trainer.find_last_checkpoint=false", "data.curriculum.sampler=random",
      "trainer.n_gpus_per_node=2",
    ],
  });
  // The trainer refuses a worker whose world size differs from the config's, so finishing proves two ranks trained.
  const result = await trainObserveR1(config);
  expect(result).toMatchObject({ steps: 1, stoppedEarly: false });
  const [metrics] = readFileSync(join(dir, "run", "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  expect(Number.isFinite(metrics["actor/pg_loss"])).toBe(true);
  expect(metrics["perf/cpu_memory_used_gb"]).toBeGreaterThan(0);
});

// One worker for several phases (as `observe-run demo` runs SFT, ladder and RL): the ladder builder and the
// trainer use a worker they are given, load their own model into it, and leave it open for its owner.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildNeuraLadder, loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { adamw, alive, buildTinyModel, FIXTURES, startWorker, tinyRunOverrides } from "./helpers.js";

test("the ladder builder and the trainer reuse a given worker, load their model into it and leave it open", async () => {
  const dir = mkdtempSync(join(tmpdir(), "observe-shared-"));
  const train = join(dir, "train.jsonl");
  writeFileSync(train, ["3", "red", "B", "2"].map((answer, i) => JSON.stringify({
    id: `q${i}`, problem: `Question ${i} about the picture?`, answer, images: [join(FIXTURES, i % 2 ? "shapes.png" : "triangle.jpg")],
  }) + "\n").join(""));
  const tiny = await buildTinyModel();
  const worker = await startWorker();
  try {
    // A phase before them (the demo's SFT) leaves its own model, with an optimizer, in the worker.
    const sft = join(dir, "sft-model");
    await worker.loadModel({ modelPath: tiny, optimizer: adamw(1e-3), seed: 0 });
    await worker.saveCheckpoint(sft, { includeOptimizer: false });

    // A python that does not exist: starting a worker of their own would fail.
    const notStarted = { worker, python: join(dir, "no-python") };
    const config = (overrides: string[]) => loadConfig({
      file: "examples/configs/demo.yaml",
      overrides: [...tinyRunOverrides({ train, model: sft, runDir: join(dir, "run") }), "trainer.max_steps=1", ...overrides],
    });
    const { files, estimated } = await buildNeuraLadder(config(["data.curriculum.estimate.n=2", "data.rollout_batch_size=4"]), { outDir: join(dir, "ladder"), ...notStarted });
    expect(estimated).toBe(4);
    expect(await worker.health()).toMatchObject({ modelLoaded: true, modelPath: sft });

    const result = await trainObserveR1(config([`data.train_files=${files.ladder}`]), notStarted);
    expect(result).toMatchObject({ steps: 1, stoppedEarly: false });
    // Still open and still answering, with the trainer's model loaded.
    expect(alive(worker.pid!)).toBe(true);
    expect(await worker.health()).toMatchObject({ modelLoaded: true, modelPath: sft });
    const { completions } = await worker.generate([{ text: "hi" }], { n: 1, maxNewTokens: 2, seed: 0 });
    expect(completions).toHaveLength(1);
  } finally {
    await worker.close();
  }
  expect(alive(worker.pid!)).toBe(false);
}, 90_000);

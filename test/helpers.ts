// Shared by the cross-language tests: a real worker process, quiet logs.
import { join } from "node:path";
import { type Logger, type OptimizerOptions, PROJECT_ROOT, spawnWorker, type SpawnWorkerOptions } from "@observe-r1/bridge";
import { optimizerOptions, resolveConfig, updateOptions } from "@observe-r1/trainer";

export const FIXTURES = join(PROJECT_ROOT, "test", "fixtures");

/** Collects worker log lines so tests can assert on them without printing. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (m: string) => void lines.push(m);
  return { lines, debug: push, info: push, warn: push, error: push };
}

export function startWorker(options: SpawnWorkerOptions = {}) {
  return spawnWorker({ logger: memoryLogger(), ...options });
}

/** Builds a tiny checkpoint (Qwen2.5-VL, or the family given by its model_type) into a fresh temp dir (seconds). */
export async function buildTinyModel(family?: string): Promise<string> {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { execa } = await import("execa");
  const { pythonEnv, resolvePython } = await import("@observe-r1/bridge");
  const dir = join(mkdtempSync(join(tmpdir(), "observe-test-")), "tiny-model");
  await execa(resolvePython(), ["-m", "observe_worker.tiny_model", dir, ...(family ? ["--family", family] : [])], { env: pythonEnv() });
  return dir;
}

/** The recipe (the config schema's defaults) for tests that drive a worker directly; the worker takes no defaults. */
export const RECIPE = resolveConfig({
  data: { train_files: "unused.jsonl" }, worker: { actor: { model: { model_path: "unused" } }, rollout: { engine: "hf" } },
  trainer: { n_gpus_per_node: 0 },
});
/** Every train-step setting, as the trainer sends them for the recipe. */
export const UPDATE = updateOptions(RECIPE);
/** The recipe's AdamW at a test's learning rate. */
export const adamw = (lr: number): OptimizerOptions => ({ ...optimizerOptions(RECIPE), lr });

/** Whether a process still exists (tests check that no worker outlives its controller). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * examples/configs/demo.yaml shrunk for the tiny model: a few seconds a step, 3 steps, no
 * validation, its own run folder, no resume. Tests append what they are about; a later
 * key=value wins.
 */
export function tinyRunOverrides(o: { train: string; model: string; runDir: string }): string[] {
  return [
    `data.train_files=${o.train}`, "data.val_files=[]", `worker.actor.model.model_path=${o.model}`,
    "data.rollout_batch_size=2", "worker.rollout.n=2", "worker.actor.global_batch_size=2", "data.max_response_length=8",
    "worker.actor.micro_batch_size_per_device_for_update=4", "worker.actor.micro_batch_size_per_device_for_experience=4",
    "trainer.max_steps=3", "trainer.val_freq=-1", "trainer.val_before_train=false",
    `trainer.save_checkpoint_path=${o.runDir}`, "trainer.find_last_checkpoint=false", "data.curriculum.sampler=random",
  ];
}

// Starting and resuming say what they do, and a failed start or a crash leaves a run folder
// in a state the next start can trust: real trainer, real worker, tiny model.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, trainObserveR1, type TrainOptions } from "@observe-r1/trainer";
import { buildTinyModel, FIXTURES, tinyRunOverrides } from "./helpers.js";

let dir: string;
let modelDir: string;
let dataFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-resume-"));
  modelDir = await buildTinyModel();
  dataFile = join(dir, "train.jsonl");
  const rows = Array.from({ length: 4 }, (_, i) => ({ id: `q${i}`, problem: `Question ${i}?`, answer: String(i), images: [join(FIXTURES, "shapes.png")] }));
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(modelDir, ".."), { recursive: true, force: true });
});

const config = (runDir: string, extra: string[] = []) => loadConfig({
  file: "examples/configs/demo.yaml",
  overrides: [
    ...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), `data.val_files=${dataFile}`, "data.max_response_length=4",
    "trainer.max_steps=2", "trainer.save_freq=1000", "trainer.val_before_train=true", "trainer.find_last_checkpoint=true", ...extra,
  ],
});

/** Runs the trainer and returns what it printed (stderr), with its result or error. */
async function run(runDir: string, extra: string[] = [], options: TrainOptions = {}) {
  const printed: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => (printed.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const result = await trainObserveR1(config(runDir, extra), options);
    return { printed: printed.join(""), result, error: undefined };
  } catch (error) {
    return { printed: printed.join(""), result: undefined, error: error as Error };
  } finally {
    process.stderr.write = write;
  }
}

const steps = (runDir: string) =>
  readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { step: number }).step);

test("a crash before the first checkpoint, then a rerun: one new run, no duplicate step rows, advice that fits", async () => {
  const runDir = join(dir, "crash");
  const crashed = await run(runDir, [], { onStep: (s) => { if (s === 1) throw new Error("simulated crash"); } });
  expect(crashed.printed.split("\n")[0]).toBe(`starting a new run in ${runDir}`);
  expect(crashed.error?.message).toMatch(/training failed at step 1: simulated crash\nno checkpoint was written yet; fix the cause and rerun the same command \(it starts over\)/);
  expect(steps(runDir)).toEqual([0, 1]);

  const again = await run(runDir, [], { resume: true });
  expect(again.error).toBeUndefined();
  expect(again.printed).toContain(`starting a new run in ${runDir} (--resume found no checkpoint there`);
  expect(steps(runDir)).toEqual([0, 1, 2]); // the crashed attempt's rows are gone, not doubled
}, 300_000);

test("the next start says it resumes; --resume with nothing to resume is an error when fresh starts are off", async () => {
  const runDir = join(dir, "talk");
  const stop = new AbortController();
  const first = await run(runDir, [], { signal: stop.signal, onStep: () => stop.abort() });
  expect(first.result).toMatchObject({ steps: 1, stoppedEarly: true });
  const resumed = await run(runDir, [], { resume: true });
  expect(resumed.printed.split("\n")[0]).toBe(`resuming from ${join(runDir, "checkpoints", "global_step_1")} (step 1)`);
  expect(steps(runDir)).toEqual([0, 1, 2]);

  const empty = join(dir, "empty");
  const refused = await run(empty, ["trainer.find_last_checkpoint=false"], { resume: true });
  expect(refused.error?.message).toMatch(/--resume: .*empty has no checkpoint to resume from .* run without --resume to start a new run/);
  expect(existsSync(empty)).toBe(false);
}, 300_000);

test("a failed start changes nothing in an existing run; half-written checkpoints of a dead process are removed", async () => {
  const runDir = join(dir, "keep");
  expect((await run(runDir)).error).toBeUndefined();
  const before = { config: readFileSync(join(runDir, "config.yaml"), "utf8"), metrics: readFileSync(join(runDir, "metrics.jsonl"), "utf8") };
  const stale = join(runDir, "checkpoints", ".global_step_7.tmp-999999999");
  mkdirSync(stale, { recursive: true });

  const failed = await run(runDir, [`data.train_files=${join(dir, "missing.jsonl")}`, "trainer.max_steps=5"]);
  expect(failed.error?.message).toMatch(/missing\.jsonl/);
  expect(failed.printed).toContain("removed 1 half-written checkpoint(s) of a run that died while saving: .global_step_7.tmp-999999999");
  expect(existsSync(stale)).toBe(false);
  expect(readFileSync(join(runDir, "config.yaml"), "utf8")).toBe(before.config);
  expect(readFileSync(join(runDir, "metrics.jsonl"), "utf8")).toBe(before.metrics);
}, 300_000);

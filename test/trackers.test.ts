// trainer.logger end to end: a run on the tiny model with every tracker, stopped as Ctrl-C stops it,
// then resumed, read back offline with each tracker's own reader (python/tests/tracker_logs.py): the
// config once, every step under metrics.jsonl's names, each run finished and continued by the resume. A missing library stops the run before
// any work, naming the pip command.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { PROJECT_ROOT, pythonEnv, resolvePython } from "@observe-r1/bridge";
import { loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { buildTinyModel, FIXTURES, tinyRunOverrides } from "./helpers.js";

const TESTS = join(PROJECT_ROOT, "python", "tests");
const BACKENDS = ["tensorboard", "wandb", "mlflow", "swanlab", "trackio"];

async function python(code: string, args: string[] = []): Promise<string> {
  const { stdout } = await execa(resolvePython(), ["-c", code, ...args], { cwd: TESTS, env: pythonEnv() });
  return stdout;
}

let modelDir: string;
let dataFile: string;
let installed: string[];

beforeAll(async () => {
  const absent = JSON.parse(await python("import json, tracker_logs; print(json.dumps(tracker_logs.missing()))")) as string[];
  installed = BACKENDS.filter((b) => !absent.includes(b));
  // Never silent: say which trackers are not tested and the command that installs them.
  if (absent.length) console.warn(`trackers not tested (not installed): ${absent.join(", ")}; install with: ${resolvePython()} -m pip install -e '${join(PROJECT_ROOT, "python")}[${absent.join(",")}]'`);
  modelDir = await buildTinyModel();
  const dir = mkdtempSync(join(tmpdir(), "observe-trackers-"));
  dataFile = join(dir, "train.jsonl");
  const rows = ["3", "red", "B", "2"].map((answer, i) => ({
    id: `q${i}`, problem: `Question ${i} about the picture?`, answer, images: [join(FIXTURES, "shapes.png")], difficulty: i / 4,
  }));
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
});

function config(runDir: string, logger: string[]) {
  return loadConfig({
    file: "examples/configs/demo.yaml",
    overrides: [
      ...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), "trainer.save_freq=10",
      "trainer.project_name=observe_test", "trainer.experiment_name=trackers", `trainer.logger=[${logger.join(",")}]`,
    ],
  });
}

/** Sets the trackers' environment (all offline, under root) for the duration of fn. */
async function withTrackerEnv<T>(root: string, fn: () => Promise<T>): Promise<T> {
  const env = JSON.parse(await python("import json, sys, tracker_logs; print(json.dumps(tracker_logs.tracker_env(sys.argv[1])))", [root])) as Record<string, string>;
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
}

test("every tracker gets the config once and each step's metrics under metrics.jsonl's names, finishes on Ctrl-C, and goes on when resumed", async () => {
  if (!installed.length) return; // said in beforeAll
  const root = mkdtempSync(join(tmpdir(), "observe-trackers-run-"));
  const stop = new AbortController();
  const result = await withTrackerEnv(root, () =>
    trainObserveR1(config(root, ["console", "file", ...installed]), { signal: stop.signal, onStep: (s) => s === 2 && stop.abort() }));
  expect(result).toMatchObject({ steps: 2, stoppedEarly: true });

  let file = readFileSync(join(root, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
  expect(file.map((m) => m.step)).toEqual([1, 2]);
  let logs = await readLogs(root);
  expectEveryStep(logs, file);
  // The resolved config, once, and runs that ended as finished (Ctrl-C is a clean stop).
  if (logs.tensorboard) expect(logs.tensorboard.config).toContain(`model_path: ${modelDir}`);
  if (logs.mlflow) expect(logs.mlflow).toMatchObject({ status: "FINISHED", experiment: "observe_test", run_name: "trackers", config: { "data.rollout_batch_size": "2" } });
  if (logs.wandb) expect(logs.wandb.status).toBe(0);
  if (logs.swanlab) expect(logs.swanlab.status).toBe("RUN_STATE_FINISHED");
  if (logs.trackio) expect(logs.trackio).toMatchObject({ project: "observe_test", run_name: "trackers", config: { trainer: { max_steps: 3 } } });

  // Resumed: the same runs go on (mlflow's and trackio's readers insist on one run; wandb and swanlab, offline,
  // keep a second folder under the same run id).
  const resumed = await withTrackerEnv(root, () => trainObserveR1(config(root, ["console", "file", ...installed]), { resume: true }));
  expect(resumed).toMatchObject({ steps: 3, stoppedEarly: false });
  file = readFileSync(join(root, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
  expect(file.map((m) => m.step)).toEqual([1, 2, 3]);
  logs = await readLogs(root);
  expectEveryStep(logs, file);
  for (const backend of ["wandb", "swanlab"]) if (logs[backend]) expect(new Set(logs[backend]!.run_ids).size).toBe(1);
}, 300_000);

type Logs = Record<string, { metrics: Record<string, Record<string, number>>; config: unknown; status?: unknown; run_ids?: string[] }>;

async function readLogs(root: string): Promise<Logs> {
  return JSON.parse(await python("import sys, tracker_logs; print(__import__('json').dumps(tracker_logs.read_all(sys.argv[1], sys.argv[2].split(',')), default=str))",
    [root, installed.join(",")])) as Logs;
}

/** Every finite value of metrics.jsonl is in every tracker, under the same name and step. */
function expectEveryStep(logs: Logs, file: Array<Record<string, number>>): void {
  for (const backend of installed) {
    const { metrics } = logs[backend]!;
    for (const row of file) {
      for (const [name, value] of Object.entries(row)) {
        if (name === "step" || !Number.isFinite(value)) continue;
        const key = backend === "mlflow" ? name.replace("@", "_at_") : name;
        const logged = metrics[key]?.[String(row.step)];
        if (logged === undefined) throw new Error(`${backend}: ${key} at step ${row.step} missing`);
        // tensorboard keeps float32
        if (Math.abs(logged - value) > 1e-6 * Math.max(1, Math.abs(value))) throw new Error(`${backend}: ${key} at step ${row.step} is ${logged}, metrics.jsonl has ${value}`);
      }
    }
  }
}

test("a tracker whose library is missing stops the run before any work, naming the pip command", async () => {
  // A module named swanlab that fails to import stands in for a Python without it.
  const shim = mkdtempSync(join(tmpdir(), "observe-no-swanlab-"));
  writeFileSync(join(shim, "swanlab.py"), "raise ImportError('No module named swanlab')\n");
  const runDir = join(mkdtempSync(join(tmpdir(), "observe-trackers-missing-")), "run");
  mkdirSync(runDir);
  const saved = process.env.PYTHONPATH;
  process.env.PYTHONPATH = shim;
  try {
    await expect(trainObserveR1(config(runDir, ["console", "file", "swanlab"]))).rejects.toThrow(
      /trainer\.logger: swanlab needs its Python package, which is not installed in .*; install it with: .* -m pip install -e '.*\/python\[swanlab\]'/);
  } finally {
    if (saved === undefined) delete process.env.PYTHONPATH; else process.env.PYTHONPATH = saved;
  }
  expect(existsSync(join(runDir, "config.yaml"))).toBe(false);
  expect(existsSync(join(runDir, "metrics.jsonl"))).toBe(false);
});

// Ctrl-C as a terminal sends it: SIGINT to the whole foreground process group (the CLI and,
// unless it has its own group, the Python worker). One Ctrl-C finishes the step, saves and
// exits 130 with the resume command; two stop at once. Either way no process is left behind.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa, type ResultPromise } from "execa";
import { PROJECT_ROOT } from "@observe-r1/bridge";
import { alive, buildTinyModel, FIXTURES, tinyRunOverrides } from "./helpers.js";

const CLI = join(PROJECT_ROOT, "packages", "cli", "bin", "observe-run.js");
let dir: string;
let modelDir: string;
let dataFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-ctrl-c-"));
  modelDir = await buildTinyModel();
  dataFile = join(dir, "train.jsonl");
  const rows = Array.from({ length: 8 }, (_, i) => ({ id: `q${i}`, problem: `Question ${i}?`, answer: String(i % 3), images: [join(FIXTURES, "shapes.png")] }));
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(modelDir, ".."), { recursive: true, force: true });
});

function train(runDir: string, saveFreq: number): ResultPromise {
  return execa("node", [CLI, "train", "--config", "examples/configs/demo.yaml",
    ...tinyRunOverrides({ train: dataFile, model: modelDir, runDir }), "trainer.max_steps=200", `trainer.save_freq=${saveFreq}`], {
    cwd: PROJECT_ROOT, reject: false, all: true,
    detached: true, // a process group of its own, like a terminal's foreground job
  });
}

/** Every process below `pid` (from /proc), so the test can check none outlives the run. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const walk = (p: number) => parent.forEach((pp, child) => pp === p && (out.push(child), walk(child)));
  walk(pid);
  return out;
}

/** Polls `check`; fails at once, with the run's output, if the run ends first. */
async function waitFor(check: () => boolean, ms: number, run?: ResultPromise): Promise<void> {
  let ended: string | null = null;
  void run?.then((r) => (ended = `the run ended first (exit ${r.exitCode}):\n${String(r.all).slice(-2000)}`));
  const until = Date.now() + ms;
  while (!check()) {
    if (ended) throw new Error(ended);
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 200));
  }
}

const stepsWritten = (runDir: string) =>
  existsSync(join(runDir, "metrics.jsonl")) ? readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").filter(Boolean).length : 0;

test("one Ctrl-C to the process group saves after the current step and exits 130 with the resume command", async () => {
  const runDir = join(dir, "once");
  const run = train(runDir, 1000);
  await waitFor(() => stepsWritten(runDir) >= 1, 180_000, run);
  const workers = descendants(run.pid!);
  expect(workers.length).toBeGreaterThan(0);
  process.kill(-run.pid!, "SIGINT");
  const result = await run;
  expect(result.all).toContain("stopping after this step and saving a checkpoint");
  expect(result.all).toMatch(/resume with: observe-run train --config examples\/configs\/demo\.yaml .* --resume/);
  expect(result.all).not.toMatch(/KeyboardInterrupt|killed by SIGINT|training failed/);
  expect(result.exitCode).toBe(130);
  const saved = readdirSync(join(runDir, "checkpoints")).filter((d) => d.startsWith("global_step_"));
  expect(saved.length).toBe(1);
  expect(existsSync(join(runDir, "checkpoints", saved[0]!, "state.json"))).toBe(true);
  await waitFor(() => workers.every((p) => !alive(p)), 15_000);
}, 300_000);

test("a second Ctrl-C stops at once; earlier checkpoints stay whole and no worker is left", async () => {
  const runDir = join(dir, "twice");
  const run = train(runDir, 1);
  await waitFor(() => stepsWritten(runDir) >= 2, 180_000, run);
  const workers = descendants(run.pid!);
  process.kill(-run.pid!, "SIGINT");
  process.kill(-run.pid!, "SIGINT");
  const result = await run;
  expect(result.exitCode).toBe(130);
  for (const d of readdirSync(join(runDir, "checkpoints")).filter((name) => name.startsWith("global_step_"))) {
    expect(existsSync(join(runDir, "checkpoints", d, "state.json"))).toBe(true);
  }
  await waitFor(() => workers.every((p) => !alive(p)), 15_000);
}, 300_000);

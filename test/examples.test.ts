// The notebook-style examples run as a user runs them (`npx tsx examples/NAME.ts`), in a fresh folder,
// each making what it needs (tiny model, data) under runs/examples/, and tell their story.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { PROJECT_ROOT } from "@observe-r1/bridge";

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "observe-examples-"));
  symlinkSync(join(PROJECT_ROOT, "examples"), join(cwd, "examples"));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function runExample(name: string): Promise<string> {
  const started = Date.now();
  const result = await execa(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), [`examples/${name}.ts`], {
    cwd, reject: false, all: true, env: { OBSERVE_CACHE_DIR: join(cwd, ".cache") },
  });
  const out = String(result.all);
  if (result.exitCode !== 0) throw new Error(`npx tsx examples/${name}.ts exited ${result.exitCode}:\n${out.slice(-3000)}`);
  console.log(`examples/${name}.ts: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return out;
}

const jsonl = (file: string) => readFileSync(join(cwd, file), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

test("every example is run by a test (from-a-script.ts by readme-commands.test.ts) and listed in the README", () => {
  const scripts = readdirSync(join(PROJECT_ROOT, "examples")).filter((f) => f.endsWith(".ts") && f !== "setup.ts").sort();
  expect(scripts).toEqual(["ablation.ts", "custom-reward.ts", "eval-parquet.ts", "from-a-script.ts", "generate-responses.ts", "train-loop.ts"]);
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  for (const s of scripts) expect(readme).toContain(`examples/${s}`);
});

test("generate-responses: 4 responses to each of 3 questions, each scored for format and accuracy", async () => {
  const out = await runExample("generate-responses");
  expect(out).toMatch(/^val-00000: .*\(answer: \w+\)$/m);
  expect(out.match(/^ {2}format [01] \| accuracy [01] \| +\d+ tokens \((stop|length)\) \| /gm)).toHaveLength(12);
});

test("custom-reward: the verifier's reading, two plug-ins side by side, and a broken plug-in's error", async () => {
  const out = await runExample("custom-reward");
  expect(out).toContain('read "13" by whole vs "12"');
  expect(out).toContain('read "\\\\boxed{5}" by boxed vs "\\\\frac{10}{2}"');
  // verifier 1, exact match 0 on "(B) 145°"; the TS plug-in's length cost shows in its overall
  expect(out).toMatch(/^ {2}1 +\| 0 +\| +1\.00 \(0\.00\) +\| 145°$/m);
  expect(out).toMatch(/reward function exact_match_buggy in .*examples\/rewards\/exact_match\.py \(sample 0\): raised KeyError: 'answer'/);
});

test("train-loop: live metrics from onStep and a custom stop that saves a checkpoint", async () => {
  const out = await runExample("train-loop");
  const stopped = /stopping at step (\d+) \((length plateaued|step budget)\)/.exec(out);
  expect(stopped).not.toBeNull();
  const steps = Number(stopped![1]);
  expect(out.match(/^step \d+: reward \d\.\d{3} \| accuracy/gm)).toHaveLength(steps);
  expect(jsonl("runs/examples/train-loop/metrics.jsonl").map((m) => m.step)).toEqual(Array.from({ length: steps }, (_, i) => i + 1));
  expect(existsSync(join(cwd, `runs/examples/train-loop/checkpoints/global_step_${steps}/actor/model.safetensors`))).toBe(true);
  expect(out).not.toContain("train ["); // trainer.logger=[file]: no progress line
}, 240_000);

test("ablation: four arms, one part changed in each, and a table of their results", async () => {
  const out = await runExample("ablation");
  const table = out.slice(out.lastIndexOf("arm "));
  for (const arm of ["full recipe", "shuffled (no ladder)", "no length bonus", "no dynamic weighting"]) {
    expect(table).toMatch(new RegExp(`^${arm.replace(/[()]/g, "\\$&")} +(-?\\d+\\.\\d{3} +){3}\\d\\.\\d{3}$`, "m"));
  }
  const config = (dir: string) => readFileSync(join(cwd, "runs/examples/ablation", dir, "config.yaml"), "utf8");
  expect(config("shuffled-no-ladder")).toMatch(/sampler: random/);
  expect(config("full-recipe")).toMatch(/sampler: ladder/);
  expect(config("no-length-bonus")).toMatch(/bonus:\n\s+enable: false/);
  expect(config("no-dynamic-weighting")).toMatch(/dynamic_weight:\n\s+enable: false/);
  for (const dir of ["full-recipe", "shuffled-no-ladder", "no-length-bonus", "no-dynamic-weighting"]) {
    expect(jsonl(`runs/examples/ablation/${dir}/metrics.jsonl`).map((m) => m.step)).toEqual([1, 2, 3]);
  }
}, 300_000);

test("eval-parquet: a checkpoint evaluated on a Parquet file with embedded images, per source", async () => {
  const out = await runExample("eval-parquet");
  expect(out).toMatch(/^data check \(eval\): 32 rows, 32 valid, 0 invalid/m);
  expect(out).toMatch(/^accuracy \d\.\d{3} \| format \d\.\d{3} \| length \d+\.\d$/m);
  expect(out).toMatch(/^ {2}accuracy_by_source\/count3 +\d\.\d{3}$/m);
  const records = jsonl("runs/examples/eval/eval_samples.jsonl");
  expect(records).toHaveLength(32);
  expect(records[0]).toMatchObject({ id: "val-00000", source: expect.any(String) });
});

// A researcher's own project: the four packages, packed as npm publishes them, installed into a
// folder outside this repository; `observe-run setup` builds the worker's venv from the wheel
// inside @observe-r1/bridge; a TypeScript script spawns the worker, generates from an image
// prompt with a tiny model and trains one step. No file of the checkout is used after packing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { PROJECT_ROOT } from "@observe-r1/bridge";

const PACKAGES = ["core", "bridge", "trainer", "cli"];

async function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = await execa(file, args, { cwd, reject: false, all: true, env: { ...env, OBSERVE_PYTHON: "" }, extendEnv: true });
  if (result.exitCode !== 0) throw new Error(`${file} ${args.join(" ")} (in ${cwd}) exited ${result.exitCode}:\n${String(result.all).slice(-3000)}`);
  return String(result.all);
}

test("packs hold no tests or fixtures; the bridge carries the worker wheel", async () => {
  for (const name of PACKAGES) {
    const out = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], join(PROJECT_ROOT, "packages", name));
    const files = (JSON.parse(out.slice(out.indexOf("["))) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files.filter((f) => /(^|\/)(test|tests|fixtures|test-support)\/|\.test\.(js|ts|d\.ts)$/.test(f))).toEqual([]);
    expect(files).toContain("README.md");
  }
});

test("installed from tarballs outside the repository, setup builds the worker venv and a script trains a step", async () => {
  const dir = mkdtempSync(join(tmpdir(), "observe-npm-"));
  const tarballs = join(dir, "tarballs");
  mkdirSync(tarballs);
  for (const name of PACKAGES) await run("npm", ["pack", "--pack-destination", tarballs], join(PROJECT_ROOT, "packages", name));
  const project = join(dir, "research");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "research", private: true, type: "module" }, null, 2));
  const packed = readdirSync(tarballs).map((f) => join(tarballs, f));
  expect(packed).toHaveLength(4);
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...packed], project);

  const venv = join(project, "venv");
  const started = Date.now();
  const setup = await run(join(project, "node_modules", ".bin", "observe-run"), ["setup", "--venv", venv], project);
  expect(setup).toMatch(/python venv ready in \d+ s/);
  expect(setup).toContain(`export OBSERVE_PYTHON=${join(venv, "bin", "python")}`);
  process.stderr.write(`observe-run setup on a fresh venv: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  expect(await run(join(project, "node_modules", ".bin", "observe-run"), ["setup", "--venv", venv], project)).toContain("is up to date");

  const python = join(venv, "bin", "python");
  // The installed worker, not the checkout's: it must not be on the path.
  expect(await run(python, ["-c", "import observe_worker, os; print(os.path.dirname(observe_worker.__file__))"], project)).toContain(join(venv, "lib"));
  await run(python, ["-m", "observe_worker.tiny_model", join(project, "tiny-model")], project);
  writeFileSync(join(project, "shapes.png"), readFileSync(join(PROJECT_ROOT, "test", "fixtures", "shapes.png")));
  writeFileSync(join(project, "script.ts"), `
import { imageFromFile, spawnWorker } from "@observe-r1/bridge";
import { optimizerOptions, resolveConfig, updateOptions } from "@observe-r1/trainer";

const config = resolveConfig({ data: { train_files: "train.jsonl" }, worker: { actor: { model: { model_path: "tiny-model" } } } });
const worker = await spawnWorker({ python: ${JSON.stringify(python)} });
try {
  await worker.loadModel({ modelPath: "tiny-model", loadReference: true, optimizer: optimizerOptions(config) });
  const prompt = { text: "How many shapes?", images: [imageFromFile("shapes.png")] };
  const { completions } = await worker.generate([prompt], { n: 2, temperature: 1.0, maxNewTokens: 8 });
  const batch = { prompts: [prompt], sequences: completions.map((c) => ({ promptIndex: 0, responseIds: c.tokenIds })) };
  const metrics = await worker.trainStep(batch, {
    ...updateOptions(config), advantages: [1, -1], oldLogprobs: completions.map((c) => c.logprobs), lr: 1e-3,
  });
  console.log(JSON.stringify({ responses: completions.length, keys: Object.keys(metrics) }));
} finally {
  await worker.close();
}
`);
  const out = await run(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["script.ts"], project);
  const summary = JSON.parse(out.split("\n").find((l) => l.startsWith('{"responses"'))!) as { responses: number; keys: string[] };
  expect(summary.responses).toBe(2);
  expect(summary.keys).toEqual(expect.arrayContaining(["pgLoss", "gradNorm"]));
}, 900_000);

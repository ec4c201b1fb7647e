// Every `npx observe-run ...` line of the README's Commands block runs as written, in a fresh
// folder, after the README's own first step (the demo), and so does its script example, so the
// README cannot rot. Sizes shrink
// through appended key=value overrides (the demo runs --quick); nothing else is changed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { PROJECT_ROOT } from "@observe-r1/bridge";

const CLI = join(PROJECT_ROOT, "packages", "cli", "bin", "observe-run.js");

/** The README's Commands block, `npx observe-run` lines only, comments dropped, quotes honoured. */
function readmeCommands(): string[][] {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const block = /## Commands\s+```bash\n([\s\S]*?)```/.exec(readme)![1]!;
  return block.split("\n")
    .filter((line) => line.startsWith("npx observe-run "))
    .map((line) => [...line.replace(/\s+#.*$/, "").slice("npx observe-run ".length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!));
}

// Small enough for a 2-core CI box; the README's commands stay as they are otherwise.
const TINY_TRAIN = ["data.rollout_batch_size=2", "worker.rollout.n=2", "worker.actor.global_batch_size=2", "data.max_response_length=8",
  "worker.actor.micro_batch_size_per_device_for_update=4", "worker.actor.micro_batch_size_per_device_for_experience=4", "trainer.val_freq=-1"];
function shrink(args: string[]): string[] {
  const [command, sub] = args;
  if (command === "demo") return [...args, "--quick"];
  if (command === "train") return [...args, ...TINY_TRAIN, `trainer.max_steps=${args.includes("--resume") ? 2 : 1}`];
  if (command === "ladder" && sub === "build") return [...args, "data.curriculum.estimate.n=2", "data.max_response_length=8"];
  return args;
}

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "observe-readme-"));
  // The commands name repository files (configs, fixtures) and write runs/ where they are run.
  for (const name of ["examples", "test"]) symlinkSync(join(PROJECT_ROOT, name), join(cwd, name));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

test("the README lists the commands this test runs", () => {
  const names = readmeCommands().map((a) => a[0]);
  expect(names).toEqual(expect.arrayContaining(["doctor", "demo", "train", "data", "ladder", "eval", "report", "score", "tiny-model", "generate"]));
});

test("every README command runs verbatim after the demo, and so does the script example", async () => {
  const env = { OBSERVE_CACHE_DIR: join(cwd, ".cache") };
  for (const args of readmeCommands()) {
    const result = await execa("node", [CLI, ...shrink(args)], { cwd, reject: false, all: true, env });
    if (result.exitCode !== 0) throw new Error(`observe-run ${args.join(" ")} exited ${result.exitCode}:\n${String(result.all).slice(-3000)}`);
  }
  // "Use it from a script" (runs/tiny-model now exists, made by the tiny-model command above).
  const script = await execa(join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["examples/from-a-script.ts"], { cwd, reject: false, all: true, env });
  if (script.exitCode !== 0) throw new Error(`npx tsx examples/from-a-script.ts exited ${script.exitCode}:\n${String(script.all).slice(-3000)}`);
  expect(readdirSync(join(cwd, "runs", "my-run", "step-1"))).toContain("model.safetensors");
}, 900_000);

test("the README's script is examples/from-a-script.ts, word for word", () => {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const snippet = /## Use it from a script\s+```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(readFileSync(join(PROJECT_ROOT, "examples", "from-a-script.ts"), "utf8")).toContain(snippet);
});

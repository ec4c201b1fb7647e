import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRewardPlugin, parseRewardFunctionSpec, RewardPluginError, type RewardInput, type RewardPlugin } from "./index.js";
import { createMathVerifyParity } from "./math-verify-parity.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "fixtures");
const repoRoot = resolve(here, "../../../..");
const python = process.env.OBSERVE_PYTHON ?? join(repoRoot, ".venv", "bin", "python");

const inputs: RewardInput[] = [
  { response: "<think>t</think><answer>4</answer>", response_length: 12, ground_truth: "4" },
  { response: "<think>t</think><answer>5</answer>", response_length: 30, ground_truth: "4" },
  { response: "no tags, 4", response_length: 7, ground_truth: "4" },
];

describe("spec parsing", () => {
  test("path:function, resolved against a base dir; default function main", () => {
    expect(parseRewardFunctionSpec("math_reward.py:compute_score", fixtures)).toEqual({
      file: join(fixtures, "math_reward.py"), functionName: "compute_score", language: "python",
    });
    expect(parseRewardFunctionSpec(join(fixtures, "reward.mjs")).functionName).toBe("main");
  });
  test("clear errors for missing files, bad extensions and names", () => {
    expect(() => parseRewardFunctionSpec("nope.py:f", fixtures)).toThrow(/worker\.reward\.reward_function: reward function file .*nope\.py not found/);
    expect(() => parseRewardFunctionSpec("x.txt:f", fixtures)).toThrow(/unsupported extension; use a \.py, \.js, \.mjs or \.ts file/);
    expect(() => parseRewardFunctionSpec("math_reward.py:not-a-name", fixtures)).toThrow(/is not a function name/);
  });
});

describe("Python plug-in through pythonia", () => {
  const open: RewardPlugin[] = [];
  const load = async (spec: string, opts: Parameters<typeof loadRewardPlugin>[1] = {}) => {
    const p = await loadRewardPlugin(spec, { baseDir: fixtures, python, ...opts });
    open.push(p);
    return p;
  };
  afterAll(async () => {
    for (const p of open) await p.close();
  });

  test("runs a real EasyR1-style batch function; kwargs pass through", async () => {
    const plugin = await load("math_reward.py:compute_score", { kwargs: { format_weight: 0.5 } });
    const scores = await plugin.score(inputs);
    expect(scores).toEqual([
      { overall: 1, format: 1, accuracy: 1 },
      { overall: 0.5, format: 1, accuracy: 0 },
      { overall: 0, format: 0, accuracy: 0 },
    ]);
  });

  test("one call per batch, not per sample", async () => {
    const plugin = await load("math_reward.py:counting");
    expect((await plugin.score(inputs)).map((s) => s.overall)).toEqual([1, 1, 1]);
    expect((await plugin.score(inputs)).map((s) => s.overall)).toEqual([2, 2, 2]);
    expect((await plugin.score(inputs))[1]!.length).toBe(30);
  });

  test("sequential reward type and numpy-like scalars", async () => {
    expect((await (await load("math_reward.py:one", { rewardType: "sequential" })).score(inputs)).map((s) => s.overall)).toEqual([34, 34, 10]);
    expect(await (await load("math_reward.py:scalar_objects")).score(inputs.slice(0, 1))).toEqual([{ overall: 0.5 }]);
  });

  test("an exception inside the plug-in names file, function and sample index", async () => {
    const plugin = await load("failing_reward.py:compute_score");
    const batch = [...inputs, { response: "x", response_length: 1, ground_truth: "boom" }];
    const err = await plugin.score(batch).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RewardPluginError);
    const e = err as RewardPluginError;
    expect(e.sampleIndex).toBe(3);
    expect(e.message).toContain(`reward function compute_score in ${join(fixtures, "failing_reward.py")} (sample 3): raised ValueError: cannot score the ground truth 'boom'`);
    expect(e.message).toContain("Traceback");
    // The plug-in still works for good batches afterwards.
    expect(await plugin.score(inputs)).toHaveLength(3);
  });

  test("bad outputs are reported with the sample and key", async () => {
    await expect((await load("failing_reward.py:missing_overall")).score(inputs)).rejects.toThrow(/\(sample 0\): returned no "overall" score \(keys: accuracy\)/);
    await expect((await load("failing_reward.py:wrong_length")).score(inputs)).rejects.toThrow(/returned 1 scores for 3 inputs/);
    await expect((await load("failing_reward.py:not_a_number")).score(inputs)).rejects.toThrow(/\(sample 0\): score "format" is the string "high"/);
  });

  test("import errors and missing functions are clear", async () => {
    await expect(load("broken_import.py:compute_score")).rejects.toThrow(/broken_import\.py: failed to import: ModuleNotFoundError: No module named 'a_module_that_does_not_exist_anywhere'/);
    await expect(load("math_reward.py:nope")).rejects.toThrow(/no function 'nope' \(functions defined: compute_score, counting, one, scalar_objects\)/);
  });

  test("math_verify parity mode judges pairs like the recipe", async () => {
    const parity = await createMathVerifyParity({ python });
    try {
      if (!parity.available) {
        console.warn("math_verify not installed in", python, "- parity check skipped (pip install math-verify)");
        return;
      }
      expect(await parity.judge([{ pred: "$\\frac{1}{2}$", gold: "$0.5$" }, { pred: "$3$", gold: "$4$" }])).toEqual([true, false]);
    } finally {
      await parity.close();
    }
  });
});

describe("JavaScript and TypeScript plug-ins", () => {
  test(".mjs batch function with kwargs; async functions and bare numbers work", async () => {
    const p = await loadRewardPlugin("reward.mjs:compute_score", { baseDir: fixtures, kwargs: { bonus: 0.5 } });
    expect(await p.score(inputs)).toEqual([{ overall: 1.5, accuracy: 1 }, { overall: 0.5, accuracy: 0 }, { overall: 0.5, accuracy: 0 }]);
    const slow = await loadRewardPlugin("reward.mjs:slow", { baseDir: fixtures });
    expect(await slow.score(inputs)).toEqual([{ overall: 0.25 }, { overall: 0.25 }, { overall: 0.25 }]);
  });

  test("an error inside a JS plug-in names the sample", async () => {
    const p = await loadRewardPlugin("reward.mjs:throws_on_second", { baseDir: fixtures });
    const batch = [inputs[0]!, { ...inputs[1]!, ground_truth: "boom" }];
    await expect(p.score(batch)).rejects.toThrow(/throws_on_second in .*reward\.mjs \(sample 1\): raised RangeError: boom is not a number/);
  });

  test("a missing export lists what the module exports", async () => {
    await expect(loadRewardPlugin("reward.mjs:nope", { baseDir: fixtures })).rejects.toThrow(/no exported function "nope" \(exported functions: compute_score, slow, throws_on_second\)/);
  });
});

describe("in a plain Node process (no jest)", () => {
  test("a .ts plug-in loads through tsx, and a process using a .py plug-in exits once it is closed", () => {
    const dir = mkdtempSync(join(tmpdir(), "observe-close-"));
    try {
      writeFileSync(
        join(dir, "reward.ts"),
        `interface In { response: string }\nexport const score = (xs: In[]): { overall: number }[] => xs.map((x) => ({ overall: x.response.length > 20 ? 1 : 0 }));\n`,
      );
      const script = join(dir, "run.mts");
      writeFileSync(
        script,
        `import { loadRewardPlugin } from ${JSON.stringify(join(here, "index.ts"))};\n` +
          `const batch = [{ response: "<think>t</think><answer>4</answer>", response_length: 3, ground_truth: "4" }];\n` +
          `const ts = await loadRewardPlugin(${JSON.stringify(join(dir, "reward.ts:score"))});\n` +
          `const py = await loadRewardPlugin(${JSON.stringify(join(fixtures, "math_reward.py:compute_score"))}, { python: ${JSON.stringify(python)} });\n` +
          `process.stdout.write(JSON.stringify([await ts.score(batch), await py.score(batch)]));\n` +
          `await py.close();\n`,
      );
      // No explicit exit in the script: it ends only if nothing (the Python bridge) keeps it alive.
      const res = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
      expect(res.error).toBeUndefined();
      expect(res.stderr).not.toMatch(/Error/);
      expect(res.status).toBe(0);
      // Only the JSON on stdout: the plug-in's print() went to stderr.
      expect(JSON.parse(res.stdout)).toEqual([[{ overall: 1 }], [{ overall: 1, format: 1, accuracy: 1 }]]);
      expect(res.stderr).toContain("scored 1.0");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("control: without close() the same process does not exit (so the test above means something)", () => {
    const dir = mkdtempSync(join(tmpdir(), "observe-noclose-"));
    try {
      const script = join(dir, "run.mts");
      writeFileSync(
        script,
        `import { loadRewardPlugin } from ${JSON.stringify(join(here, "index.ts"))};\n` +
          `const py = await loadRewardPlugin(${JSON.stringify(join(fixtures, "math_reward.py:compute_score"))}, { python: ${JSON.stringify(python)} });\n` +
          `await py.score([{ response: "x", response_length: 1, ground_truth: "4" }]);\n` +
          `process.stdout.write("scored");\n`,
      );
      const res = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: repoRoot, encoding: "utf8", timeout: 8_000, killSignal: "SIGKILL" });
      expect(res.stdout).toBe("scored");
      expect(res.signal).toBe("SIGKILL");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

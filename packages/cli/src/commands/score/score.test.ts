import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dynamicWeight } from "@observe-r1/core";
import { scoreFile, scoreOptionsFromConfig } from "./index.js";

const ok = (a: string) => `<observe>a chart</observe><think>read the bars</think><answer>${a}</answer>`;
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../../..");

describe("observe-run score", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "observe-score-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, lines: (object | string)[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
    return file;
  };

  test("scores each line, reports a malformed one by line number, and keeps going", async () => {
    const file = write("mixed.jsonl", [
      { response: ok("12"), answer: "12" },
      '{"response": "<answer>3</answer>", "answer": ',
      { response: "<answer>0.5</answer>", answer: "\\frac{1}{2}" },
      "",
      { response: ok("7"), answer: "\\frac{1}{" },
      { answer: "1" },
    ]);
    const { records, summary } = await scoreFile(file);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 5, 6]);
    expect(records[0]).toEqual({ line: 1, format: 0.5, accuracy: 1, reward: 1.5, extracted: "12", answer_rule: "whole" });
    expect(records[1]).toEqual({ line: 2, error: expect.stringMatching(/^not valid JSON/) });
    expect(records[2]).toMatchObject({ line: 3, format: 0, accuracy: 1, reward: 1 });
    expect(records[3]).toMatchObject({ line: 5, accuracy: 0, data_error: expect.stringMatching(/cannot be parsed/) });
    expect(records[4]).toEqual({ line: 6, error: '"response" is missing or not a string' });
    expect(summary).toMatchObject({ lines: 5, scored: 3, errors: 2, data_errors: 1, format_ok: 2, groups: 0 });
    expect(summary.mean_reward).toBeCloseTo((1.5 + 1 + 0.5) / 3, 12);
  });

  test("rows with choices: the gold option text matches its letter, and a malformed choices field is named", async () => {
    const choices = ["120°", "145°", "160°"];
    const file = write("choices.jsonl", [
      { response: ok("B"), answer: "145°", choices },
      { response: ok("(B) 145°"), answer: "145°", choices },
      { response: ok("145°"), answer: "145°", choices },
      { response: ok("(C) 145°"), answer: "145°", choices },
      { response: ok("B"), answer: "145°" },
      { response: ok("B"), answer: "145°", choices: "120°, 145°" },
    ]);
    const { records } = await scoreFile(file);
    expect(records.slice(0, 5).map((r) => ("accuracy" in r ? r.accuracy : r.error))).toEqual([1, 1, 1, 0, 0]);
    expect(records[0]).toMatchObject({ answer_rule: "choice-letter" });
    expect(records[5]).toEqual({ line: 6, error: expect.stringMatching(/"choices" must be a list of option texts/) });
  });

  test("groups get bonus, weight and advantage; the bonus needs lengths", async () => {
    const file = write("groups.jsonl", [
      { response: ok("12"), answer: "12", group: "q1", length: 300 },
      { response: ok("12"), answer: "12", group: "q1", length: 150 },
      { response: ok("13"), answer: "12", group: "q1", length: 90 },
      { response: ok("11"), answer: "12", group: "q1", length: 120 },
      { response: ok("B"), answer: "B", group: 2 },
      { response: ok("C"), answer: "B", group: 2 },
    ]);
    const { records, summary } = await scoreFile(file);
    const q1 = records.slice(0, 4) as { reward: number; bonus: number; advantage: number; weight: number }[];
    expect(q1.map((r) => r.bonus)).toEqual([0, 0.2, 0, 0]);
    expect(q1.map((r) => r.reward)).toEqual([1.5, 1.7, 0.5, 0.5]);
    expect(q1[0]!.weight).toBeCloseTo(dynamicWeight(0.5), 12);
    const r = q1.map((x) => x.reward);
    const mean = r.reduce((a, b) => a + b) / 4;
    const std = Math.sqrt(r.reduce((a, x) => a + (x - mean) ** 2, 0) / 3);
    q1.forEach((x, i) => expect(x.advantage).toBeCloseTo(((r[i]! - mean) / (std + 1e-9)) * 1.8, 9));
    expect(records[4]).toMatchObject({ group: 2, bonus: null, accuracy: 1 });
    expect(summary).toMatchObject({ groups: 2, bonus_awarded: 1, bonus_skipped_without_length: 1 });
  });

  test("a group whose lines disagree on the answer is an error for each of them", async () => {
    const file = write("bad-group.jsonl", [
      { response: ok("1"), answer: "1", group: "g" },
      { response: ok("1"), answer: "2", group: "g" },
    ]);
    const { records } = await scoreFile(file);
    expect(records).toEqual([
      { line: 1, error: expect.stringMatching(/group "g" has different answers/) },
      { line: 2, error: expect.stringMatching(/group "g" has different answers/) },
    ]);
  });

  test("scores with a reward plug-in and reports its sub-scores", async () => {
    const plugin = join(repoRoot, "packages/trainer/src/reward-plugins/fixtures/reward.mjs");
    const file = write("plugin.jsonl", [{ response: "<answer>4</answer>", answer: "4" }, { response: "<answer>5</answer>", answer: "4" }]);
    const { records } = await scoreFile(file, { rewardFunction: `${plugin}:compute_score` });
    expect(records).toEqual([
      { line: 1, format: null, accuracy: 1, reward: 1, scores: { accuracy: 1 } },
      { line: 2, format: null, accuracy: 0, reward: 0, scores: { accuracy: 0 } },
    ]);
  });

  test("--config scores as the run's training does: its format score, bonus setting and plug-in with its kwargs; flags win", async () => {
    const plugin = join(repoRoot, "packages/trainer/src/reward-plugins/fixtures/reward.mjs");
    const config = join(dir, "run.yaml");
    writeFileSync(config, [
      "data: { train_files: x.jsonl, format: { score: 0.25 } }",
      "worker: { actor: { model: { model_path: m } } }",
      "algorithm: { bonus: { enable: false } }",
    ].join("\n") + "\n");
    const file = write("run.jsonl", [{ response: ok("4"), answer: "4", group: "g", length: 10 }, { response: "no tags", answer: "4", group: "g", length: 5 }]);
    const { records } = await scoreFile(file, await scoreOptionsFromConfig(config, {}));
    expect(records.map((r) => "format" in r && [r.format, r.bonus])).toEqual([[0.25, null], [0, null]]); // data.format.score; no bonus
    const flagged = await scoreFile(file, await scoreOptionsFromConfig(config, { config: { format: { score: 0.5 } } }));
    expect(flagged.records.map((r) => "format" in r && r.format)).toEqual([0.5, 0]);

    writeFileSync(config, [
      "data: { train_files: x.jsonl }", "worker: { actor: { model: { model_path: m } },",
      `  reward: { reward_function: ${JSON.stringify(`${plugin}:compute_score`)}, reward_function_kwargs: { bonus: 0.5 } } }`,
      "algorithm: { bonus: { enable: false }, dynamic_weight: { enable: false } }",
    ].join("\n") + "\n");
    const single = write("plugin-run.jsonl", [{ response: "<answer>4</answer>", answer: "4" }]);
    const { records: viaPlugin } = await scoreFile(single, await scoreOptionsFromConfig(config, {}));
    expect(viaPlugin).toEqual([{ line: 1, format: null, accuracy: 1, reward: 1.5, scores: { accuracy: 1 } }]); // kwargs.bonus
  });

  test("a missing file is a clear error", async () => {
    await expect(scoreFile(join(dir, "nope.jsonl"))).rejects.toThrow(/cannot read .*nope\.jsonl: ENOENT/);
  });
});

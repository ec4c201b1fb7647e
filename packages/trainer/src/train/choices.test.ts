// MathVista-style rows: the gold is an option's text and the row lists the options in `choices`
// (null on free-form rows). The prompt shows them as (A) (B) ..., and the reward accepts the
// letter or the text. A real dataset file through the real loader.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Completion } from "@observe-r1/bridge";
import { resolveConfig } from "../config/index.js";
import { datasetOptions, loadDataset, type Sample } from "../data/index.js";
import { problemText, sampleChoices } from "./prompt.js";
import { BatchScorer } from "./scoring.js";

let dir: string;
let samples: Sample[];
const config = resolveConfig({ data: { train_files: "x.jsonl" }, worker: { actor: { model: { model_path: "m" } } } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-choices-"));
  const rows = [
    { pid: "1", problem: "What is the measure of angle ABC?", answer: "145°", choices: ["120°", "145°", "160°", "175°"], question_type: "multi_choice" },
    { pid: "2", problem: "How many bars are taller than 5?", answer: "3", choices: null, question_type: "free_form" },
  ];
  writeFileSync(join(dir, "testmini.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  ({ samples } = await loadDataset(join(dir, "testmini.jsonl"), datasetOptions(config)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answer = (promptIndex: number, a: string): Completion => ({
  promptIndex, text: `<observe>o</observe><think>t</think><answer>${a}</answer>`, finishReason: "stop",
  tokenIds: Int32Array.from([1, 2, 3]), logprobs: new Float32Array(3),
});

test("the prompt lists the options; free-form rows have none", () => {
  expect(problemText(samples[0]!)).toBe("What is the measure of angle ABC?\nChoices: (A) 120° (B) 145° (C) 160° (D) 175°");
  expect(sampleChoices(samples[1]!)).toBeNull();
  expect(problemText(samples[1]!)).toBe("How many bars are taller than 5?");
});

test("the accuracy reward takes the option letter or its text, and no other letter", async () => {
  const completions = [answer(0, "B"), answer(0, "(B) 145°"), answer(0, "145°"), answer(0, "C"), answer(1, "3"), answer(1, "B"), answer(1, "3.0"), answer(1, "4")];
  const scored = await new BatchScorer(config).score(samples, completions, 4);
  expect(Array.from(scored.accuracy)).toEqual([1, 1, 1, 0, 1, 0, 1, 0]);
  expect(scored.dataErrors).toEqual([]);
});

test("the options are appended unless the text shows each one under its letter", async () => {
  const choices = ["120°", "145°", "160°", "175°"];
  const appended = "\nChoices: (A) 120° (B) 145° (C) 160° (D) 175°";
  const cases: Array<[string, boolean]> = [
    // MathVista's `query`, MMMU-style lines and inline "A:" labels already list them
    ["Question: What is the measure of angle ABC?\nChoices:\n(A) 120°\n(B) 145°\n(C) 160°\n(D) 175°", false],
    ["What is the measure of angle ABC?\nA. 120°\nB. 145°\nC. 160°\nD. 175°", false],
    ["What is the measure of angle ABC? A: 120° B: 145° C: 160° D: 175°", false],
    // a sentence ending in a capital letter, or labels that name something else, list nothing
    ["Find the angle at vertex A.", true],
    ["Point A: (1, 2). Which angle is larger, (A) or (B)?", true],
    ["What is the measure of angle ABC? A: 120° B: 145°", true],
  ];
  const file = join(dir, "listed.jsonl");
  writeFileSync(file, cases.map(([problem], i) => JSON.stringify({ pid: String(i), problem, answer: "145°", choices })).join("\n") + "\n");
  const { samples: rows } = await loadDataset(file, datasetOptions(config));
  expect(rows.map(problemText)).toEqual(cases.map(([problem, append]) => append ? problem + appended : problem));
});

import type { DroppedSample } from "@observe-r1/core";
import type { Sample } from "../data/index.js";
import { answerBalance } from "./answer-balance.js";

const sample = (id: string, task: string | undefined, answer: string): Sample => ({
  id, index: 0, prompt: "q", answer, images: [], videos: [], meta: task ? { task } : {}, location: { file: "train.jsonl", row: 0 },
});

// The demo's size task, seed 0: 31 "small" and 33 "big"; the easy filter dropped 30 "small" (the model's bias).
const size = [...Array.from({ length: 31 }, (_, i) => sample(`s${i}`, "size", i % 2 ? "small" : " Small")),
  ...Array.from({ length: 33 }, (_, i) => sample(`b${i}`, "size", "big"))];
const easy = (id: string): DroppedSample => ({ id, reason: "easy", difficulty: 0, complexity: 10 });

test("an answer the easy filter thinned out is reported with its counts and the filter that did it", () => {
  const { shifts, warnings } = answerBalance(size, Array.from({ length: 30 }, (_, i) => easy(`s${i}`)));
  expect(shifts).toEqual([
    { source: "size", answer: "small", input: 31, kept: 1, inputShare: 31 / 64, keptShare: 1 / 34, droppedBy: { easy: 30 } },
    { source: "size", answer: "big", input: 33, kept: 33, inputShare: 33 / 64, keptShare: 33 / 34, droppedBy: {} },
  ]);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('source "size": the ladder keeps 1 of 31 rows answered "small" (48% of the source before, 3% after; dropped 30 by the easy filter');
});

test("even drops, open-ended answers and a source dropped whole raise no warning", () => {
  const evenly = answerBalance(size, [...Array.from({ length: 15 }, (_, i) => easy(`s${i}`)), ...Array.from({ length: 16 }, (_, i) => easy(`b${i}`))]);
  expect(evenly.warnings).toEqual([]);
  const numeric = Array.from({ length: 40 }, (_, i) => sample(`n${i}`, undefined, String(i)));
  const open = answerBalance(numeric, numeric.slice(0, 30).map((s) => easy(s.id)));
  expect(open.shifts).toEqual([]); // 40 distinct answers: not a short-answer source
  expect(answerBalance(size, size.map((s) => easy(s.id))).warnings).toEqual([]);
});

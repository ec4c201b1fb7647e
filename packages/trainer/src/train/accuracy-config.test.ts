// algorithm.accuracy.* reaches the accuracy reward, and a response whose answer the reward cannot
// see (a \boxed{} with no answer tag) is counted rather than silently scored 0.
import type { Completion } from "@observe-r1/bridge";
import { resolveConfig } from "../config/index.js";
import type { Sample } from "../data/index.js";
import { BatchScorer } from "./scoring.js";

const sample = (answer: string): Sample => ({ id: "q", index: 0, prompt: "p", answer, images: [], videos: [], meta: {}, location: { file: "x.jsonl", row: 0 } });
const completion = (text: string): Completion => ({ promptIndex: 0, text, finishReason: "stop", tokenIds: Int32Array.from([1, 2]), logprobs: new Float32Array(2) });
const config = (accuracy: Record<string, unknown>) =>
  resolveConfig({ data: { train_files: "x.jsonl" }, worker: { actor: { model: { model_path: "m" } } }, algorithm: { accuracy } });

const responses = [completion("<think>so</think> the result is \\boxed{3}"), completion("<answer>3.02</answer>")];

test("by default only the answer tag is read: the boxed answer scores 0 and is counted", async () => {
  const scored = await new BatchScorer(config({})).score([sample("3")], responses, 2);
  expect(Array.from(scored.accuracy)).toEqual([0, 0]);
  expect(scored.unanswered).toEqual({ count: 1, boxed: 1 });
});

test("fallback_to_boxed reads \\boxed{}; tolerance widens numeric equality; answer_tag names the tag", async () => {
  const scored = await new BatchScorer(config({ fallback_to_boxed: true, tolerance: 0.01 })).score([sample("3")], responses, 2);
  expect(Array.from(scored.accuracy)).toEqual([1, 1]);
  expect(scored.unanswered).toEqual({ count: 0, boxed: 0 });
  const tagged = await new BatchScorer(config({ answer_tag: "final" })).score([sample("3")], [completion("<final>3</final>"), completion("<answer>3</answer>")], 2);
  expect(Array.from(tagged.accuracy)).toEqual([1, 0]);
});

test("a malformed tag name is a config error naming the key", () => {
  expect(() => config({ answer_tag: "<answer>" })).toThrow(/algorithm\.accuracy\.answer_tag/);
});

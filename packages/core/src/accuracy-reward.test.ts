import { AccuracyScorer, accuracyReward, resolveAccuracyConfig } from "./accuracy-reward.js";

const wrap = (a: string) => `<observe>o</observe><think>t</think><answer>${a}</answer>`;

describe("accuracy reward", () => {
  test("1 when the first answer matches, else 0", () => {
    expect(accuracyReward(wrap("\\frac{1}{2}"), "0.5")).toEqual({ accuracy: 1, answer: "\\frac{1}{2}", rule: "whole", dataError: null });
    expect(accuracyReward(wrap("0.4"), "0.5").accuracy).toBe(0);
  });
  test("a response without an answer tag scores 0", () => {
    expect(accuracyReward("I think it is 0.5", "0.5")).toEqual({ accuracy: 0, answer: null, rule: null, dataError: null });
  });
  test("an unparseable ground truth scores 0 and is a data error (the recipe scored 1)", () => {
    const r = accuracyReward(wrap("anything"), "\\frac{1}{");
    expect(r.accuracy).toBe(0);
    expect(r.dataError).toMatch(/cannot be parsed/);
  });
  test("multiple choice through the full response", () => {
    expect(accuracyReward(wrap("The answer is B"), "B").accuracy).toBe(1);
    expect(accuracyReward(wrap("A or B"), "B").accuracy).toBe(0);
  });
  test("boxed fallback is opt-in", () => {
    const s = new AccuracyScorer(resolveAccuracyConfig({ fallbackToBoxed: true }));
    expect(s.score("<think>t</think> so \\boxed{4}", "4").accuracy).toBe(1);
    expect(accuracyReward("<think>t</think> so \\boxed{4}", "4").accuracy).toBe(0);
  });
  test("bad tolerance names the key", () => {
    expect(() => resolveAccuracyConfig({ tolerance: 2 })).toThrow(/algorithm\.accuracy\.tolerance: must be <= 0.5/);
  });
});

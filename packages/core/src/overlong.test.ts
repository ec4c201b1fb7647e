import { overlongPenalty, resolveOverlongConfig } from "./overlong.js";
import { GroupScorer } from "./score-groups.js";

// Budget 10 tokens, buffer 4: no penalty up to 6 tokens, then -1/4 per token, -1 at 10.
const cfg = resolveOverlongConfig({ enabled: true, bufferLength: 4, penaltyFactor: 1, maxResponseLength: 10 });

test("DAPO's soft overlong penalty by hand", () => {
  expect([3, 6, 7, 8, 9, 10, 11].map((l) => overlongPenalty(l, cfg))).toEqual([0, 0, -0.25, -0.5, -0.75, -1, -1]);
  const half = { ...cfg, penaltyFactor: 0.5 };
  expect([7, 10].map((l) => overlongPenalty(l, half))).toEqual([-0.125, -0.5]);
  expect(overlongPenalty(10, { ...cfg, enabled: false })).toBe(0);
});

test("a buffer longer than the budget is refused, naming the key", () => {
  expect(() => resolveOverlongConfig({ enabled: true, bufferLength: 11, maxResponseLength: 10 })).toThrow(/overlong_buffer\.len/);
});

test("the penalty joins the reward before the group advantages", () => {
  // One group of two equally rewarded responses (no format, no accuracy): only the length tells them apart.
  const input = { reward: [1, 1], accuracy: [0, 0], lengths: [5, 9], groupSize: 2 };
  const base = { bonus: { enabled: false }, dynamicWeight: { enabled: false } };
  const plain = new GroupScorer(base).finishGroups(input);
  expect(Array.from(plain.advantage)).toEqual([0, 0]);
  const shaped = new GroupScorer({ ...base, overlong: cfg }).finishGroups(input);
  expect(Array.from(shaped.overlong)).toEqual([0, -0.75]);
  expect(Array.from(shaped.reward)).toEqual([1, 0.25]);
  // GRPO: (r - mean) / (std + 1e-9), std of [1, 0.25] (n - 1) = 0.75 / sqrt(2)
  const std = 0.75 / Math.SQRT2;
  expect(shaped.advantage[0]).toBeCloseTo(0.375 / std, 6);
  expect(shaped.advantage[1]).toBeCloseTo(-0.375 / std, 6);
});

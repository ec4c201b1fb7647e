import { computeAdvantages, resolveAdvantageConfig, type AdvantageEstimator } from "./advantages.js";

const cfg = (estimator: AdvantageEstimator) => resolveAdvantageConfig({ estimator });
const group = [1.5, 0.5, 0.5, 0];
const offsets1 = [0, 4];

function expectClose(actual: Float64Array, expected: number[], digits = 9) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
}

describe("advantages on a hand-computed group [1.5, 0.5, 0.5, 0] (mean 0.625, unbiased std 0.6291528696)", () => {
  test("grpo: (r - mean) / (std + 1e-9)", () => {
    expectClose(computeAdvantages(group, offsets1, cfg("grpo")), [1.3907589727077698, -0.19867985324396711, -0.19867985324396711, -0.9933992662198355], 12);
  });
  test("dr_grpo: r - mean", () => {
    expectClose(computeAdvantages(group, offsets1, cfg("dr_grpo")), [0.875, -0.125, -0.125, -0.625], 12);
  });
  test("rloo: r - mean of the others", () => {
    expectClose(computeAdvantages(group, offsets1, cfg("rloo")), [1.5 - 1 / 3, 0.5 - 2 / 3, 0.5 - 2 / 3, 0 - 2.5 / 3], 12);
  });
  test("reinforce_plus_plus_baseline: group mean removed, then whitened over the batch", () => {
    // second group [1, 0]; deviations [.875,-.125,-.125,-.625,.5,-.5], batch var (n-1) 0.3375
    const r = [...group, 1, 0];
    expectClose(computeAdvantages(r, [0, 4, 6], cfg("reinforce_plus_plus_baseline")), [
      1.5061601678782892, -0.21516573826832705, -0.21516573826832705, -1.0758286913416353, 0.8606629530733082, -0.8606629530733082,
    ], 7);
    // token-weighted whitening, as verl whitens over response tokens
    expectClose(computeAdvantages(r, [0, 4, 6], cfg("reinforce_plus_plus_baseline"), undefined, [1, 3, 2, 2, 4, 1]), [
      1.7148059123400947, -0.33507701735381157, -0.33507701735381157, -1.3600184822007646, 0.9460998137048798, -1.1037831159890263,
    ], 7);
  });
  test("an all-equal group has zero advantage (std 0 guarded by eps)", () => {
    expectClose(computeAdvantages([1, 1, 1, 1], offsets1, cfg("grpo")), [0, 0, 0, 0]);
  });
  test("a group of one has no baseline: advantage 0 (verl keeps r: a documented difference)", () => {
    for (const e of ["grpo", "dr_grpo", "rloo", "reinforce_plus_plus_baseline"] as const) expectClose(computeAdvantages([1.5], [0, 1], cfg(e)), [0]);
    // beside a real group [1, 0]: deviations [0 | 0.5, -0.5], batch mean 0, unbiased variance 0.25 -> [0, 1, -1]
    // (the group of one counts in the whitening statistics with deviation 0)
    expectClose(computeAdvantages([1.5, 1, 0], [0, 1, 3], cfg("reinforce_plus_plus_baseline")), [0, 1, -1], 6);
  });
  test("dynamic weight scales each group", () => {
    const a = computeAdvantages([...group, 1, 0], [0, 4, 6], cfg("dr_grpo"), [2, 0.5]);
    expectClose(a, [1.75, -0.25, -0.25, -1.25, 0.25, -0.25], 12);
  });
  test("sequence advantages are not clipped: the worker clamps token advantages once, after the KL returns", () => {
    expectClose(computeAdvantages([100, 0, 0, 0], offsets1, cfg("dr_grpo"), [1.8]), [135, -45, -45, -45], 12);
    expect(() => resolveAdvantageConfig({ clip: 10 } as never)).toThrow(/clip/);
  });
  test("config errors say what to use", () => {
    expect(() => resolveAdvantageConfig({ estimator: "ppo" as never })).toThrow(/algorithm\.estimator: unknown value "ppo"\. Use one of: grpo, dr_grpo, rloo, reinforce_plus_plus_baseline/);
    expect(() => resolveAdvantageConfig({ estimator: "gae" as never })).toThrow(/needs a critic/);
  });
});

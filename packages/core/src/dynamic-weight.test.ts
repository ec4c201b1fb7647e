import fc from "fast-check";
import { dynamicWeight, resolveDynamicWeightConfig } from "./dynamic-weight.js";

describe("dynamic weight, docs/method.md's table (sigma 1.8)", () => {
  test.each([
    [0, 0],
    [1 / 8, 0.7875],
    [2 / 8, 1.35],
    [3 / 8, 1.6875],
    [4 / 8, 1.8],
    [5 / 8, 1.6875],
    [6 / 8, 1.35],
    [7 / 8, 0.7875],
    [1, 0],
  ])("p = %d weighs %d", (p, w) => {
    expect(dynamicWeight(p)).toBeCloseTo(w, 12);
  });

  test("properties: 0 at p = 0 and 1, symmetric, peak sigma at 1/2 (fast-check)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (p, sigma) => {
        const w = dynamicWeight(p, sigma);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(dynamicWeight(0.5, sigma) + 1e-12);
        expect(w).toBeCloseTo(dynamicWeight(1 - p, sigma), 10);
        expect(dynamicWeight(0, sigma)).toBe(0);
        expect(dynamicWeight(1, sigma)).toBe(0);
        expect(dynamicWeight(0.5, sigma)).toBeCloseTo(sigma, 12);
      }),
    );
  });

  test("config defaults and errors", () => {
    expect(resolveDynamicWeightConfig()).toEqual({ enabled: true, sigma: 1.8 });
    expect(() => resolveDynamicWeightConfig({ sigma: "1.8" as never })).toThrow(/algorithm\.dynamic_weight\.sigma: expected a finite number/);
  });
});

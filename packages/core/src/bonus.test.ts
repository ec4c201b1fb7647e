import { bonusIndex, resolveBonusConfig } from "./bonus.js";

describe("bonus", () => {
  test("the shortest correct response, if at least minLength", () => {
    expect(bonusIndex([1, 1, 0, 1], [300, 150, 50, 200], 100)).toBe(1);
  });
  test("ties go to the lowest index", () => {
    expect(bonusIndex([0, 1, 1, 1], [10, 150, 150, 150], 100)).toBe(1);
  });
  test("floor applies to the single shortest: no fallback to the next one", () => {
    expect(bonusIndex([1, 1], [99, 500], 100)).toBe(-1);
    expect(bonusIndex([1, 1], [100, 500], 100)).toBe(0);
  });
  test("no correct response, no bonus (recipe bug fixed)", () => {
    expect(bonusIndex([0, 0, 0], [300, 200, 150], 100)).toBe(-1);
  });
  test("works on a sub-range, index relative to its start", () => {
    expect(bonusIndex([1, 1, 0, 1, 1], [120, 130, 100, 400, 300], 100, 2, 5)).toBe(2);
  });
  test("defaults and validation", () => {
    expect(resolveBonusConfig()).toEqual({ enabled: true, coef: 0.2, minLength: 100 });
    expect(() => resolveBonusConfig({ minLength: 10.5 })).toThrow(/algorithm\.bonus\.minLength: expected an integer/);
    expect(() => resolveBonusConfig({ coeff: 0.2 } as never)).toThrow(/algorithm\.bonus\.coeff: unknown key\. Did you mean "coef"/);
  });
});

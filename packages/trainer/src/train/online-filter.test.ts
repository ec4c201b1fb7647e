import { filterScores, groupsInBand } from "./online-filter.js";
import type { ScoredBatch } from "./scoring.js";

test("a group is kept when its mean score is strictly inside (filter_low, filter_high)", () => {
  // groups of 2: means 0, 0.5, 1, 0.01, 0.99
  const scores = [0, 0, 1, 0, 1, 1, 0.02, 0, 0.98, 1];
  expect(groupsInBand(scores, 2, 0.01, 0.99)).toEqual([false, true, false, false, false]);
  expect(groupsInBand(scores, 2, -1, 2)).toEqual([true, true, true, true, true]);
});

test("filter_key names a built-in score or a plug-in's sub-score; anything else is refused with the choices", () => {
  const f = (xs: number[]) => Float64Array.from(xs);
  const scored = { reward: f([1.5]), accuracy: f([1]), format: f([0.5]), extra: { judge: f([0.25]) } } as unknown as ScoredBatch;
  expect(Array.from(filterScores(scored, "overall"))).toEqual([1.5]);
  expect(Array.from(filterScores(scored, "accuracy"))).toEqual([1]);
  expect(Array.from(filterScores(scored, "judge"))).toEqual([0.25]);
  expect(() => filterScores(scored, "acc")).toThrow("algorithm.filter_key=acc: no such score; use one of overall, accuracy, format, judge");
});

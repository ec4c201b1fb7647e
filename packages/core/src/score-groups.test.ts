import { dynamicWeight } from "./dynamic-weight.js";
import { GroupScorer, resolveScoringConfig, scoreGroups } from "./score-groups.js";

const ok = (answer: string) => `<observe>o</observe><think>t</think><answer>${answer}</answer>`;
const noFormat = (answer: string) => `<answer>${answer}</answer>`;

describe("scoreGroups: one batch end to end, by hand", () => {
  // Group 0 (gold 12): 4 of 8 correct. Group 1 (gold B): 0 of 8 correct but some well-formed.
  const responses = [
    ok("12"), ok("12.0"), noFormat("12"), ok("13"), ok("x = 12"), ok("11"), noFormat("7"), ok("10"),
    ok("A"), ok("C"), noFormat("D"), ok("A or B"), ok("C"), ok("D"), ok("A"), ok("A"),
  ];
  const lengths = [300, 150, 120, 80, 150, 60, 500, 200, 100, 120, 130, 140, 150, 160, 170, 180];
  const out = scoreGroups({ responses, groundTruths: ["12", "B"], lengths, groupSize: 8 });

  test("format and accuracy per response", () => {
    expect(Array.from(out.format)).toEqual([0.5, 0.5, 0, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(out.accuracy)).toEqual([1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("bonus: shortest correct (index 2, 120 tokens, though format is 0); none in the all-wrong group", () => {
    expect(Array.from(out.bonusIndex)).toEqual([2, -1]);
    expect(out.bonus[2]).toBe(0.2);
    expect(out.bonus.reduce((a, b) => a + b, 0)).toBeCloseTo(0.2, 12);
  });

  test("rewards = accuracy + format + bonus", () => {
    expect(Array.from(out.reward.slice(0, 8))).toEqual([1.5, 1.5, 1.2, 0.5, 1.5, 0.5, 0, 0.5]);
  });

  test("p from accuracy before the bonus; weight 4*1.8*p*(1-p)", () => {
    expect(Array.from(out.groupAccuracy)).toEqual([0.5, 0]);
    expect(out.groupWeight[0]).toBeCloseTo(1.8, 12);
    expect(out.groupWeight[1]).toBe(0);
  });

  test("grpo advantages of group 0, scaled by 1.8; group 1 weighs 0", () => {
    const r = [1.5, 1.5, 1.2, 0.5, 1.5, 0.5, 0, 0.5];
    const mean = r.reduce((a, b) => a + b) / 8;
    const std = Math.sqrt(r.reduce((a, x) => a + (x - mean) ** 2, 0) / 7);
    r.forEach((x, i) => expect(out.advantage[i]).toBeCloseTo(((x - mean) / (std + 1e-9)) * 1.8, 12));
    for (let i = 8; i < 16; i++) expect(out.advantage[i]).toBe(0);
  });

  test("no data errors", () => {
    expect(out.dataErrors).toEqual([]);
  });
});

describe("scoreGroups edge cases", () => {
  test("an unparseable ground truth zeroes its group's accuracy and is reported", () => {
    const out = scoreGroups({ responses: [ok("1"), ok("2")], groundTruths: ["\\frac{1}{"], lengths: [200, 200], groupSize: 2 });
    expect(Array.from(out.accuracy)).toEqual([0, 0]);
    expect(out.dataErrors).toEqual([{ group: 0, message: expect.stringMatching(/cannot be parsed/) }]);
  });

  test("ragged groups through offsets", () => {
    const out = scoreGroups({ responses: [ok("1"), ok("2"), ok("3")], groundTruths: ["1", "3"], lengths: [100, 100, 100], offsets: [0, 2, 3] });
    expect(Array.from(out.groupAccuracy)).toEqual([0.5, 1]);
  });

  test("options off: no bonus, unit weights, lengths not required", () => {
    const cfg = resolveScoringConfig({ bonus: { enabled: false }, dynamicWeight: { enabled: false }, advantage: { estimator: "dr_grpo" } });
    const out = new GroupScorer(cfg).scoreGroups({ responses: [ok("1"), ok("2")], groundTruths: ["1"], groupSize: 2 });
    expect(Array.from(out.groupWeight)).toEqual([1]);
    expect(Array.from(out.advantage)).toEqual([0.5, -0.5]);
  });

  test("input errors say what to pass", () => {
    const s = new GroupScorer();
    expect(() => s.scoreGroups({ responses: [ok("1")], groundTruths: ["1"], groupSize: 1 })).toThrow(/needs response lengths/);
    expect(() => s.scoreGroups({ responses: [ok("1"), ok("1"), ok("1")], groundTruths: ["1"], lengths: [1, 1, 1], groupSize: 2 })).toThrow(/do not split into groups of 2/);
    expect(() => s.scoreGroups({ responses: [ok("1"), ok("1")], groundTruths: ["1", "2"], lengths: [1, 1], groupSize: 2 })).toThrow(/2 ground truths for 1 groups/);
  });

  test("finishGroups: plug-in rewards with accuracy; correctThreshold decides correctness", () => {
    const s = new GroupScorer({ correctThreshold: 0.5 });
    const out = s.finishGroups({ reward: [0.9, 0.2, 0.6, 0.1], accuracy: [0.9, 0.2, 0.6, 0.1], lengths: [150, 100, 120, 100], groupSize: 4 });
    expect(out.groupAccuracy[0]).toBe(0.5);
    expect(out.bonusIndex[0]).toBe(2);
    expect(out.groupWeight[0]).toBeCloseTo(dynamicWeight(0.5), 12);
  });

  test("config key errors are prefixed", () => {
    expect(() => resolveScoringConfig({ bonus: { coef: -1 } })).toThrow(/^algorithm\.bonus\.coef: must be >= 0/);
    expect(() => resolveScoringConfig({ dynamic_weight: {} } as never)).toThrow(/Did you mean "dynamicWeight"/);
  });

  test("the answer tag follows the format's tag name", () => {
    const out = scoreGroups(
      { responses: ["<observe>o</observe><think>t</think><final>4</final>"], groundTruths: ["4"], lengths: [100], groupSize: 1 },
      { format: { tags: { observe: "observe", think: "think", answer: "final" } } },
    );
    expect(out.format[0]).toBe(0.5);
    expect(out.accuracy[0]).toBe(1);
  });
});

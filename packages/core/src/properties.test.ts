// Property tests (fast-check) over the group arithmetic.
import fc from "fast-check";
import { computeAdvantages, resolveAdvantageConfig, ADVANTAGE_ESTIMATORS } from "./advantages.js";
import { GroupScorer } from "./score-groups.js";

const reward = fc.constantFrom(0, 0.5, 1, 1.5, 1.2, 1.7);
const groups = fc.array(fc.array(reward, { minLength: 2, maxLength: 10 }), { minLength: 1, maxLength: 6 });

function flatten(gs: number[][]): { rewards: number[]; offsets: number[] } {
  const offsets = [0];
  for (const g of gs) offsets.push(offsets[offsets.length - 1]! + g.length);
  return { rewards: gs.flat(), offsets };
}

describe("advantage properties", () => {
  test("sum to ~0 per group (grpo, dr_grpo, rloo) and per batch (reinforce_plus_plus_baseline)", () => {
    fc.assert(
      fc.property(groups, fc.constantFrom(...ADVANTAGE_ESTIMATORS), (gs, estimator) => {
        const { rewards, offsets } = flatten(gs);
        const a = computeAdvantages(rewards, offsets, resolveAdvantageConfig({ estimator }));
        if (estimator === "reinforce_plus_plus_baseline") {
          expect(Math.abs(a.reduce((x, y) => x + y, 0))).toBeLessThan(1e-6);
        } else {
          for (let g = 0; g < gs.length; g++) {
            let s = 0;
            for (let i = offsets[g]!; i < offsets[g + 1]!; i++) s += a[i]!;
            expect(Math.abs(s)).toBeLessThan(1e-9);
          }
        }
      }),
    );
  });

  test("grpo advantages have unit unbiased std in any non-constant group", () => {
    fc.assert(
      fc.property(fc.array(reward, { minLength: 2, maxLength: 12 }).filter((g) => new Set(g).size > 1), (g) => {
        const a = computeAdvantages(g, [0, g.length], resolveAdvantageConfig());
        const ss = a.reduce((s, x) => s + x * x, 0);
        expect(Math.sqrt(ss / (g.length - 1))).toBeCloseTo(1, 6);
      }),
    );
  });
});

describe("scoring properties", () => {
  const scorer = new GroupScorer();
  const wrap = (a: string, formatted: boolean) => (formatted ? `<observe>o</observe><think>t</think><answer>${a}</answer>` : `<answer>${a}</answer>`);
  // One group: per response (answer correct?, well-formed?, distinct length).
  const group = fc
    .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 2, maxLength: 10 })
    .chain((lengths) =>
      fc.tuple(fc.constant(lengths), fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: lengths.length, maxLength: lengths.length })),
    );

  test("bonus goes to at most one response per group, always a correct one of >= minLength tokens", () => {
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 5 }), (gs) => {
        const responses = gs.flatMap(([, rs]) => rs.map(([c, f]) => wrap(c ? "42" : "41", f)));
        const lengths = gs.flatMap(([l]) => l);
        const offsets = [0];
        for (const [l] of gs) offsets.push(offsets[offsets.length - 1]! + l.length);
        const out = scorer.scoreGroups({ responses, groundTruths: gs.map(() => "42"), lengths, offsets });
        for (let g = 0; g < gs.length; g++) {
          let winners = 0;
          for (let i = offsets[g]!; i < offsets[g + 1]!; i++) {
            if (out.bonus[i]! > 0) {
              winners++;
              expect(out.accuracy[i]).toBe(1);
              expect(lengths[i]).toBeGreaterThanOrEqual(100);
            }
          }
          expect(winners).toBeLessThanOrEqual(1);
          if (out.groupAccuracy[g] === 0) expect(winners).toBe(0);
        }
      }),
    );
  });

  test("permuting a group permutes its results (distinct lengths, so no tie-break applies)", () => {
    fc.assert(
      fc.property(
        group.chain(([l, rs]) => fc.tuple(fc.constant(l), fc.constant(rs), fc.shuffledSubarray(l.map((_, i) => i), { minLength: l.length, maxLength: l.length }))),
        ([lengths, rs, perm]) => {
          const responses = rs.map(([c, f]) => wrap(c ? "42" : "41", f));
          const a = scorer.scoreGroups({ responses, groundTruths: ["42"], lengths, groupSize: lengths.length });
          const b = scorer.scoreGroups({ responses: perm.map((i) => responses[i]!), groundTruths: ["42"], lengths: perm.map((i) => lengths[i]!), groupSize: lengths.length });
          perm.forEach((i, j) => {
            expect(b.reward[j]).toBe(a.reward[i]);
            expect(b.bonus[j]).toBe(a.bonus[i]);
            expect(b.advantage[j]).toBeCloseTo(a.advantage[i]!, 9);
          });
          expect(b.groupWeight[0]).toBe(a.groupWeight[0]);
        },
      ),
    );
  });

  test("all-correct and all-wrong groups get zero advantage under dynamic weighting", () => {
    fc.assert(
      fc.property(group, fc.boolean(), ([lengths, rs], allCorrect) => {
        const responses = rs.map(([, f]) => wrap(allCorrect ? "42" : "41", f));
        const out = scorer.scoreGroups({ responses, groundTruths: ["42"], lengths, groupSize: lengths.length });
        for (const a of out.advantage) expect(a).toBe(0);
      }),
    );
  });
});

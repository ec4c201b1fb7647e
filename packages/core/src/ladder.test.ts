import { buildLadder, measureSample, mixingPlan, quantile, type LadderEstimate } from "./ladder.js";
import { Rng } from "./rng.js";

// The paper's level shares (docs/method.md section 1), levels 0..8.
const PAPER_SHARES = [1.5, 3.5, 5, 7.5, 13.5, 15, 15, 20, 19];

/** Synthetic population: level drawn from the paper's shares, 8 rollouts, ~10% answered directly. */
function population(size: number, seed: number): LadderEstimate[] {
  const rng = Rng.fromSeed(seed);
  const total = PAPER_SHARES.reduce((a, b) => a + b);
  return Array.from({ length: size }, (_, i) => {
    let u = rng.next() * total;
    let level = 0;
    while (u > PAPER_SHARES[level]!) u -= PAPER_SHARES[level++]!;
    const correct = 8 - level;
    const base = 100 + 60 * level + rng.int(300);
    return {
      id: `s${i}`,
      directCorrect: rng.next() < 0.1,
      rollouts: Array.from({ length: 8 }, (_, j) => ({ correct: j < correct, length: base + rng.int(40) })),
    };
  });
}

describe("measureSample", () => {
  test("difficulty 1 - c/N, complexity = mean length, level = N - c", () => {
    const m = measureSample([
      { correct: true, length: 100 }, { correct: false, length: 300 }, { correct: true, length: 200 }, { correct: false, length: 400 },
    ]);
    expect(m).toEqual({ difficulty: 0.5, complexity: 250, level: 2 });
  });
});

describe("NeuraLadder on a synthetic population", () => {
  const estimates = population(4000, 7);
  const ladder = buildLadder(estimates, { seed: 1 });
  const byId = new Map(estimates.map((e) => [e.id, e]));

  test("nine levels, difficulty k/8", () => {
    expect(ladder.levels.map((l) => l.difficulty)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => k / 8));
    for (const e of ladder.entries) {
      const correct = byId.get(e.id)!.rollouts.filter((r) => r.correct).length;
      expect(e.difficulty).toBe(1 - correct / 8);
      expect(e.level).toBe(8 - correct);
    }
  });

  test("easy filter drops exactly the directly answered samples", () => {
    const easy = ladder.dropped.filter((d) => d.reason === "easy").map((d) => d.id).sort();
    expect(easy).toEqual(estimates.filter((e) => e.directCorrect).map((e) => e.id).sort());
    expect(ladder.entries.some((e) => byId.get(e.id)!.directCorrect)).toBe(false);
  });

  test("low-complexity filter drops difficulty-0 samples below the quantile, and nothing else", () => {
    const zero = estimates.filter((e) => !e.directCorrect && e.rollouts.every((r) => r.correct)).map((e) => measureSample(e.rollouts).complexity);
    const t = quantile(zero, 0.25);
    expect(ladder.lowComplexityThreshold).toBe(t);
    const low = ladder.dropped.filter((d) => d.reason === "low_complexity");
    expect(low.length).toBe(zero.filter((c) => c < t).length);
    expect(low.every((d) => d.difficulty === 0 && d.complexity < t)).toBe(true);
    expect(ladder.entries.filter((e) => e.difficulty === 0).every((e) => e.complexity >= t)).toBe(true);
  });

  test("difficulty-1 samples are kept and listed for review", () => {
    const hard = ladder.entries.filter((e) => e.difficulty === 1);
    expect(hard.length).toBeGreaterThan(0);
    expect(ladder.review).toEqual(hard.map((e) => e.id));
    expect(hard.every((e) => e.review)).toBe(true);
  });

  test("every sample is either in the ladder once or dropped once", () => {
    const ids = [...ladder.entries.map((e) => e.id), ...ladder.dropped.map((d) => d.id)];
    expect(new Set(ids).size).toBe(estimates.length);
    expect(ids.length).toBe(estimates.length);
    expect(ladder.levels.reduce((s, l) => s + l.kept, 0)).toBe(ladder.entries.length);
  });

  test("one stage per level, in order, each mostly its own level plus neighbours within 2", () => {
    expect(ladder.stages.map((s) => s.level)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const s of ladder.stages) {
      expect(s.ownShare).toBeGreaterThanOrEqual(0.5);
      expect(s.ownShare).toBeLessThanOrEqual(0.7);
      s.composition.forEach((count, level) => {
        if (Math.abs(level - s.level) > 2) expect(count).toBe(0);
      });
      const members = ladder.entries.filter((e) => e.stage === s.stage);
      expect(members.length).toBe(s.size);
    }
    // Training order is stage by stage.
    const stagesInOrder = ladder.entries.map((e) => e.stage);
    expect(stagesInOrder).toEqual([...stagesInOrder].sort((a, b) => a - b));
  });

  test("the shift is gradual: mean difficulty and complexity rise stage by stage", () => {
    const mean = (stage: number, f: (e: (typeof ladder.entries)[number]) => number) => {
      const m = ladder.entries.filter((e) => e.stage === stage);
      return m.reduce((s, e) => s + f(e), 0) / m.length;
    };
    for (let s = 1; s < ladder.stages.length; s++) {
      expect(mean(s, (e) => e.difficulty)).toBeGreaterThan(mean(s - 1, (e) => e.difficulty));
      expect(mean(s, (e) => e.complexity)).toBeGreaterThan(mean(s - 1, (e) => e.complexity));
    }
  });

  test("deterministic given a seed; another seed reorders within stages only", () => {
    expect(buildLadder(estimates, { seed: 1 })).toEqual(ladder);
    const other = buildLadder(estimates, { seed: 2 });
    expect(other.entries.map((e) => e.id)).not.toEqual(ladder.entries.map((e) => e.id));
    expect(other.stages).toEqual(ladder.stages);
  });

  test("without shuffling, a stage is sorted by difficulty then complexity", () => {
    const sorted = buildLadder(estimates, { shuffleWithinStage: false });
    for (const s of sorted.stages) {
      const m = sorted.entries.filter((e) => e.stage === s.stage);
      for (let i = 1; i < m.length; i++) {
        const a = m[i - 1]!;
        const b = m[i]!;
        expect(a.difficulty < b.difficulty || (a.difficulty === b.difficulty && a.complexity <= b.complexity)).toBe(true);
      }
    }
  });
});

describe("mixing plan", () => {
  test("with the paper's skewed level sizes every stage is exactly 60% own level", () => {
    const sizes = PAPER_SHARES.map((s) => s * 200);
    const plan = mixingPlan(sizes, 0.6, 2);
    plan.forEach((row, from) => expect(row.reduce((a, b) => a + b)).toBe(sizes[from]));
    for (let k = 0; k < sizes.length; k++) {
      const stage = plan.reduce((s, row) => s + row[k]!, 0);
      expect(plan[k]![k]! / stage).toBeCloseTo(0.6, 2);
    }
  });
  test("a lone level keeps everything; empty levels receive nothing", () => {
    expect(mixingPlan([0, 10, 0, 0, 0], 0.6, 2)).toEqual([[0, 0, 0, 0, 0], [0, 10, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
  });
});

describe("ladder input errors", () => {
  test("a sample with the wrong number of rollouts is named", () => {
    expect(() => buildLadder([{ id: "q7", rollouts: [{ correct: true, length: 10 }] }])).toThrow(/sample "q7" \(estimate #0\) has 1 rollouts, expected 8/);
  });
  test("duplicate ids are rejected", () => {
    const r = Array.from({ length: 8 }, () => ({ correct: true, length: 1 }));
    expect(() => buildLadder([{ id: 1, rollouts: r }, { id: 1, rollouts: r }])).toThrow(/duplicate sample id 1/);
  });
  test("config keys are checked", () => {
    expect(() => buildLadder([], { ownShare: 1.5 })).toThrow(/data\.curriculum\.ownShare: must be <= 1/);
  });
});

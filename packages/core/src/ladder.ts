/**
 * NeuraLadder (docs/method.md section 1): from per-sample estimation results to a
 * dataset ordered from easy to hard, cut into stages that mix neighbouring
 * difficulty levels.
 *
 * difficulty = 1 - c/N (c correct of N reasoning rollouts), complexity = mean
 * response length. Level k holds difficulty k/N. Samples the model answers
 * directly are dropped (easy filter), difficulty-0 samples below a complexity
 * quantile are dropped, difficulty-1 samples are kept and listed for review.
 *
 * Mixing: stage k keeps `ownShare` of level k's samples and trades the rest with
 * levels within `radius` (up to four neighbours at radius 2). Transfers are
 * balanced so every stage ends up with exactly `ownShare` own samples where
 * neighbours allow it: the paper's skewed level sizes would otherwise flood the
 * small easy stages. A level gives its least complex samples to the stages below
 * and its most complex ones to the stages above, so the ladder rises in both
 * difficulty and complexity. Within a stage samples are shuffled (seeded) so
 * every rollout batch sees the stage's mix.
 */
import { checkBoolean, checkKnownKeys, checkNumber, CoreInputError } from "./errors.js";
import { Rng } from "./rng.js";

export interface RolloutResult {
  correct: boolean;
  /** Response length in tokens. */
  length: number;
}

export interface LadderEstimate {
  id: string | number;
  /** Direct-answer check ("Please only give the final answer"); absent when it was not run. */
  directCorrect?: boolean;
  /** The N reasoning rollouts. */
  rollouts: readonly RolloutResult[];
}

export interface LadderConfig {
  /** N, the reasoning rollouts per sample (difficulty levels are 0, 1/N, ..., 1). */
  rollouts: number;
  /** Drop samples answered correctly without reasoning. */
  easyFilter: boolean;
  /** Drop difficulty-0 samples whose complexity is below this quantile of difficulty-0 complexities (0 = keep all). */
  lowComplexityQuantile: number;
  /** Fraction of a stage drawn from its own level (the paper: about 50-70%). */
  ownShare: number;
  /** Levels within this distance may share samples (2 = up to four neighbours). */
  radius: number;
  shuffleWithinStage: boolean;
  seed: number;
}

// docs/method.md gives no number for the low-complexity quantile; 0.25 drops the shortest quarter.
export const DEFAULT_LADDER_CONFIG: Readonly<LadderConfig> = Object.freeze({
  rollouts: 8,
  easyFilter: true,
  lowComplexityQuantile: 0.25,
  ownShare: 0.6,
  radius: 2,
  shuffleWithinStage: true,
  seed: 0,
});

export function resolveLadderConfig(partial: Partial<LadderConfig> = {}, key = "data.curriculum"): LadderConfig {
  checkKnownKeys(partial, Object.keys(DEFAULT_LADDER_CONFIG), key);
  const d = DEFAULT_LADDER_CONFIG;
  return {
    rollouts: checkNumber(partial.rollouts ?? d.rollouts, `${key}.rollouts`, { min: 1, integer: true }),
    easyFilter: checkBoolean(partial.easyFilter ?? d.easyFilter, `${key}.easyFilter`),
    lowComplexityQuantile: checkNumber(partial.lowComplexityQuantile ?? d.lowComplexityQuantile, `${key}.lowComplexityQuantile`, { min: 0, max: 1 }),
    ownShare: checkNumber(partial.ownShare ?? d.ownShare, `${key}.ownShare`, { min: 0, max: 1, exclusiveMin: true }),
    radius: checkNumber(partial.radius ?? d.radius, `${key}.radius`, { min: 0, integer: true }),
    shuffleWithinStage: checkBoolean(partial.shuffleWithinStage ?? d.shuffleWithinStage, `${key}.shuffleWithinStage`),
    seed: checkNumber(partial.seed ?? d.seed, `${key}.seed`, { integer: true }),
  };
}

export interface SampleDifficulty {
  difficulty: number;
  complexity: number;
  /** Level index: N - correct, so 0 is easiest. */
  level: number;
}

/** Difficulty and complexity of one sample's N rollouts. */
export function measureSample(rollouts: readonly RolloutResult[]): SampleDifficulty {
  const n = rollouts.length;
  if (n === 0) throw new CoreInputError("a sample needs at least one rollout to measure difficulty");
  let c = 0;
  let len = 0;
  for (const r of rollouts) {
    if (r.correct) c++;
    len += r.length;
  }
  return { difficulty: 1 - c / n, complexity: len / n, level: n - c };
}

export interface LadderEntry extends SampleDifficulty {
  id: string | number;
  stage: number;
  /** Difficulty 1: nobody solved it; the answer key may be wrong. */
  review: boolean;
}

export interface DroppedSample {
  id: string | number;
  reason: "easy" | "low_complexity";
  difficulty: number;
  complexity: number;
}

export interface LevelSummary {
  level: number;
  difficulty: number;
  estimated: number;
  droppedEasy: number;
  droppedLowComplexity: number;
  kept: number;
}

export interface StageSummary {
  stage: number;
  /** The level this stage is built around. */
  level: number;
  size: number;
  /** Samples per level (index = level). */
  composition: number[];
  /** Fraction of the stage from its own level. */
  ownShare: number;
}

export interface Ladder {
  /** Training order: stage 0 first. */
  entries: LadderEntry[];
  dropped: DroppedSample[];
  /** Ids of difficulty-1 samples (kept, listed for a human to check the answer key). */
  review: (string | number)[];
  levels: LevelSummary[];
  stages: StageSummary[];
  /** Difficulty-0 complexity below which samples were dropped (null when none were considered). */
  lowComplexityThreshold: number | null;
}

export function buildLadder(estimates: readonly LadderEstimate[], config: Partial<LadderConfig> = {}): Ladder {
  const cfg = resolveLadderConfig(config);
  const N = cfg.rollouts;
  const levels = N + 1;
  const seenIds = new Set<string | number>();
  const measured = estimates.map((e, index) => {
    if (seenIds.has(e.id)) throw new CoreInputError(`duplicate sample id ${JSON.stringify(e.id)} (estimate #${index})`);
    seenIds.add(e.id);
    if (e.rollouts.length !== N) {
      throw new CoreInputError(
        `sample ${JSON.stringify(e.id)} (estimate #${index}) has ${e.rollouts.length} rollouts, expected ${N}; finish its estimation or set data.curriculum.rollouts`,
      );
    }
    for (const [j, r] of e.rollouts.entries()) {
      if (!(Number.isFinite(r.length) && r.length >= 0)) {
        throw new CoreInputError(`sample ${JSON.stringify(e.id)} rollout #${j} has length ${r.length}; lengths are token counts >= 0`);
      }
    }
    return { id: e.id, index, direct: e.directCorrect === true, ...measureSample(e.rollouts) };
  });

  const summary: LevelSummary[] = Array.from({ length: levels }, (_, level) => ({
    level, difficulty: level / N, estimated: 0, droppedEasy: 0, droppedLowComplexity: 0, kept: 0,
  }));
  const dropped: DroppedSample[] = [];
  const drop = (m: (typeof measured)[number], reason: DroppedSample["reason"]) => {
    dropped.push({ id: m.id, reason, difficulty: m.difficulty, complexity: m.complexity });
    if (reason === "easy") summary[m.level]!.droppedEasy++;
    else summary[m.level]!.droppedLowComplexity++;
  };

  let kept = [];
  for (const m of measured) {
    summary[m.level]!.estimated++;
    if (cfg.easyFilter && m.direct) drop(m, "easy");
    else kept.push(m);
  }

  let threshold: number | null = null;
  const zero = kept.filter((m) => m.level === 0).map((m) => m.complexity);
  if (zero.length > 0 && cfg.lowComplexityQuantile > 0) {
    const t = quantile(zero, cfg.lowComplexityQuantile);
    threshold = t;
    kept = kept.filter((m) => {
      if (m.level === 0 && m.complexity < t) {
        drop(m, "low_complexity");
        return false;
      }
      return true;
    });
  }

  // Order: difficulty, then complexity, then input order (stable and seed-free).
  kept.sort((a, b) => a.level - b.level || a.complexity - b.complexity || a.index - b.index);
  const byLevel: (typeof kept)[] = Array.from({ length: levels }, () => []);
  for (const m of kept) byLevel[m.level]!.push(m);
  for (let l = 0; l < levels; l++) summary[l]!.kept = byLevel[l]!.length;

  const sizes = byLevel.map((b) => b.length);
  const present = sizes.map((n, l) => (n > 0 ? l : -1)).filter((l) => l >= 0);
  const transfer = mixingPlan(sizes, cfg.ownShare, cfg.radius);

  // Stage index = rank of its level among non-empty levels.
  const stageOfLevel = new Map(present.map((l, s) => [l, s]));
  const stageMembers: (typeof kept)[] = present.map(() => []);
  for (const from of present) {
    const members = byLevel[from]!;
    let cursor = 0;
    // Ascending target level: the least complex samples go down, the most complex go up.
    for (let to = 0; to < levels; to++) {
      const count = transfer[from]![to]!;
      if (count === 0) continue;
      stageMembers[stageOfLevel.get(to)!]!.push(...members.slice(cursor, cursor + count));
      cursor += count;
    }
  }

  const rng = Rng.fromSeed(cfg.seed);
  const entries: LadderEntry[] = [];
  const stages: StageSummary[] = [];
  stageMembers.forEach((members, stage) => {
    const level = present[stage]!;
    if (cfg.shuffleWithinStage) rng.shuffle(members);
    else members.sort((a, b) => a.level - b.level || a.complexity - b.complexity || a.index - b.index);
    const composition = new Array<number>(levels).fill(0);
    for (const m of members) {
      composition[m.level]!++;
      entries.push({ id: m.id, difficulty: m.difficulty, complexity: m.complexity, level: m.level, stage, review: m.level === N });
    }
    stages.push({ stage, level, size: members.length, composition, ownShare: members.length ? composition[level]! / members.length : 0 });
  });

  return {
    entries,
    dropped,
    review: entries.filter((e) => e.review).map((e) => e.id),
    levels: summary,
    stages,
    lowComplexityThreshold: threshold,
  };
}

/**
 * transfer[from][to]: how many samples of level `from` go to the stage of level
 * `to`. Each level keeps round(ownShare * n) and spreads the rest over levels
 * within `radius` (nearer ones weigh double). A multiplicative correction per
 * receiving stage (a few dozen rounds, levels are few) balances what a stage
 * receives against what it keeps, so a stage's own share comes out at ownShare.
 */
export function mixingPlan(sizes: readonly number[], ownShare: number, radius: number): number[][] {
  const L = sizes.length;
  const weight = (d: number) => (d === 0 || d > radius ? 0 : radius - d + 1);
  const neighbours = sizes.map((_, l) => sizes.map((n, k) => (k !== l && n > 0 && weight(Math.abs(k - l)) > 0 ? k : -1)).filter((k) => k >= 0));
  const boost = new Array<number>(L).fill(1);
  let real: number[][] = [];
  for (let round = 0; round < 60; round++) {
    real = sizes.map((n, from) => {
      const row = new Array<number>(L).fill(0);
      const nb = neighbours[from]!;
      if (n === 0) return row;
      if (nb.length === 0) {
        row[from] = n; // nobody to trade with
        return row;
      }
      row[from] = ownShare * n;
      let z = 0;
      for (const k of nb) z += boost[k]! * sizes[k]! * weight(Math.abs(k - from));
      for (const k of nb) row[k] = ((1 - ownShare) * n * boost[k]! * sizes[k]! * weight(Math.abs(k - from))) / z;
      return row;
    });
    for (let k = 0; k < L; k++) {
      let incoming = 0;
      for (let from = 0; from < L; from++) if (from !== k) incoming += real[from]![k]!;
      const wanted = (real[k]![k]! * (1 - ownShare)) / ownShare;
      if (incoming > 0 && wanted > 0) boost[k]! *= Math.sqrt(wanted / incoming);
    }
  }
  return real.map((row, from) => roundPreservingSum(row, sizes[from]!));
}

/** Largest-remainder rounding: integers summing to `total`, ties to the lower index. */
function roundPreservingSum(values: readonly number[], total: number): number[] {
  const floors = values.map(Math.floor);
  let rest = total - floors.reduce((a, b) => a + b, 0);
  const order = values.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    floors[i]!++;
    rest--;
  }
  return floors;
}

/** Linear-interpolation quantile (numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

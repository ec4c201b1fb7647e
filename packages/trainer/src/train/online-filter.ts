// Online filtering (DAPO's dynamic sampling, EasyR1's algorithm.online_filtering): groups whose
// mean score is outside the band teach nothing (all right or all wrong: every advantage is 0), so
// they are dropped and more prompts are generated until the rollout batch is full.
import type { ScoredBatch } from "./scoring.js";

/** The per-response score that algorithm.filter_key names: overall (the reward), accuracy, format, or a plug-in's sub-score. */
export function filterScores(scored: ScoredBatch, key: string): ArrayLike<number> {
  const builtIn: Record<string, ArrayLike<number>> = { overall: scored.reward, accuracy: scored.accuracy, format: scored.format };
  const values = builtIn[key] ?? scored.extra[key];
  if (!values) {
    throw new Error(`algorithm.filter_key=${key}: no such score; use one of ${[...Object.keys(builtIn), ...Object.keys(scored.extra)].join(", ")}`);
  }
  return values;
}

/** Per group of n: true when its mean score lies strictly inside (low, high), EasyR1's test. */
export function groupsInBand(scores: ArrayLike<number>, n: number, low: number, high: number): boolean[] {
  return Array.from({ length: scores.length / n }, (_, g) => {
    let s = 0;
    for (let i = g * n; i < (g + 1) * n; i++) s += scores[i]!;
    const m = s / n;
    return m > low && m < high;
  });
}

/** Steps in a row with every group filtered out before the run stops and says why. */
export const MAX_EMPTY_STEPS_IN_A_ROW = 5;

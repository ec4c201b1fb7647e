// metrics.jsonl (one line per step, verl/EasyR1 metric names) and small helpers.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const METRICS_FILE = "metrics.jsonl";

export type Metrics = Record<string, number>;

export const mean = (xs: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return xs.length ? s / xs.length : 0;
};

/** The mean over all items of parts whose means and sizes are given (0 when there is no item). */
export function weightedMean(means: readonly number[], counts: readonly number[]): number {
  let sum = 0;
  let n = 0;
  means.forEach((m, i) => {
    sum += m * counts[i]!;
    n += counts[i]!;
  });
  return n ? sum / n : 0;
}

/** Mean of `values` grouped by `keys` (e.g. accuracy per difficulty level), as metric entries. */
export function meanBy(prefix: string, keys: Array<string | undefined>, values: ArrayLike<number>): Metrics {
  const sums = new Map<string, [number, number]>();
  keys.forEach((k, i) => {
    if (k === undefined) return;
    const e = sums.get(k) ?? [0, 0];
    e[0] += values[i]!;
    e[1] += 1;
    sums.set(k, e);
  });
  return Object.fromEntries([...sums].sort().map(([k, [s, c]]) => [`${prefix}/${k}`, s / c]));
}

/** Difficulty levels print with three decimals ("0.125") so metric names sort and match across runs. */
export function levelKey(value: unknown): string | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value.toFixed(3) : undefined;
}

export class MetricsWriter {
  readonly path: string;

  constructor(runDir: string) {
    this.path = join(runDir, METRICS_FILE);
  }

  /**
   * On resume, drop lines past the restored step so the curve continues as if never stopped;
   * on a new run (step -1), drop them all: a crashed attempt's step-0 validation must not stay twice.
   */
  truncateAfter(step: number): void {
    if (!existsSync(this.path)) return;
    const kept = readFileSync(this.path, "utf8").split("\n").filter((line) => {
      if (!line.trim()) return false;
      try {
        return (JSON.parse(line) as { step?: number }).step! <= step;
      } catch {
        return false; // a line cut short by a crash
      }
    });
    writeFileSync(this.path, kept.map((l) => l + "\n").join(""));
  }

  write(step: number, metrics: Metrics): void {
    appendFileSync(this.path, JSON.stringify({ step, ...metrics }) + "\n");
  }
}

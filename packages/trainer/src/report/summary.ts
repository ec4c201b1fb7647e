// The figures at the top of the report: how far the run got and where its key metrics ended and peaked.
import { points } from "./charts.js";
import type { MetricRow } from "./metrics.js";
import type { EvalResult } from "./run-dir.js";

export interface Figure {
  metric: string;
  final: number;
  finalStep: number;
  /** Only for metrics where higher is plainly better (rewards, accuracies). */
  best?: { value: number; step: number };
}

export interface EvalRow {
  label: string;
  before?: number;
  after?: number;
}

/** [key, higher is better]. */
const HEADLINE: Array<[string, boolean]> = [
  ["reward/overall", true],
  ["reward/accuracy", true],
  ["reward/format", true],
  ["val/accuracy", true],
  ["val/format", true],
  ["response_length/mean", false],
  ["actor/kl", false],
  ["curriculum/stage", false],
];

export function headlineFigures(rows: MetricRow[]): Figure[] {
  const out: Figure[] = [];
  for (const [metric, higherIsBetter] of HEADLINE) {
    const pts = points(rows, metric);
    const last = pts.at(-1);
    if (!last) continue;
    const figure: Figure = { metric, final: last[1], finalStep: last[0] };
    if (higherIsBetter) {
      // The first step reaching the maximum: when the run got there.
      const best = pts.reduce((b, p) => (p[1] > b[1] ? p : b));
      figure.best = { value: best[1], step: best[0] };
    }
    out.push(figure);
  }
  return out;
}

/** Wall time the run logged, summed over steps: the cost side of the curves. */
export function totalStepSeconds(rows: MetricRow[]): number | undefined {
  const pts = points(rows, "timing_s/step");
  return pts.length ? pts.reduce((s, p) => s + p[1], 0) : undefined;
}

/** Before/after rows for every figure either eval reports, overall first, then per level and per source. */
export function evalRows(before?: EvalResult, after?: EvalResult): EvalRow[] {
  if (!before && !after) return [];
  const rows: EvalRow[] = [];
  for (const key of ["accuracy", "format", "response_length"] as const) {
    const row = { label: key, before: num(before?.[key]), after: num(after?.[key]) };
    if (row.before !== undefined || row.after !== undefined) rows.push(row);
  }
  for (const [field, label] of [["by_level", "accuracy, level"], ["by_source", "accuracy,"]] as const) {
    const names = new Set([...Object.keys(before?.[field] ?? {}), ...Object.keys(after?.[field] ?? {})]);
    const sorted = [...names].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
    for (const name of sorted) {
      const row = { label: `${label} ${name}`, before: rate(before?.[field]?.[name]), after: rate(after?.[field]?.[name]) };
      if (row.before !== undefined || row.after !== undefined) rows.push(row);
    }
  }
  return rows;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** A breakdown entry is either the rate itself or `{accuracy, n, ...}`. */
function rate(v: unknown): number | undefined {
  if (typeof v === "object" && v !== null) return num((v as { accuracy?: unknown }).accuracy);
  return num(v);
}

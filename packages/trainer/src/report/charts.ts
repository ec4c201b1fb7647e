// Which curves the report draws, from which metrics.jsonl keys (the EasyR1/verl names the trainer logs).
import type { MetricRow } from "./metrics.js";
import { categorical, sequential } from "./palette.js";
import type { LineChartSpec, ChartSeries } from "./svg-chart.js";

const X_LABEL = "training step";

/**
 * The report's charts, in page order. The core charts are always there (with a "no data" note when a
 * key was never logged) so their ids are stable; extra charts appear only when their metrics exist.
 */
export function buildCharts(rows: MetricRow[]): LineChartSpec[] {
  const keys = keysInOrder(rows);
  const plain = (names: Array<[key: string, label: string]>) =>
    names.map(([key, label], i) => ({ name: label, points: points(rows, key), color: categorical(i) }));
  const missing = (what: string) => `no ${what} in metrics.jsonl yet`;

  const charts: LineChartSpec[] = [
    {
      id: "chart-reward", title: "Reward parts", yLabel: "mean reward", xLabel: X_LABEL, yInclude: [0],
      series: plain([["reward/overall", "overall"], ["reward/format", "format"], ["reward/accuracy", "accuracy"], ["reward/bonus", "bonus"]]),
      emptyMessage: missing("reward/* metrics"),
    },
    {
      id: "chart-accuracy", title: "Accuracy: train and validation", yLabel: "accuracy", xLabel: X_LABEL, yInclude: [0, 1],
      series: plain([["reward/accuracy", "train (reward/accuracy)"], ["val/accuracy", "validation (val/accuracy)"]]),
      emptyMessage: missing("reward/accuracy or val/accuracy"),
    },
    {
      id: "chart-response-length", title: "Response length", yLabel: "tokens", xLabel: X_LABEL, yInclude: [0],
      series: plain([["response_length/mean", "train mean"], ["response_length/max", "train max"], ["val/response_length", "validation mean"]]),
      emptyMessage: missing("response_length/* metrics"),
    },
    {
      id: "chart-kl", title: "KL to the reference policy", yLabel: "KL", xLabel: X_LABEL, yInclude: [0],
      series: plain([["actor/kl", "actor/kl"]]),
      emptyMessage: missing("actor/kl (KL off?)"),
    },
    {
      id: "chart-level-accuracy", title: "Train accuracy by difficulty level", yLabel: "accuracy", xLabel: X_LABEL, yInclude: [0, 1],
      series: byLevel(rows, keys, "accuracy_by_level/"),
      emptyMessage: missing("accuracy_by_level/* metrics"),
    },
  ];
  const valLevels = byLevel(rows, keys, "val/accuracy_by_level/");
  if (valLevels.length) {
    charts.push({
      id: "chart-val-level-accuracy", title: "Validation accuracy by difficulty level", yLabel: "accuracy", xLabel: X_LABEL,
      yInclude: [0, 1], series: valLevels,
    });
  }
  charts.push(
    {
      id: "chart-curriculum", title: "Curriculum stage", yLabel: "stage", xLabel: X_LABEL, curve: "step", integerY: true,
      series: plain([["curriculum/stage", "curriculum/stage"]]),
      emptyMessage: missing("curriculum/stage"),
    },
    {
      id: "chart-timing", title: "Time per step, by phase", yLabel: "seconds", xLabel: X_LABEL, yInclude: [0],
      // Logged order is pipeline order (gen, reward, ..., update, step), which is the order to read them in.
      series: plain(keys.filter((k) => k.startsWith("timing_s/")).map((k) => [k, k.slice("timing_s/".length)])),
      emptyMessage: missing("timing_s/* metrics"),
    },
  );
  // Peak memory (verl's perf/*_gb, per device, maximum over ranks): only when a run logged it.
  const memory = MEMORY_KEYS.filter(([key]) => keys.includes(key));
  if (memory.length) {
    charts.push({
      id: "chart-memory", title: "Peak memory per device", yLabel: "GiB", xLabel: X_LABEL, yInclude: [0],
      series: plain(memory),
    });
  }
  return charts;
}

const MEMORY_KEYS: Array<[key: string, label: string]> = [
  ["perf/max_memory_allocated_gb", "GPU allocated"],
  ["perf/max_memory_reserved_gb", "GPU reserved"],
  ["perf/cpu_memory_used_gb", "CPU resident (rank 0)"],
];

/** Points of one metric; steps where it was missing or NaN are left out, and the line joins across them. */
export function points(rows: MetricRow[], key: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const row of rows) {
    const v = row.values.get(key);
    if (typeof v === "number") out.push([row.step, v]);
  }
  return out;
}

/** Every key, in the order it first appears. */
function keysInOrder(rows: MetricRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const k of row.values.keys()) seen.add(k);
  return [...seen];
}

/** One series per level, easiest first, coloured along a ramp. */
function byLevel(rows: MetricRow[], keys: string[], prefix: string): ChartSeries[] {
  const levels = keys
    .filter((k) => k.startsWith(prefix))
    .map((k) => ({ key: k, level: k.slice(prefix.length) }))
    .sort((a, b) => Number(a.level) - Number(b.level) || a.level.localeCompare(b.level));
  return levels.map(({ key, level }, i) => ({ name: `level ${level}`, points: points(rows, key), color: sequential(i, levels.length) }));
}

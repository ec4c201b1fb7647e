// Training report: charts of a run's metrics.jsonl as report.html plus one SVG per chart.
// Only report-specific names leave the package, so `export *` in the trainer's index cannot clash.
export { ReportInputError } from "./errors.js";
export { type ChartSeries, type LineChartSpec, lineChart } from "./svg-chart.js";
export { type ReportOptions, type ReportPaths, writeReport } from "./write-report.js";

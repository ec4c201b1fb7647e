// `writeReport(runDir)`: reads a run directory, writes report.html and one .svg per chart next to it.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCharts } from "./charts.js";
import { renderPage } from "./page.js";
import { readRunDir } from "./run-dir.js";
import { evalRows, headlineFigures, totalStepSeconds } from "./summary.js";
import { lineChart } from "./svg-chart.js";

export interface ReportOptions {
  /** Where warnings go (a skipped truncated line, an unreadable eval file); default console.warn. */
  warn?: (message: string) => void;
}

export interface ReportPaths {
  /** RUN_DIR/report.html */
  html: string;
  /** RUN_DIR/report/<chart id>.svg, in page order. */
  svgs: string[];
}

export function writeReport(runDir: string, opts: ReportOptions = {}): ReportPaths {
  const notes: string[] = [];
  const warn = (m: string) => {
    notes.push(m);
    (opts.warn ?? console.warn)(m);
  };
  const run = readRunDir(runDir, warn);
  const charts = buildCharts(run.rows).map((spec) => ({ id: spec.id, svg: lineChart(spec), file: `report/${spec.id}.svg` }));

  const svgDir = join(run.runDir, "report");
  mkdirSync(svgDir, { recursive: true });
  const svgs = charts.map((ch) => {
    const path = join(run.runDir, ch.file);
    writeAtomic(path, `<?xml version="1.0" encoding="UTF-8"?>\n${ch.svg}\n`);
    return path;
  });

  const html = renderPage({
    runName: run.runName,
    runDir: run.runDir,
    stepCount: run.rows.length,
    firstStep: run.rows[0]?.step,
    lastStep: run.rows.at(-1)?.step,
    totalSeconds: totalStepSeconds(run.rows),
    figures: headlineFigures(run.rows),
    evalRows: evalRows(run.evalBefore, run.evalAfter),
    notes,
    charts,
  });
  const htmlPath = join(run.runDir, "report.html");
  writeAtomic(htmlPath, html);
  return { html: htmlPath, svgs };
}

/** Someone may have the page open or be re-running the report while a run goes on: never leave half a file. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

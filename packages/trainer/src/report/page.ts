// Assembles report.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched),
// so it can be mailed, attached to an issue or opened from a cluster's scratch disk as is.
import { escapeXml } from "./escape.js";
import type { EvalRow, Figure } from "./summary.js";
import { formatValue } from "./ticks.js";

export interface PageContent {
  runName: string;
  runDir: string;
  stepCount: number;
  firstStep?: number;
  lastStep?: number;
  totalSeconds?: number;
  figures: Figure[];
  evalRows: EvalRow[];
  /** Problems the reader should know about, e.g. a skipped truncated line. */
  notes: string[];
  charts: Array<{ id: string; svg: string; file: string }>;
}

const CSS = `
body { font-family: system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; color: #222; margin: 24px auto; max-width: 1500px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
.meta { color: #555; margin: 0 0 12px; }
.tables { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 3px 10px; border-bottom: 1px solid #e6e6e6; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { font-weight: 600; background: #f6f6f6; }
.up { color: #2e7d32; } .down { color: #c62828; }
.notes { background: #fff8e1; border: 1px solid #f0d98c; padding: 8px 12px; font-size: 13px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid #e6e6e6; border-radius: 4px; padding: 4px; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 12px; color: #666; padding: 2px 6px; }
`;

export function renderPage(c: PageContent): string {
  const range = !c.stepCount ? "" : c.firstStep === c.lastStep ? ` (step ${c.firstStep})` : ` (steps ${c.firstStep}–${c.lastStep})`;
  const time = c.totalSeconds !== undefined ? `, ${formatDuration(c.totalSeconds)} of logged step time` : "";
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(c.runName)}: Observe-R1 training report</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeXml(c.runName)}</h1>`,
    `<p class="meta">${c.stepCount} step${c.stepCount === 1 ? "" : "s"} logged${range}${time} · ${escapeXml(c.runDir)}</p>`,
    c.notes.length ? `<div class="notes">${c.notes.map((n) => `<div>${escapeXml(n)}</div>`).join("")}</div>` : "",
    '<div class="tables">',
    figuresTable(c.figures),
    evalTable(c.evalRows),
    "</div>",
    "<h2>Curves</h2>",
    '<div class="charts">',
    ...c.charts.map(
      (ch) => `<figure>\n${ch.svg}\n<figcaption><a href="${escapeXml(ch.file)}">${escapeXml(ch.file)}</a></figcaption>\n</figure>`,
    ),
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function figuresTable(figures: Figure[]): string {
  if (!figures.length) return "";
  const rows = figures.map((f) => {
    const best = f.best ? `${formatValue(f.best.value)} <small>(step ${f.best.step})</small>` : "";
    return `<tr><td>${escapeXml(f.metric)}</td><td>${formatValue(f.final)} <small>(step ${f.finalStep})</small></td><td>${best}</td></tr>`;
  });
  return `<table id="summary-figures"><tr><th>metric</th><th>final</th><th>best</th></tr>${rows.join("")}</table>`;
}

function evalTable(rows: EvalRow[]): string {
  if (!rows.length) return "";
  const cell = (v?: number) => (v === undefined ? "–" : formatValue(v));
  const body = rows.map((r) => {
    let change = "";
    if (r.before !== undefined && r.after !== undefined) {
      const d = r.after - r.before;
      // Longer answers are not "better", so only rates get a colour.
      const cls = r.label === "response_length" || d === 0 ? "" : d > 0 ? "up" : "down";
      change = `<span class="${cls}">${d > 0 ? "+" : ""}${formatValue(d)}</span>`;
    }
    return `<tr><td>${escapeXml(r.label)}</td><td>${cell(r.before)}</td><td>${cell(r.after)}</td><td>${change}</td></tr>`;
  });
  return `<table id="summary-eval"><tr><th>held-out eval</th><th>before RL</th><th>after RL</th><th>change</th></tr>${body.join("")}</table>`;
}

function formatDuration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

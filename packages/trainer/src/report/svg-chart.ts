// A line chart as a standalone SVG string: several series, axes with round ticks, a legend.
// Styling is in presentation attributes, not CSS, so the same markup renders alike inline in the
// report page and as a lone .svg file pasted into a paper or an issue.
import { escapeXml } from "./escape.js";
import { type Axis, formatTick, niceAxis } from "./ticks.js";

export interface ChartSeries {
  name: string;
  /** [x, y] pairs, sorted by x. */
  points: Array<[number, number]>;
  color: string;
}

export interface LineChartSpec {
  /** Stable element id, e.g. "chart-reward"; also the .svg file name. */
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  /** "step" holds each value until the next point (a curriculum stage is a level, not a slope). */
  curve?: "linear" | "step";
  /** Values the y axis always covers, e.g. [0, 1] for rates, so charts of rates compare at a glance. */
  yInclude?: number[];
  integerY?: boolean;
  /** Shown instead of the plot when no series has a point. */
  emptyMessage?: string;
  width?: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
const INK = "#333";
const GRID = "#e4e4e4";
const PLOT_HEIGHT = 260;
const MARGIN = { top: 36, right: 20, bottom: 44, left: 64 };
const LEGEND_ROW = 18;
/** Sparse series (validation every N steps) get dots so single points are visible. */
const MAX_POINTS_WITH_MARKERS = 40;

export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 720;
  const plotW = width - MARGIN.left - MARGIN.right;
  const series = spec.series.filter((s) => s.points.length > 0);
  const legend = layoutLegend(series, plotW);
  const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom + legend.rows * LEGEND_ROW + (legend.rows ? 6 : 0);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(spec.id)}" class="chart" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="12" fill="${INK}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="15" font-weight="600">${escapeXml(spec.title)}</text>`,
  );

  if (series.length === 0) {
    const msg = spec.emptyMessage ?? "no data";
    out.push(
      `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${PLOT_HEIGHT}" fill="none" stroke="${GRID}"/>`,
      `<text class="empty" x="${MARGIN.left + plotW / 2}" y="${MARGIN.top + PLOT_HEIGHT / 2}" text-anchor="middle" fill="#777">${escapeXml(msg)}</text>`,
      "</svg>",
    );
    return out.join("\n");
  }

  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1])).concat(spec.yInclude ?? []);
  const xAxis = niceAxis(...extent(xs), 6, true);
  const yAxis = niceAxis(...extent(ys), 5, spec.integerY ?? false);
  const sx = (x: number) => MARGIN.left + ((x - xAxis.lo) / (xAxis.hi - xAxis.lo)) * plotW;
  const sy = (y: number) => MARGIN.top + PLOT_HEIGHT - ((y - yAxis.lo) / (yAxis.hi - yAxis.lo)) * PLOT_HEIGHT;

  out.push(...axes(xAxis, yAxis, sx, sy, plotW, spec));
  for (const s of series) out.push(...seriesMarkup(s, sx, sy, spec.curve ?? "linear"));
  out.push(...legendMarkup(legend, MARGIN.top + PLOT_HEIGHT + MARGIN.bottom + 4));
  out.push("</svg>");
  return out.join("\n");
}

function axes(x: Axis, y: Axis, sx: (v: number) => number, sy: (v: number) => number, plotW: number, spec: LineChartSpec): string[] {
  const bottom = MARGIN.top + PLOT_HEIGHT;
  const out = [`<g class="y-axis">`];
  for (const t of y.ticks) {
    const py = r(sy(t));
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${py}" y2="${py}" stroke="${GRID}"/>`,
      `<text x="${MARGIN.left - 6}" y="${py}" dy="0.32em" text-anchor="end">${formatTick(t, y.step)}</text>`,
    );
  }
  const midY = MARGIN.top + PLOT_HEIGHT / 2;
  out.push(
    `<text x="14" y="${midY}" transform="rotate(-90 14 ${midY})" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`,
    `</g>`,
    `<g class="x-axis">`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${bottom}" y2="${bottom}" stroke="${INK}"/>`,
  );
  for (const t of x.ticks) {
    const px = r(sx(t));
    out.push(
      `<line x1="${px}" x2="${px}" y1="${bottom}" y2="${bottom + 5}" stroke="${INK}"/>`,
      `<text x="${px}" y="${bottom + 18}" text-anchor="middle">${formatTick(t, x.step)}</text>`,
    );
  }
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${bottom + 36}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`, `</g>`);
  return out;
}

function seriesMarkup(s: ChartSeries, sx: (v: number) => number, sy: (v: number) => number, curve: "linear" | "step"): string[] {
  const coords: string[] = [];
  s.points.forEach(([x, y], i) => {
    // A step curve holds the previous value up to this x before jumping: every vertex stays an x,y pair.
    if (curve === "step" && i > 0) coords.push(`${r(sx(x))},${r(sy(s.points[i - 1]![1]))}`);
    coords.push(`${r(sx(x))},${r(sy(y))}`);
  });
  const name = escapeXml(s.name);
  const out = [
    `<g class="series" data-series="${name}">`,
    `<path class="series-line" data-series="${name}" d="M${coords.join(" L")}" fill="none" stroke="${s.color}" stroke-width="1.8" stroke-linejoin="round"/>`,
  ];
  if (s.points.length <= MAX_POINTS_WITH_MARKERS) {
    for (const [x, y] of s.points) out.push(`<circle cx="${r(sx(x))}" cy="${r(sy(y))}" r="2.6" fill="${s.color}"/>`);
  }
  out.push(`</g>`);
  return out;
}

interface LegendLayout {
  rows: number;
  items: Array<{ name: string; color: string; x: number; row: number }>;
}

/** Left to right, wrapping before the plot's width; text width is estimated (no DOM to measure in). */
function layoutLegend(series: ChartSeries[], plotW: number): LegendLayout {
  const items: LegendLayout["items"] = [];
  let x = 0;
  let row = 0;
  for (const s of series) {
    const w = 26 + s.name.length * 6.6 + 16;
    if (x > 0 && x + w > plotW) [x, row] = [0, row + 1];
    items.push({ name: s.name, color: s.color, x: MARGIN.left + x, row });
    x += w;
  }
  return { rows: items.length ? row + 1 : 0, items };
}

function legendMarkup(legend: LegendLayout, top: number): string[] {
  const out = [`<g class="legend">`];
  for (const it of legend.items) {
    const y = top + it.row * LEGEND_ROW + 9;
    out.push(
      `<line x1="${r(it.x)}" x2="${r(it.x + 20)}" y1="${y}" y2="${y}" stroke="${it.color}" stroke-width="3"/>`,
      `<text x="${r(it.x + 26)}" y="${y}" dy="0.32em">${escapeXml(it.name)}</text>`,
    );
  }
  out.push(`</g>`);
  return out;
}

/** A loop, not Math.min(...xs): spreading a long run's points would overflow the call stack. */
function extent(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return [lo, hi];
}

/** One decimal keeps the files small; a tenth of a pixel is below what anyone can see. */
function r(v: number): number {
  return Math.round(v * 10) / 10;
}

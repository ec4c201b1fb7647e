// writeReport on synthetic run directories: the charts exist, and their paths follow the data.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReportInputError } from "./errors.js";
import { parseMetrics } from "./metrics.js";
import { formatTick, niceAxis } from "./ticks.js";
import { writeReport } from "./write-report.js";

const CORE_CHARTS = ["chart-reward", "chart-accuracy", "chart-response-length", "chart-kl", "chart-level-accuracy", "chart-curriculum", "chart-timing"];
const LEVELS = ["0.000", "0.125", "0.250"];

/** Step s of a run that improves steadily: rewards rise, responses shorten, validation every 4 steps. */
function metricsLine(s: number): Record<string, number> {
  const line: Record<string, number> = {
    step: s, epoch: 0,
    "reward/overall": 0.2 + 0.05 * s, "reward/format": 0.5 + 0.04 * s, "reward/accuracy": 0.1 + 0.05 * s, "reward/bonus": 0.01,
    "response_length/mean": 80 - 3 * s, "response_length/max": 120 - 2 * s,
    "actor/kl": 0.001 * s,
    "timing_s/gen": 4 + 0.1 * s, "timing_s/update": 2, "timing_s/step": 7 + 0.1 * s,
    "curriculum/stage": Math.floor(s / 5),
  };
  LEVELS.forEach((lv, i) => (line[`accuracy_by_level/${lv}`] = 0.9 - 0.3 * i + 0.005 * s));
  if (s % 4 === 0) Object.assign(line, { "val/accuracy": 0.1 + 0.04 * s, "val/format": 0.9, "val/response_length": 70 - s });
  return line;
}

function runDir(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "observe-report-"));
  writeFileSync(join(dir, "metrics.jsonl"), lines.join("\n"));
  return dir;
}

const STEPS = Array.from({ length: 12 }, (_, i) => i + 1);
const goodLines = () => STEPS.map((s) => JSON.stringify(metricsLine(s)));

/** The <svg> element with this id. */
function svgOf(html: string, id: string): string {
  const m = html.match(new RegExp(`<svg [^>]*id="${id}"[\\s\\S]*?</svg>`));
  if (!m) throw new Error(`no <svg id="${id}"> in the page`);
  return m[0];
}

/** Vertices of one series' line, as [x, y] in SVG coordinates (y grows downwards). */
function vertices(svg: string, series: string): Array<[number, number]> {
  const m = svg.match(new RegExp(`<path class="series-line" data-series="${series.replace(/[()/.]/g, "\\$&")}" d="([^"]+)"`));
  if (!m) throw new Error(`no path for series ${series}`);
  return m[1]!.slice(1).split(" L").map((p) => p.split(",").map(Number) as [number, number]);
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
const decreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x < xs[i - 1]!);

describe("writeReport", () => {
  test("writes report.html and one standalone SVG per chart, each with a stable id and a title", () => {
    const dir = runDir(goodLines());
    const out = writeReport(dir, { warn: () => {} });
    expect(out.html).toBe(join(dir, "report.html"));
    const html = readFileSync(out.html, "utf8");
    for (const id of CORE_CHARTS) {
      expect(svgOf(html, id)).toMatch(/<title>[^<]+<\/title>/);
      const file = join(dir, "report", `${id}.svg`);
      expect(out.svgs).toContain(file);
      expect(readFileSync(file, "utf8")).toMatch(new RegExp(`^<\\?xml[^>]*>\\n<svg xmlns="http://www.w3.org/2000/svg" id="${id}"`));
    }
    // Validation per level was not logged, so that optional chart is left out.
    expect(html).not.toContain('id="chart-val-level-accuracy"');
    // Self-contained: nothing for the browser to fetch.
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
  });

  test("series coordinates follow the data: rising values go up the chart, falling ones down, in proportion", () => {
    const dir = runDir(goodLines());
    const html = readFileSync(writeReport(dir, { warn: () => {} }).html, "utf8");
    const reward = vertices(svgOf(html, "chart-reward"), "overall");
    expect(reward).toHaveLength(STEPS.length);
    expect(increasing(reward.map((p) => p[0]))).toBe(true);
    expect(decreasing(reward.map((p) => p[1]))).toBe(true); // higher reward = smaller SVG y
    // Linear data gives evenly spaced vertices (to the 0.1 px the coordinates are rounded to).
    const dy = reward.slice(1).map((p, i) => p[1] - reward[i]![1]);
    for (const d of dy) expect(d).toBeCloseTo(dy[0]!, 0);

    const length = vertices(svgOf(html, "chart-response-length"), "train mean");
    expect(increasing(length.map((p) => p[1]))).toBe(true);

    // Validation every 4 steps: 3 vertices, at the same x as the train series at those steps.
    const accuracy = svgOf(html, "chart-accuracy");
    const val = vertices(accuracy, "validation (val/accuracy)");
    const train = vertices(accuracy, "train (reward/accuracy)");
    expect(val.map((p) => p[0])).toEqual([train[3]![0], train[7]![0], train[11]![0]]);
  });

  test("one line per difficulty level, easiest first; the curriculum stage is drawn as steps", () => {
    const html = readFileSync(writeReport(runDir(goodLines()), { warn: () => {} }).html, "utf8");
    const levels = svgOf(html, "chart-level-accuracy");
    const names = [...levels.matchAll(/<path class="series-line" data-series="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(LEVELS.map((lv) => `level ${lv}`));
    // Easier levels sit higher (smaller y) at every step.
    const [easy, hard] = [vertices(levels, "level 0.000"), vertices(levels, "level 0.250")];
    easy.forEach((p, i) => expect(p[1]).toBeLessThan(hard[i]![1]));

    const stage = vertices(svgOf(html, "chart-curriculum"), "curriculum/stage");
    // Step curve: each vertex after the first is preceded by a corner at the old level.
    expect(stage).toHaveLength(2 * STEPS.length - 1);
    for (let i = 1; i < stage.length; i += 2) expect(stage[i]![1]).toBe(stage[i - 1]![1]);
  });

  test("a chart whose metrics were never logged says so instead of vanishing", () => {
    const lines = STEPS.map((s) => {
      const { "actor/kl": _kl, ...rest } = metricsLine(s);
      return JSON.stringify(rest);
    });
    const html = readFileSync(writeReport(runDir(lines), { warn: () => {} }).html, "utf8");
    const kl = svgOf(html, "chart-kl");
    expect(kl).toContain("no actor/kl");
    expect(kl).not.toContain("series-line");
  });

  test("peak memory gets its own chart when logged, and the weight sync time joins the timing chart", () => {
    const plain = readFileSync(writeReport(runDir(goodLines()), { warn: () => {} }).html, "utf8");
    expect(plain).not.toContain('id="chart-memory"');

    const lines = STEPS.map((s) => JSON.stringify({
      ...metricsLine(s), "timing_s/weight_sync": 0.5,
      "perf/max_memory_allocated_gb": 20 + s, "perf/max_memory_reserved_gb": 40, "perf/cpu_memory_used_gb": 12,
    }));
    const html = readFileSync(writeReport(runDir(lines), { warn: () => {} }).html, "utf8");
    const memory = svgOf(html, "chart-memory");
    const allocated = vertices(memory, "GPU allocated");
    expect(allocated).toHaveLength(STEPS.length);
    expect(decreasing(allocated.map((p) => p[1]))).toBe(true); // growing peak: up the chart
    // 40 GiB reserved sits above every allocated peak (<= 32 GiB) and 12 GiB CPU below them.
    const reserved = vertices(memory, "GPU reserved");
    const cpu = vertices(memory, "CPU resident (rank 0)");
    allocated.forEach((p, i) => {
      expect(reserved[i]![1]).toBeLessThan(p[1]);
      expect(cpu[i]![1]).toBeGreaterThan(p[1]);
    });
    expect(vertices(svgOf(html, "chart-timing"), "weight_sync")).toHaveLength(STEPS.length);
  });

  test("the header names the run from config.yaml and shows final, best and eval before/after", () => {
    const dir = runDir(goodLines());
    writeFileSync(join(dir, "config.yaml"), "trainer:\n  project_name: observe_r1\n  experiment_name: shapes_demo\n");
    const evalFile = (accuracy: number) => JSON.stringify({ accuracy, format: 0.95, response_length: 40, by_level: { "0.250": accuracy / 2 } });
    writeFileSync(join(dir, "eval_before.json"), evalFile(0.3));
    writeFileSync(join(dir, "eval_after.json"), evalFile(0.55));
    const html = readFileSync(writeReport(dir, { warn: () => {} }).html, "utf8");
    expect(html).toContain("<h1>observe_r1/shapes_demo</h1>");
    expect(html).toContain("12 steps logged (steps 1–12)");
    // reward/overall ends (and peaks) at 0.2 + 0.05 * 12 = 0.8 on step 12.
    expect(html).toMatch(/<td>reward\/overall<\/td><td>0\.8 <small>\(step 12\)<\/small><\/td><td>0\.8 <small>\(step 12\)<\/small>/);
    expect(html).toMatch(/<td>accuracy<\/td><td>0\.3<\/td><td>0\.55<\/td><td><span class="up">\+0\.25<\/span>/);
    expect(html).toContain("<td>accuracy, level 0.250</td><td>0.15</td><td>0.275</td>");
  });
});

describe("metrics.jsonl parsing", () => {
  test("a truncated last line (run killed mid-write) is skipped with a warning naming the line", () => {
    const lines = [...goodLines(), '{"step": 13, "reward/ov'];
    const warnings: string[] = [];
    const dir = runDir(lines);
    const html = readFileSync(writeReport(dir, { warn: (m) => warnings.push(m) }).html, "utf8");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${join(dir, "metrics.jsonl")}:13`);
    expect(html).toContain("12 steps logged");
    expect(html).toContain('class="notes"'); // the reader of the page sees it too
  });

  test("a malformed line before the last is an error naming the file and line", () => {
    const lines = goodLines();
    lines[2] = "{not json";
    const dir = runDir(lines);
    expect(() => writeReport(dir, { warn: () => {} })).toThrow(ReportInputError);
    expect(() => writeReport(dir, { warn: () => {} })).toThrow(`${join(dir, "metrics.jsonl")}:3`);
    expect(existsSync(join(dir, "report.html"))).toBe(false);
  });

  test("a line without a numeric step is an error too; blank lines are fine", () => {
    expect(() => parseMetrics('{"step":1}\n\n{"reward/overall":1}\n{"step":3}\n', "m.jsonl")).toThrow(/m\.jsonl:3.*"step"|"step".*m\.jsonl:3/s);
    expect(parseMetrics('{"step":1}\n\n{"step":2}\n\n', "m.jsonl").rows.map((r) => r.step)).toEqual([1, 2]);
  });

  test("a step logged twice (re-logged after a resume) keeps the later line; rows come out in step order", () => {
    const { rows } = parseMetrics('{"step":2,"x":1}\n{"step":1,"x":5}\n{"step":2,"x":9}\n', "m.jsonl");
    expect(rows.map((r) => [r.step, r.values.get("x")])).toEqual([[1, 5], [2, 9]]);
  });
});

describe("missing inputs", () => {
  test("a missing RUN_DIR says which path and what to pass", () => {
    const missing = join(tmpdir(), "observe-report-does-not-exist");
    expect(() => writeReport(missing)).toThrow(new RegExp(`run directory not found: ${missing}\\. Pass the directory a training run wrote`));
  });

  test("a RUN_DIR without metrics.jsonl names the file it looked for", () => {
    const dir = mkdtempSync(join(tmpdir(), "observe-report-"));
    expect(() => writeReport(dir)).toThrow(`no metrics.jsonl in the run directory: ${join(dir, "metrics.jsonl")}`);
  });
});

describe("axis ticks", () => {
  test("round steps of 1, 2 or 5 that cover the data", () => {
    expect(niceAxis(0, 1).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceAxis(3, 97).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceAxis(1, 3, 6, true).ticks).toEqual([1, 2, 3]); // steps never get fractional ticks
    expect(niceAxis(5, 5, 6, true).ticks).toEqual([4, 5, 6]); // a one-step run still has an axis
    expect(niceAxis(0, 0, 6, true).ticks).toEqual([0, 1]); // without a step -1
  });

  test("labels are short: trailing noise removed, exponent form for tiny values", () => {
    const axis = niceAxis(0, 0.15);
    expect(axis.ticks).toEqual([0, 0.05, 0.1, 0.15]); // not 0.15000000000000002
    expect(axis.ticks.map((t) => formatTick(t, axis.step))).toEqual(["0", "0.05", "0.10", "0.15"]);
    expect(formatTick(0.0005, 0.0001)).toBe("5e-4");
    expect(formatTick(1200, 200)).toBe("1200");
  });
});

// The report page as a reader sees it: headless Chromium loads report.html from disk and must find
// every chart with its data lines, and render a screenshot that is more than a blank page.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { writeReport } from "@observe-r1/trainer";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const INSTALL_HINT = "install it with `apt-get install -y chromium` (.ci/run does this in CI), or point CHROMIUM at a Chromium binary";
const CHARTS = ["chart-reward", "chart-accuracy", "chart-response-length", "chart-kl", "chart-level-accuracy", "chart-curriculum", "chart-timing"];
const WINDOW = [1400, 2000] as const;

const available = existsSync(CHROMIUM);
// Locally a missing browser skips (with the reason); in CI it must fail, or the check silently never runs.
if (!available && !process.env.CI) console.warn(`skipping the report browser test: no Chromium at ${CHROMIUM}; ${INSTALL_HINT}`);
const browserTest = available || process.env.CI ? test : test.skip;

/** A 60-step run with every metric family the report charts, validation every 10 steps. */
function syntheticRun(): string {
  const dir = mkdtempSync(join(tmpdir(), "observe-report-browser-"));
  const lines = Array.from({ length: 60 }, (_, i) => {
    const s = i + 1;
    const t = s / 60;
    const line: Record<string, number> = {
      step: s, "reward/overall": 0.3 + 0.5 * t, "reward/format": 0.5 + 0.4 * t, "reward/accuracy": 0.2 + 0.4 * t, "reward/bonus": 0.02 * t,
      "response_length/mean": 60 - 20 * t, "response_length/max": 120 - 30 * t, "actor/kl": 0.002 * t,
      "timing_s/gen": 4, "timing_s/update": 2.2, "timing_s/step": 7.3, "curriculum/stage": Math.floor(s / 20),
    };
    for (const lv of ["0.000", "0.500", "1.000"]) line[`accuracy_by_level/${lv}`] = (1 - Number(lv)) * 0.8 + 0.2 * t;
    if (s % 10 === 0) line["val/accuracy"] = 0.2 + 0.35 * t;
    return JSON.stringify(line);
  });
  writeFileSync(join(dir, "metrics.jsonl"), lines.join("\n") + "\n");
  return dir;
}

/** Runs headless Chromium on a page with a fresh profile, offline in every way the flags allow. */
async function chromium(url: string, action: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), "observe-chromium-profile-"));
  try {
    const { stdout } = await promisify(execFile)(
      CHROMIUM,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, `--window-size=${WINDOW.join(",")}`,
        ...action, url,
      ],
      { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

browserTest("headless Chromium renders report.html with every chart and its data lines", async () => {
  if (!available) throw new Error(`Chromium is required in CI for the report check but is not at ${CHROMIUM}: ${INSTALL_HINT}`);
  const dir = syntheticRun();
  const url = pathToFileURL(writeReport(dir, { warn: () => {} }).html).href;
  const png = join(dir, "report.png");
  const [dom] = await Promise.all([chromium(url, ["--dump-dom"]), chromium(url, [`--screenshot=${png}`])]);

  for (const id of CHARTS) {
    // The serialized DOM after parsing: the inline SVG survived as elements, with a title and drawn lines.
    const svg = dom.match(new RegExp(`<svg [^>]*id="${id}"[\\s\\S]*?</svg>`))?.[0];
    expect(svg).toBeDefined();
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    expect(svg).toMatch(/<path class="series-line" data-series="[^"]+" d="M[\d.]+,[\d.]+( L[\d.]+,[\d.]+)+"/);
  }

  // A PNG of the window's size; a near-blank page of that size compresses to about 13 KB; this one is far larger.
  const bytes = readFileSync(png);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([...WINDOW]);
  expect(statSync(png).size).toBeGreaterThan(50_000);
});

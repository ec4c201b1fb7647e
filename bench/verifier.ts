// Verifier agreement and speed on labelled answer pairs from public grader test suites, beside Python's math_verify.
//
//   npm run bench -- verifier [--cases FILE.jsonl ...] [--repeats 5] [--no-python]
//
// Cases default to packages/core/src/verifier/fixtures/*.jsonl (rows: source, category,
// gold, prediction, expected; `questionable` rows are reported apart, not counted).
// For each case both verifiers judge gold vs prediction; agreement with `expected` is
// printed per category, and the time per case (median of --repeats runs, a fresh
// verifier each run so no cache helps) as median and p99 over cases.
// Writes bench/results/verifier.json. Timing only; nothing asserts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MathVerifier } from "../packages/core/src/index.js";

interface Case {
  source: string;
  category: string;
  gold: string;
  prediction: string;
  expected: boolean;
  questionable?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flagValues = (name: string) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]!] : []));
const repeats = Number(flagValues("repeats")[0] ?? 5);
const fixtures = join(here, "..", "packages", "core", "src", "verifier", "fixtures");
const files = flagValues("cases").length > 0 ? flagValues("cases") : readdirSync(fixtures).filter((f) => f.endsWith(".jsonl")).map((f) => join(fixtures, f));

const all: Array<Case & { file: string }> = files.flatMap((f) =>
  readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => ({ ...(JSON.parse(l) as Case), file: basename(f) })),
);
const cases = all.filter((c) => !c.questionable);
console.log(`${cases.length} cases from ${files.length} file(s) (${all.length - cases.length} questionable rows set aside)`);

// ours
const ours = cases.map((c) => {
  const times: number[] = [];
  let correct = false;
  for (let r = 0; r < repeats; r++) {
    const v = new MathVerifier();
    const t0 = performance.now();
    correct = v.verify(c.prediction, c.gold).correct;
    times.push(performance.now() - t0);
  }
  return { correct, ms: median(times) };
});

// math_verify, same pairs, same run
const python = process.env.OBSERVE_PYTHON ?? join(here, "..", ".venv", "bin", "python");
let theirs: Array<{ correct: boolean; ms: number }> | null = null;
let pythonNote = "";
if (args.includes("--no-python")) pythonNote = "skipped (--no-python)";
else if (!existsSync(python)) pythonNote = `no Python at ${python} (run npm run setup:python or set OBSERVE_PYTHON)`;
else {
  process.stdout.write(`math_verify on ${cases.length} cases (${repeats} runs each)...\n`);
  const res = spawnSync(python, [join(here, "math_verify_cases.py"), String(repeats)], { input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 1 << 26 });
  if (res.status === 0) theirs = JSON.parse(res.stdout);
  else pythonNote = `math_verify failed: ${res.stderr.slice(-400)}`;
}

type Tally = { n: number; ours: number; theirs: number };
const byCategory = new Map<string, Tally>();
const total: Tally = { n: 0, ours: 0, theirs: 0 };
cases.forEach((c, i) => {
  const t = byCategory.get(c.category) ?? { n: 0, ours: 0, theirs: 0 };
  byCategory.set(c.category, t);
  for (const x of [t, total]) {
    x.n++;
    if (ours[i]!.correct === c.expected) x.ours++;
    if (theirs && theirs[i]!.correct === c.expected) x.theirs++;
  }
});

const pct = (k: number, n: number) => (n === 0 ? "-" : `${((100 * k) / n).toFixed(1)}%`);
const rows = [...byCategory.entries()].sort((a, b) => b[1].n - a[1].n);
const width = Math.max(...rows.map(([c]) => c.length), 8);
console.log(`\n${"category".padEnd(width)}  cases   observe-r1   math_verify`);
for (const [cat, t] of [...rows, ["overall", total] as const]) {
  console.log(`${cat.padEnd(width)}  ${String(t.n).padStart(5)}   ${pct(t.ours, t.n).padStart(10)}   ${theirs ? pct(t.theirs, t.n).padStart(11) : "n/a".padStart(11)}`);
}
const byFile = new Map<string, Tally>();
cases.forEach((c, i) => {
  const t = byFile.get(c.file) ?? { n: 0, ours: 0, theirs: 0 };
  byFile.set(c.file, t);
  t.n++;
  if (ours[i]!.correct === c.expected) t.ours++;
  if (theirs && theirs[i]!.correct === c.expected) t.theirs++;
});
console.log("");
for (const [file, t] of byFile) console.log(`${file.padEnd(width)}  ${String(t.n).padStart(5)}   ${pct(t.ours, t.n).padStart(10)}   ${theirs ? pct(t.theirs, t.n).padStart(11) : "n/a".padStart(11)}`);
const speed = (xs: number[]) => ({ median_ms: quantile(xs, 0.5), p99_ms: quantile(xs, 0.99) });
const oursSpeed = speed(ours.map((o) => o.ms));
const theirSpeed = theirs && speed(theirs.map((o) => o.ms));
console.log(`\ntime per case   observe-r1 median ${oursSpeed.median_ms.toFixed(3)} ms, p99 ${oursSpeed.p99_ms.toFixed(3)} ms`);
if (theirSpeed) {
  console.log(`                math_verify median ${theirSpeed.median_ms.toFixed(3)} ms, p99 ${theirSpeed.p99_ms.toFixed(3)} ms`);
  console.log(`                speed-up (median) ${(theirSpeed.median_ms / oursSpeed.median_ms).toFixed(0)}x`);
}
if (pythonNote) console.log(`math_verify: ${pythonNote}`);

const disagreements = cases.flatMap((c, i) => (ours[i]!.correct === c.expected ? [] : [{ file: c.file, source: c.source, category: c.category, gold: c.gold, prediction: c.prediction.slice(0, 300), expected: c.expected }]));
if (disagreements.length > 0) {
  console.log(`\nobserve-r1 disagrees with ${disagreements.length} label(s):`);
  for (const d of disagreements) console.log(`  [${d.category}] expected ${d.expected}: gold ${JSON.stringify(d.gold).slice(0, 80)} vs ${JSON.stringify(d.prediction).slice(0, 80)}`);
}

const out = join(here, "results", "verifier.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      cases: cases.length,
      questionable_set_aside: all.length - cases.length,
      files: files.map((f) => f.replace(join(here, "..") + "/", "")),
      repeats,
      by_category: Object.fromEntries(rows.map(([c, t]) => [c, { cases: t.n, observe_r1: t.ours / t.n, math_verify: theirs ? t.theirs / t.n : null }])),
      overall: { observe_r1: total.ours / total.n, math_verify: theirs ? total.theirs / total.n : null },
      by_file: Object.fromEntries([...byFile].map(([f, t]) => [f, { cases: t.n, observe_r1: t.ours / t.n, math_verify: theirs ? t.theirs / t.n : null }])),
      speed: { observe_r1: oursSpeed, math_verify: theirSpeed, speedup_median: theirSpeed ? theirSpeed.median_ms / oursSpeed.median_ms : null },
      disagreements,
      machine: { cpus: cpus().length, loadavg: loadavg(), node: process.version },
      note: pythonNote || undefined,
    },
    null,
    2,
  ) + "\n",
);
console.log(`\nwrote ${out}`);

function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

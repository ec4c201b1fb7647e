// Benchmark of the sequence-level pipeline (rewards + bonus + weighting + advantages)
// over 100k responses in groups of 8, plus the recipe's Python reward logic
// (regex + math_verify) on a sample of the same responses for comparison.
//
//   npx tsx bench/core.ts [--responses 100000] [--python-sample 2000]
//
// Prints figures and writes bench/results/rewards.json. Timing only; nothing asserts.
// "pipeline" is the steady state: JIT warm, a fresh scorer per batch (no cached golds);
// "pipeline_first_call" includes JIT warm-up; "pipeline_cached" re-scores a seen batch.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AccuracyScorer, computeAdvantages, createFormatChecker, DEFAULT_SCORING_CONFIG, dynamicWeight, GroupScorer, Rng, bonusIndex,
} from "../packages/core/src/index.js";

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const TOTAL = arg("responses", 100_000);
const PY_SAMPLE = arg("python-sample", 2000);
const N = 8;
const GROUPS = Math.floor(TOTAL / N);

// A realistic answer mix: MathVista-like golds, and predictions that are right in varied
// notation or wrong. Each group has one gold; responses draw from a few candidate answers,
// so answers repeat inside a group as they do in real rollouts.
const rng = Rng.fromSeed(2025);
type Kind = { gold: () => string; right: (g: string) => string[]; wrong: (g: string) => string[] };
const KINDS: Kind[] = [
  { gold: () => "ABCDE"[rng.int(5)]!, right: (g) => [g, `(${g})`, `${g}. ${rng.int(90)} cm`, `The answer is ${g}`], wrong: (g) => [g === "A" ? "B" : "A", "A or B"] },
  { gold: () => String(rng.int(2000)), right: (g) => [g, `${g}.0`, `${g} cm`, `\\boxed{${g}}`], wrong: (g) => [String(Number(g) + 1), `${Number(g) * 2}`] },
  { gold: () => (rng.int(999) / 100).toFixed(2), right: (g) => [g, `${g}0`, `$${g}$`], wrong: (g) => [(Number(g) + 0.1).toFixed(2)] },
  { gold: () => `\\frac{${1 + rng.int(9)}}{${10 + rng.int(9)}}`, right: (g) => [g, g.replace("\\frac", "\\dfrac")], wrong: () => [`\\frac{1}{${2 + rng.int(7)}}`, "0.5"] },
  { gold: () => `${2 + rng.int(5)}\\sqrt{${2 + rng.int(2)}}`, right: (g) => [g, g.replace(/(\d)\\sqrt\{(\d)\}/, (_, a, b) => `\\sqrt{${Number(a) ** 2 * Number(b)}}`)], wrong: (g) => [g.replace("\\sqrt", "")] },
  { gold: () => `${10 + rng.int(80)}\\%`, right: (g) => [g, String(parseInt(g, 10) / 100)], wrong: () => ["0.33"] },
  { gold: () => (rng.int(2) ? "Yes" : "No"), right: (g) => [g.toLowerCase(), `${g}.`], wrong: (g) => [g === "Yes" ? "No" : "Yes"] },
];
const golds: string[] = [];
const built: string[] = [];
const lengths = new Int32Array(GROUPS * N);
for (let g = 0; g < GROUPS; g++) {
  const kind = KINDS[rng.int(KINDS.length)]!;
  const gold = kind.gold();
  golds.push(gold);
  const pool = [...kind.right(gold), ...kind.wrong(gold)];
  for (let j = 0; j < N; j++) {
    const ans = pool[rng.int(pool.length)]!;
    const observe = "The figure shows a triangle with sides labelled. ".repeat(1 + rng.int(3));
    const think = "First compute the relevant quantity step by step. ".repeat(2 + rng.int(10));
    const r = rng.next();
    built.push(
      r < 0.85 ? `<observe>${observe}</observe>\n<think>${think}</think>\n<answer>${ans}</answer>`
        : r < 0.95 ? `<think>${think}</think><answer>${ans}</answer>`
          : `${think} so the answer is ${ans}`,
    );
    lengths[g * N + j] = 40 + rng.int(600);
  }
}
const count = GROUPS * N;
// Decoded from the wire, responses are flat strings; concatenated ones are ropes that the
// first reader would flatten. Round-trip through JSON so no part pays for that.
const responses = JSON.parse(JSON.stringify(built)) as string[];
const offsets = Int32Array.from({ length: GROUPS + 1 }, (_, g) => g * N);

function once<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, (performance.now() - t) / 1000];
}
/** Median seconds over `reps` runs; `setup` runs untimed before each. */
function median(fn: () => unknown, reps = 5): number {
  const ts: number[] = [];
  for (let k = 0; k < reps; k++) ts.push(once(fn)[1]);
  return ts.sort((a, b) => a - b)[Math.floor(reps / 2)]!;
}

// First call in a fresh process: cold JIT, cold caches (what the first training step sees).
const [scored, tPipelineFirst] = once(() => new GroupScorer().scoreGroups({ responses, groundTruths: golds, lengths, groupSize: N }));
// Steady state: JIT warm, but a new scorer each time, so no gold or expression is cached
// (every training batch brings new prompts).
const tPipeline = median(() => new GroupScorer().scoreGroups({ responses, groundTruths: golds, lengths, groupSize: N }));
const cachedScorer = new GroupScorer();
cachedScorer.scoreGroups({ responses, groundTruths: golds, lengths, groupSize: N });
const tPipelineCached = median(() => cachedScorer.scoreGroups({ responses, groundTruths: golds, lengths, groupSize: N }));

// Parts, each on its own over the same batch.
const format = createFormatChecker();
const fmt = new Float64Array(count);
const tFormat = median(() => {
  for (let i = 0; i < count; i++) fmt[i] = format(responses[i]!);
});
const accuracy = new Float64Array(count);
const tAccuracy = median(() => {
  const acc = new AccuracyScorer();
  for (let g = 0; g < GROUPS; g++) for (let i = g * N; i < (g + 1) * N; i++) accuracy[i] = acc.score(responses[i]!, golds[g]!).accuracy;
});
const tBonus = median(() => {
  let n = 0;
  for (let g = 0; g < GROUPS; g++) n += bonusIndex(accuracy, lengths, 100, g * N, (g + 1) * N) >= 0 ? 1 : 0;
  return n;
});
const weights = new Float64Array(GROUPS);
const tWeight = median(() => {
  for (let g = 0; g < GROUPS; g++) {
    let c = 0;
    for (let i = g * N; i < (g + 1) * N; i++) c += accuracy[i]!;
    weights[g] = dynamicWeight(c / N, 1.8);
  }
});
const reward = new Float64Array(count);
for (let i = 0; i < count; i++) reward[i] = fmt[i]! + accuracy[i]!;
const tAdvantages = median(() => computeAdvantages(reward, offsets, DEFAULT_SCORING_CONFIG.advantage, weights));
const tNumeric = median(() => cachedScorer.finishGroups({ reward, accuracy, lengths, groupSize: N }));

// Python reference on a sample (math_verify is far slower; the rate is what compares).
const here = dirname(fileURLToPath(import.meta.url));
const python = process.env.OBSERVE_PYTHON ?? join(here, "..", ".venv", "bin", "python");
const PY = String.raw`
import json, re, sys, time
data = json.load(sys.stdin)
try:
    from math_verify import parse, verify, StringExtractionConfig, LatexExtractionConfig, ExprExtractionConfig
    have_mv = True
except ImportError:
    have_mv = False
TAGS = ["<observe>", "</observe>", "<think>", "</think>", "<answer>", "</answer>"]
FMT = re.compile(r"<observe>.+?</observe>\s*<think>.+?</think>\s*<answer>.+?</answer>", re.DOTALL)
ANS = re.compile(r"<answer>(.*?)</answer>", re.DOTALL)
t0 = time.perf_counter()
fmt = [0.5 if all(r.count(t) == 1 for t in TAGS) and FMT.search(r) else 0.0 for r in data["responses"]]
t1 = time.perf_counter()
acc = []
if have_mv:
    cfg = [StringExtractionConfig(), LatexExtractionConfig(), ExprExtractionConfig()]
    for r, g in zip(data["responses"], data["golds"]):
        m = ANS.search(r)
        a = m.group(1) if m else r
        gp = parse(g, extraction_config=cfg)
        ok = 0.0
        if gp:
            try:
                ok = float(verify(gp, parse(a, extraction_config=cfg)))
            except Exception:
                ok = 0.0
        acc.append(ok)
t2 = time.perf_counter()
print(json.dumps({"math_verify": have_mv, "n": len(fmt), "format_s": t1 - t0, "accuracy_s": t2 - t1 if have_mv else None}))
`;
let py: { math_verify: boolean; n: number; format_s: number; accuracy_s: number | null } | null = null;
let pyNote = "";
if (!existsSync(python)) pyNote = `no Python at ${python} (set OBSERVE_PYTHON)`;
else {
  const step = Math.max(1, Math.floor(count / PY_SAMPLE));
  const idx = Array.from({ length: Math.min(PY_SAMPLE, count) }, (_, k) => k * step);
  const input = JSON.stringify({ responses: idx.map((i) => responses[i]), golds: idx.map((i) => golds[Math.floor(i / N)]) });
  const res = spawnSync(python, ["-c", PY], { input, encoding: "utf8", maxBuffer: 1 << 26, timeout: 600_000 });
  if (res.status === 0) py = JSON.parse(res.stdout.trim().split("\n").pop()!);
  else pyNote = `python reference failed: ${res.stderr.slice(-400)}`;
  if (py && !py.math_verify) pyNote = "math_verify not installed in that Python: accuracy reference skipped (pip install math-verify)";
}

const rate = (n: number, s: number) => Math.round(n / s);
const parts = {
  format: { seconds: tFormat, responses_per_s: rate(count, tFormat) },
  accuracy: { seconds: tAccuracy, responses_per_s: rate(count, tAccuracy) },
  bonus: { seconds: tBonus, responses_per_s: rate(count, tBonus) },
  weighting: { seconds: tWeight, responses_per_s: rate(count, tWeight) },
  advantages: { seconds: tAdvantages, responses_per_s: rate(count, tAdvantages) },
  bonus_weighting_advantages: { seconds: tNumeric, responses_per_s: rate(count, tNumeric) },
  pipeline_first_call: { seconds: tPipelineFirst, responses_per_s: rate(count, tPipelineFirst) },
  pipeline: { seconds: tPipeline, responses_per_s: rate(count, tPipeline) },
  pipeline_cached: { seconds: tPipelineCached, responses_per_s: rate(count, tPipelineCached) },
};
const pyRates = py && {
  format: rate(py.n, py.format_s),
  accuracy: py.accuracy_s ? rate(py.n, py.accuracy_s) : null,
};
const ratio = pyRates && {
  format: parts.format.responses_per_s / pyRates.format,
  accuracy: pyRates.accuracy ? parts.accuracy.responses_per_s / pyRates.accuracy : null,
};

console.log(`observe-r1 core benchmark: ${count} responses, ${GROUPS} groups of ${N}, node ${process.version}`);
for (const [name, p] of Object.entries(parts)) {
  console.log(`  ${name.padEnd(24)} ${(p.seconds * 1000).toFixed(1).padStart(8)} ms  ${p.responses_per_s.toLocaleString("en").padStart(13)} responses/s`);
}
console.log(`  accuracy mean ${(scored.accuracy.reduce((a, b) => a + b, 0) / count).toFixed(3)}, format mean ${(scored.format.reduce((a, b) => a + b, 0) / count).toFixed(3)}, data errors ${scored.dataErrors.length}`);
if (pyRates) {
  console.log(`  python reference (${py!.n} sampled responses): format ${pyRates.format.toLocaleString("en")}/s, accuracy ${pyRates.accuracy?.toLocaleString("en") ?? "n/a"}/s`);
  console.log(`  ratio vs python: format ${ratio!.format.toFixed(1)}x, accuracy ${ratio!.accuracy?.toFixed(1) ?? "n/a"}x`);
}
if (pyNote) console.log(`  note: ${pyNote}`);

const outDir = join(here, "results");
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, "rewards.json"),
  JSON.stringify({ responses: count, group_size: N, node: process.version, parts, python: py && { ...py, responses_per_s: pyRates }, ratio_vs_python: ratio, note: pyNote || undefined }, null, 2) + "\n",
);

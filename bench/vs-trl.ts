// vs-trl: one GRPO step (16 prompts x 8, 32 new tokens, 4 updates, KL, fp32), observe-r1's worker vs TRL's GRPOTrainer.
// Issue 13. Both sides train the same tiny Qwen2.5-VL checkpoint on the same image prompts in the same run,
// 16 new ones each step, as training meets them (so nothing a side caches by content carries over).
//
//   npm run bench -- vs-trl [--models tiny,30m] [--steps 3] [--threads N]
//
// - observe-r1: the real worker over the bridge (ZeroMQ + protobuf), driven with the calls one step of
//   packages/trainer/src/train/observe-r1-trainer.ts makes with the hf rollout engine: generate (whose
//   sampling log-probs are the old log-probs), log-probs under the reference, then one trainStep per
//   mini-batch of global_batch_size prompts. Options come from the trainer's own config schema
//   (updateOptions / optimizerOptions) with the overrides in CONFIG_OVERRIDES.
// - TRL: GRPOTrainer in its own venv (.venv-trl, made here on first use; bench/trl_grpo_side.py), paced
//   one rollout at a time by a callback, per-phase times from wrapping its methods.
// - The two take turns step by step (A, B, B, A, ...) so both see the same machine load; the first step
//   of each is a warm-up and is discarded; figures are medians of the --steps after it.
// Prints a table and writes bench/results/vs_trl.json. Timing only; nothing asserts.
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { machineInfo } from "./lib/machine.js";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import {
  basePython, imageFromFile, type PromptInput, PROJECT_ROOT, resolvePython, runPythonModule, type SequenceBatch,
  silentLogger, type SpawnedWorker, spawnWorker, TORCH_PINS, venvPython,
} from "../packages/bridge/src/index.js";
import { computeAdvantages, resolveAdvantageConfig } from "../packages/core/src/index.js";
import {
  loadConfig, type ObserveConfig, optimizerOptions, updateOptions,
} from "../packages/trainer/src/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));

// The workload of issue 13.
const PROMPTS = 16;
const N = 8;
const MAX_NEW_TOKENS = 32;
const UPDATES = 4; // optimizer steps per rollout
const MICRO = 32; // responses per forward pass, both sides (TRL: per_device_train_batch_size)
const CONFIG_OVERRIDES = [
  "trainer.n_gpus_per_node=0", "worker.rollout.engine=hf",
  `data.rollout_batch_size=${PROMPTS}`, `worker.rollout.n=${N}`, `data.max_response_length=${MAX_NEW_TOKENS}`,
  `worker.actor.global_batch_size=${PROMPTS / UPDATES}`, "worker.actor.ppo_epochs=1",
  `worker.actor.micro_batch_size_per_device_for_update=${MICRO}`, `worker.actor.micro_batch_size_per_device_for_experience=${MICRO}`,
  // TRL's KL is a k3 loss term (beta); observe-r1's recipe default puts k1 in the reward instead.
  "algorithm.use_kl_loss=true", "algorithm.kl_loss_type=low_var_kl",
];
const MODELS: Record<string, { preset: string }> = { tiny: { preset: "default" }, "30m": { preset: "30m" } };
// The vision placeholders observe-r1 keeps out of sampling (python/observe_worker/policy.py); TRL gets the same ban.
const BANNED_TOKENS = ["<|image_pad|>", "<|video_pad|>", "<|vision_start|>", "<|vision_end|>", "<|vision_pad|>"];

const TRL_VERSION = "1.13.0";
const TRL_VENV = join(PROJECT_ROOT, ".venv-trl");

const argv = process.argv.slice(2);
function arg(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? undefined : argv[i + 1];
}
function intArg(name: string, fallback: number): number {
  const raw = arg(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer, got ${raw}`);
  return value;
}
const MODEL_NAMES = (arg("models") ?? "tiny,30m").split(",").map((m) => m.trim()).filter(Boolean);
for (const m of MODEL_NAMES) if (!MODELS[m]) throw new Error(`--models: unknown model "${m}"; use ${Object.keys(MODELS).join(",")}`);
const STEPS = intArg("steps", 3);
const THREADS = intArg("threads", cpus().length);

const PHASES = ["gen", "old", "ref", "reward", "update"] as const;
type Phase = (typeof PHASES)[number];
/** Seconds of one step; `reward` holds everything that is not a model pass (rewards, advantages, TRL's re-processing). */
/** `outsideWorker`: observe-r1 only, the step's wall time less the worker's handler time (the wire, the controller). */
type StepTimes = Record<Phase | "step", number> & { meanResponseTokens: number; load1: number; outsideWorker?: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const now = () => performance.now() / 1000;
const log = (line: string) => console.log(line);

/** The TRL venv: torch pinned first (local disk, no GB download), then TRL with the worker's transformers. */
function setupTrlVenv(workerPython: string): { python: string; pins: string[] } {
  const transformers = execFileSync(workerPython, ["-c", "import transformers; print(transformers.__version__)"], { encoding: "utf8" }).trim();
  // The worker's transformers, so both sides run the same modelling code; TRL 1.13.0 imports requests without declaring it.
  const pins = [`trl==${TRL_VERSION}`, `transformers==${transformers}`, "requests", ...TORCH_PINS];
  const python = venvPython(TRL_VENV);
  const stampFile = join(TRL_VENV, ".vs-trl-stamp");
  if (existsSync(python) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === JSON.stringify(pins)) return { python, pins };
  const started = now();
  const step = (what: string, cmd: string, args: string[]) => {
    log(`[trl venv ${(now() - started).toFixed(0)}s] ${what}`);
    execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
  };
  if (!existsSync(python)) step(`creating ${TRL_VENV} (TRL's own venv, never the worker's)`, basePython(), ["-m", "venv", TRL_VENV]);
  step("upgrading pip", python, ["-m", "pip", "install", "--quiet", "--upgrade", "pip"]);
  step(`installing ${TORCH_PINS.join(" ")} (about 5.5 GB on x86_64; minutes the first time)`, python, ["-m", "pip", "install", "--quiet", ...TORCH_PINS]);
  step(`installing ${pins.slice(0, 3).join(" ")}`, python, ["-m", "pip", "install", "--quiet", ...pins]);
  writeFileSync(stampFile, JSON.stringify(pins));
  log(`[trl venv ${(now() - started).toFixed(0)}s] ready: ${python}`);
  return { python, pins };
}

/** The bench's stand-in reward, the same on both sides (trl_grpo_side.py): the share of even token ids. */
function evenTokenShare(ids: Int32Array): number {
  let even = 0;
  for (const t of ids) if (t % 2 === 0) even++;
  return even / Math.max(1, ids.length);
}

/** observe-r1: the worker over the bridge, sent what one trainer step sends (hf engine). */
class ObserveSide {
  private constructor(readonly worker: SpawnedWorker, private readonly prompts: PromptInput[], private readonly config: ObserveConfig,
    readonly numParameters: number) {}

  static async start(modelDir: string, prompts: PromptInput[], config: ObserveConfig): Promise<ObserveSide> {
    const worker = await spawnWorker({ logger: silentLogger, env: { OMP_NUM_THREADS: String(THREADS), MKL_NUM_THREADS: String(THREADS) } });
    try {
      const info = await worker.loadModel({ modelPath: modelDir, loadReference: true, optimizer: optimizerOptions(config), dtype: "float32", seed: config.data.seed });
      return new ObserveSide(worker, prompts, config, info.numParameters);
    } catch (err) {
      await worker.close();
      throw err;
    }
  }

  /** Step `index` on its own PROMPTS prompts, as training meets new prompts every step (nothing cached from before). */
  async step(index: number): Promise<StepTimes> {
    const { rollout, actor } = this.config.worker;
    const prompts = this.prompts.slice(index * PROMPTS, (index + 1) * PROMPTS);
    const times = { gen: 0, old: 0, ref: 0, reward: 0, update: 0 };
    const timed = async <T>(phase: Phase, work: () => Promise<T> | T): Promise<T> => {
      const t0 = now();
      try {
        return await work();
      } finally {
        times[phase] += now() - t0;
      }
    };
    const t0 = now();
    const workerSeconds0 = this.worker.workerSeconds;
    const { completions } = await timed("gen", () => this.worker.generate(prompts, {
      n: rollout.n, temperature: rollout.temperature, topP: rollout.top_p, topK: rollout.top_k,
      maxNewTokens: this.config.data.max_response_length, seed: this.config.data.seed * 1_000_003 + index,
    }));
    // old: none; with the hf engine the trainer trains on generate's own log-probs.
    const advantages = await timed("reward", () => computeAdvantages(
      completions.map((c) => evenTokenShare(c.tokenIds)),
      Array.from({ length: prompts.length + 1 }, (_, g) => g * rollout.n),
      resolveAdvantageConfig({ estimator: this.config.algorithm.adv_estimator }),
    ));
    const batch: SequenceBatch = { prompts, sequences: completions.map((c) => ({ promptIndex: c.promptIndex, responseIds: c.tokenIds })) };
    const update = updateOptions(this.config);
    const ref = await timed("ref", () => this.worker.logProbs(batch, {
      role: "reference", microBatchSize: actor.micro_batch_size_per_device_for_experience, temperature: update.temperature,
    }));
    for (let p0 = 0; p0 < prompts.length; p0 += actor.global_batch_size) {
      const rows = Array.from({ length: actor.global_batch_size * rollout.n }, (_, k) => p0 * rollout.n + k);
      await timed("update", () => this.worker.trainStep({ prompts, sequences: rows.map((r) => batch.sequences[r]!) }, {
        advantages: rows.map((r) => advantages[r]!), oldLogprobs: rows.map((r) => completions[r]!.logprobs),
        refLogprobs: rows.map((r) => ref[r]!), lr: actor.optim.lr, ...update,
      }));
    }
    const meanResponseTokens = completions.reduce((s, c) => s + c.tokenIds.length, 0) / completions.length;
    const step = now() - t0;
    return { ...times, step, meanResponseTokens, load1: loadavg()[0]!, outsideWorker: step - (this.worker.workerSeconds - workerSeconds0) };
  }
}

interface TrlStep {
  step_s: number; gen_s: number; old_s: number; ref_s: number; reward_s: number; score_other_s: number; update_s: number;
  mean_response_tokens: number; prompt_ids: number[][];
}

/** TRL: bench/trl_grpo_side.py in .venv-trl, one JSON line per message each way. */
class TrlSide {
  private readonly lines: AsyncIterator<string>;
  private readonly stderrTail: string[] = [];
  ready!: { versions: Record<string, string>; torch_threads: number; num_parameters: number; [k: string]: unknown };
  /** Per step, the distinct prompts' token ids as TRL tokenized them. */
  readonly promptIds: number[][][] = [];

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stderr.setEncoding("utf8").on("data", (s: string) => {
      this.stderrTail.push(...s.split("\n").filter(Boolean));
      this.stderrTail.splice(0, Math.max(0, this.stderrTail.length - 15));
    });
  }

  static async start(python: string, spec: object, specFile: string): Promise<TrlSide> {
    writeFileSync(specFile, JSON.stringify(spec));
    const child = spawn(python, [join(HERE, "trl_grpo_side.py"), specFile], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, PYTHONUNBUFFERED: "1", HF_HUB_OFFLINE: "1", OMP_NUM_THREADS: String(THREADS), MKL_NUM_THREADS: String(THREADS) },
    });
    const side = new TrlSide(child);
    side.ready = (await side.next("ready")) as TrlSide["ready"];
    return side;
  }

  private async next(event: string): Promise<Record<string, unknown>> {
    const { value, done } = await this.lines.next();
    if (done) throw new Error(`bench/trl_grpo_side.py exited (code ${this.child.exitCode}):\n${this.stderrTail.join("\n")}`);
    const msg = JSON.parse(value) as Record<string, unknown>;
    if (msg.event === "error") throw new Error(`bench/trl_grpo_side.py: ${String(msg.error)}\n${this.stderrTail.join("\n")}`);
    if (msg.event !== event) throw new Error(`bench/trl_grpo_side.py: expected "${event}", got ${value.slice(0, 200)}`);
    return msg;
  }

  async step(): Promise<StepTimes> {
    this.child.stdin.write("step\n");
    const m = (await this.next("step")) as unknown as TrlStep;
    this.promptIds.push(m.prompt_ids);
    return {
      gen: m.gen_s, old: m.old_s, ref: m.ref_s, reward: m.reward_s + m.score_other_s, update: m.update_s,
      step: m.step_s, meanResponseTokens: m.mean_response_tokens, load1: loadavg()[0]!,
    };
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.stdin.end("quit\n");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

const summarizeCounts = (xs: number[]) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });
const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "-");
const describe = (t: StepTimes) => `${fmt(t.step)} s (gen ${fmt(t.gen)}, old ${fmt(t.old)}, ref ${fmt(t.ref)}, other ${fmt(t.reward)}, update ${fmt(t.update)})`;

function summarize(samples: StepTimes[]) {
  const keys = ["step", ...PHASES, "meanResponseTokens", "load1", "outsideWorker"] as const;
  const medians = keys.map((k) => [k, median(samples.flatMap((s) => s[k] ?? []))] as const);
  return Object.fromEntries(medians.filter(([, m]) => !Number.isNaN(m))) as Record<(typeof keys)[number], number>;
}

async function benchModel(name: string, work: string, trlPython: string, dataDir: string, rows: Array<{ problem: string; images: string[] }>) {
  const modelDir = join(work, name);
  log(`\n[${name}] building the ${MODELS[name]!.preset} tiny-model checkpoint ...`);
  await runPythonModule("observe_worker.tiny_model", [modelDir, "--preset", MODELS[name]!.preset]);
  const config = loadConfig({ overrides: [...CONFIG_OVERRIDES, `worker.actor.model.model_path=${modelDir}`, `data.train_files=${join(dataDir, "train.jsonl")}`] });
  // The demo problems carry the Observe-R1 format instruction; the chat template adds its default system turn.
  // PROMPTS new prompts per step (the warm-up's too), the same slice on both sides: TRL takes them in order.
  const prompts: PromptInput[] = rows.map((r) => ({ text: r.problem, images: [imageFromFile(join(dataDir, r.images[0]!))] }));
  const update = updateOptions(config);
  const opt = optimizerOptions(config);
  const spec = {
    model: modelDir, threads: THREADS, seed: config.data.seed, output_dir: join(work, `trl-${name}`),
    prompts: rows.map((r) => ({ text: r.problem, image: join(dataDir, r.images[0]!) })),
    prompts_per_rollout: PROMPTS, n: N, micro_batch: MICRO, responses_per_update: config.worker.actor.global_batch_size * N,
    rollouts: STEPS + 1,
    max_new_tokens: MAX_NEW_TOKENS, temperature: config.worker.rollout.temperature, banned_tokens: BANNED_TOKENS,
    kl_coef: update.klCoef, clip_ratio_low: update.clipRatioLow, clip_ratio_high: update.clipRatioHigh,
    optimizer: { ...opt, lr: config.worker.actor.optim.lr },
  };

  let observe: ObserveSide | undefined;
  let trl: TrlSide | undefined;
  const ours: StepTimes[] = [];
  const theirs: StepTimes[] = [];
  let observeIds: string[] = [];
  try {
    log(`[${name}] starting the observe-r1 worker and TRL's GRPOTrainer (${THREADS} torch threads each) ...`);
    [observe, trl] = await Promise.all([ObserveSide.start(modelDir, prompts, config), TrlSide.start(trlPython, spec, join(work, `trl-${name}.json`))]);
    observeIds = (await observe.worker.encodePrompts(prompts)).map((e) => JSON.stringify(Array.from(e.tokenIds)));
    log(`[${name}] ${(observe.numParameters / 1e6).toFixed(2)}M parameters; ${STEPS + 1} steps per side, the first a warm-up`);
    for (let i = 0; i <= STEPS; i++) {
      // Alternate who goes first so that a load change favours neither.
      const a = async () => ours.push(await observe!.step(i));
      const b = async () => theirs.push(await trl!.step());
      if (i % 2 === 0) { await a(); await b(); } else { await b(); await a(); }
      log(`[${name}] step ${i}${i === 0 ? " (warm-up)" : ""}: observe-r1 ${describe(ours.at(-1)!)} | TRL ${describe(theirs.at(-1)!)} | load ${fmt(loadavg()[0]!)}`);
    }
  } finally {
    await Promise.all([observe?.worker.close(), trl?.close()]);
  }
  // Step by step, the same prompts with the same token ids on both sides.
  const promptIdsIdentical = trl!.promptIds.length === STEPS + 1 && trl!.promptIds.every((stepIds, i) => {
    const theirs = new Set(stepIds.map((ids) => JSON.stringify(ids)));
    const ours = new Set(observeIds.slice(i * PROMPTS, (i + 1) * PROMPTS));
    return theirs.size === ours.size && [...ours].every((ids) => theirs.has(ids));
  });
  const o = summarize(ours.slice(1));
  const t = summarize(theirs.slice(1));
  const ratio = (k: "step" | Phase) => (t[k] > 0 ? o[k] / t[k] : null);
  // Each round's own ratio (the two sides ran back to back): its spread shows how far the box's drift moves ratio_step.
  const rounds = ours.slice(1).map((s, i) => s.step / theirs[i + 1]!.step).sort((x, y) => x - y);
  return {
    preset: MODELS[name]!.preset,
    num_parameters: observe!.numParameters,
    prompt_tokens: summarizeCounts(observeIds.map((ids) => (JSON.parse(ids) as number[]).length)),
    prompt_ids_identical: promptIdsIdentical,
    ratio_step: ratio("step"),
    ratio_phase: Object.fromEntries(PHASES.map((p) => [p, ratio(p)])),
    ratio_step_per_round: { median: median(rounds), min: rounds[0] ?? null, max: rounds.at(-1) ?? null },
    observe_r1: { median_s: o, steps: ours },
    trl: { median_s: t, steps: theirs, setup: trl!.ready },
  };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const t0 = now();
  const loadAtStart = loadavg();
  log(`vs-trl bench: ${cpus().length} CPUs, load average ${loadAtStart.map((l) => l.toFixed(2)).join(" ")}; models ${MODEL_NAMES.join(", ")}; ` +
    `${STEPS} measured steps (+1 warm-up) per side; ${THREADS} torch threads per side`);
  const workerPython = resolvePython();
  const { python: trlPython, pins } = setupTrlVenv(workerPython);
  const work = mkdtempSync(join(tmpdir(), "observe-vs-trl-"));
  const results: Record<string, Awaited<ReturnType<typeof benchModel>>> = {};
  let workerVersions = "";
  try {
    log(`making ${PROMPTS * (STEPS + 1)} demo prompts (84x84 images), ${PROMPTS} per step ...`);
    const dataDir = join(work, "data");
    await runPythonModule("observe_worker.demo_data", [dataDir, "--train", String(PROMPTS * (STEPS + 1)), "--val", "0", "--sft", "0"]);
    const rows = readFileSync(join(dataDir, "train.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { problem: string; images: string[] });
    workerVersions = execFileSync(workerPython, ["-c", "import sys, torch, transformers; print(sys.version.split()[0], torch.__version__, transformers.__version__)"], { encoding: "utf8" }).trim();
    for (const name of MODEL_NAMES) results[name] = await benchModel(name, work, trlPython, dataDir, rows);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const rowsOut: string[][] = [["model", "side", "s/step", "gen", "old", "ref", "other", "update", "resp tok", "prompt ids"]];
  for (const [name, r] of Object.entries(results)) {
    const line = (side: string, m: Record<string, number>) => [name, side, fmt(m.step!), ...PHASES.map((p) => fmt(m[p]!)), fmt(m.meanResponseTokens!, 1), r.prompt_ids_identical ? "identical" : "DIFFER"];
    rowsOut.push(line("observe-r1", r.observe_r1.median_s), line("TRL", r.trl.median_s));
    rowsOut.push([name, "observe/TRL", fmt(r.ratio_step ?? NaN), ...PHASES.map((p) => fmt(r.ratio_phase[p] ?? NaN)), "", ""]);
  }
  const widths = rowsOut[0]!.map((_, c) => Math.max(...rowsOut.map((r) => r[c]!.length)));
  const fmtRow = (r: string[]) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ").trimEnd();
  log(`\nmedian seconds per step (other = rewards, advantages and TRL's re-processing of the images for scoring)\n` +
    `${fmtRow(rowsOut[0]!)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rowsOut.slice(1).map(fmtRow).join("\n")}`);
  for (const [name, r] of Object.entries(results)) {
    const { median: m, min, max } = r.ratio_step_per_round;
    log(`${name}: ratio_step ${fmt(r.ratio_step ?? NaN, 3)}; each round's own ratio: median ${fmt(m, 3)}, range ${fmt(min ?? NaN, 3)}-${fmt(max ?? NaN, 3)}`);
    const outside = r.observe_r1.median_s.outsideWorker;
    log(`${name}: observe-r1 outside the worker's handlers (wire + controller): ${fmt(outside * 1000, 1)} ms per step, ` +
      `${fmt((100 * outside) / r.observe_r1.median_s.step, 1)}%`);
  }
  log(`\nwhere the workloads still differ:\n${DIFFERENCES.map((d) => `- ${d}`).join("\n")}`);

  const [pythonVersion, torchVersion, transformersVersion] = workerVersions.split(" ");
  const trlVersions = Object.values(results)[0]?.trl.setup.versions ?? {};
  const result = {
    timestamp: startedAt,
    workload: {
      prompts: PROMPTS, responses_per_prompt: N, max_new_tokens: MAX_NEW_TOKENS, optimizer_steps_per_rollout: UPDATES,
      responses_per_forward_pass: MICRO, dtype: "float32", torch_threads: THREADS, steps_measured: STEPS, warmup_steps_discarded: 1,
      observe_r1_config_overrides: CONFIG_OVERRIDES,
      trl_mapping: `num_generations=${N}, per_device_train_batch_size=${MICRO}, gradient_accumulation_steps=${(PROMPTS / UPDATES) * N / MICRO}, ` +
        `steps_per_generation=${(PROMPTS * N) / MICRO} (generation_batch_size ${PROMPTS * N}), num_iterations=1, beta = kl_coef, loss_type=dapo, ` +
        "optim=adamw_torch_fused, lr_scheduler_type=constant, gradient_checkpointing=False, bf16=False",
      reward: "stand-in, both sides: the share of even token ids in a response; GRPO group normalisation",
    },
    differences: DIFFERENCES,
    method: "observe-r1: the worker over the bridge, the calls of one observe-r1-trainer step (hf engine); TRL: GRPOTrainer.train() " +
      "paced by a callback at each rollout boundary, phases from wrapping _generate, _get_per_token_logps_and_entropies (no_grad: " +
      "old / ref by model), _calculate_rewards and _generate_and_score_completions; update = the rest of the rollout's wall time. " +
      "Steps alternate between the sides (observe first on even steps, TRL first on odd); the first step of each side is discarded; " +
      "medians. ratio_step = observe-r1 median s/step / TRL median s/step; ratio_phase likewise per phase (null where TRL spends nothing); " +
      "ratio_step_per_round: the median and range of each round's own observe-r1 / TRL step ratio, a gauge of the box's drift. " +
      "observe_r1.median_s.outsideWorker: a step's wall time less the worker's own handler seconds (the wire and the controller).",
    models: results,
    machine: {
      ...machineInfo(loadAtStart),
      worker_python_version: pythonVersion,
      worker_torch_version: torchVersion,
      worker_transformers_version: transformersVersion,
      trl_venv_pins: pins,
      trl_side_versions: trlVersions,
    },
    wall_s: now() - t0,
  };
  const out = join(HERE, "results", "vs_trl.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`\nwrote ${out} in ${fmt(result.wall_s, 0)} s; load average now ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
}

const DIFFERENCES = [
  "prefill: observe-r1 encodes each of the 16 prompts once (processor, vision tower, prefill) and copies its KV cache to the 8 " +
    "samples; TRL repeats each prompt 8 times and runs the processor, vision tower and prefill on all 128 rows (gen)",
  "language-model passes: observe-r1 runs Qwen2-style prefill and decode steps and the prompt and response passes of scoring " +
    "and training on the model's weights without the transformers module stack (python/observe_worker/fast_qwen2.py); TRL " +
    "decodes with transformers' generate and scores through the transformers model (gen, ref, update)",
  "vision tower: observe-r1 keeps each image size's window layout and batches the windows and images of one length into one " +
    "attention call (python/observe_worker/fast_vision.py); TRL runs transformers' tower, which rebuilds the layout per call and " +
    "attends window by window (gen, ref, update)",
  "old log-probs: observe-r1's hf engine trains on generate's own sampling log-probs (no pass; its vllm engine does recompute " +
    "them); TRL recomputes them with a forward pass because gradient_accumulation_steps (1) is not a multiple of " +
    "steps_per_generation (4) (old)",
  "TRL runs the processor over the 128 rows' images a second time for the scoring passes (other)",
  "mini-batches: observe-r1 updates on 4 prompts' groups in order; TRL shuffles the 128 responses before splitting them into 4",
  "EOS: neither side can ignore it, so a response may stop early (mean response tokens are reported); observe-r1 stops at " +
    "<|im_end|> or <|endoftext|>, TRL at <|im_end|> only; on the random checkpoint almost every response runs the full 32 tokens",
  "loss: both PPO-clip 0.2/0.2, token mean over the update, k3 KL loss with the same coefficient (observe-r1 with " +
    "algorithm.use_kl_loss=true; its recipe default puts KL into the reward instead, at the same cost); observe-r1 adds dual-clip " +
    "(3.0) and a +-10 token-advantage clamp; observe-r1 masks the vision placeholders in scoring too, TRL only in sampling",
  "observe-r1's figures include the controller <-> worker hop (ZeroMQ + protobuf, about a millisecond per call, see transport.json); " +
    "TRL runs in one process",
];

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exitCode = 1;
});

// NeuraLadder estimation through the worker (docs/method.md section 1): a direct-answer
// check, then N reasoning rollouts per sample. Each sample's result is appended to
// estimates.jsonl as soon as it is known, so an interrupted build resumes where it
// stopped. Then the core orders and mixes the ladder.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { type Completion, type Logger, silentLogger, type WorkerClient } from "@observe-r1/bridge";
import { AccuracyScorer, buildLadder, type Ladder, type LadderEstimate, resolveAccuracyConfig } from "@observe-r1/core";
import type { ObserveConfig } from "../config/index.js";
import { type LoadedDataset, type Sample, writeInvalidRows } from "../data/index.js";
import { checkSplit, trainingData } from "../data-check/index.js";
import type { RewardPlugin } from "../reward-plugins/index.js";
import { Progress } from "../train/progress.js";
import { answerBalance, type AnswerShift } from "./answer-balance.js";
import { problemText, promptMedia, promptTemplate, sampleChoices, toPrompt } from "../train/prompt.js";
import { loadConfiguredRewardPlugin, requiredAccuracy, rewardInput, scoringConfig } from "../train/scoring.js";
import { generationModel, openWorker } from "../train/worker-options.js";

export const LADDER_FILES = {
  estimates: "estimates.jsonl",
  ladder: "ladder.jsonl",
  review: "review.jsonl",
  summary: "summary.json",
} as const;

export interface BuildLadderOptions {
  outDir: string;
  /** A running worker to estimate with instead of starting one: its model is replaced, and it is left open. */
  worker?: WorkerClient;
  /** Python and log of a worker started here. */
  python?: string;
  workerLogger?: Logger;
  signal?: AbortSignal;
}

export interface BuildLadderResult {
  ladder: Ladder;
  files: Record<keyof typeof LADDER_FILES, string>;
  estimated: number;
  reused: number;
  /** Answers of a source the filters thinned out (answer-balance.ts); also in summary.json. */
  warnings: string[];
  /** The checked training data, with the rows left out of the ladder as training leaves them out (`invalid`). */
  dataset: LoadedDataset;
  /** OUT/invalid_rows.train.jsonl when rows were left out: each one and why. */
  invalidRows?: string;
}

export async function buildNeuraLadder(config: ObserveConfig, options: BuildLadderOptions): Promise<BuildLadderResult> {
  const { data } = config;
  const est = data.curriculum.estimate;
  const out = resolve(options.outDir);
  mkdirSync(out, { recursive: true });
  const files = Object.fromEntries(Object.entries(LADDER_FILES).map(([k, f]) => [k, join(out, f)])) as BuildLadderResult["files"];
  const template = promptTemplate(data.format_prompt);
  const batchSize = data.rollout_batch_size;

  // The same GPUs and rollout engine as training (trainer.n_gpus_per_node, worker.rollout.engine).
  const { worker, close } = await openWorker(config, { worker: options.worker, python: options.python, logger: options.workerLogger ?? silentLogger });
  let dataset: LoadedDataset;
  let done: Map<string, LadderEstimate>;
  let todo: Sample[] = [];
  let plugin: RewardPlugin | undefined;
  try {
    // The rows training will take: the same check (images decoded, prompt tokens counted), so the ladder holds no row
    // that training would refuse or drop; dropped ones are listed in OUT/invalid_rows.train.jsonl.
    dataset = trainingData(await checkSplit(config, "train", data.train_files, worker), config);
    done = readEstimates(files.estimates);
    todo = dataset.samples.filter((s) => !done.has(s.id));
    if (todo.length) {
      await worker.loadModel(generationModel(config));
      plugin = await loadConfiguredRewardPlugin(config, options.python);
    }
    const judge = correctness(config, plugin);
    const progress = new Progress("ladder", dataset.samples.length, done.size);
    for (let start = 0; start < todo.length && !options.signal?.aborted; start += batchSize) {
      const batch = todo.slice(start, start + batchSize);
      // 1. direct answer: "Please only give the final answer."
      const direct = est.easy_filter
        ? await worker.generate(batch.map((s) => directPrompt(s, est.direct_answer_prompt)), { n: 1, temperature: 0, maxNewTokens: 32 })
        : undefined;
      // 2. N reasoning rollouts
      const { completions } = await worker.generate(batch.map((s) => toPrompt(s, template)), {
        n: est.n, temperature: est.temperature, topP: 1, maxNewTokens: data.max_response_length, seed: data.seed + start,
      });
      const sampleOf = (c: Completion) => batch[c.promptIndex]!;
      const directCorrect = direct && await judge(direct.completions, sampleOf, "direct");
      const rolloutCorrect = await judge(completions, sampleOf, "tagged");
      const lines = batch.map((sample, i): LadderEstimate => ({
        id: sample.id,
        ...(directCorrect && { directCorrect: directCorrect[i]! }),
        rollouts: completions.slice(i * est.n, (i + 1) * est.n).map((c, k) => ({
          correct: rolloutCorrect[i * est.n + k]!,
          length: c.tokenIds.length,
        })),
      }));
      appendFileSync(files.estimates, lines.map((l) => JSON.stringify(l) + "\n").join(""));
      lines.forEach((l) => done.set(String(l.id), l));
      progress.update(done.size, { samples: `${batch.length} more` });
    }
  } finally {
    await plugin?.close();
    await close();
  }
  const invalidRows = dataset.invalid.length ? writeInvalidRows(out, dataset, "train").file : undefined;
  if (options.signal?.aborted) throw new Error(`ladder build interrupted; ${done.size} estimates kept in ${files.estimates}: rerun to continue`);

  const ladder = buildLadder(dataset.samples.map((s) => done.get(s.id)!), {
    rollouts: est.n,
    easyFilter: est.easy_filter,
    lowComplexityQuantile: est.low_complexity_quantile,
    ownShare: data.curriculum.mix.own_level_fraction,
    radius: Math.ceil(data.curriculum.mix.max_neighbours / 2),
    seed: data.seed,
  });
  const balance = answerBalance(dataset.samples, ladder.dropped);
  writeLadderFiles(ladder, balance.shifts, dataset.samples, config, files, out);
  return {
    ladder, files, estimated: todo.length, reused: dataset.samples.length - todo.length, warnings: balance.warnings, dataset, invalidRows,
  };
}

function readEstimates(file: string): Map<string, LadderEstimate> {
  const map = new Map<string, LadderEstimate>();
  if (!existsSync(file)) return map;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as LadderEstimate;
      map.set(String(e.id), e);
    } catch {
      // the last line of a build killed mid-write: that sample is simply estimated again
    }
  }
  return map;
}

function directPrompt(sample: Sample, instruction: string) {
  return { text: `${problemText(sample)}\n${instruction}`, ...promptMedia(sample) };
}

/**
 * Whether each response is correct, as training judges it: the built-in verifier (a direct answer has no tags, so
 * its whole trimmed text is judged, or its <answer> when present), or the reward plug-in's "accuracy" (correct at
 * 1), which it must then return.
 */
function correctness(config: ObserveConfig, plugin: RewardPlugin | undefined) {
  const scorer = new AccuracyScorer(resolveAccuracyConfig(scoringConfig(config).accuracy));
  const builtIn = (text: string, sample: Sample, kind: "direct" | "tagged"): number => {
    if (kind === "tagged") return scorer.score(text, sample.answer, sampleChoices(sample)).accuracy;
    const prepared = scorer.prepareGold(sample.answer, sampleChoices(sample));
    return prepared.ok && scorer.verifier.judge(scorer.extract(text) ?? text.trim(), prepared) ? 1 : 0;
  };
  return async (completions: Completion[], sampleOf: (c: Completion) => Sample, kind: "direct" | "tagged"): Promise<boolean[]> => {
    const accuracy = plugin
      ? requiredAccuracy(plugin, await plugin.score(completions.map((c) => rewardInput(sampleOf(c), c.text, c.tokenIds.length))),
        ["the NeuraLadder estimate (each sample's share of correct rollouts)"])
      : completions.map((c) => builtIn(c.text, sampleOf(c), kind));
    return Array.from(accuracy, (a) => a >= 1);
  };
}

/** ladder.jsonl: the training rows in ladder order, with difficulty, complexity and stage. */
function writeLadderFiles(ladder: Ladder, answerShifts: AnswerShift[], samples: Sample[], config: ObserveConfig, files: BuildLadderResult["files"], out: string): void {
  const byId = new Map(samples.map((s) => [s.id, s]));
  const { prompt_key, answer_key, image_key, video_key, curriculum } = config.data;
  mkdirSync(join(out, "images"), { recursive: true });
  // Media that came as bytes (Parquet) get a file; files are referenced where they are.
  const fileOf = (bytes: Uint8Array, source: string, name: string, ext: string) => {
    if (existsSync(source)) return resolve(source);
    const file = join(out, "images", `${name}${extname(source) || ext}`);
    writeFileSync(file, bytes);
    return file;
  };
  const rows = ladder.entries.map((e) => {
    const s = byId.get(String(e.id))!;
    const images = s.images.map((img, k) => fileOf(img.bytes, img.source, `${s.index}-${k}`, ".png"));
    const videos = s.videos.map((v, k) => v.kind === "file"
      ? fileOf(v.bytes, v.source, `${s.index}-video${k}`, ".mp4")
      : v.frames.map((f, j) => fileOf(f.bytes, f.source, `${s.index}-video${k}-${j}`, ".png")));
    return {
      ...s.meta, id: s.id, [prompt_key]: s.prompt, [answer_key]: s.answer, [image_key]: images,
      ...(videos.length > 0 && { [video_key]: videos }),
      [curriculum.difficulty_key]: e.difficulty, complexity: e.complexity, [curriculum.stage_key]: e.stage, review: e.review,
    };
  });
  writeAtomic(files.ladder, rows.map((r) => JSON.stringify(r) + "\n").join(""));
  const review = new Set(ladder.review.map(String));
  writeAtomic(files.review, rows.filter((r) => review.has(String(r.id))).map((r) => JSON.stringify(r) + "\n").join(""));
  writeAtomic(files.summary, JSON.stringify({
    kept: ladder.entries.length, dropped: ladder.dropped.length, review: ladder.review.length,
    lowComplexityThreshold: ladder.lowComplexityThreshold, levels: ladder.levels, stages: ladder.stages, answerBalance: answerShifts,
  }, null, 2) + "\n");
}

function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

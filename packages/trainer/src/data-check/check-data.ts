// The pre-flight data check: one code path for `observe-run data check` and `observe-run train`.
// Every row is validated, every image decoded by the worker, and every prompt's tokens counted
// exactly as the worker encodes it (chat template, text, image tokens after the processor's
// resize). Prompts over data.max_prompt_length are dropped (data.filter_overlong_prompts, as
// EasyR1) or named in an error.
import { type PromptInput, type ProcessorOptions, type WorkerClient, WorkerRequestError } from "@observe-r1/bridge";
import type { ObserveConfig } from "../config/index.js";
import {
  type DataSplit, datasetOptions, DatasetValidationError, type InvalidReason, type InvalidRow, type LoadedDataset, loadDataset, rowList,
  rowLocation, type Sample,
} from "../data/index.js";
import { promptTemplate, toPrompt } from "../train/prompt.js";
import { PromptTokenCache, type PromptTokens } from "./token-cache.js";

/** Prompts per encode request. */
const ENCODE_BATCH = 64;

export interface SplitCheck {
  split: DataSplit;
  /** Rows that load, decode and fit the prompt budget (samples renumbered), and the invalid rows. */
  dataset: LoadedDataset;
  /** Rows whose prompt exceeds data.max_prompt_length (not in dataset.samples). */
  overlong: InvalidRow[];
  /** Per sample of dataset.samples. */
  tokens: PromptTokens[];
  /** How long the token count took, and whether it came from the cache. */
  countSeconds: number;
  cached: boolean;
}

export interface CheckDataOptions {
  /** Where counts are cached per dataset file; default OBSERVE_CACHE_DIR or ~/.cache/observe-r1. */
  cacheDir?: string;
}

/** Checks one split's files (data.train_files or data.val_files). Invalid rows are returned, never thrown. */
export async function checkSplit(
  config: ObserveConfig,
  split: DataSplit,
  files: readonly string[],
  worker: WorkerClient,
  options: CheckDataOptions = {},
): Promise<SplitCheck> {
  const { data } = config;
  const loaded = await loadDataset(files, {
    ...datasetOptions(config), skipInvalid: true, decodeImages: (images) => worker.checkImages(images),
  });
  const template = promptTemplate(data.format_prompt);
  const processor = { modelPath: config.worker.actor.model.model_path, minPixels: data.min_pixels, maxPixels: data.max_pixels };

  const t0 = performance.now();
  const keys = {
    prompt: data.prompt_key, answer: data.answer_key, image: data.image_key, imageDir: data.image_dir,
    video: data.video_key, videoFps: data.video_fps,
  };
  const cache = new PromptTokenCache(loaded.files, { ...processor, template, keys }, options.cacheDir);
  let dataset = loaded;
  let counts = cache.read(loaded.samples);
  const cached = counts !== undefined;
  if (!counts) {
    const results: Array<PromptTokens | InvalidReason> = [];
    for (let start = 0; start < loaded.samples.length; start += ENCODE_BATCH) {
      const batch = loaded.samples.slice(start, start + ENCODE_BATCH);
      results.push(...await countBatch(worker, batch.map((s) => toPrompt(s, template)), processor));
    }
    const failed = results.flatMap((r, i) => ("code" in r ? [{ ...loaded.samples[i]!.location, id: loaded.samples[i]!.id, reasons: [r] }] : []));
    counts = results.filter((r): r is PromptTokens => !("code" in r));
    if (failed.length > 0) {
      const files = loaded.files;
      const samples = loaded.samples.filter((_, i) => !("code" in results[i]!)).map((s, index) => ({ ...s, index }));
      const invalid = [...loaded.invalid, ...failed].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.row - b.row);
      dataset = { ...loaded, samples, invalid };
    }
    cache.write(dataset.samples, counts);
  }
  const countSeconds = (performance.now() - t0) / 1000;

  const overlong: InvalidRow[] = [];
  const keep: number[] = [];
  counts.forEach((c, i) => {
    if (c.total <= data.max_prompt_length) return void keep.push(i);
    const sample = dataset.samples[i]!;
    const video = c.video ? `, ${c.video} video tokens` : "";
    overlong.push({
      ...sample.location, id: sample.id,
      reasons: [{
        code: "prompt_too_long",
        message: `the prompt is ${c.total} tokens (${c.image} of them image tokens${video}) but data.max_prompt_length is ${data.max_prompt_length}`,
      }],
    });
  });
  const samples: Sample[] = keep.map((i, index) => ({ ...dataset.samples[i]!, index }));
  return {
    split, dataset: { ...dataset, samples }, overlong, tokens: keep.map((i) => counts[i]!), countSeconds, cached,
  };
}

/**
 * Token counts of prompts, or for a prompt whose video does not decode, why. Video files are first
 * decoded here (by the worker, as generate will): a batch with a bad one is counted prompt by prompt.
 */
async function countBatch(worker: WorkerClient, prompts: PromptInput[], processor: ProcessorOptions): Promise<Array<PromptTokens | InvalidReason>> {
  const count = async (batch: PromptInput[]) =>
    (await worker.countPromptTokens(batch, processor)).map((e) => ({ total: e.numTokens, image: e.imageTokens, video: e.videoTokens }));
  const undecodable = (err: unknown) => err instanceof WorkerRequestError && err.type === "ImageError";
  try {
    return await count(prompts);
  } catch (err) {
    if (!undecodable(err) || !prompts.some((p) => p.videos?.length)) throw err;
  }
  const out: Array<PromptTokens | InvalidReason> = [];
  for (const prompt of prompts) {
    try {
      out.push(...await count([prompt]));
    } catch (err) {
      if (!undecodable(err)) throw err;
      // The worker's message lists each bad item as "prompt 0: <what and why>" after its first line.
      const why = (err as Error).message.split("\n").slice(1).map((l) => l.replace(/^prompt \d+: /, "")).join("; ");
      out.push({ code: "video_undecodable", message: why || (err as Error).message });
    }
  }
  return out;
}

/**
 * The split as training takes it: invalid rows are an error unless data.skip_invalid, overlong
 * prompts an error unless data.filter_overlong_prompts; what is dropped is listed in `invalid`.
 */
export function trainingData(check: SplitCheck, config: ObserveConfig): LoadedDataset {
  const { data } = config;
  const { dataset, overlong } = check;
  if (dataset.invalid.length > 0 && !data.skip_invalid) throw new DatasetValidationError(dataset.invalid, dataset.rows, dataset.files);
  if (overlong.length > 0 && !data.filter_overlong_prompts) {
    const rows = overlong.slice(0, 5).map((r) => `  ${rowLocation(r)}: ${r.reasons[0]!.message}`);
    const more = overlong.length > 5 ? `\n  ... and ${overlong.length - 5} more` : "";
    throw new Error(
      `${overlong.length} ${check.split} prompt(s) are longer than data.max_prompt_length=${data.max_prompt_length}:\n` +
      `${rows.join("\n")}${more}\n` +
      "Set data.filter_overlong_prompts=true to drop them, or raise data.max_prompt_length " +
      `(or lower data.max_pixels=${data.max_pixels} to give images fewer tokens).`,
    );
  }
  const files = dataset.files;
  const invalid = [...dataset.invalid, ...overlong].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.row - b.row);
  return { ...dataset, invalid };
}

export interface Stats {
  min: number;
  median: number;
  max: number;
}

/** What `observe-run data check --json` prints for a split. */
export interface SplitReport {
  files: string[];
  rows: number;
  valid: number;
  invalid: number;
  /** Per reason code: rows, and where the first are. */
  invalid_by_reason: Record<string, { rows: number; first: string }>;
  overlong: number;
  overlong_first?: string;
  /** Rows per number of images ("0", "1", ...), valid rows. */
  images_per_row: Record<string, number>;
  prompt_tokens: Stats & { text: Stats; image: Stats; video: Stats };
  max_prompt_length: number;
  count_seconds: number;
  count_cached: boolean;
}

export function splitReport(check: SplitCheck, config: ObserveConfig): SplitReport {
  const { dataset, overlong, tokens } = check;
  const byReason = new Map<string, InvalidRow[]>();
  for (const row of dataset.invalid) {
    const code = row.reasons[0]!.code; // a row counts once, under its first reason
    const rows = byReason.get(code) ?? [];
    rows.push(row);
    byReason.set(code, rows);
  }
  const images: Record<string, number> = {};
  for (const s of dataset.samples) images[s.images.length] = (images[s.images.length] ?? 0) + 1;
  return {
    files: dataset.files,
    rows: dataset.rows,
    valid: dataset.samples.length,
    invalid: dataset.invalid.length,
    invalid_by_reason: Object.fromEntries([...byReason].map(([code, rows]) => [code, { rows: rows.length, first: rowList(rows) }])),
    overlong: overlong.length,
    ...(overlong.length > 0 && { overlong_first: rowList(overlong) }),
    images_per_row: images,
    prompt_tokens: {
      ...stats(tokens.map((t) => t.total)),
      text: stats(tokens.map((t) => t.total - t.image - t.video)),
      image: stats(tokens.map((t) => t.image)),
      video: stats(tokens.map((t) => t.video)),
    },
    max_prompt_length: config.data.max_prompt_length,
    count_seconds: Math.round(check.countSeconds * 100) / 100,
    count_cached: check.cached,
  };
}

/** One line: what `observe-run train` prints after its data check. */
export function summaryLine(report: SplitReport, split: DataSplit): string {
  const t = report.prompt_tokens;
  return (
    `data check (${split}): ${report.rows} rows, ${report.valid} valid, ${report.invalid} invalid, ${report.overlong} over ` +
    `data.max_prompt_length=${report.max_prompt_length}; prompt tokens min/median/max ${t.min}/${t.median}/${t.max}` +
    ` (counted in ${report.count_seconds.toFixed(1)} s${report.count_cached ? ", cached" : ""})`
  );
}

function stats(values: number[]): Stats {
  if (values.length === 0) return { min: 0, median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)! };
}

// Loads and validates a dataset before training: every bad row is found up front and
// reported with file, row and reason, rather than crashing a run hours in.
import { stat } from "node:fs/promises";
import type { ObserveConfig } from "../config/schema.js";
import { normalizeRecord, type DatasetKeys } from "./normalize.js";
import { imageProcessorGeometry } from "./model-files.js";
import { readRecords } from "./records.js";
import { rowList, rowLocation, type InvalidReason, type InvalidRow, type Sample } from "./sample.js";
import { checkSample, type SampleLimits } from "./validate.js";

/**
 * Decodes images fully ("" for each that decodes, else why), as the worker will for
 * generate: WorkerClient.checkImages. The header check alone passes a corrupt body.
 */
export type ImageDecoder = (images: Array<{ data: Uint8Array; source: string }>) => Promise<string[]>;

export interface DatasetOptions extends DatasetKeys, SampleLimits {
  /** data.skip_invalid: drop bad rows and return them instead of throwing. */
  skipInvalid: boolean;
  /** Decode every image up front; without it only image headers are checked. */
  decodeImages?: ImageDecoder;
}

/** Images per decode call, and their bytes at most: bounded requests, progress between them. */
const DECODE_BATCH_IMAGES = 256;
const DECODE_BATCH_BYTES = 64 << 20;

export interface LoadedDataset {
  samples: Sample[];
  /** Rows left out (only non-empty with skipInvalid). */
  invalid: InvalidRow[];
  /** Rows read from all files, valid or not. */
  rows: number;
  files: string[];
  /** Field names of the rows, in order of first appearance (for messages about data.*_key). */
  columns: string[];
}

/** How many lines (a row, or a group of rows with the same error) an error message lists before counting the rest. */
export const MAX_LISTED_ROWS = 20;

export class DatasetValidationError extends Error {
  override readonly name = "DatasetValidationError";
  constructor(
    readonly invalid: readonly InvalidRow[],
    readonly rows: number,
    readonly files: readonly string[],
  ) {
    super(describeInvalidRows(invalid, rows, files));
  }
}

/** The data.* options for a dataset, taken from a resolved config. */
export function datasetOptions(config: ObserveConfig): DatasetOptions {
  const { data, worker } = config;
  return {
    promptKey: data.prompt_key,
    answerKey: data.answer_key,
    imageKey: data.image_key,
    videoKey: data.video_key,
    videoFps: data.video_fps,
    imageDir: data.image_dir,
    maxPromptLength: data.max_prompt_length,
    minPixels: data.min_pixels,
    maxPixels: data.max_pixels,
    maxImages: worker.rollout.limit_images,
    imageProcessor: imageProcessorGeometry(worker.actor.model.model_path),
    skipInvalid: data.skip_invalid,
  };
}

/**
 * Reads every file in order and validates every row. Throws DatasetValidationError
 * listing the bad rows unless options.skipInvalid, in which case they are returned
 * (see writeInvalidRows) and the valid rows are kept.
 */
export async function loadDataset(files: string | readonly string[], options: DatasetOptions): Promise<LoadedDataset> {
  const list = typeof files === "string" ? [files] : [...files];
  if (list.length === 0) throw new Error("no data files given (data.train_files is empty)");
  for (const file of list) await assertReadable(file);

  let samples: Sample[] = [];
  let invalid: InvalidRow[] = [];
  const firstSeen = new Map<string, string>();
  const columns = new Set<string>();
  let rows = 0;
  for (const file of list) {
    for await (const record of readRecords(file)) {
      rows++;
      if (typeof record.value === "object" && record.value !== null && !Array.isArray(record.value)) {
        for (const key of Object.keys(record.value)) columns.add(key);
      }
      const where = { file: record.file, row: record.row, ...(record.line !== undefined && { line: record.line }) };
      const result = await normalizeRecord(record, samples.length, options);
      if (!result.ok) {
        invalid.push({ ...where, ...(result.id !== undefined && { id: result.id }), reasons: result.reasons });
        continue;
      }
      const { sample } = result;
      const reasons = checkSample(sample, options);
      const earlier = firstSeen.get(sample.id);
      if (earlier !== undefined) {
        reasons.push({ code: "duplicate_id", message: `id ${JSON.stringify(sample.id)} already used at ${earlier}` });
      }
      if (reasons.length > 0) {
        invalid.push({ ...where, id: sample.id, reasons });
        continue;
      }
      firstSeen.set(sample.id, rowLocation(where));
      samples.push(sample);
    }
  }

  if (options.decodeImages) {
    const failed = await decodeFailures(samples, options.decodeImages);
    if (failed.size > 0) {
      for (const [i, reasons] of failed) invalid.push({ ...samples[i]!.location, id: samples[i]!.id, reasons });
      invalid = sortRows(invalid, list);
      samples = samples.filter((_, i) => !failed.has(i)).map((s, index) => ({ ...s, index }));
    }
  }

  if (invalid.length > 0 && !options.skipInvalid) throw new DatasetValidationError(invalid, rows, list);
  if (samples.length === 0) {
    throw new Error(`${list.join(", ")}: no valid rows (${rows} read, ${invalid.length} invalid)`);
  }
  return { samples, invalid, rows, files: list, columns: [...columns] };
}

/** Per sample index, the reasons its images do not decode. */
async function decodeFailures(samples: readonly Sample[], decode: ImageDecoder): Promise<Map<number, InvalidReason[]>> {
  const failed = new Map<number, InvalidReason[]>();
  let batch: Array<{ sample: number; data: Uint8Array; source: string }> = [];
  let bytes = 0;
  const flush = async () => {
    const errors = await decode(batch);
    errors.forEach((error, k) => {
      if (!error) return;
      const reasons = failed.get(batch[k]!.sample) ?? [];
      reasons.push({ code: "image_undecodable", message: error });
      failed.set(batch[k]!.sample, reasons);
    });
    batch = [];
    bytes = 0;
  };
  for (const [i, sample] of samples.entries()) {
    // A video's frames are images too; a video file is decoded when its prompt is counted (data check).
    for (const image of [...sample.images, ...sample.videos.flatMap((v) => (v.kind === "frames" ? v.frames : []))]) {
      batch.push({ sample: i, data: image.bytes, source: image.source });
      bytes += image.bytes.length;
      if (batch.length >= DECODE_BATCH_IMAGES || bytes >= DECODE_BATCH_BYTES) await flush();
    }
  }
  if (batch.length > 0) await flush();
  return failed;
}

/** Rows in file order, then row order. */
function sortRows(rows: InvalidRow[], files: readonly string[]): InvalidRow[] {
  return rows.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.row - b.row);
}

async function assertReadable(file: string): Promise<void> {
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new Error(`data file ${file} is not a file`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(`data file ${file} not found (check data.train_files / data.val_files; paths are relative to ${process.cwd()})`);
    }
    throw err;
  }
}

/**
 * "N of M rows are invalid:" then one line per row, or per group of rows of one file with
 * the same error (a count and the first row numbers), up to MAX_LISTED_ROWS lines, and what to do.
 */
export function describeInvalidRows(invalid: readonly InvalidRow[], rows: number, files: readonly string[]): string {
  const groups = new Map<string, { message: string; rows: InvalidRow[] }>();
  for (const r of invalid) {
    const message = r.reasons.map((x) => x.message).join("; ");
    const key = `${r.file}\0${message}`;
    const group = groups.get(key) ?? { message, rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  const lines: string[] = [];
  let listed = 0;
  for (const { message, rows: group } of groups.values()) {
    if (lines.length === MAX_LISTED_ROWS) break;
    lines.push(group.length === 1 ? `  ${rowLocation(group[0]!)}: ${message}` : `  ${group.length} rows (${rowList(group)}): ${message}`);
    listed += group.length;
  }
  if (listed < invalid.length) lines.push(`  ... and ${invalid.length - listed} more invalid rows`);
  return (
    `${invalid.length} of ${rows} rows in ${files.join(", ")} ${invalid.length === 1 ? "is" : "are"} invalid:\n` +
    `${lines.join("\n")}\n` +
    "Fix these rows, or set data.skip_invalid=true to train without them " +
    "(they are then listed in the run directory's invalid_rows.train.jsonl / invalid_rows.val.jsonl)."
  );
}

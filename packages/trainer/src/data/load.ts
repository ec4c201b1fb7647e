// Loads and validates a dataset before training: every bad row is found up front and
// reported with file, row and reason, rather than crashing a run hours in.
import { stat } from "node:fs/promises";
import type { ObserveConfig } from "../config/schema.js";
import { normalizeRecord, type DatasetKeys } from "./normalize.js";
import { readRecords } from "./records.js";
import { rowLocation, type InvalidRow, type Sample } from "./sample.js";
import { checkSample, type SampleLimits } from "./validate.js";

export interface DatasetOptions extends DatasetKeys, SampleLimits {
  /** data.skip_invalid: drop bad rows and return them instead of throwing. */
  skipInvalid: boolean;
}

export interface LoadedDataset {
  samples: Sample[];
  /** Rows left out (only non-empty with skipInvalid). */
  invalid: InvalidRow[];
  /** Rows read from all files, valid or not. */
  rows: number;
  files: string[];
}

/** How many bad rows an error message lists before summarising the rest. */
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
    imageDir: data.image_dir,
    maxPromptLength: data.max_prompt_length,
    minPixels: data.min_pixels,
    maxPixels: data.max_pixels,
    maxImages: worker.rollout.limit_images,
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

  const samples: Sample[] = [];
  const invalid: InvalidRow[] = [];
  const firstSeen = new Map<string, string>();
  let rows = 0;
  for (const file of list) {
    for await (const record of readRecords(file)) {
      rows++;
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

  if (invalid.length > 0 && !options.skipInvalid) throw new DatasetValidationError(invalid, rows, list);
  if (samples.length === 0) {
    throw new Error(`${list.join(", ")}: no valid rows (${rows} read, ${invalid.length} invalid)`);
  }
  return { samples, invalid, rows, files: list };
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

/** "N of M rows are invalid:" then up to MAX_LISTED_ROWS rows, a count of the rest, and what to do. */
export function describeInvalidRows(invalid: readonly InvalidRow[], rows: number, files: readonly string[]): string {
  const lines = invalid
    .slice(0, MAX_LISTED_ROWS)
    .map((r) => `  ${rowLocation(r)}: ${r.reasons.map((x) => x.message).join("; ")}`);
  if (invalid.length > MAX_LISTED_ROWS) lines.push(`  ... and ${invalid.length - MAX_LISTED_ROWS} more invalid rows`);
  return (
    `${invalid.length} of ${rows} rows in ${files.join(", ")} ${invalid.length === 1 ? "is" : "are"} invalid:\n` +
    `${lines.join("\n")}\n` +
    "Fix these rows, or set data.skip_invalid=true to train without them " +
    "(they are then recorded in the run directory's invalid_rows.jsonl)."
  );
}

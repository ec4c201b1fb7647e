// Records the rows data.skip_invalid left out, so a run says what it did not train on:
// a file listing each row and why, a summary file, and one notice for the screen.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadedDataset } from "./load.js";
import { rowList } from "./sample.js";

/** Which dataset of a run: train, val, or eval (observe-run eval). */
export type DataSplit = "train" | "val" | "eval";

/** invalid_rows.train.jsonl: one bad row per line (file, row, line, id, reasons). */
export const invalidRowsFile = (split: DataSplit) => `invalid_rows.${split}.jsonl`;
/** data_validation.train.json: the counts. */
export const dataValidationFile = (split: DataSplit) => `data_validation.${split}.json`;

export interface DataValidationSummary {
  files: string[];
  rows: number;
  valid: number;
  invalid: number;
  /** Invalid rows per reason code (a row with two reasons counts under both). */
  by_reason: Record<string, number>;
}

/** Writes invalidRowsFile(split) and dataValidationFile(split) into runDir; returns the summary and the rows file's path. */
export function writeInvalidRows(runDir: string, dataset: LoadedDataset, split: DataSplit): { summary: DataValidationSummary; file: string } {
  mkdirSync(runDir, { recursive: true });
  const byReason: Record<string, number> = {};
  for (const row of dataset.invalid) for (const r of row.reasons) byReason[r.code] = (byReason[r.code] ?? 0) + 1;
  const summary: DataValidationSummary = {
    files: dataset.files,
    rows: dataset.rows,
    valid: dataset.samples.length,
    invalid: dataset.invalid.length,
    by_reason: byReason,
  };
  const file = join(runDir, invalidRowsFile(split));
  const jsonl = dataset.invalid.map((r) => JSON.stringify(r)).join("\n");
  writeFileSync(file, jsonl === "" ? "" : `${jsonl}\n`);
  writeFileSync(join(runDir, dataValidationFile(split)), `${JSON.stringify(summary, null, 2)}\n`);
  return { summary, file };
}

/**
 * The screen's word on dropped rows: "train data: dropped 3 of 20 rows as invalid:
 * 2 missing_prompt (train.jsonl lines 1, 4), 1 image_undecodable (...); each row and why: FILE".
 */
export function droppedRowsNotice(split: DataSplit, dataset: LoadedDataset, file: string): string {
  const byReason = new Map<string, LoadedDataset["invalid"]>();
  for (const row of dataset.invalid) {
    const code = row.reasons[0]!.code; // a row counts once, under its first reason
    const rows = byReason.get(code) ?? [];
    rows.push(row);
    byReason.set(code, rows);
  }
  const reasons = [...byReason].map(([code, rows]) => `${rows.length} ${code} (${rowList(rows, 3)})`).join(", ");
  return `${split} data: dropped ${dataset.invalid.length} of ${dataset.rows} rows as invalid: ${reasons}; each row and why: ${file}`;
}

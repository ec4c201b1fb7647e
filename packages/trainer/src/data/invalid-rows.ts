// Records the rows data.skip_invalid left out, so a run says what it did not train on.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadedDataset } from "./load.js";

export const INVALID_ROWS_FILE = "invalid_rows.jsonl";
export const DATA_VALIDATION_FILE = "data_validation.json";

export interface DataValidationSummary {
  files: string[];
  rows: number;
  valid: number;
  invalid: number;
  /** Invalid rows per reason code (a row with two reasons counts under both). */
  by_reason: Record<string, number>;
}

/**
 * Writes invalid_rows.jsonl (one bad row per line: file, row, line, id, reasons) and
 * data_validation.json (the counts) into runDir. `prefix` keeps train and val apart.
 */
export function writeInvalidRows(runDir: string, dataset: LoadedDataset, prefix = ""): DataValidationSummary {
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
  const jsonl = dataset.invalid.map((r) => JSON.stringify(r)).join("\n");
  writeFileSync(join(runDir, prefix + INVALID_ROWS_FILE), jsonl === "" ? "" : `${jsonl}\n`);
  writeFileSync(join(runDir, prefix + DATA_VALIDATION_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

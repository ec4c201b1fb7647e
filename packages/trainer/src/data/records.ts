// Raw rows from a data file, one at a time, with where each came from.
import { extname } from "node:path";
import { readJsonRecords } from "./jsonl.js";
import { readParquetRecords } from "./parquet.js";

export interface RawRecord {
  file: string;
  /** 0-based row within the file. */
  row: number;
  /** 1-based line (JSONL only). */
  line?: number;
  /** The parsed row, or an error saying why it could not be parsed. */
  value?: unknown;
  error?: string;
}

export const DATA_EXTENSIONS = [".jsonl", ".json", ".parquet"] as const;

/** Rows of a JSONL, JSON (array) or Parquet file; a file that cannot be read at all throws. */
export function readRecords(file: string): AsyncGenerator<RawRecord> {
  const ext = extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".json") return readJsonRecords(file);
  if (ext === ".parquet") return readParquetRecords(file);
  throw new Error(`${file}: unsupported data file type ${JSON.stringify(ext)}; use ${DATA_EXTENSIONS.join(", ")}`);
}

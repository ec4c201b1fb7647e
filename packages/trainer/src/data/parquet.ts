// Parquet in the Hugging Face datasets layout, read with hyparquet one row group at a time.
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import type { RawRecord } from "./records.js";

export async function* readParquetRecords(file: string): AsyncGenerator<RawRecord> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer).catch((err: Error) => {
    throw new Error(`${file}: not a readable Parquet file: ${err.message}`);
  });
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      // utf8: false keeps image `bytes` (plain binary) as bytes; string columns still decode as text.
      rows = await parquetReadObjects({ file: buffer, metadata, rowStart, rowEnd, utf8: false });
    } catch (err) {
      const message = (err as Error).message;
      const hint = /unsupported compression codec/.test(message)
        ? " (hyparquet reads SNAPPY and uncompressed files; re-save with compression='snappy')"
        : "";
      throw new Error(`${file}: cannot read rows ${rowStart}-${rowEnd - 1}: ${message}${hint}`);
    }
    for (const [i, value] of rows.entries()) yield { file, row: rowStart + i, value };
    rowStart = rowEnd;
  }
}

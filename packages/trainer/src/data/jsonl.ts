// JSON Lines (one object per line), and plain JSON files holding one array of rows.
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { RawRecord } from "./records.js";

export async function* readJsonRecords(file: string): AsyncGenerator<RawRecord> {
  if (await startsWithArray(file)) {
    yield* readJsonArray(file);
    return;
  }
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = 0;
  let row = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === "") continue; // blank lines are not rows
    try {
      yield { file, row, line, value: JSON.parse(line === 1 ? text.replace(/^\uFEFF/, "") : text) as unknown };
    } catch (err) {
      yield { file, row, line, error: `not valid JSON: ${(err as Error).message}` };
    }
    row++;
  }
}

/** Whether the first non-blank character is "[" (a JSON array file rather than JSONL). */
async function startsWithArray(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    return head.startsWith("[");
  } finally {
    await handle.close();
  }
}

async function* readJsonArray(file: string): AsyncGenerator<RawRecord> {
  let rows: unknown;
  try {
    rows = JSON.parse((await readFile(file, "utf8")).replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new Error(`${file}: not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array of rows`);
  for (const [row, value] of rows.entries()) yield { file, row, value };
}

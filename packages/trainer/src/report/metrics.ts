// Reads metrics.jsonl: one JSON object per training step, written line by line while a run goes on.
import { ReportInputError } from "./errors.js";

/** One logged step: numeric metrics by name; `null` where the writer had a NaN. */
export interface MetricRow {
  step: number;
  values: Map<string, number | null>;
}

export interface ParsedMetrics {
  /** Sorted by step; when a step appears twice (a resumed run re-logging it) the later line wins. */
  rows: MetricRow[];
  warnings: string[];
}

/**
 * Parses the text of a metrics.jsonl. A bad last line is what a run killed mid-write leaves, so it is
 * skipped with a warning; a bad line anywhere else means the file is corrupt, and is an error.
 */
export function parseMetrics(text: string, file: string): ParsedMetrics {
  const lines = text.split("\n");
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === "") last--;
  const byStep = new Map<number, MetricRow>();
  const warnings: string[] = [];
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const row = parseLine(line);
    if (typeof row === "string") {
      if (i === last) {
        warnings.push(`${file}:${i + 1}: skipped the last line (${row}); a run stopped mid-write leaves one`);
        continue;
      }
      throw new ReportInputError(
        `malformed line ${i + 1} in metrics.jsonl (${row})`,
        `${file}:${i + 1}`,
        "Fix or delete that line; every line must be one JSON object with a numeric \"step\"",
      );
    }
    byStep.set(row.step, row);
  }
  const rows = [...byStep.values()].sort((a, b) => a.step - b.step);
  return { rows, warnings };
}

/** The row, or why the line is not one. */
function parseLine(line: string): MetricRow | string {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return (e as Error).message;
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return "not a JSON object";
  const step = (obj as Record<string, unknown>).step;
  if (typeof step !== "number" || !Number.isFinite(step)) return 'no numeric "step"';
  const values = new Map<string, number | null>();
  for (const [key, value] of Object.entries(obj)) {
    // Strings and nested objects are labels, not curves.
    if ((typeof value === "number" && Number.isFinite(value)) || value === null) values.set(key, value);
  }
  return { step, values };
}

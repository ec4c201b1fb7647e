// The shapes every dataset reader produces, whatever the file format.

export interface SampleImage {
  /** The encoded image file (PNG, JPEG, ...), decoded by the worker's processor. */
  bytes: Uint8Array;
  /** Where it came from, for messages: a file path or "data.parquet row 3 images[0]". */
  source: string;
  /** Read from the image header during validation. */
  width: number;
  height: number;
}

/**
 * A video: a file the worker decodes (MP4, WebM, ...) and samples at `fps` frames per second,
 * or its frames, taken to be at `fps` (data.video_fps).
 */
export type SampleVideo = ({ kind: "file"; bytes: Uint8Array } | { kind: "frames"; frames: SampleImage[] }) & { source: string; fps: number };

export interface Sample {
  /** The row's `id` field when it has one, else "<file>#<row>". Unique within a dataset. */
  id: string;
  /** Position in the dataset (all files in order), 0-based. */
  index: number;
  prompt: string;
  answer: string;
  images: SampleImage[];
  videos: SampleVideo[];
  /** Every other field of the row (source/data_source, choices, difficulty, stage, ...). */
  meta: Record<string, unknown>;
  /** Where the row is, for messages. */
  location: RowLocation;
}

/** A row of a data file: `row` 0-based within the file, `line` 1-based (JSONL only). */
export interface RowLocation {
  file: string;
  row: number;
  line?: number;
}

export type InvalidReasonCode =
  | "invalid_json"
  | "not_an_object"
  | "missing_prompt"
  | "missing_answer"
  | "bad_field_type"
  | "duplicate_id"
  | "image_unreadable"
  | "image_undecodable"
  | "image_too_large"
  | "image_count_mismatch"
  | "video_count_mismatch"
  | "video_unreadable"
  | "video_undecodable"
  | "too_many_images"
  | "prompt_too_long";

export interface InvalidReason {
  code: InvalidReasonCode;
  message: string;
}

/** A row that failed validation; `row` is 0-based within its file, `line` 1-based (JSONL only). */
export interface InvalidRow {
  file: string;
  row: number;
  line?: number;
  id?: string;
  reasons: InvalidReason[];
}

/** "data.jsonl:13 (row 12)" or "data.parquet row 12". */
export function rowLocation(r: { file: string; row: number; line?: number }): string {
  return r.line !== undefined ? `${r.file}:${r.line} (row ${r.row})` : `${r.file} row ${r.row}`;
}

/**
 * The first `max` of several rows, briefly: "data.jsonl lines 1, 2, 5 and 20 more" (JSONL),
 * "data.parquet rows 0, 1, 4 and 20 more"; rows of several files each with their location.
 */
export function rowList(rows: readonly { file: string; row: number; line?: number }[], max = 5): string {
  const shown = rows.slice(0, max);
  const more = rows.length > max ? ` and ${rows.length - max} more` : "";
  if (rows.length === 1 || shown.some((r) => r.file !== rows[0]!.file)) return shown.map(rowLocation).join(", ") + more;
  const byLine = shown.every((r) => r.line !== undefined);
  return `${rows[0]!.file} ${byLine ? "lines" : "rows"} ${shown.map((r) => (byLine ? r.line : r.row)).join(", ")}${more}`;
}

/** The sample's source for per-source figures: its data_source, source or task field, the first that is set. */
export function sampleSource(sample: Pick<Sample, "meta">): string | undefined {
  for (const key of ["data_source", "source", "task"]) {
    const v = sample.meta[key];
    if (typeof v === "string" && v) return v;
  }
  return undefined;
}

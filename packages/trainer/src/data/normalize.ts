// One raw row (JSONL object or Parquet row) -> a Sample, or the reasons it is not one.
// Images may be {bytes, path} structs (bytes as binary or base64), file paths relative to
// the data file (or data.image_dir), data: URIs, or a list of any of these. Videos (EasyR1's
// `videos` column) are a list whose entries are each a video file in any of those forms, or
// a list of frame images.
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { readImageSize } from "./image-size.js";
import type { RawRecord } from "./records.js";
import type { InvalidReason, Sample, SampleImage, SampleVideo } from "./sample.js";

export interface DatasetKeys {
  /** Row field holding the question (data.prompt_key). */
  promptKey: string;
  answerKey: string;
  imageKey: string;
  videoKey: string;
  /** data.video_fps: the rate a row's videos are sampled at. */
  videoFps: number;
  /** Base for relative image and video paths; null: the data file's directory. */
  imageDir: string | null;
}

export type NormalizeResult = { ok: true; sample: Sample } | { ok: false; id?: string; reasons: InvalidReason[] };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export async function normalizeRecord(record: RawRecord, index: number, keys: DatasetKeys): Promise<NormalizeResult> {
  if (record.error !== undefined) return { ok: false, reasons: [{ code: "invalid_json", message: record.error }] };
  const row = record.value;
  if (typeof row !== "object" || row === null || Array.isArray(row)) {
    return { ok: false, reasons: [{ code: "not_an_object", message: "row is not an object (a mapping of field names to values)" }] };
  }
  const fields = row as Record<string, unknown>;
  const reasons: InvalidReason[] = [];
  const id = idOf(fields) ?? `${record.file}#${record.row}`;

  const prompt = textField(fields, keys.promptKey, "data.prompt_key", "missing_prompt", reasons, false);
  const answer = textField(fields, keys.answerKey, "data.answer_key", "missing_answer", reasons, true);

  const base = keys.imageDir ?? dirname(record.file);
  const where = (key: string, i: number) => `${record.file} row ${record.row} ${key}[${i}]`;
  const images: SampleImage[] = [];
  const loaded = await Promise.all(entries(fields[keys.imageKey]).map((entry, i) => loadImage(entry, base, where(keys.imageKey, i))));
  for (const result of loaded) {
    if ("reason" in result) reasons.push(result.reason);
    else images.push(result.image);
  }
  const videos: SampleVideo[] = [];
  const loadedVideos = await Promise.all(
    entries(fields[keys.videoKey]).map((entry, i) => loadVideo(entry, base, where(keys.videoKey, i), keys.videoFps)),
  );
  for (const result of loadedVideos) {
    if ("reasons" in result) reasons.push(...result.reasons);
    else videos.push(result.video);
  }

  if (reasons.length > 0 || prompt === undefined || answer === undefined) return { ok: false, id, reasons };
  const meta: Record<string, unknown> = {};
  const own = new Set([keys.promptKey, keys.answerKey, keys.imageKey, keys.videoKey, "id"]);
  for (const [k, v] of Object.entries(fields)) {
    if (!own.has(k)) meta[k] = plain(v);
  }
  const location = { file: record.file, row: record.row, ...(record.line !== undefined && { line: record.line }) };
  return { ok: true, sample: { id, index, prompt, answer, images, videos, meta, location } };
}

function idOf(fields: Record<string, unknown>): string | undefined {
  const id = fields.id;
  if (typeof id === "string" && id !== "") return id;
  if (typeof id === "number" || typeof id === "bigint") return String(id);
  return undefined;
}

/** A required text field; numbers are accepted as text where `allowScalars` (answers like 12). */
function textField(
  fields: Record<string, unknown>,
  key: string,
  configKey: string,
  missingCode: "missing_prompt" | "missing_answer",
  reasons: InvalidReason[],
  allowScalars: boolean,
): string | undefined {
  let v = fields[key];
  if (v instanceof Uint8Array) v = decodeText(v);
  if (allowScalars && (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean")) v = String(v);
  if (v === undefined || v === null) {
    const names = Object.keys(fields);
    const known = names.length > 10 ? `${names.slice(0, 10).join(", ")}, ...` : names.join(", ");
    reasons.push({
      code: missingCode,
      message: `missing ${JSON.stringify(key)} (row fields: ${known || "none"}; ${configKey} names the field to use)`,
    });
    return undefined;
  }
  if (typeof v !== "string") {
    reasons.push({ code: "bad_field_type", message: `${JSON.stringify(key)} must be text, got ${describeType(v)}` });
    return undefined;
  }
  if (v.trim() === "") {
    reasons.push({ code: missingCode, message: `${JSON.stringify(key)} is empty` });
    return undefined;
  }
  return v;
}

/** An image or video field as a list: absent -> none, one entry -> [entry]. */
function entries(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

type Media = "image" | "video";
type LoadedBytes = { bytes: Uint8Array; source: string } | { reason: InvalidReason };

/** The bytes of a path, data: URI or {bytes, path} struct; `source` is the file read, else `where`. */
async function loadBytes(entry: unknown, base: string, where: string, kind: Media): Promise<LoadedBytes> {
  if (typeof entry === "string") {
    if (entry.startsWith("data:")) {
      const decoded = decodeDataUri(entry);
      return typeof decoded === "string" ? undecodable(kind, where, decoded) : { bytes: decoded, source: where };
    }
    return readMediaFile(isAbsolute(entry) ? entry : resolve(base, entry), kind);
  }
  if (typeof entry === "object" && entry !== null && !Array.isArray(entry)) {
    const { bytes: raw, path } = entry as { bytes?: unknown; path?: unknown };
    if (raw instanceof Uint8Array) return { bytes: raw, source: where };
    if (typeof raw === "string" && raw !== "") {
      // JSON cannot hold bytes: JSONL writers store them as base64 (or a data: URI).
      const decoded = raw.startsWith("data:") ? decodeDataUri(raw) : decodeBase64(raw);
      return typeof decoded === "string" ? undecodable(kind, where, decoded) : { bytes: decoded, source: where };
    }
    // HF datasets keep `path` beside the bytes only as a name; a lone path is a file to read.
    if (typeof path === "string" && path !== "") return readMediaFile(isAbsolute(path) ? path : resolve(base, path), kind);
    return undecodable(kind, where, `${kind} entry has neither bytes nor a path`);
  }
  const forms = kind === "image" ? "a path or a {bytes, path} struct" : "a path, a {bytes, path} struct or a list of frame images";
  return { reason: { code: "bad_field_type", message: `${where}: a${kind === "image" ? "n" : ""} ${kind} must be ${forms}, got ${describeType(entry)}` } };
}

type LoadedImage = { image: SampleImage } | { reason: InvalidReason };

async function loadImage(entry: unknown, base: string, where: string): Promise<LoadedImage> {
  const loaded = await loadBytes(entry, base, where, "image");
  if ("reason" in loaded) return loaded;
  const { bytes, source } = loaded;
  const size = readImageSize(bytes);
  if (!size.ok) return undecodable("image", source, size.error);
  return { image: { bytes, source, width: size.width, height: size.height } };
}

/** A video file (decoded by the worker, which says if it cannot), or a list of frame images. */
async function loadVideo(entry: unknown, base: string, where: string, fps: number): Promise<{ video: SampleVideo } | { reasons: InvalidReason[] }> {
  if (!Array.isArray(entry)) {
    const loaded = await loadBytes(entry, base, where, "video");
    return "reason" in loaded ? { reasons: [loaded.reason] } : { video: { kind: "file", ...loaded, fps } };
  }
  if (entry.length === 0) return { reasons: [undecodable("video", where, "the list of frames is empty").reason] };
  const frames = await Promise.all(entry.map((f, k) => loadImage(f, base, `${where}[${k}]`)));
  const reasons = frames.flatMap((f) => ("reason" in f ? [f.reason] : []));
  if (reasons.length > 0) return { reasons };
  return { video: { kind: "frames", frames: frames.map((f) => (f as { image: SampleImage }).image), source: where, fps } };
}

async function readMediaFile(path: string, kind: Media): Promise<LoadedBytes> {
  try {
    return { bytes: await readFile(path), source: path };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "not found" : code === "EISDIR" ? "is a directory" : (err as Error).message;
    return { reason: { code: `${kind}_unreadable`, message: `${kind} ${path}: ${why}` } };
  }
}

const undecodable = (kind: Media, source: string, why: string): { reason: InvalidReason } => ({
  reason: { code: `${kind}_undecodable`, message: `${kind} ${source}: ${why}` },
});

function decodeBase64(text: string): Uint8Array | string {
  const clean = text.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) return "bytes are text but not base64";
  return Buffer.from(clean, clean.includes("-") || clean.includes("_") ? "base64url" : "base64");
}

function decodeDataUri(uri: string): Uint8Array | string {
  const comma = uri.indexOf(",");
  if (comma < 0 || !uri.slice(0, comma).endsWith(";base64")) return "only base64 data: URIs are supported";
  return decodeBase64(uri.slice(comma + 1));
}

function decodeText(bytes: Uint8Array): string | Uint8Array {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes;
  }
}

function describeType(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (v instanceof Uint8Array) return "binary data";
  if (v === null) return "null";
  return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}

/** Parquet gives BigInt for INT64 and bytes for untyped binary; make meta JSON-friendly. */
function plain(v: unknown): unknown {
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
  if (v instanceof Uint8Array) return decodeText(v);
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === "object" && v !== null && !(v instanceof Date)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

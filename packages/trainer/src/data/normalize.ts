// One raw row (JSONL object or Parquet row) -> a Sample, or the reasons it is not one.
// Images may be {bytes, path} structs (bytes as binary or base64), file paths relative to
// the data file (or data.image_dir), data: URIs, or a list of any of these.
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { readImageSize } from "./image-size.js";
import type { RawRecord } from "./records.js";
import type { InvalidReason, Sample, SampleImage } from "./sample.js";

export interface DatasetKeys {
  /** Row field holding the question (data.prompt_key). */
  promptKey: string;
  answerKey: string;
  imageKey: string;
  /** Base for relative image paths; null: the data file's directory. */
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

  const images: SampleImage[] = [];
  const entries = imageEntries(fields[keys.imageKey]);
  const base = keys.imageDir ?? dirname(record.file);
  const loaded = await Promise.all(
    entries.map((entry, i) => loadImage(entry, base, `${record.file} row ${record.row} ${keys.imageKey}[${i}]`)),
  );
  for (const result of loaded) {
    if ("reason" in result) reasons.push(result.reason);
    else images.push(result.image);
  }

  if (reasons.length > 0 || prompt === undefined || answer === undefined) return { ok: false, id, reasons };
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (k !== keys.promptKey && k !== keys.answerKey && k !== keys.imageKey && k !== "id") meta[k] = plain(v);
  }
  const location = { file: record.file, row: record.row, ...(record.line !== undefined && { line: record.line }) };
  return { ok: true, sample: { id, index, prompt, answer, images, meta, location } };
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

/** The image field as a list: absent -> none, one entry -> [entry]. */
function imageEntries(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

type LoadedImage = { image: SampleImage } | { reason: InvalidReason };

async function loadImage(entry: unknown, base: string, where: string): Promise<LoadedImage> {
  let bytes: Uint8Array | undefined;
  let source = where;
  if (typeof entry === "string") {
    if (entry.startsWith("data:")) {
      const decoded = decodeDataUri(entry);
      if (typeof decoded === "string") return undecodable(where, decoded);
      bytes = decoded;
    } else {
      source = isAbsolute(entry) ? entry : resolve(base, entry);
      const read = await readImageFile(source);
      if ("reason" in read) return read;
      bytes = read.bytes;
    }
  } else if (typeof entry === "object" && entry !== null && !Array.isArray(entry)) {
    const { bytes: raw, path } = entry as { bytes?: unknown; path?: unknown };
    if (raw instanceof Uint8Array) bytes = raw;
    else if (typeof raw === "string" && raw !== "") {
      // JSON cannot hold bytes: JSONL writers store them as base64 (or a data: URI).
      const decoded = raw.startsWith("data:") ? decodeDataUri(raw) : decodeBase64(raw);
      if (typeof decoded === "string") return undecodable(where, decoded);
      bytes = decoded;
    } else if (typeof path === "string" && path !== "") {
      // HF datasets keep `path` beside the bytes only as a name; a lone path is a file to read.
      source = isAbsolute(path) ? path : resolve(base, path);
      const read = await readImageFile(source);
      if ("reason" in read) return read;
      bytes = read.bytes;
    } else {
      return undecodable(where, "image entry has neither bytes nor a path");
    }
  } else {
    return {
      reason: {
        code: "bad_field_type",
        message: `${where}: an image must be a path or a {bytes, path} struct, got ${describeType(entry)}`,
      },
    };
  }
  const size = readImageSize(bytes);
  if (!size.ok) return undecodable(source, size.error);
  return { image: { bytes, source, width: size.width, height: size.height } };
}

async function readImageFile(path: string): Promise<{ bytes: Uint8Array } | { reason: InvalidReason }> {
  try {
    return { bytes: await readFile(path) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "not found" : code === "EISDIR" ? "is a directory" : (err as Error).message;
    return { reason: { code: "image_unreadable", message: `image ${path}: ${why}` } };
  }
}

const undecodable = (source: string, why: string): LoadedImage => ({
  reason: { code: "image_undecodable", message: `image ${source}: ${why}` },
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

// Test-only file builders: real PNG files and a minimal Parquet writer, so the dataset
// tests read real files without pyarrow or a Parquet writer package (neither is installed).
import { writeFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";

/** A valid RGB PNG of the given size (all black). */
export function encodePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter method, no interlace
  const raw = Buffer.alloc((1 + width * 3) * height); // each scanline: filter byte 0 + pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/**
 * A PNG whose header and chunk structure are valid (CRCs included) but whose pixel data is
 * not a deflate stream: only a full decode finds it ("broken data stream" in Pillow).
 */
export function corruptPngBody(width: number, height: number): Uint8Array {
  const png = Buffer.from(encodePng(width, height));
  const at = png.indexOf("IDAT") - 4;
  const length = png.readUInt32BE(at);
  for (let i = 0; i < length; i++) png[at + 8 + i] = (7 * i + 3) % 256;
  png.writeUInt32BE(crc32(png.subarray(at + 4, at + 8 + length)), at + 8 + length);
  return png;
}

// ---------------------------------------------------------------------------
// Parquet: one row group, one uncompressed PLAIN data page (v1) per column.
// Enough for the Hugging Face layout: strings, binary, int64, structs and 3-level lists.

type Repetition = "REQUIRED" | "OPTIONAL" | "REPEATED";
export type ParquetField =
  | { name: string; repetition: Repetition; kind: "string" | "binary" | "int64" }
  | { name: string; repetition: Repetition; kind: "struct"; children: ParquetField[] }
  | { name: string; repetition: Repetition; kind: "list"; element: ParquetField };

const REPETITION = { REQUIRED: 0, OPTIONAL: 1, REPEATED: 2 } as const;
const PHYSICAL = { string: 6, binary: 6, int64: 2 } as const; // BYTE_ARRAY, INT64
const CONVERTED_UTF8 = 0;
const CONVERTED_LIST = 3;

/** Thrift compact protocol, only what parquet metadata needs. */
class Compact {
  readonly bytes: number[] = [];
  private last: number[] = [0];

  private varint(n: number): void {
    while (n >= 0x80) {
      this.bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.bytes.push(n);
  }
  private header(id: number, type: number): void {
    const delta = id - this.last[this.last.length - 1]!;
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.varint(id * 2); // zigzag of a positive i16
    }
    this.last[this.last.length - 1] = id;
  }
  i32(id: number, v: number): void {
    this.header(id, 5);
    this.varint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
  i64(id: number, v: number): void {
    this.header(id, 6);
    this.varint(v * 2);
  }
  binary(id: number, v: Uint8Array | string): void {
    this.header(id, 8);
    this.rawBinary(v);
  }
  private rawBinary(v: Uint8Array | string): void {
    const b = typeof v === "string" ? Buffer.from(v, "utf8") : v;
    this.varint(b.length);
    this.bytes.push(...b);
  }
  struct(id: number, body: () => void): void {
    this.header(id, 12);
    this.structBody(body);
  }
  private structBody(body: () => void): void {
    this.last.push(0);
    body();
    this.bytes.push(0); // STOP
    this.last.pop();
  }
  private listHeader(id: number, size: number, elemType: number): void {
    this.header(id, 9);
    if (size < 15) this.bytes.push((size << 4) | elemType);
    else {
      this.bytes.push(0xf0 | elemType);
      this.varint(size);
    }
  }
  listI32(id: number, items: number[]): void {
    this.listHeader(id, items.length, 5);
    for (const v of items) this.varint(v * 2);
  }
  listBinary(id: number, items: string[]): void {
    this.listHeader(id, items.length, 8);
    for (const v of items) this.rawBinary(v);
  }
  listStruct<T>(id: number, items: T[], body: (item: T) => void): void {
    this.listHeader(id, items.length, 12);
    for (const item of items) this.structBody(() => body(item));
  }
  /** A top-level struct (file metadata, page header). */
  static message(body: (c: Compact) => void): Uint8Array {
    const c = new Compact();
    body(c);
    c.bytes.push(0);
    return Uint8Array.from(c.bytes);
  }
}

interface Leaf {
  path: string[];
  kind: "string" | "binary" | "int64";
  maxDef: number;
  maxRep: number;
  levels: { rep: number; def: number; value: unknown }[];
}

function leavesOf(field: ParquetField, path: string[], def: number, rep: number, out: Map<string, Leaf>): void {
  const d = def + (field.repetition === "REQUIRED" ? 0 : 1);
  const r = rep + (field.repetition === "REPEATED" ? 1 : 0);
  const p = [...path, field.name];
  if (field.kind === "struct") for (const c of field.children) leavesOf(c, p, d, r, out);
  else if (field.kind === "list") leavesOf(field.element, [...p, "list"], d + 1, r + 1, out);
  else out.set(p.join("."), { path: p, kind: field.kind, maxDef: d, maxRep: r, levels: [] });
}

/** Dremel shredding: one (repetition, definition, value) entry per leaf per value or null. */
function shred(field: ParquetField, value: unknown, path: string[], rep: number, def: number, depth: number, leaves: Map<string, Leaf>): void {
  const p = [...path, field.name];
  /** A missing value at `fp`: one null entry for every leaf under it. */
  const nulls = (fp: string[], d: number) => {
    const prefix = fp.join(".");
    for (const [key, leaf] of leaves) {
      if (key === prefix || key.startsWith(`${prefix}.`)) leaf.levels.push({ rep, def: d, value: undefined });
    }
  };
  let d = def;
  if (field.repetition === "OPTIONAL") {
    if (value === null || value === undefined) return nulls(p, def);
    d = def + 1;
  }
  if (field.kind === "struct") {
    for (const c of field.children) shred(c, (value as Record<string, unknown>)[c.name], p, rep, d, depth, leaves);
  } else if (field.kind === "list") {
    const items = value as unknown[];
    const listPath = [...p, "list"];
    if (items.length === 0) return nulls([...listPath, field.element.name], d);
    items.forEach((item, i) => shred(field.element, item, listPath, i === 0 ? rep : depth + 1, d + 1, depth + 1, leaves));
  } else {
    leaves.get(p.join("."))!.levels.push({ rep, def: d, value });
  }
}

/** RLE/bit-packing hybrid, RLE runs only, with the 4-byte length prefix of data page v1. */
function encodeLevels(levels: number[], max: number): Buffer {
  const width = Math.ceil(Math.log2(max + 1));
  const bytesPerValue = Math.ceil(width / 8);
  const out: number[] = [];
  for (let i = 0; i < levels.length; ) {
    let j = i;
    while (j < levels.length && levels[j] === levels[i]) j++;
    let header = (j - i) * 2;
    while (header >= 0x80) {
      out.push((header & 0x7f) | 0x80);
      header >>>= 7;
    }
    out.push(header);
    for (let k = 0; k < bytesPerValue; k++) out.push((levels[i]! >> (8 * k)) & 0xff);
    i = j;
  }
  const len = Buffer.alloc(4);
  len.writeUInt32LE(out.length);
  return Buffer.concat([len, Buffer.from(out)]);
}

function encodeValues(leaf: Leaf): Buffer {
  const parts: Buffer[] = [];
  for (const { def, value } of leaf.levels) {
    if (def !== leaf.maxDef) continue;
    if (leaf.kind === "int64") {
      const b = Buffer.alloc(8);
      b.writeBigInt64LE(BigInt(value as number));
      parts.push(b);
    } else {
      const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value as Uint8Array);
      const len = Buffer.alloc(4);
      len.writeUInt32LE(bytes.length);
      parts.push(len, bytes);
    }
  }
  return Buffer.concat(parts);
}

/** Writes rows (objects keyed by top-level field name) as an uncompressed Parquet file. */
export function writeParquet(path: string, fields: ParquetField[], rows: Record<string, unknown>[]): void {
  const leaves = new Map<string, Leaf>();
  for (const f of fields) leavesOf(f, [], 0, 0, leaves);
  for (const row of rows) for (const f of fields) shred(f, row[f.name], [], 0, 0, 0, leaves);

  const chunks: Buffer[] = [Buffer.from("PAR1")];
  let offset = 4;
  const columns: { leaf: Leaf; offset: number; size: number }[] = [];
  for (const leaf of leaves.values()) {
    const page = Buffer.concat([
      ...(leaf.maxRep > 0 ? [encodeLevels(leaf.levels.map((l) => l.rep), leaf.maxRep)] : []),
      ...(leaf.maxDef > 0 ? [encodeLevels(leaf.levels.map((l) => l.def), leaf.maxDef)] : []),
      encodeValues(leaf),
    ]);
    const header = Compact.message((c) => {
      c.i32(1, 0); // DATA_PAGE
      c.i32(2, page.length);
      c.i32(3, page.length);
      c.struct(5, () => {
        c.i32(1, leaf.levels.length);
        c.i32(2, 0); // PLAIN
        c.i32(3, 3); // RLE
        c.i32(4, 3);
      });
    });
    columns.push({ leaf, offset, size: header.length + page.length });
    chunks.push(Buffer.from(header), page);
    offset += header.length + page.length;
  }

  const schema: { name: string; type?: number; repetition?: number; children?: number; converted?: number }[] = [
    { name: "schema", children: fields.length },
  ];
  const flatten = (f: ParquetField) => {
    const repetition = REPETITION[f.repetition];
    if (f.kind === "struct") {
      schema.push({ name: f.name, repetition, children: f.children.length });
      f.children.forEach(flatten);
    } else if (f.kind === "list") {
      schema.push({ name: f.name, repetition, children: 1, converted: CONVERTED_LIST });
      schema.push({ name: "list", repetition: REPETITION.REPEATED, children: 1 });
      flatten(f.element);
    } else {
      schema.push({ name: f.name, repetition, type: PHYSICAL[f.kind], ...(f.kind === "string" && { converted: CONVERTED_UTF8 }) });
    }
  };
  fields.forEach(flatten);

  const footer = Compact.message((c) => {
    c.i32(1, 1);
    c.listStruct(2, schema, (s) => {
      if (s.type !== undefined) c.i32(1, s.type);
      if (s.repetition !== undefined) c.i32(3, s.repetition);
      c.binary(4, s.name);
      if (s.children !== undefined) c.i32(5, s.children);
      if (s.converted !== undefined) c.i32(6, s.converted);
    });
    c.i64(3, rows.length);
    c.listStruct(4, [columns], (cols) => {
      c.listStruct(1, cols, ({ leaf, offset: at, size }) => {
        c.i64(2, at);
        c.struct(3, () => {
          c.i32(1, PHYSICAL[leaf.kind]);
          c.listI32(2, [0, 3]);
          c.listBinary(3, leaf.path);
          c.i32(4, 0); // UNCOMPRESSED
          c.i64(5, leaf.levels.length);
          c.i64(6, size);
          c.i64(7, size);
          c.i64(9, at);
        });
      });
      c.i64(2, cols.reduce((s, x) => s + x.size, 0));
      c.i64(3, rows.length);
    });
  });
  const len = Buffer.alloc(4);
  len.writeUInt32LE(footer.length);
  writeFileSync(path, Buffer.concat([...chunks, Buffer.from(footer), len, Buffer.from("PAR1")]));
}

/** The Hugging Face datasets layout: problem, answer, images = list<struct<bytes, path>>. */
export const HF_IMAGE_STRUCT: ParquetField = {
  name: "element",
  repetition: "OPTIONAL",
  kind: "struct",
  children: [
    { name: "bytes", repetition: "OPTIONAL", kind: "binary" },
    { name: "path", repetition: "OPTIONAL", kind: "string" },
  ],
};

// Reads a .safetensors file's tensors as raw bytes by name (header: u64 length + JSON), for byte-exact comparisons.
import { readFileSync } from "node:fs";

export function loadFile(path: string): Map<string, Buffer> {
  const buf = readFileSync(path);
  const headerLength = Number(buf.readBigUInt64LE(0));
  const header = JSON.parse(buf.subarray(8, 8 + headerLength).toString("utf8")) as Record<string, { data_offsets?: [number, number] }>;
  const start = 8 + headerLength;
  const out = new Map<string, Buffer>();
  for (const [name, info] of Object.entries(header)) {
    if (name === "__metadata__" || !info.data_offsets) continue;
    out.set(name, buf.subarray(start + info.data_offsets[0], start + info.data_offsets[1]));
  }
  return out;
}

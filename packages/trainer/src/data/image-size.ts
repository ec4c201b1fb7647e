// Width and height from an image file's header, without decoding pixels: enough to
// count image tokens for every row before training starts. PNG, JPEG, GIF, WebP, BMP.

export type ImageFormat = "png" | "jpeg" | "gif" | "webp" | "bmp";

export type ImageSizeResult =
  | { ok: true; format: ImageFormat; width: number; height: number }
  | { ok: false; error: string };

const fail = (error: string): ImageSizeResult => ({ ok: false, error });

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const u32le = (b: Uint8Array, i: number) => (u16le(b, i) + u16le(b, i + 2) * 0x10000) >>> 0;
const i32le = (b: Uint8Array, i: number) => u32le(b, i) | 0;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

/** Index of the last occurrence of `needle` in `b` at or after `from`, or -1. */
function lastIndexOf(b: Uint8Array, needle: readonly number[], from = 0): number {
  for (let i = b.length - needle.length; i >= from; i--) {
    let j = 0;
    while (j < needle.length && b[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

export function readImageSize(bytes: Uint8Array): ImageSizeResult {
  if (bytes.length < 4) return fail(`not an image (${bytes.length} bytes)`);
  let r: ImageSizeResult;
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === "PNG") r = png(bytes);
  else if (bytes[0] === 0xff && bytes[1] === 0xd8) r = jpeg(bytes);
  else if (ascii(bytes, 0, 4) === "GIF8") r = gif(bytes);
  else if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") r = webp(bytes);
  else if (ascii(bytes, 0, 2) === "BM") r = bmp(bytes);
  else return fail("unknown image format (expected PNG, JPEG, GIF, WebP or BMP)");
  if (r.ok && (r.width <= 0 || r.height <= 0)) return fail(`${r.format.toUpperCase()} header gives size ${r.width}x${r.height}`);
  return r;
}

function png(b: Uint8Array): ImageSizeResult {
  // signature (8) | IHDR length (4) | "IHDR" | width (4, BE) | height (4, BE)
  if (b.length < 24 || ascii(b, 12, 4) !== "IHDR") return fail("truncated PNG header");
  // Pixel data ends with an IEND chunk; without it the file was cut short and will not decode.
  if (lastIndexOf(b, [0x49, 0x45, 0x4e, 0x44], 33) < 0) return fail("truncated PNG (no IEND chunk)");
  return { ok: true, format: "png", width: u32be(b, 16), height: u32be(b, 20) };
}

function jpeg(b: Uint8Array): ImageSizeResult {
  let size: { width: number; height: number } | undefined;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return fail(`corrupt JPEG (no marker at byte ${i})`);
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2; // markers without a length
      continue;
    }
    const length = u16be(b, i + 2);
    if (length < 2) return fail("corrupt JPEG segment length");
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) break;
      size ??= { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    if (marker === 0xda) {
      if (!size) return fail("corrupt JPEG (scan before frame header)");
      // Entropy-coded data never contains FF D9 (FF is stuffed), so a missing EOI after
      // the first scan means the file was cut short.
      if (lastIndexOf(b, [0xff, 0xd9], i) < 0) return fail("truncated JPEG (no end-of-image marker)");
      return { ok: true, format: "jpeg", ...size };
    }
    i += 2 + length;
  }
  return fail("truncated JPEG header");
}

function gif(b: Uint8Array): ImageSizeResult {
  const version = ascii(b, 0, 6);
  if (version !== "GIF87a" && version !== "GIF89a") return fail(`unknown GIF version ${JSON.stringify(version)}`);
  if (b.length < 13) return fail("truncated GIF header");
  // A GIF ends with the trailer byte 3B (some writers pad with zeros after it).
  let end = b.length - 1;
  while (end > 13 && b[end] === 0) end--;
  if (b[end] !== 0x3b) return fail("truncated GIF (no trailer)");
  // The logical screen size, which is what PIL reports as the image size.
  return { ok: true, format: "gif", width: u16le(b, 6), height: u16le(b, 8) };
}

function webp(b: Uint8Array): ImageSizeResult {
  if (b.length < 30) return fail("truncated WebP header");
  if (u32le(b, 4) + 8 > b.length) return fail("truncated WebP (shorter than its RIFF size)");
  const chunk = ascii(b, 12, 4);
  if (chunk === "VP8 ") {
    // lossy: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return fail("corrupt WebP (bad VP8 start code)");
    return { ok: true, format: "webp", width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === "VP8L") {
    // lossless: signature 2F, then width-1 and height-1 as two 14-bit fields
    if (b[20] !== 0x2f) return fail("corrupt WebP (bad VP8L signature)");
    const bits = u32le(b, 21);
    return { ok: true, format: "webp", width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") {
    // extended: canvas width-1 and height-1, 24 bits each
    return { ok: true, format: "webp", width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  return fail(`unknown WebP chunk ${JSON.stringify(chunk)}`);
}

function bmp(b: Uint8Array): ImageSizeResult {
  if (b.length < 26) return fail("truncated BMP header");
  if (u32le(b, 2) > b.length) return fail("truncated BMP (shorter than its header says)");
  if (u32le(b, 14) === 12) return { ok: true, format: "bmp", width: u16le(b, 18), height: u16le(b, 20) };
  // A negative height marks a top-down bitmap.
  return { ok: true, format: "bmp", width: i32le(b, 18), height: Math.abs(i32le(b, 22)) };
}

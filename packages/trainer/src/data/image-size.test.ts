import { readImageSize } from "./image-size.js";
import { encodePng } from "./test-support/fixtures.js";
import { PIL_HEIGHT, PIL_IMAGES, PIL_WIDTH } from "./test-support/pil-images.js";

const pil = (name: string) => Buffer.from(PIL_IMAGES[name]!, "base64");

test.each([
  [1, 1],
  [3, 2],
  [640, 480],
  [70000, 1],
])("PNG %ix%i", (w, h) => {
  expect(readImageSize(encodePng(w, h))).toEqual({ ok: true, format: "png", width: w, height: h });
});

test.each([
  ["jpegProgressive", "jpeg"],
  ["jpegExif", "jpeg"],
  ["gif", "gif"],
  ["webpLossy", "webp"],
  ["webpLossless", "webp"],
  ["webpExtended", "webp"],
])("%s written by Pillow", (name, format) => {
  expect(readImageSize(pil(name))).toEqual({ ok: true, format, width: PIL_WIDTH, height: PIL_HEIGHT });
});

test("BMP, bottom-up and top-down", () => {
  const bmp = (width: number, height: number) => {
    const b = Buffer.alloc(54);
    b.write("BM", 0, "ascii");
    b.writeUInt32LE(54, 2); // file size
    b.writeUInt32LE(40, 14); // BITMAPINFOHEADER
    b.writeInt32LE(width, 18);
    b.writeInt32LE(height, 22);
    return b;
  };
  expect(readImageSize(bmp(300, 257))).toMatchObject({ ok: true, width: 300, height: 257 });
  expect(readImageSize(bmp(300, -257))).toMatchObject({ ok: true, width: 300, height: 257 });
});

describe("rejects what the processor could not decode", () => {
  const cut = (b: Uint8Array, keep: number) => b.subarray(0, Math.floor(b.length * keep));

  test.each([
    ["PNG", () => cut(encodePng(64, 64), 0.6), /truncated PNG/],
    ["PNG header", () => cut(encodePng(64, 64), 0.1), /truncated PNG header/],
    ["JPEG", () => cut(pil("jpegExif"), 0.7), /truncated JPEG/],
    ["GIF", () => cut(pil("gif"), 0.7), /truncated GIF/],
    ["WebP", () => cut(pil("webpLossy"), 0.7), /truncated WebP/],
  ])("a cut-short %s file", (_name, bytes, message) => {
    const r = readImageSize(bytes());
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.error).toMatch(message);
  });

  test("bytes that are no image format", () => {
    expect(readImageSize(Buffer.from("this is a text file, not an image"))).toEqual({
      ok: false,
      error: "unknown image format (expected PNG, JPEG, GIF, WebP or BMP)",
    });
    expect(readImageSize(new Uint8Array())).toMatchObject({ ok: false });
  });

  test("a header claiming zero size", () => {
    const png = Buffer.from(encodePng(4, 4));
    png.writeUInt32BE(0, 16);
    expect(readImageSize(png)).toMatchObject({ ok: false, error: expect.stringContaining("0x4") });
  });

  test("a JPEG whose scan comes before any frame header", () => {
    const b = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]);
    expect(readImageSize(b)).toMatchObject({ ok: false, error: expect.stringContaining("scan before frame") });
  });
});

import { fittedSize, imageTokenCount, smartResize } from "./smart-resize.js";

// Expected values computed with transformers 5.23's
// models.qwen2_vl.image_processing_qwen2_vl.smart_resize(h, w, factor=28, ...).
const RECIPE = { minPixels: 3136, maxPixels: 2_560_000, factor: 28 }; // docs/method.md: 4*28*28, 10000*16*16
const QWEN_DEFAULT = { minPixels: 256 * 28 * 28, maxPixels: 1280 * 28 * 28, factor: 28 };
const NO_FIT = { minPixels: 0, maxPixels: Infinity }; // data bounds that leave an image as it is

test.each([
  // [h, w, resized h, resized w, tokens, limits]
  [28, 28, 56, 56, 4, RECIPE], // below min_pixels: scaled up
  [70, 70, 56, 56, 4, RECIPE], // 70/28 = 2.5 rounds to even (Python round), not up
  [42, 98, 56, 112, 8, RECIPE],
  [224, 224, 224, 224, 64, RECIPE],
  [480, 640, 476, 644, 391, RECIPE],
  [1080, 1920, 1092, 1932, 2691, RECIPE],
  [3000, 4000, 1372, 1820, 3185, RECIPE], // above max_pixels: scaled down
  [2048, 2048, 1596, 1596, 3249, RECIPE],
  [1601, 1599, 1596, 1596, 3249, RECIPE],
  [10, 10, 56, 56, 4, RECIPE],
  [1, 100, 28, 560, 20, RECIPE], // a side that rounds to 0
  [100, 27, 112, 28, 4, RECIPE],
  [14, 2000, 28, 672, 24, RECIPE],
  [4000, 20, 4004, 28, 143, RECIPE],
  [1080, 1920, 728, 1316, 1222, QWEN_DEFAULT],
  [3000, 4000, 840, 1148, 1230, QWEN_DEFAULT],
  [10, 10, 448, 448, 256, QWEN_DEFAULT],
  [4000, 20, 6356, 56, 454, QWEN_DEFAULT],
] as const)("%ix%i -> %ix%i, %i tokens", (h, w, rh, rw, tokens, limits) => {
  expect(smartResize(h, w, limits)).toEqual({ height: rh, width: rw });
  expect(imageTokenCount(h, w, NO_FIT, limits)).toBe(tokens);
  // Orientation does not change the cost.
  expect(imageTokenCount(w, h, NO_FIT, limits)).toBe(tokens);
});

// The data's pixel range is applied first, as EasyR1's process_image applies it (sides truncated), then the
// processor rounds within the checkpoint's bounds; the same cases as python/tests/test_encoding.py, whose worker
// encodes them to these grids.
test.each([
  // [h, w, data range, fitted h, fitted w, tokens]
  [300, 300, { minPixels: 262144, maxPixels: 4194304 }, 512, 512, 18 * 18], // processor: 504x504 (the range alone: 532x532)
  [1000, 2000, { minPixels: 3136, maxPixels: 500000 }, 500, 1000, 18 * 36], // 504x1008 (the range alone: 476x980)
  [56, 84, { minPixels: 3136, maxPixels: 500000 }, 56, 84, 2 * 3], // inside the range: untouched
] as const)("%ix%i fitted to %o is %ix%i, %i tokens", (h, w, data, fh, fw, tokens) => {
  expect(fittedSize(h, w, data)).toEqual({ height: fh, width: fw });
  expect(imageTokenCount(h, w, data, { factor: 28, minPixels: 3136, maxPixels: 28 * 28 * 1280 })).toBe(tokens);
});

test("an aspect ratio above 200 is rejected as the processor does", () => {
  expect(() => smartResize(1, 201, RECIPE)).toThrow(/aspect ratio must be smaller than 200/);
  expect(() => smartResize(1, 200, RECIPE)).not.toThrow();
});

test("a zero side is rejected", () => {
  expect(() => smartResize(0, 10, RECIPE)).toThrow(RangeError);
});

// How many prompt tokens an image costs in Qwen2-VL / Qwen2.5-VL (and, at factor 32, Qwen3-VL).
//
// First the image is fitted to data.min_pixels / data.max_pixels as EasyR1 fits it (its
// dataset.py process_image; the worker's images.fitted_size): above max_pixels both sides
// scale by sqrt(max_pixels / area), below min_pixels by sqrt(min_pixels / area), each
// truncated to an integer. Then the processor resizes it within the checkpoint's own bounds,
// by `smart_resize` from transformers' Qwen2-VL image processor
// (models/qwen2_vl/image_processing_qwen2_vl.py), which Qwen2.5-VL reuses:
//   - reject an aspect ratio above 200;
//   - round each side to a multiple of factor = patch_size 14 * merge_size 2 = 28;
//   - if the area is above max_pixels, scale both sides down by sqrt(h*w / max_pixels)
//     and floor to multiples of 28 (at least 28); if below min_pixels, scale up by
//     sqrt(min_pixels / (h*w)) and ceil to multiples of 28.
// The vision encoder then sees (h/14)*(w/14) patches, merged 2x2 into
// (h/28)*(w/28) tokens, between one <|vision_start|> and one <|vision_end|> token.
// Orientation does not matter: swapping h and w swaps the result.

export const QWEN_VL_FACTOR = 28;
/** <|vision_start|> and <|vision_end|> around each image's tokens. */
export const VISION_MARKER_TOKENS = 2;

export interface PixelLimits {
  minPixels: number;
  maxPixels: number;
  factor?: number;
}

/** Python's round(): halves go to the even neighbour (round(2.5) == 2). */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** The size the processor resizes an image to; throws RangeError like the processor does. */
export function smartResize(height: number, width: number, limits: PixelLimits): { height: number; width: number } {
  const factor = limits.factor ?? QWEN_VL_FACTOR;
  if (!(height > 0 && width > 0)) throw new RangeError(`image size must be positive, got ${width}x${height}`);
  const ratio = Math.max(height, width) / Math.min(height, width);
  if (ratio > 200) throw new RangeError(`absolute aspect ratio must be smaller than 200, got ${ratio.toFixed(1)}`);
  let h = roundHalfEven(height / factor) * factor;
  let w = roundHalfEven(width / factor) * factor;
  if (h * w > limits.maxPixels) {
    const beta = Math.sqrt((height * width) / limits.maxPixels);
    h = Math.max(factor, Math.floor(height / beta / factor) * factor);
    w = Math.max(factor, Math.floor(width / beta / factor) * factor);
  } else if (h * w < limits.minPixels) {
    const beta = Math.sqrt(limits.minPixels / (height * width));
    h = Math.ceil((height * beta) / factor) * factor;
    w = Math.ceil((width * beta) / factor) * factor;
  }
  return { height: h, width: w };
}

/** The size an image is fitted to under data.min_pixels / data.max_pixels, before the processor (EasyR1's rule). */
export function fittedSize(height: number, width: number, data: { minPixels: number; maxPixels: number }): { height: number; width: number } {
  if (width * height > data.maxPixels) {
    const scale = Math.sqrt(data.maxPixels / (width * height));
    [width, height] = [Math.trunc(width * scale), Math.trunc(height * scale)];
  }
  if (width * height < data.minPixels) {
    const scale = Math.sqrt(data.minPixels / (width * height));
    [width, height] = [Math.trunc(width * scale), Math.trunc(height * scale)];
  }
  return { height, width };
}

/** The checkpoint's own image processor bounds and factor (its preprocessor config). */
export interface ImageProcessorGeometry {
  factor: number;
  minPixels: number;
  maxPixels: number;
}

/** Qwen2-VL's image processor when the checkpoint names no bounds: 56*56 to 28*28*1280 pixels, factor 28. */
export const QWEN_VL_PROCESSOR: ImageProcessorGeometry = { factor: QWEN_VL_FACTOR, minPixels: 56 * 56, maxPixels: 28 * 28 * 1280 };
/** A processor not known here (its files unreadable): rounding to the grid only, so an estimate never refuses too much. */
export const ROUNDING_ONLY: ImageProcessorGeometry = { factor: QWEN_VL_FACTOR, minPixels: 0, maxPixels: Infinity };

/**
 * Image tokens (without the two vision markers) for an image of the given size: fitted to the data's pixel range,
 * then resized by the checkpoint's processor (`processor`).
 */
export function imageTokenCount(
  height: number, width: number, data: { minPixels: number; maxPixels: number }, processor: ImageProcessorGeometry = ROUNDING_ONLY,
): number {
  const fitted = fittedSize(height, width, data);
  const r = smartResize(fitted.height, fitted.width, processor);
  return (r.height / processor.factor) * (r.width / processor.factor);
}

// How many prompt tokens an image costs in Qwen2-VL / Qwen2.5-VL.
//
// The rule is `smart_resize` from transformers' Qwen2-VL image processor
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

/** Image tokens (without the two vision markers) for an image of the given size. */
export function imageTokenCount(height: number, width: number, limits: PixelLimits): number {
  const factor = limits.factor ?? QWEN_VL_FACTOR;
  const r = smartResize(height, width, limits);
  return (r.height / factor) * (r.width / factor);
}

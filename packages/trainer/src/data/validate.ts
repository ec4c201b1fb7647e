// Checks a well-formed sample against what training can take: image tokens within the
// prompt budget, image (video) placeholders matching the images (videos). Video tokens are
// counted by the worker's data check (they depend on the decoded frames).
import { type ImageProcessorGeometry, imageTokenCount, ROUNDING_ONLY, VISION_MARKER_TOKENS } from "./smart-resize.js";
import type { InvalidReason, Sample } from "./sample.js";

export interface SampleLimits {
  /** data.max_prompt_length */
  maxPromptLength: number;
  /** data.min_pixels / data.max_pixels: each image is fitted into them before the processor resizes it. */
  minPixels: number;
  maxPixels: number;
  /**
   * The checkpoint's image processor (factor and own bounds: imageProcessorGeometry); null: its images are not sized
   * by smart_resize (InternVL's tiles), so only the worker's exact count budgets them. Default (unknown): grid rounding.
   */
  imageProcessor?: ImageProcessorGeometry | null;
  /** worker.rollout.limit_images; 0: no limit. */
  maxImages?: number;
  /** Counts the prompt text's tokens when a tokenizer is at hand; else only images are budgeted. */
  countTextTokens?: (text: string) => number;
}

/** Marks where an image (a video) goes in the prompt (EasyR1's convention); the worker splits the text there. */
export const IMAGE_PLACEHOLDER = "<image>";
export const VIDEO_PLACEHOLDER = "<video>";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function checkSample(sample: Sample, limits: SampleLimits): InvalidReason[] {
  const reasons: InvalidReason[] = [];
  const n = sample.images.length;

  const kinds = [["image", IMAGE_PLACEHOLDER, n], ["video", VIDEO_PLACEHOLDER, sample.videos.length]] as const;
  for (const [kind, placeholder, count] of kinds) {
    const placeholders = sample.prompt.split(placeholder).length - 1;
    if (placeholders > 0 && placeholders !== count) {
      reasons.push({
        code: `${kind}_count_mismatch`,
        message:
          `the prompt has ${plural(placeholders, `${placeholder} placeholder`)} but the row has ${plural(count, kind)}; ` +
          `each ${placeholder} takes the next ${kind}, so give the row one ${kind} per placeholder, ` +
          `or remove the placeholders to put the ${kind}s before the text`,
      });
    }
  }
  if (limits.maxImages && n > limits.maxImages) {
    reasons.push({ code: "too_many_images", message: `${n} images, more than worker.rollout.limit_images=${limits.maxImages}` });
  }

  let imageTokens = 0;
  const details: string[] = [];
  // null: tiled images (InternVL), which only the worker's exact count budgets.
  const processor = limits.imageProcessor === undefined ? ROUNDING_ONLY : limits.imageProcessor;
  const budgeted = processor === null ? [] : sample.images;
  for (const image of budgeted) {
    try {
      const tokens = imageTokenCount(image.height, image.width, limits, processor!);
      imageTokens += tokens + VISION_MARKER_TOKENS;
      details.push(`${image.width}x${image.height}: ${tokens}`);
    } catch (err) {
      reasons.push({ code: "image_too_large", message: `image ${image.source}: ${(err as Error).message}` });
    }
  }
  if (imageTokens > limits.maxPromptLength) {
    reasons.push({
      code: "image_too_large",
      message:
        `images need ${imageTokens} prompt tokens (${details.join(", ")}, plus markers) but ` +
        `data.max_prompt_length is ${limits.maxPromptLength}; lower data.max_pixels (${limits.maxPixels}) ` +
        `or raise data.max_prompt_length`,
    });
  } else if (limits.countTextTokens) {
    const total = imageTokens + limits.countTextTokens(sample.prompt);
    if (total > limits.maxPromptLength) {
      reasons.push({
        code: "prompt_too_long",
        message: `prompt needs ${total} tokens (${imageTokens} for images) but data.max_prompt_length is ${limits.maxPromptLength}`,
      });
    }
  }
  return reasons;
}

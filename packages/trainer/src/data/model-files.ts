// What a checkpoint's own files say about its inputs, read here before any worker loads it: whether it has a
// vision tower (config.json) and how its image processor sizes images (preprocessor_config.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ImageProcessorGeometry, QWEN_VL_PROCESSOR } from "./smart-resize.js";

/** Whether a Hugging Face checkpoint has a vision tower (its config.json has a vision_config). */
export function isVisionModel(modelPath: string): boolean {
  try {
    const config = JSON.parse(readFileSync(join(modelPath, "config.json"), "utf8")) as Record<string, unknown>;
    return typeof config.vision_config === "object" && config.vision_config !== null;
  } catch {
    return false; // unreadable here: the worker's load reports it
  }
}

/**
 * The checkpoint's image processor: its side factor (patch_size x merge_size: 28 for Qwen2/2.5-VL, 32 for Qwen3-VL) and
 * its own pixel bounds (min_pixels / max_pixels, or size.shortest_edge / longest_edge; Qwen2-VL's defaults when absent).
 * null when its images are not sized that way (no merge_size: InternVL's fixed tiles), undefined when no processor
 * file can be read here (the worker's load reports it). The settings are in preprocessor_config.json, or under
 * "image_processor" in processor_config.json (transformers 5's layout).
 */
export function imageProcessorGeometry(modelPath: string): ImageProcessorGeometry | null | undefined {
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(join(modelPath, file), "utf8")) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  const processor = read("preprocessor_config.json") ?? (read("processor_config.json")?.image_processor as Record<string, unknown> | undefined);
  if (!processor) return undefined;
  const { patch_size: patch, merge_size: merge } = processor;
  if (typeof patch !== "number" || typeof merge !== "number") return null;
  const size = (processor.size ?? {}) as Record<string, unknown>;
  const number = (...values: unknown[]) => values.find((v): v is number => typeof v === "number");
  return {
    factor: patch * merge,
    minPixels: number(processor.min_pixels, size.shortest_edge) ?? QWEN_VL_PROCESSOR.minPixels,
    maxPixels: number(processor.max_pixels, size.longest_edge) ?? QWEN_VL_PROCESSOR.maxPixels,
  };
}

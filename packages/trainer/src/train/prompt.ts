// How a dataset sample becomes a chat prompt for the worker.
import { readFileSync } from "node:fs";
import type { PromptInput } from "@observe-r1/bridge";
import type { Sample, SampleImage } from "../data/index.js";

/** docs/method.md section 2: the system prompt tells the model the multimodal answer format. */
export const OBSERVE_R1_SYSTEM_PROMPT =
  "You are a helpful assistant. First describe what the image shows that matters for the question inside " +
  "<observe> </observe>, then reason step by step inside <think> </think>, then give the final answer inside " +
  "<answer> </answer>.";

export interface PromptTemplate {
  system: string;
  /** Wraps the problem text; `{{ content }}` is replaced by it. */
  user: string;
}

/**
 * data.format_prompt: null gives the built-in Observe-R1 system prompt; otherwise a
 * template file (EasyR1 style) whose `{{ content }}` placeholder receives the problem.
 */
export function promptTemplate(formatPromptPath: string | null): PromptTemplate {
  if (!formatPromptPath) return { system: OBSERVE_R1_SYSTEM_PROMPT, user: "{{ content }}" };
  let text: string;
  try {
    text = readFileSync(formatPromptPath, "utf8");
  } catch (err) {
    throw new Error(`data.format_prompt: cannot read ${formatPromptPath}: ${(err as Error).message}`);
  }
  if (!/\{\{\s*content\s*\}\}/.test(text)) {
    throw new Error(`data.format_prompt: ${formatPromptPath} has no {{ content }} placeholder for the problem text`);
  }
  return { system: "", user: text.trim() };
}

export function toPrompt(sample: Sample, template: PromptTemplate): PromptInput {
  return {
    system: template.system || undefined,
    text: template.user.replace(/\{\{\s*content\s*\}\}/g, problemText(sample)),
    ...promptMedia(sample),
  };
}

/** A sample's images and videos as the worker takes them (it decodes both). */
export function promptMedia(sample: Sample): Pick<PromptInput, "images" | "videos"> {
  const image = (img: SampleImage) => ({ data: img.bytes, source: img.source });
  return {
    images: sample.images.map(image),
    videos: sample.videos.map((v) => v.kind === "file"
      ? { data: v.bytes, source: v.source, fps: v.fps }
      : { frames: v.frames.map(image), source: v.source, fps: v.fps }),
  };
}

/**
 * Benchmark-style rows (MathVista) carry the options in a `choices` list: the prompt
 * lists them as (A) ... (B) ..., and the accuracy reward accepts the letter or the text.
 */
export function sampleChoices(sample: Sample): string[] | null {
  const choices = sample.meta.choices;
  return Array.isArray(choices) && choices.length > 0 ? choices.map((c) => String(c)) : null;
}

/** The problem as the model reads it: the row's text, plus its choices when the text does not list them. */
export function problemText(sample: Sample): string {
  const choices = sampleChoices(sample);
  const text = sample.prompt.trim();
  if (choices === null || /\(A\)|\bA\./.test(text)) return text;
  const listed = choices.map((c, i) => `(${String.fromCharCode(65 + i)}) ${c}`).join(" ");
  return `${text}\nChoices: ${listed}`;
}

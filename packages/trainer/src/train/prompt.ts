// How a dataset sample becomes a chat prompt for the worker.
import { readFileSync } from "node:fs";
import { parse, Template, tokenize } from "@huggingface/jinja";
import type { PromptInput } from "@observe-r1/bridge";
import type { Sample, SampleImage } from "../data/index.js";

/** docs/method.md section 2: the system prompt tells the model the multimodal answer format. */
export const OBSERVE_R1_SYSTEM_PROMPT =
  "You are a helpful assistant. First describe what the image shows that matters for the question inside " +
  "<observe> </observe>, then reason step by step inside <think> </think>, then give the final answer inside " +
  "<answer> </answer>.";

export interface PromptTemplate {
  system: string;
  /** The user turn: a Jinja template whose `content` variable is the problem text (EasyR1's format_prompt). */
  user: string;
}

/**
 * data.format_prompt: null gives the built-in Observe-R1 system prompt; otherwise a Jinja template file, as
 * EasyR1's (`{{ content | trim }} You FIRST think ...`), rendered around the problem text as EasyR1 renders it
 * (its dataset: jinja2 Template(file text stripped).render(content=problem)).
 */
export function promptTemplate(formatPromptPath: string | null): PromptTemplate {
  if (!formatPromptPath) return { system: OBSERVE_R1_SYSTEM_PROMPT, user: "{{ content }}" };
  let text: string;
  try {
    text = readFileSync(formatPromptPath, "utf8");
  } catch (err) {
    throw new Error(`data.format_prompt: cannot read ${formatPromptPath}: ${(err as Error).message}`);
  }
  const user = text.trim();
  let probe: string;
  try {
    probe = compiled(user).render({ content: CONTENT_PROBE });
  } catch (err) {
    throw new Error(`data.format_prompt: ${formatPromptPath} is not a Jinja template this can render: ${(err as Error).message}`);
  }
  if (!probe.includes(CONTENT_PROBE)) {
    throw new Error(`data.format_prompt: ${formatPromptPath} never puts the problem text in: it needs {{ content }} (or {{ content | trim }})`);
  }
  return { system: "", user };
}

export function toPrompt(sample: Sample, template: PromptTemplate): PromptInput {
  return {
    system: template.system || undefined,
    text: compiled(template.user).render({ content: problemText(sample) }),
    ...promptMedia(sample),
  };
}

/** A problem text no template could write itself, to see that a template uses `content`. */
const CONTENT_PROBE = "\u0000observe-r1 problem text\u0000";
const templates = new Map<string, Template>();

/**
 * Each template source parsed once, by @huggingface/jinja (Jinja2's syntax and filters, transformers.js's renderer),
 * with jinja2.Template's defaults: a block tag keeps the newline after it (its Template class trims it, as chat
 * templates are rendered, so the program is parsed here and put in an empty one).
 */
function compiled(source: string): Template {
  let template = templates.get(source);
  if (!template) {
    template = new Template("");
    template.parsed = parse(tokenize(source, { lstrip_blocks: false, trim_blocks: false }));
    templates.set(source, template);
  }
  return template;
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
  if (choices === null || listsChoices(text, choices)) return text;
  const listed = choices.map((c, i) => `(${optionLetter(i)}) ${c}`).join(" ");
  return `${text}\nChoices: ${listed}`;
}

const optionLetter = (i: number) => String.fromCharCode(65 + i);

/**
 * Whether `text` already shows every option under its letter: "(B)" anywhere, or "B." / "B:" / "B)" followed
 * by that option's text (MathVista's query, MMMU's "A. ..." lines, "A: 120 B: 145"). A bare letter is not
 * enough ("the angle at vertex A." lists nothing): when in doubt the options are appended, since a prompt
 * that lists them twice still lets the model answer and one that lists none does not.
 */
function listsChoices(text: string, choices: string[]): boolean {
  const flat = (s: string) => s.replace(/\s+/g, " ").trim();
  const body = flat(text);
  return choices.every((choice, i) => {
    const letter = optionLetter(i);
    if (body.includes(`(${letter})`)) return true;
    const option = flat(choice).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?:^|[^A-Za-z0-9])${letter}[.:)] ?${option}`).test(body);
  });
}

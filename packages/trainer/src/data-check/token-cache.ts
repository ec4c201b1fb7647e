// Prompt token counts cached per dataset: counting runs the processor on every image, so a
// large dataset is counted once, not at every start. The key covers everything the count
// depends on: the data files (path, size, mtime), the checkpoint's tokenizer/processor files,
// the pixel budget, the prompt template and the data keys.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { Sample } from "../data/index.js";

export interface PromptTokens {
  /** Tokens of the whole prompt as the worker encodes it. */
  total: number;
  /** Of those, image tokens. */
  image: number;
  /** Of those, video tokens. */
  video: number;
}

/** The checkpoint files that decide how a prompt is tokenized (not the weights). */
const PROCESSOR_FILE = /^(tokenizer.*|vocab.*|merges\.txt|chat_template.*|preprocessor_config\.json|processor_config\.json|video_preprocessor_config\.json|special_tokens_map\.json)$/;

export function defaultCacheDir(): string {
  return process.env.OBSERVE_CACHE_DIR ?? join(homedir(), ".cache", "observe-r1");
}

export class PromptTokenCache {
  readonly file: string;

  constructor(dataFiles: readonly string[], settings: { modelPath: string } & Record<string, unknown>, cacheDir = defaultCacheDir()) {
    const stamp = (path: string) => {
      const s = statSync(path);
      return [resolve(path), s.size, s.mtimeMs];
    };
    const model = resolve(settings.modelPath);
    const processorFiles = existsSync(model) ? readdirSync(model).filter((f) => PROCESSOR_FILE.test(f)).sort().map((f) => stamp(join(model, f))) : [];
    const key = createHash("sha256")
      .update(JSON.stringify({ data: dataFiles.map(stamp), processorFiles, settings: { ...settings, modelPath: model } }))
      .digest("hex")
      .slice(0, 32);
    this.file = join(cacheDir, "prompt-tokens", `${key}.json`);
  }

  /** The counts of these samples, or undefined when not cached (or cached for other samples). */
  read(samples: readonly Sample[]): PromptTokens[] | undefined {
    let cached: { ids: string[]; counts: [number, number, number?][] };
    try {
      cached = JSON.parse(readFileSync(this.file, "utf8")) as typeof cached;
    } catch {
      return undefined;
    }
    if (cached.ids?.length !== samples.length || samples.some((s, i) => cached.ids[i] !== s.id)) return undefined;
    return cached.counts.map(([total, image, video]) => ({ total, image, video: video ?? 0 }));
  }

  /** Written aside and renamed, so a cache file is never half written. A read-only cache dir is no error. */
  write(samples: readonly Sample[], counts: readonly PromptTokens[]): void {
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ ids: samples.map((s) => s.id), counts: counts.map((c) => [c.total, c.image, c.video]) }));
      renameSync(tmp, this.file);
    } catch {
      // Counting again next time is the only cost.
    }
  }
}

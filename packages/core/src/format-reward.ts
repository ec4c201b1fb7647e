/**
 * Format reward (docs/method.md section 2). A response earns `score` when each tag
 * appears exactly once and the response matches
 *   <observe>.+?</observe>\s*<think>.+?</think>\s*<answer>.+?</answer>
 * anywhere in the text (dot matches newlines), like the recipe's re.search.
 * With `allowNestedObserve`, the form
 *   <think>.+?<observe>.+?</observe>.+?</think>\s*<answer>.+?</answer>
 * is also accepted, with the same exactly-once checks (the recipe skipped them there).
 *
 * Because every tag occurs exactly once, the regex reduces to comparing the tags'
 * positions, which is what we do: one scan over the '<' characters, no backtracking.
 */
import { CoreConfigError, checkBoolean, checkKnownKeys, checkNumber } from "./errors.js";

export interface FormatTags {
  /** Tag holding the image description; null drops it (plain think/answer format). */
  observe: string | null;
  think: string;
  answer: string;
}

export interface FormatConfig {
  /** Reward for a well-formed response. */
  score: number;
  /** Also accept <observe> nested inside <think>. */
  allowNestedObserve: boolean;
  tags: FormatTags;
}

export const DEFAULT_FORMAT_CONFIG: Readonly<FormatConfig> = Object.freeze({
  score: 0.5,
  allowNestedObserve: false,
  tags: Object.freeze({ observe: "observe", think: "think", answer: "answer" }),
});

export function resolveFormatConfig(partial: Partial<FormatConfig> = {}, key = "data.format"): FormatConfig {
  checkKnownKeys(partial, ["score", "allowNestedObserve", "tags"], key);
  const tags = { ...DEFAULT_FORMAT_CONFIG.tags, ...(partial.tags ?? {}) };
  checkKnownKeys(tags, ["observe", "think", "answer"], `${key}.tags`);
  for (const [name, tag] of Object.entries(tags)) {
    if (tag === null && name === "observe") continue;
    if (typeof tag !== "string" || !/^[A-Za-z][\w-]*$/.test(tag)) {
      throw new CoreConfigError(`${key}.tags.${name}`, `invalid tag name ${JSON.stringify(tag)}`, "Use a bare name like \"think\" (no angle brackets)");
    }
  }
  if (new Set([tags.observe, tags.think, tags.answer]).size !== 3) {
    throw new CoreConfigError(`${key}.tags`, "tag names must differ", "Give observe, think and answer distinct names");
  }
  return {
    score: checkNumber(partial.score ?? DEFAULT_FORMAT_CONFIG.score, `${key}.score`, { min: 0 }),
    allowNestedObserve: checkBoolean(partial.allowNestedObserve ?? DEFAULT_FORMAT_CONFIG.allowNestedObserve, `${key}.allowNestedObserve`),
    tags,
  };
}

/** Precomputed tag strings for one config; build once, apply to many responses. */
export interface FormatChecker {
  (response: string): number;
  readonly config: FormatConfig;
}

export function createFormatChecker(config: FormatConfig = DEFAULT_FORMAT_CONFIG): FormatChecker {
  const { tags, score, allowNestedObserve } = config;
  const thinkO = `<${tags.think}>`, thinkC = `</${tags.think}>`;
  const ansO = `<${tags.answer}>`, ansC = `</${tags.answer}>`;
  const obsO = tags.observe === null ? null : `<${tags.observe}>`;
  const obsC = tags.observe === null ? null : `</${tags.observe}>`;

  const hasObserve = obsO !== null && obsC !== null;
  const thinkFirst = tags.think.charCodeAt(0);
  const ansFirst = tags.answer.charCodeAt(0);
  const obsFirst = hasObserve ? tags.observe!.charCodeAt(0) : -1;
  const check = ((response: string): number => {
    // One pass over the '<' characters records where each tag sits: -1 absent, -2 repeated.
    let to = -1, tc = -1, ao = -1, ac = -1, oo = -1, oc = -1;
    for (let i = response.indexOf("<"); i >= 0; i = response.indexOf("<", i + 1)) {
      const closing = response.charCodeAt(i + 1) === 47; /* "/" */
      // Dispatch on the tag name's first letter so each '<' costs at most a few startsWith.
      const c = response.charCodeAt(closing ? i + 2 : i + 1);
      if (closing) {
        if (c === thinkFirst && response.startsWith(thinkC, i)) tc = tc === -1 ? i : -2;
        else if (c === ansFirst && response.startsWith(ansC, i)) ac = ac === -1 ? i : -2;
        else if (c === obsFirst && response.startsWith(obsC!, i)) oc = oc === -1 ? i : -2;
      } else if (c === thinkFirst && response.startsWith(thinkO, i)) to = to === -1 ? i : -2;
      else if (c === ansFirst && response.startsWith(ansO, i)) ao = ao === -1 ? i : -2;
      else if (c === obsFirst && response.startsWith(obsO!, i)) oo = oo === -1 ? i : -2;
    }
    if (to < 0 || tc < 0 || ao < 0 || ac < 0) return 0;
    // Shared tail: <think>..</think>\s*<answer>.+?</answer>
    if (!(to < tc && hasContent(ac, ao + ansO.length) && onlyWhitespace(response, tc + thinkC.length, ao))) return 0;
    if (!hasObserve) return hasContent(tc, to + thinkO.length) ? score : 0;

    if (oo < 0 || oc < 0 || !hasContent(oc, oo + obsO!.length)) return 0;
    // Flat: <observe>.+?</observe>\s*<think>.+?</think>
    if (oc < to && onlyWhitespace(response, oc + obsC!.length, to) && hasContent(tc, to + thinkO.length)) return score;
    // Nested: <think>.+?<observe>.+?</observe>.+?</think>
    if (allowNestedObserve && hasContent(oo, to + thinkO.length) && hasContent(tc, oc + obsC!.length)) return score;
    return 0;
  }) as FormatChecker;
  Object.defineProperty(check, "config", { value: config });
  return check;
}

/** One-off convenience; prefer createFormatChecker in loops. */
export function formatReward(response: string, config: FormatConfig = DEFAULT_FORMAT_CONFIG): number {
  return createFormatChecker(config)(response);
}

/** `.+?` between start and end: at least one character (end is the next tag's index). */
function hasContent(end: number, start: number): boolean {
  return end > start;
}

function onlyWhitespace(s: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) {
    // Same set as Python's \s for str patterns on ASCII plus the common Unicode spaces.
    const c = s.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 0x1c && c <= 0x1f))) return false;
  }
  return true;
}

/**
 * Math answer verifier (docs/method.md section 3).
 *
 * Library choice, measured on the verifier table (verifier-table.test.ts, 216 cases)
 * with the same pipeline and only the library swapped (parse + evaluate), Node 20,
 * shared 2-core box, fresh verifier per pass so no cache hides library cost:
 *   mathjs 15 (number build) behind latex-to-mathjs.ts  216/216 right, 0.06-0.16 ms/case
 *   @cortex-js/compute-engine 0.27 (parses LaTeX itself)  214/216 right, 0.9-2.1 ms/case
 *     (misses: \binom does not compile, \operatorname{lcm}; treats \log as base 10)
 *   nerdamer 1.1 (convertFromLaTeX)                        199/216 right, 0.3-0.6 ms/case
 *     (misses \tfrac12, \times 10^{n}, |x|, \log_b, \lfloor, implicit xy, mixed numbers)
 * mathjs was right most often and 6-13x faster than compute-engine, so it is the one
 * dependency. The table grew while the mathjs pipeline was built; compute-engine's
 * native LaTeX parser is its strength (e.g. repeating decimals), its speed is not.
 */
import { answerChoiceLetter, goldChoice } from "./choice.js";
import type { MathBackend } from "./backend.js";
import { equivalent, textEquivalent, type Tolerance } from "./equivalence.js";
import { answerCandidates, isProse, type ExtractionRule } from "./extract.js";
import { mathjsBackend } from "./mathjs-backend.js";
import { normalizeAnswer } from "./normalize.js";
import { ValueParser, type Value } from "./parse.js";
import { checkKnownKeys, checkNumber } from "../errors.js";

export interface VerifierConfig {
  /** Relative tolerance when comparing numbers (0.5 vs 50% vs 1/2). */
  tolerance: number;
}

export const DEFAULT_VERIFIER_CONFIG: Readonly<VerifierConfig> = Object.freeze({ tolerance: 1e-6 });

export function resolveVerifierConfig(partial: Partial<VerifierConfig> = {}, key = "algorithm.accuracy"): VerifierConfig {
  checkKnownKeys(partial, ["tolerance"], key);
  return { tolerance: checkNumber(partial.tolerance ?? DEFAULT_VERIFIER_CONFIG.tolerance, `${key}.tolerance`, { min: 0, max: 0.5 }) };
}

/**
 * A ground truth parsed once and reused for every response of its group.
 * `choice`: the option letter when the gold is one (or the row's `choices` make it
 * one); `value`: what the answer must equal when it names no letter (null for a
 * bare letter with no option text); `options`: how many letters the row has; `text` and
 * `rule`: the part of the gold that was read, and the extraction rule that chose it.
 */
export type PreparedGold =
  | { ok: true; raw: string; text: string; choice: string; value: Value | null; options: number | null; rule: ExtractionRule }
  | { ok: true; raw: string; text: string; choice: null; value: Value; options: null; rule: ExtractionRule }
  | { ok: false; raw: string; error: string };

export interface Verdict {
  correct: boolean;
  /** Set when the ground truth cannot be parsed: the sample scores 0 and is a data error. */
  dataError: string | null;
}

/** What was compared, for debugging a reward: the text each side was reduced to and the rule that chose it. */
export interface Explanation extends Verdict {
  gold: { text: string | null; rule: ExtractionRule | null };
  answer: { text: string | null; rule: ExtractionRule | "choice-letter" | null };
}

const A = "A".charCodeAt(0);

export class MathVerifier {
  private readonly parser: ValueParser;
  private readonly tol: Tolerance;
  private readonly goldCache = new Map<string, PreparedGold>();

  constructor(config: VerifierConfig = DEFAULT_VERIFIER_CONFIG, backend: MathBackend = mathjsBackend) {
    this.parser = new ValueParser(backend);
    this.tol = { relative: config.tolerance };
  }

  /** `choices`: the row's option texts in letter order (A, B, ...), when it is multiple choice. */
  prepareGold(gold: string, choices?: readonly string[] | null): PreparedGold {
    const key = choices && choices.length > 0 ? `${gold}\u0000${choices.join("\u0001")}` : gold;
    let hit = this.goldCache.get(key);
    if (hit === undefined) {
      hit = this.parseGold(gold, choices && choices.length > 0 ? choices : null);
      if (this.goldCache.size >= 20_000) this.goldCache.clear();
      this.goldCache.set(key, hit);
    }
    return hit;
  }

  /** Whether `pred` (the extracted answer, null when there is none) matches a prepared gold. */
  judge(pred: string | null, gold: PreparedGold): boolean {
    return this.compare(pred, gold).correct;
  }

  verify(pred: string | null, gold: string, choices?: readonly string[] | null): Verdict {
    const g = this.prepareGold(gold, choices);
    if (!g.ok) return { correct: false, dataError: g.error };
    return { correct: this.judge(pred, g), dataError: null };
  }

  /** verify() plus what each side was reduced to: for the reward debugger. */
  explain(pred: string | null, gold: string, choices?: readonly string[] | null): Explanation {
    const g = this.prepareGold(gold, choices);
    if (!g.ok) return { correct: false, dataError: g.error, gold: { text: null, rule: null }, answer: { text: null, rule: null } };
    const r = this.compare(pred, g);
    return { correct: r.correct, dataError: null, gold: { text: g.text, rule: g.rule }, answer: { text: r.text, rule: r.rule } };
  }

  private compare(pred: string | null, gold: PreparedGold): { correct: boolean; text: string | null; rule: Explanation["answer"]["rule"] } {
    const none = { correct: false, text: null, rule: null };
    if (!gold.ok || pred === null || pred.trim().length === 0) return none;
    const candidates = answerCandidates(pred);
    if (gold.choice !== null) {
      // A boxed or "final answer is" letter first, then the whole text (which reads its own cues).
      const strong = candidates.filter((c) => c.rule === "answer-tag" || c.rule === "boxed" || c.rule === "final-answer" || c.rule === "whole");
      const letter = strong.map((c) => answerChoiceLetter(normalizeAnswer(c.text).text)).find((l) => l !== null) ?? null;
      // A letter outside the row's options ("see Table C") is not a choice; compare the value instead.
      if (letter !== null && (gold.options === null || letter.charCodeAt(0) - A < gold.options)) {
        return { correct: letter === gold.choice, text: letter, rule: "choice-letter" };
      }
      if (gold.value === null) return none;
    }
    const value = gold.value!;
    if (value.kind === "text") {
      // Short text: the whole answer or what an answer cue points at ("The answer is yes").
      for (const c of candidates) {
        if (c.rule === "math-span" || c.rule === "last-number") continue;
        const text = normalizeAnswer(c.text).text;
        if (textEquivalent(value.text, text)) return { correct: true, text, rule: c.rule };
      }
      return none;
    }
    // The first candidate that reads as math decides; prose is looked into, not compared.
    for (const c of candidates) {
      const parsed = this.read(c.text);
      if (parsed === null || parsed.kind === "text") continue;
      return { correct: equivalent(value, parsed, this.tol), text: c.text, rule: c.rule };
    }
    return none;
  }

  /** Normalise and parse one candidate answer; prose reads as text ("We find that x \\neq 3" is not x-algebra). */
  private read(text: string): Value | null {
    const norm = normalizeAnswer(text);
    if (norm.text.length === 0) return null;
    const joined = joinAlternatives(norm.text);
    const value = this.parser.parse(joined, norm.percent);
    const constant = value !== null && (value.kind === "number" || (value.kind === "expr" && value.expr.vars.length === 0));
    if (value !== null && !constant && value.kind !== "text" && isProse(joined)) return { kind: "text", text: norm.text };
    return value;
  }

  private parseGold(raw: string, choices: readonly string[] | null): PreparedGold {
    if (typeof raw !== "string") return { ok: false, raw: String(raw), error: `ground truth is ${raw === null ? "null" : typeof raw}, expected a string` };
    if (raw.trim().length === 0) return { ok: false, raw, error: "ground truth is empty" };
    let found: { choice: string | null; optionText: string | null; value: Value | null; text: string; rule: ExtractionRule } | null = null;
    let textual: { value: Value; text: string; rule: ExtractionRule } | null = null;
    for (const c of answerCandidates(raw, { unterminatedBox: true })) {
      const norm = normalizeAnswer(c.text);
      if (norm.text.length === 0) continue;
      const letter = goldChoice(norm.text);
      if (letter !== null) {
        found = { choice: letter.letter, optionText: letter.text, value: null, text: c.text, rule: c.rule };
        break;
      }
      const value = this.read(c.text);
      if (value === null) continue;
      if (value.kind === "text") {
        textual ??= { value, text: c.text, rule: c.rule };
        continue;
      }
      found = { choice: null, optionText: null, value, text: c.text, rule: c.rule };
      break;
    }
    found ??= textual && { choice: null, optionText: null, ...textual };
    if (found === null) return { ok: false, raw, error: `ground truth ${JSON.stringify(raw)} cannot be parsed as a number, expression, set, equation, matrix, option letter or short text` };
    if (found.choice !== null) {
      const optionText = found.optionText ?? (choices ? choices[found.choice.charCodeAt(0) - A] ?? null : null);
      if (choices && found.choice.charCodeAt(0) - A >= choices.length) {
        return { ok: false, raw, error: `ground truth ${JSON.stringify(raw)} names option ${found.choice}, but the row has ${choices.length} choices` };
      }
      const value = optionText === null ? null : (this.read(optionText) ?? { kind: "text" as const, text: optionText });
      return { ok: true, raw, text: found.text, choice: found.choice, value, options: choices ? choices.length : null, rule: found.rule };
    }
    if (choices) {
      // MathVista rows: the gold is an option's text; its letter is the answer too.
      const index = choices.findIndex((option) => {
        const v = this.read(option) ?? { kind: "text" as const, text: option };
        return found.value!.kind === "text" ? v.kind === "text" && textEquivalent(found.value!.text, v.text) : equivalent(found.value!, v, this.tol);
      });
      if (index < 0) return { ok: false, raw, error: `ground truth ${JSON.stringify(raw)} is none of the row's choices ${JSON.stringify(choices)}` };
      return { ok: true, raw, text: found.text, choice: String.fromCharCode(A + index), value: found.value!, options: choices.length, rule: found.rule };
    }
    return { ok: true, raw, text: found.text, choice: null, value: found.value!, options: null, rule: found.rule };
  }
}

/** "1 and 2", "(11,7) or (7,11)", "6 \\text{ and } 8": words joining answers become commas. */
function joinAlternatives(s: string): string {
  if (!/(?:^|[^A-Za-z])(?:and|or)(?![A-Za-z])/.test(s)) return s;
  return s.replace(/\s*,?\s*(?<![A-Za-z])(?:and|or)(?![A-Za-z])\s*/g, ", ").replace(/^,\s*|,\s*$/g, "");
}

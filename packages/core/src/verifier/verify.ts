/**
 * Math answer verifier (METHOD.md section 3).
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
import { answerChoiceLetter, goldChoiceLetter } from "./choice.js";
import type { MathBackend } from "./backend.js";
import { equivalent, textEquivalent, type Tolerance } from "./equivalence.js";
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

/** A ground truth parsed once and reused for every response of its group. */
export type PreparedGold =
  | { ok: true; raw: string; choice: string; value: null }
  | { ok: true; raw: string; choice: null; value: Value }
  | { ok: false; raw: string; error: string };

export interface Verdict {
  correct: boolean;
  /** Set when the ground truth cannot be parsed: the sample scores 0 and is a data error. */
  dataError: string | null;
}

export class MathVerifier {
  private readonly parser: ValueParser;
  private readonly tol: Tolerance;
  private readonly goldCache = new Map<string, PreparedGold>();

  constructor(config: VerifierConfig = DEFAULT_VERIFIER_CONFIG, backend: MathBackend = mathjsBackend) {
    this.parser = new ValueParser(backend);
    this.tol = { relative: config.tolerance };
  }

  prepareGold(gold: string): PreparedGold {
    let hit = this.goldCache.get(gold);
    if (hit === undefined) {
      hit = this.parseGold(gold);
      if (this.goldCache.size >= 20_000) this.goldCache.clear();
      this.goldCache.set(gold, hit);
    }
    return hit;
  }

  /** Whether `pred` (the extracted answer, null when there is none) matches a prepared gold. */
  judge(pred: string | null, gold: PreparedGold): boolean {
    if (!gold.ok || pred === null) return false;
    const norm = normalizeAnswer(pred);
    if (norm.text.length === 0) return false;
    if (gold.choice !== null) return answerChoiceLetter(norm.text) === gold.choice;
    // Text gold: compare the whole answer as text ("Yes, it is" is not a list).
    if (gold.value.kind === "text") return textEquivalent(gold.value.text, norm.text);
    const value = this.parser.parse(norm.text, norm.percent);
    if (value !== null && equivalent(gold.value, value, this.tol)) return true;
    return this.proseNumberMatches(gold.value, value, norm.text);
  }

  verify(pred: string | null, gold: string): Verdict {
    const g = this.prepareGold(gold);
    if (!g.ok) return { correct: false, dataError: g.error };
    return { correct: this.judge(pred, g), dataError: null };
  }

  private parseGold(raw: string): PreparedGold {
    if (typeof raw !== "string") return { ok: false, raw: String(raw), error: `ground truth is ${raw === null ? "null" : typeof raw}, expected a string` };
    const norm = normalizeAnswer(raw);
    if (norm.text.length === 0) return { ok: false, raw, error: "ground truth is empty" };
    const letter = goldChoiceLetter(norm.text);
    if (letter !== null) return { ok: true, raw, choice: letter, value: null };
    const value = this.parser.parse(norm.text, norm.percent);
    if (value === null) return { ok: false, raw, error: `ground truth ${JSON.stringify(raw)} cannot be parsed as a number, expression, set or short text` };
    return { ok: true, raw, choice: null, value };
  }

  /**
   * "The area is 12 square units" against gold 12: when the answer is prose with
   * exactly one number in it, that number is the answer. Two different numbers
   * ("12 or 13") are a hedge and score 0.
   */
  private proseNumberMatches(gold: Value, parsed: Value | null, text: string): boolean {
    if (gold.kind !== "number" && !(gold.kind === "expr" && gold.expr.vars.length === 0)) return false;
    if (parsed !== null && parsed.kind !== "text" && !(parsed.kind === "expr" && parsed.expr.vars.length > 0)) return false;
    if (!/[A-Za-z]{3}/.test(text)) return false;
    const found = text.match(/[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*%)?/g);
    if (!found) return false;
    const distinct = [...new Set(found.map((f) => f.replace(/\s+/g, "")))];
    if (distinct.length !== 1) return false;
    const token = distinct[0]!;
    const percent = token.endsWith("%");
    const value = Number(token.replace(/[,%]/g, ""));
    return equivalent(gold, { kind: "number", value, percent }, this.tol);
  }
}

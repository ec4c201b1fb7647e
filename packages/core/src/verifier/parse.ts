/**
 * Turns a normalised answer string into a structured value: a number, an
 * expression (through the math library), a set / tuple / interval / list, an
 * equation "x = 5", an inequality, a matrix, alternatives ("a \approx b", "1,22"),
 * or short text. The same parser reads gold and predicted answers, so both sides
 * go through identical rules.
 */
import type { CompiledExpr, MathBackend } from "./backend.js";
import { determinant, evaluateMatrices, readMatrixExpression } from "./matrix.js";
import { splitRelations, type Relation, type RelOp } from "./relation.js";

export type Value =
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "expr"; expr: CompiledExpr; percent: boolean }
  | { kind: "seq"; shape: SeqShape; open: string; close: string; items: Value[] }
  /** lhs: the left side, spaces collapsed; diff: lhs - rhs when both sides are expressions. */
  | { kind: "equation"; lhs: string; rhs: Value; diff: CompiledExpr | null }
  | { kind: "relation"; relation: Relation }
  | { kind: "matrix"; rows: Value[][] }
  /** Either reading is acceptable: "1/3 \approx 0.33", the decimal comma in "1,22". */
  | { kind: "anyOf"; options: Value[] }
  | { kind: "text"; text: string };

/** set: \{..\} or a ± pair; tuple: (..) [..] or mixed (intervals); list: bare commas; union: A \cup B; ratio: 7:32. */
export type SeqShape = "set" | "tuple" | "list" | "union" | "ratio";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:[, ]\d{3})+(?:\.\d+)?$/;
/** "1,22", "0,111", "1000,99": a decimal comma, unless it is a list of two numbers. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** "3128 1/2": a mixed number. */
const MIXED = /^([+-]?)(\d+)\s+(\d+)\s*\/\s*(\d+)$/;
/** 204_5: a numeral in base 5, compared digit for digit. */
const BASE_NUMERAL = /^(\d+)_\{?(\d+)\}?$/;
const WORDS = /^[A-Za-z][A-Za-z\s'’-]*$/;
const MATHY = /[\\^_{}]/;
const HAS_LETTER = /[A-Za-z]/;
const SHORT_WORDS = new Set(["no", "ok", "on", "up", "in", "it", "is", "at", "to", "of", "or"]);
/** (x, y) on the left of "=": the value is the right side. */
const TUPLE_LABEL = /^\(\s*[A-Za-z](?:_\{?\w+\}?)?(?:\s*,\s*[A-Za-z](?:_\{?\w+\}?)?)+\s*\)$/;

// Trailing units: stripped only when what remains is a variable-free quantity.
const UNIT = new RegExp(
  "\\s*(?:(?:square|sq\\.?|cubic|cu\\.?)\\s*)?" +
    "(?:km|cm|mm|nm|m|in|inch|inches|ft|feet|foot|yd|yds|yards?|mi|miles?|meters?|metres?|centimeters?|centimetres?|" +
    "millimeters?|kilometers?|kg|g|mg|grams?|kilograms?|lbs?|pounds?|oz|ounces?|s|sec|secs|seconds?|min|mins|minutes?|" +
    "h|hr|hrs|hours?|days?|weeks?|months?|years?|l|L|ml|mL|liters?|litres?|deg|degrees?|rad|radians?|units?|" +
    "dollars?|cents?|yuan|euros?|mph|kph|km/h|m/s|cm/s|people|persons?|students?|times|pieces?|items?|points?)" +
    "(?:\\s*\\^\\s*\\{?\\s*[23]\\s*\\}?)?\\s*$",
);

export class ValueParser {
  private readonly exprCache = new Map<string, CompiledExpr | null>();

  constructor(
    readonly backend: MathBackend,
    private readonly cacheLimit = 20_000,
  ) {}

  /** null: not parseable at all (empty, unbalanced, or math the library rejects). */
  parse(text: string, percent: boolean): Value | null {
    const s = text.trim();
    if (s.length === 0 || !balanced(s)) return null;

    const num = this.number(s, percent);
    if (num) return num;

    if (s.includes("\\approx")) return this.approximations(splitTop(s, "\\approx"), percent);

    // "p=5,q=2; p=7,q=2": groups of one answer each.
    const groups = s.includes(";") ? splitTop(s, ";").filter((p) => p.length > 0) : [s];
    if (groups.length > 1) return this.list(groups.map((g) => this.parse(g, false)));

    const union = s.includes("\\cup") ? splitTop(s, "\\cup") : [s];
    if (union.length > 1) return this.seq("union", "", "", union);

    const commaParts = s.includes(",") ? splitTop(s, ",").filter((p) => p.length > 0) : [s];
    if (commaParts.length > 1) return this.list(commaParts.map((p) => this.parse(p, false)));

    const rel = this.relationOrEquation(s, percent);
    if (rel !== undefined) return rel;

    const pm = /\\(pm|mp)(?![A-Za-z])/.exec(s);
    if (pm) {
      // Each ± doubles the values; more than a few is no answer (and 2^n work).
      if ((s.match(/\\(?:pm|mp)(?![A-Za-z])/g) ?? []).length > 3) return null;
      // 1 \pm \sqrt{19}: the two values, as a set.
      const [first, second] = pm[1] === "pm" ? ["+", "-"] : ["-", "+"];
      const a = this.parse(s.slice(0, pm.index) + first + s.slice(pm.index + pm[0].length), percent);
      const b = this.parse(s.slice(0, pm.index) + second + s.slice(pm.index + pm[0].length), percent);
      return a && b ? { kind: "seq", shape: "set", open: "{", close: "}", items: [a, b] } : null;
    }

    const matrix = this.matrix(s);
    if (matrix !== undefined) return matrix;

    const wrapped = outerBrackets(s);
    if (wrapped) {
      const inner = wrapped.inner;
      const sep = splitTop(inner, ",").length > 1 ? "," : ";";
      const parts = splitTop(inner, sep);
      if (wrapped.open === "\\{") return this.seq("set", "{", "}", parts);
      // Bare braces are TeX grouping: "{1,2,3}" is the list 1, 2, 3.
      if (wrapped.open === "{") return parts.length > 1 ? this.seq("list", "", "", parts) : this.parse(inner, percent);
      if (parts.length > 1) return this.seq("tuple", wrapped.open, wrapped.close, parts);
    }

    // "7:32", "12:00": a ratio or a time, compared part by part.
    const ratio = s.includes(":") ? splitTop(s, ":") : [s];
    if (ratio.length > 1 && ratio.every((p) => p.length > 0)) return this.seq("ratio", "", "", ratio);

    const base = BASE_NUMERAL.exec(s);
    if (base) return { kind: "text", text: `${base[1]}_${base[2]}` };

    // Words are text ("triangle", "no"); short letter runs stay algebra ("xy" is x*y).
    if (WORDS.test(s) && (/[A-Za-z]{3}/.test(s) || SHORT_WORDS.has(s.toLowerCase()))) return { kind: "text", text: s };

    const expr = this.expr(s);
    if (expr) return { kind: "expr", expr, percent };
    return MATHY.test(s) ? null : { kind: "text", text: s };
  }

  /**
   * "\\frac{70}{9} \\approx 7.78": the exact value, and each later value that is a rounding
   * of it (so "7.78" also matches). A later value that is no rounding of the first
   * ("5 \\approx 6") is not offered: one answer, not several guesses.
   */
  private approximations(parts: string[], percent: boolean): Value | null {
    // "x \\approx 11" names its value, as "x = 11" does.
    if (parts.length > 1 && isLabel(parts[0]!)) return this.approximations(parts.slice(1), percent);
    const first = this.parse(parts[0]!, percent);
    if (first === null) return null;
    const exact = constantOf(first);
    const options = [first];
    for (const part of parts.slice(1)) {
      const v = this.parse(part, percent);
      const approx = v && constantOf(v);
      if (v === null || approx === null || exact === null) continue;
      const decimals = /\.(\d+)/.exec(part)?.[1]?.length ?? 0;
      if (Math.abs(exact - approx) <= 0.5 * 10 ** -decimals * (1 + 1e-9)) options.push(v);
    }
    return options.length === 1 ? first : { kind: "anyOf", options };
  }

  /** A plain numeral: 12, -3.5, 1e3, 7,425,000, 1 000, "12 cm"; the decimal comma as an alternative. */
  private number(s: string, percent: boolean): Value | null {
    if (NUMBER.test(s)) return { kind: "number", value: Number(s), percent };
    if (THOUSANDS.test(s)) return { kind: "number", value: Number(s.replace(/[, ]/g, "")), percent };
    const mixed = MIXED.exec(s);
    if (mixed) return { kind: "number", value: (mixed[1] === "-" ? -1 : 1) * (Number(mixed[2]) + Number(mixed[3]) / Number(mixed[4])), percent };
    if (DECIMAL_COMMA.test(s)) {
      const [a, b] = s.split(",") as [string, string];
      return {
        kind: "anyOf",
        options: [
          { kind: "number", value: Number(s.replace(",", ".")), percent },
          { kind: "seq", shape: "list", open: "", close: "", items: [{ kind: "number", value: Number(a), percent: false }, { kind: "number", value: Number(b), percent: false }] },
        ],
      };
    }
    // "12 cm", "30 degrees": a number with a unit needs no library.
    const unit = HAS_LETTER.test(s) ? UNIT.exec(s) : null;
    if (unit && unit.index > 0) {
      const bare = s.slice(0, unit.index);
      if (NUMBER.test(bare)) return { kind: "number", value: Number(bare), percent };
      if (THOUSANDS.test(bare)) return { kind: "number", value: Number(bare.replace(/[, ]/g, "")), percent };
    }
    return null;
  }

  /**
   * "x = 5", "a = b = 5" (the last side is the value), "x \le 5", "-2 < x \le 7",
   * "x \in [a, b]" (the set), "(x, y) = (1, 2)" (the tuple). undefined: no relation sign.
   */
  private relationOrEquation(s: string, percent: boolean): Value | null | undefined {
    if (!/[=<>]|\\(?:le|ge|lt|gt|ne|in)/.test(s)) return undefined;
    const { sides, ops } = splitRelations(s);
    if (ops.length === 0) return undefined;
    if (sides.some((side) => side.length === 0)) return null;
    if (ops.includes("in")) return ops.length === 1 ? this.parse(sides[1]!, percent) : null;
    if (ops.every((op) => op === "=")) {
      const last = sides[sides.length - 1]!;
      // "x = 5+5+1 = 11": the last side is the value, named by the first side that is a name.
      const lhs = sides.slice(0, -1).find(isLabel) ?? sides[0]!;
      if (TUPLE_LABEL.test(lhs)) return this.parse(last, percent);
      // "10^3 = 1000", "|3 - 5| = 2": a worked computation; its result is the value.
      const values = sides.map((side) => this.parse(side, percent));
      if (values.every((v) => v !== null && constantOf(v) !== null)) return values[values.length - 1]!;
      const rhs = this.parse(last, percent);
      if (rhs === null) return null;
      const l = this.cachedParse(lhs);
      const r = this.cachedParse(last);
      const diff = l && r ? this.cachedParse(`(${lhs})-(${last})`) : null;
      return { kind: "equation", lhs: lhs.replace(/\s+/g, " ").trim(), rhs, diff };
    }
    // f(x) in "0 < f(x) < 1" is one unknown, not f times x.
    const exprs = sides.map((side) => this.cachedParse(side.replace(/(?<![A-Za-z\\])([A-Za-z])\(\s*([A-Za-z])\s*\)/g, "$1_{$2}")));
    if (exprs.some((e) => e === null)) return null;
    const vars = [...new Set(exprs.flatMap((e) => e!.vars))].sort();
    return { kind: "relation", relation: { sides: exprs as CompiledExpr[], ops: ops as RelOp[], vars } };
  }

  /** A matrix literal or an expression of literals; undefined when `s` is no matrix. */
  private matrix(s: string): Value | null | undefined {
    const m = readMatrixExpression(s);
    if (m === null) return s.includes("\\begin") ? null : undefined;
    const literals: Value[][][] = [];
    for (const cells of m.literals) {
      const rows = cells.map((row) => row.map((c) => this.parse(c, false)));
      if (rows.some((row) => row.some((v) => v === null))) return null;
      literals.push(rows as Value[][]);
    }
    const numeric = literals.map((rows) => rows.map((row) => row.map(constantOf)));
    const allNumeric = !numeric.some((rows) => rows.some((row) => row.some((x) => x === null)));
    if (literals.length === 1) {
      // |a b; c d| written as a vmatrix is its determinant.
      if (m.envs[0] !== "vmatrix") return { kind: "matrix", rows: literals[0]! };
      const det = allNumeric ? determinant(numeric[0] as number[][]) : null;
      return det === null ? null : { kind: "number", value: det, percent: false };
    }
    if (!allNumeric) return null;
    const result = evaluateMatrices(numeric as number[][][], m.ops);
    return result && { kind: "matrix", rows: result.map((row) => row.map((value) => ({ kind: "number", value, percent: false }) as Value)) };
  }

  /** Comma or semicolon parts: a list, or the answers of one system as a tuple. */
  private list(items: Array<Value | null>): Value | null {
    if (items.some((v) => v === null)) return null;
    const values = items as Value[];
    if (values.every((v) => v.kind === "equation")) {
      const eqs = values as Array<Extract<Value, { kind: "equation" }>>;
      const labels = new Set(eqs.map((e) => e.lhs));
      // "x = 1, x = 2": the values of x.
      if (labels.size === 1 && eqs.length > 1) return { kind: "seq", shape: "set", open: "{", close: "}", items: flattenSets(eqs.map((e) => e.rhs)) };
      // "p = 5, q = 2, p = 7, q = 2": one solution per round of the names.
      const round = labels.size;
      if (round > 1 && eqs.length > round && eqs.length % round === 0 && eqs.every((e, i) => e.lhs === eqs[i % round]!.lhs)) {
        const solutions: Value[] = [];
        for (let i = 0; i < eqs.length; i += round) solutions.push({ kind: "seq", shape: "list", open: "", close: "", items: eqs.slice(i, i + round) });
        return { kind: "seq", shape: "list", open: "", close: "", items: solutions };
      }
    }
    return { kind: "seq", shape: "list", open: "", close: "", items: flattenSets(values) };
  }

  private seq(shape: SeqShape, open: string, close: string, parts: string[]): Value | null {
    const items: Value[] = [];
    for (const p of parts) {
      const v = this.parse(p, false);
      if (v === null) return null;
      items.push(v);
    }
    return { kind: "seq", shape, open, close, items };
  }

  /** Library parse, retrying without a trailing unit when the unit leaves a pure quantity. */
  private expr(s: string): CompiledExpr | null {
    const full = this.cachedParse(s);
    if (full && full.vars.length === 0) return full;
    const unit = HAS_LETTER.test(s) ? UNIT.exec(s) : null;
    if (unit && unit.index > 0) {
      const bare = this.expr(s.slice(0, unit.index));
      if (bare && bare.vars.length === 0) return bare;
    }
    return full;
  }

  private cachedParse(s: string): CompiledExpr | null {
    let hit = this.exprCache.get(s);
    if (hit === undefined) {
      hit = this.backend.parse(s);
      if (this.exprCache.size >= this.cacheLimit) this.exprCache.clear(); // bounded memory over a long run
      this.exprCache.set(s, hit);
    }
    return hit;
  }
}

/** The ± pairs inside a list are its members: "1/2, \frac{-1 \pm \sqrt{13}}{4}" holds three values. */
function flattenSets(values: Value[]): Value[] {
  return values.flatMap((v) => (v.kind === "seq" && v.shape === "set" && v.items.length === 2 && v.open === "{" ? v.items : [v]));
}

function constantOf(v: Value): number | null {
  if (v.kind === "number") return v.value;
  if (v.kind === "expr" && v.expr.vars.length === 0) return v.expr.evaluate({});
  return null;
}

/**
 * Whether `lhs` names the value on the right ("x", "AB", "|AB|", "f(x)", "V_1:V_2",
 * "\\frac{NO}{BO}", "\\angle ABC") rather than stating a condition ("a + 3z", "2x + z",
 * "7"): no sum or difference outside brackets, no leading digit or sign, and a letter
 * that is not part of a command.
 */
export function isLabel(lhs: string): boolean {
  const s = lhs.replace(/\s+/g, "");
  if (s.length === 0 || /^[\d+\-.]/.test(s) || /[=<>]/.test(s)) return false;
  if (!/[A-Za-z]/.test(lhs.replace(/\\[A-Za-z]+/g, ""))) return false; // with its spaces: "\\angle ABC"
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\") i++;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && (c === "+" || c === "-")) return false;
  }
  return true;
}

/** Splits at `sep` where no bracket of any kind is open. */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\") {
      if (s.startsWith(sep, i) && depth === 0) {
        out.push(s.slice(start, i));
        i += sep.length - 1;
        start = i + 1;
        continue;
      }
      const next = s[i + 1];
      if (next === "{") depth++;
      else if (next === "}") depth--;
      i++;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      out.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(s.slice(start));
  return out.map((p) => p.trim());
}

/** "(a,b]" -> {open "(", inner "a,b", close "]"} when one bracket pair spans the whole string. */
function outerBrackets(s: string): { open: string; close: string; inner: string } | null {
  let open: string;
  let innerStart: number;
  if (s.startsWith("\\{")) {
    if (!s.endsWith("\\}")) return null;
    open = "\\{";
    innerStart = 2;
  } else if (s[0] === "(" || s[0] === "[" || s[0] === "{") {
    open = s[0];
    innerStart = 1;
  } else return null;
  const close = open === "\\{" ? "\\}" : s[s.length - 1]!;
  if (open === "{" ? close !== "}" : open !== "\\{" && close !== ")" && close !== "]") return null;
  const innerEnd = s.length - close.length;
  // The opening bracket must close at the very end, not earlier: "(1)+(2)" is not a tuple.
  let depth = 0;
  for (let i = innerStart; i < innerEnd; i++) {
    const c = s[i]!;
    if (c === "\\") {
      const n = s[i + 1];
      if (n === "{") depth++;
      else if (n === "}") depth--;
      i++;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    if (depth < 0) return null;
  }
  return { open, close, inner: s.slice(innerStart, innerEnd) };
}

/** Deeper nesting than any answer has (and than the recursive readers can take): not an answer. */
const MAX_DEPTH = 50;

/** Brackets balance (any kind pairs with any, since intervals mix them); braces strictly; nesting bounded. */
function balanced(s: string): boolean {
  let round = 0;
  let curly = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "(" || c === "[") round++;
    else if (c === ")" || c === "]") round--;
    else if (c === "{") curly++;
    else if (c === "}") curly--;
    if (round < 0 || curly < 0 || round + curly > MAX_DEPTH) return false;
  }
  return round === 0 && curly === 0;
}

/**
 * Turns a normalised answer string into a structured value: a number, an
 * expression (through the math library), a set / tuple / interval / list, an
 * equation "x = 5", or short text. The same parser reads gold and predicted
 * answers, so both sides go through identical rules.
 */
import type { CompiledExpr, MathBackend } from "./backend.js";

export type Value =
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "expr"; expr: CompiledExpr; percent: boolean }
  | { kind: "seq"; shape: SeqShape; open: string; close: string; items: Value[] }
  | { kind: "equation"; lhs: string; rhs: Value }
  | { kind: "text"; text: string };

/** set: \{..\}; tuple: (..) [..] or mixed (intervals); list: bare commas; union: A \cup B. */
export type SeqShape = "set" | "tuple" | "list" | "union";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/;
const WORDS = /^[A-Za-z][A-Za-z\s'’-]*$/;
const MATHY = /[\\^_{}]/;
const HAS_LETTER = /[A-Za-z]/;
const SHORT_WORDS = new Set(["no", "ok", "on", "up", "in", "it", "is", "at", "to", "of", "or"]);

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

    if (NUMBER.test(s)) return { kind: "number", value: Number(s), percent };
    if (THOUSANDS.test(s)) return { kind: "number", value: Number(s.replace(/[, ]/g, "")), percent };

    // "12 cm", "30 degrees": a number with a unit needs no library.
    const unit = HAS_LETTER.test(s) ? UNIT.exec(s) : null;
    if (unit && unit.index > 0) {
      const bare = s.slice(0, unit.index);
      if (NUMBER.test(bare)) return { kind: "number", value: Number(bare), percent };
      if (THOUSANDS.test(bare)) return { kind: "number", value: Number(bare.replace(/[, ]/g, "")), percent };
    }

    const union = s.includes("\\cup") ? splitTop(s, "\\cup") : [s];
    if (union.length > 1) return this.seq("union", "", "", union);

    const commaParts = s.includes(",") ? splitTop(s, ",") : [s];
    if (commaParts.length > 1 && commaParts.every((p) => splitTop(p, "=").length === 2)) {
      return this.seq("list", "", "", commaParts); // "x=2, y=3": a system's solution
    }

    const eq = s.includes("=") ? splitTop(s, "=") : [s];
    if (eq.length === 2 && eq[0]!.trim() && eq[1]!.trim()) {
      const rhs = this.parse(eq[1]!, percent);
      return rhs && { kind: "equation", lhs: eq[0]!.replace(/\s+/g, ""), rhs };
    }
    if (eq.length > 2) {
      // "a = b = 5": the value stated last is the answer.
      const rhs = this.parse(eq[eq.length - 1]!, percent);
      return rhs && { kind: "equation", lhs: eq.slice(0, -1).join("=").replace(/\s+/g, ""), rhs };
    }

    const wrapped = outerBrackets(s);
    if (wrapped) {
      const parts = splitTop(wrapped.inner, ",");
      if (wrapped.open === "\\{") return this.seq("set", "{", "}", parts);
      if (parts.length > 1) return this.seq("tuple", wrapped.open, wrapped.close, parts);
    }
    if (commaParts.length > 1) return this.seq("list", "", "", commaParts);

    // Words are text ("triangle", "no"); short letter runs stay algebra ("xy" is x*y).
    if (WORDS.test(s) && (/[A-Za-z]{3}/.test(s) || SHORT_WORDS.has(s.toLowerCase()))) return { kind: "text", text: s };

    const expr = this.expr(s);
    if (expr) return { kind: "expr", expr, percent };
    return MATHY.test(s) ? null : { kind: "text", text: s };
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
      // "<=", ">=", "!=" are relations, not equations
      if (sep === "=" && (s[i - 1] === "<" || s[i - 1] === ">" || s[i - 1] === "!" || s[i + 1] === "=")) continue;
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
  } else if (s[0] === "(" || s[0] === "[") {
    open = s[0];
    innerStart = 1;
  } else return null;
  const close = open === "\\{" ? "\\}" : s[s.length - 1]!;
  if (open !== "\\{" && close !== ")" && close !== "]") return null;
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

/** Brackets balance (any kind pairs with any, since intervals mix them); braces strictly. */
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
    if (round < 0 || curly < 0) return false;
  }
  return round === 0 && curly === 0;
}

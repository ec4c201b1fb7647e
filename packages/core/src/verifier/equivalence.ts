/**
 * Equivalence of two parsed values.
 *
 * Expressions are compared by value: constants directly, expressions with free
 * variables at several fixed pseudo-random points (a polynomial identity test:
 * (x+1)^2 and x^2+2x+1 agree everywhere, different expressions almost nowhere).
 * This decides "equal after simplification" without relying on a simplifier's
 * canonical form, and costs a few evaluations.
 */
import type { CompiledExpr } from "./backend.js";
import { isLabel, type Value } from "./parse.js";
import { proportional, relationMatchesIntervals, relationsEquivalent, type IntervalPiece, type Relation } from "./relation.js";

export interface Tolerance {
  /** Relative tolerance on numeric values. */
  relative: number;
}

// Variable values: inside (0.4, 2.9), away from 0 and 1 and from each other, so
// logs, roots and divisions are defined and x vs x^2 differ.
const POINT_COUNT = 6;
const POINT_VALUES = [0.5327, 1.3719, 2.0713, 0.7911, 2.8423, 1.6189, 0.4243, 2.4461, 1.1087, 0.9354, 1.8471, 2.6137];

export function numbersClose(a: number, b: number, tol: Tolerance): boolean {
  if (a === b) return true; // also equal infinities
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tol.relative * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}

/** Values a number may stand for: 50% is 0.5, and also 50 (gold keys often drop the % sign). */
function candidates(value: number, percent: boolean): number[] {
  return percent ? [value / 100, value] : [value];
}

function asExpr(v: Value): CompiledExpr | null {
  if (v.kind === "expr") return v.expr;
  if (v.kind === "number") return { vars: [], evaluate: () => v.value };
  return null;
}

function exprValue(v: Value): { value: number; percent: boolean } | null {
  if (v.kind === "number") return v;
  if (v.kind === "expr" && v.expr.vars.length === 0) return { value: v.expr.evaluate({}), percent: v.percent };
  return null;
}

export function equivalent(gold: Value, pred: Value, tol: Tolerance): boolean {
  if (gold.kind === "anyOf") return gold.options.some((g) => equivalent(g, pred, tol));
  if (pred.kind === "anyOf") return pred.options.some((p) => equivalent(gold, p, tol));
  // "x = 5" against a plain value: the value stated for a name is the answer; "a + 3z = 0" is not "0".
  if (pred.kind === "equation" && gold.kind !== "equation") return isLabel(pred.lhs) && equivalent(gold, pred.rhs, tol);
  if (gold.kind === "equation" && pred.kind !== "equation") return isLabel(gold.lhs) && equivalent(gold.rhs, pred, tol);
  switch (gold.kind) {
    case "number":
    case "expr": {
      const g = exprValue(gold);
      const p = exprValue(pred);
      if (g && p) {
        if (Number.isNaN(g.value) || Number.isNaN(p.value)) return false;
        for (const a of candidates(g.value, g.percent))
          for (const b of candidates(p.value, p.percent)) if (numbersClose(a, b, tol)) return true;
        return false;
      }
      // At least one side has variables: compare as functions (sin^2 x + cos^2 x vs 1).
      const ge = asExpr(gold);
      const pe = asExpr(pred);
      return ge !== null && pe !== null && sameFunction(ge, pe, tol);
    }
    case "equation": {
      if (pred.kind !== "equation") return false;
      if (gold.lhs === pred.lhs && equivalent(gold.rhs, pred.rhs, tol)) return true;
      // The same equation rearranged or scaled: 2x+4y-3=0 vs y = -x/2 + 3/4.
      if (gold.diff === null || pred.diff === null) return false;
      const vars = [...new Set([...gold.diff.vars, ...pred.diff.vars])].sort();
      return vars.length > 0 && proportional((p) => gold.diff!.evaluate(p), (p) => pred.diff!.evaluate(p), vars) !== 0;
    }
    case "relation":
      if (pred.kind === "relation") return relationsEquivalent(gold.relation, pred.relation);
      return pred.kind === "seq" && matchesIntervals(gold.relation, pred);
    case "matrix":
      return pred.kind === "matrix" && matricesEquivalent(gold.rows, pred.rows, tol);
    case "seq":
      if (pred.kind === "relation") return matchesIntervals(pred.relation, gold);
      return pred.kind === "seq" && seqEquivalent(gold, pred, tol);
    case "text":
      return pred.kind === "text" && textEquivalent(gold.text, pred.text);
  }
}

function matricesEquivalent(a: Value[][], b: Value[][], tol: Tolerance): boolean {
  return a.length === b.length && a.every((row, r) => row.length === b[r]!.length && row.every((v, c) => equivalent(v, b[r]![c]!, tol)));
}

/** An interval or a union of intervals as pieces; null when the sequence is not one. */
function intervalPieces(v: Value): IntervalPiece[] | null {
  if (v.kind !== "seq") return null;
  if (v.shape === "union") {
    const parts = v.items.map(intervalPieces);
    return parts.some((p) => p === null) ? null : (parts as IntervalPiece[][]).flat();
  }
  if (v.shape !== "tuple" || v.items.length !== 2) return null;
  const lo = exprValue(v.items[0]!);
  const hi = exprValue(v.items[1]!);
  if (!lo || !hi || Number.isNaN(lo.value) || Number.isNaN(hi.value)) return null;
  return [{ lo: lo.value, hi: hi.value, loClosed: v.open === "[", hiClosed: v.close === "]" }];
}

function matchesIntervals(r: Relation, seq: Value): boolean {
  const pieces = intervalPieces(seq);
  return pieces !== null && relationMatchesIntervals(r, pieces);
}

type Seq = Extract<Value, { kind: "seq" }>;

function seqEquivalent(gold: Seq, pred: Seq, tol: Tolerance): boolean {
  const order = seqOrder(gold, pred);
  if (order === null) return false;
  if (order === "ordered") return gold.items.length === pred.items.length && gold.items.every((g, i) => equivalent(g, pred.items[i]!, tol));
  // Unordered: the same members, repeats aside ({1, 2} = 2, 1, 1).
  return gold.items.every((g) => pred.items.some((p) => equivalent(g, p, tol))) && pred.items.every((p) => gold.items.some((g) => equivalent(g, p, tol)));
}

/** Which shapes may match, and how: a set never matches a tuple, (1,2) never matches [1,2]. */
function seqOrder(gold: Seq, pred: Seq): "ordered" | "unordered" | null {
  switch (gold.shape) {
    case "set":
      return pred.shape === "set" || pred.shape === "list" ? "unordered" : null;
    case "tuple":
      if (pred.shape === "list") return "ordered";
      return pred.shape === "tuple" && pred.open === gold.open && pred.close === gold.close ? "ordered" : null;
    case "list":
      if (pred.shape === "tuple") return "ordered";
      return pred.shape === "list" || pred.shape === "set" ? "unordered" : null;
    case "union":
      return pred.shape === "union" ? "unordered" : null;
    case "ratio":
      return pred.shape === "ratio" ? "ordered" : null;
  }
}

function sameFunction(a: CompiledExpr, b: CompiledExpr, tol: Tolerance): boolean {
  const vars = [...new Set([...a.vars, ...b.vars])].sort();
  let agreed = 0;
  for (let k = 0; k < POINT_COUNT; k++) {
    const point: Record<string, number> = {};
    vars.forEach((v, j) => (point[v] = POINT_VALUES[(k * 5 + j * 7) % POINT_VALUES.length]!));
    const x = a.evaluate(point);
    const y = b.evaluate(point);
    if (Number.isNaN(x) && Number.isNaN(y)) continue; // both undefined here: no evidence either way
    if (!numbersClose(x, y, tol)) return false;
    agreed++;
  }
  return agreed >= 3;
}

const ARTICLE = /^(?:the|a|an)\s+/;
const AFFIRM = new Set(["yes", "no", "true", "false"]);

export function canonicalText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}'+\-*/=<>^. ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(ARTICLE, "");
}

/** Short text: equal after canonicalisation; yes/no also when the answer opens with it ("Yes, because ..."). */
export function textEquivalent(gold: string, pred: string): boolean {
  const g = canonicalText(gold);
  const p = canonicalText(pred);
  if (g === p) return true;
  if (AFFIRM.has(g)) {
    const first = /^[a-z]+/.exec(p)?.[0];
    return first === g;
  }
  return false;
}

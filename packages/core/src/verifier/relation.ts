/**
 * Equations and inequalities: splitting "a op b op c" at its relation signs, and
 * deciding when two relations (or a relation and an interval) say the same thing.
 *
 * - One variable: the relations are compared as solution sets, by membership at
 *   every boundary (and just either side of it), between boundaries and on a
 *   fixed spread of points. So `x \le 5` = `5 \ge x` = `-x \ge -5` = `(-\infty, 5]`,
 *   `-2 \le x \le 7` = `[-2, 7]`, `1 \le |z| \le 3/2` = `[-3/2,-1] \cup [1,3/2]`.
 * - Several variables: both become `f op 0` (f = lhs - rhs, `>` turned into `<` by
 *   negating f) and match when the ops agree and one f is a constant multiple of
 *   the other: positive for inequalities, any non-zero for `=` and `!=`
 *   (`2x+4y-3=0` = `y = -x/2 + 3/4`).
 */
import type { CompiledExpr } from "./backend.js";

export type RelOp = "<" | "<=" | ">" | ">=" | "!=" | "=";

// Longest spellings first so "\leq" is not read as "\le" + "q".
const OP_TOKENS: ReadonlyArray<readonly [string, RelOp | "in"]> = [
  ["\\leqslant", "<="], ["\\geqslant", ">="], ["\\leq", "<="], ["\\geq", ">="], ["\\neq", "!="],
  ["\\le", "<="], ["\\ge", ">="], ["\\lt", "<"], ["\\gt", ">"], ["\\ne", "!="], ["\\in", "in"],
  ["<=", "<="], [">=", ">="], ["!=", "!="], ["=<", "<="], ["<", "<"], [">", ">"], ["=", "="],
];

export interface RelationSplit {
  sides: string[];
  ops: Array<RelOp | "in">;
}

/** Splits at relation signs outside any bracket; `ops` is empty when there is none. */
export function splitRelations(s: string): RelationSplit {
  const sides: string[] = [];
  const ops: Array<RelOp | "in"> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    if (depth !== 0) {
      if (c === "\\") i++;
      continue;
    }
    if (c !== "\\" && c !== "<" && c !== ">" && c !== "=" && c !== "!") continue;
    const tok = OP_TOKENS.find(([t]) => s.startsWith(t, i) && !(t[0] === "\\" && /[A-Za-z]/.test(s[i + t.length] ?? "")));
    if (!tok) {
      if (c === "\\") {
        const next = s[i + 1];
        if (next === "{") depth++;
        else if (next === "}") depth--;
        i++;
      }
      continue;
    }
    sides.push(s.slice(start, i).trim());
    ops.push(tok[1]);
    i += tok[0].length - 1;
    start = i + 1;
  }
  sides.push(s.slice(start).trim());
  return { sides, ops };
}

export interface Relation {
  sides: CompiledExpr[];
  ops: RelOp[];
  vars: string[];
}

/** An interval piece of a solution set; infinite ends allowed. */
export interface IntervalPiece {
  lo: number;
  hi: number;
  loClosed: boolean;
  hiClosed: boolean;
}

const EPS = 1e-9;

function holds(a: number, op: RelOp, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  // Relative slack for rounding; none at infinity (an open end at infinity is never reached).
  const tol = Number.isFinite(a) && Number.isFinite(b) ? EPS * Math.max(1, Math.abs(a), Math.abs(b)) : 0;
  switch (op) {
    case "<":
      return a < b - tol;
    case "<=":
      return a <= b + tol;
    case ">":
      return a > b + tol;
    case ">=":
      return a >= b - tol;
    case "=":
      return Math.abs(a - b) <= tol;
    case "!=":
      return Math.abs(a - b) > tol;
  }
}

type Membership = (x: number) => boolean;

function relationMembership(r: Relation): Membership {
  const v = r.vars[0]!;
  return (x) => {
    const point = { [v]: x };
    const values = r.sides.map((s) => s.evaluate(point));
    return r.ops.every((op, i) => holds(values[i]!, op, values[i + 1]!));
  };
}

function piecesMembership(pieces: IntervalPiece[]): Membership {
  return (x) => pieces.some((p) => holds(p.lo, p.loClosed ? "<=" : "<", x) && holds(x, p.hiClosed ? "<=" : "<", p.hi));
}

/** Where a linear side difference crosses zero; nothing for non-linear ones (the spread covers them). */
function relationBoundaries(r: Relation): number[] {
  const v = r.vars[0]!;
  const out: number[] = [];
  for (let i = 0; i < r.ops.length; i++) {
    const f = (x: number) => r.sides[i]!.evaluate({ [v]: x }) - r.sides[i + 1]!.evaluate({ [v]: x });
    const [a, b, c] = [f(0.5), f(1.5), f(2.5)];
    const slope = b - a;
    if (Number.isFinite(slope) && slope !== 0 && Math.abs(c - b - slope) <= 1e-9 * Math.max(1, Math.abs(slope))) out.push(0.5 - a / slope);
    // Constant sides (numbers) are boundaries of non-linear relations too: 1 <= |z|.
    for (const s of [r.sides[i]!, r.sides[i + 1]!]) if (s.vars.length === 0) out.push(s.evaluate({}), -s.evaluate({}));
  }
  return out.filter(Number.isFinite);
}

const SPREAD = [-97.3, -20.7, -7.9, -3.1, -1.37, -0.61, -0.13, 0.07, 0.43, 0.89, 1.7, 2.9, 4.3, 8.1, 17.3, 63.1];

function sameSet(a: Membership, b: Membership, boundaries: number[]): boolean {
  const sorted = [...new Set(boundaries.filter(Number.isFinite))].sort((x, y) => x - y);
  const points = [...SPREAD, -1e6, 1e6];
  sorted.forEach((p, i) => {
    const d = 1e-4 * Math.max(1, Math.abs(p));
    points.push(p, p - d, p + d);
    if (i > 0) points.push((p + sorted[i - 1]!) / 2);
  });
  return points.every((x) => a(x) === b(x));
}

export function isSingleVariable(r: Relation): boolean {
  return r.vars.length === 1;
}

/** Two relations state the same condition. */
export function relationsEquivalent(a: Relation, b: Relation): boolean {
  if (isSingleVariable(a) && isSingleVariable(b)) {
    if (a.vars[0] !== b.vars[0]) return false;
    return sameSet(relationMembership(a), relationMembership(b), [...relationBoundaries(a), ...relationBoundaries(b)]);
  }
  if (a.ops.length !== 1 || b.ops.length !== 1) return false;
  if (a.vars.join() !== b.vars.join()) return false;
  const fa = oriented(a);
  const fb = oriented(b);
  if (fa.op !== fb.op) return false;
  const sign = proportional(fa.f, fb.f, a.vars);
  if (sign === 0) return false;
  return fa.op === "=" || fa.op === "!=" || sign > 0;
}

/** A one-variable relation against a solution set written as intervals. */
export function relationMatchesIntervals(r: Relation, pieces: IntervalPiece[]): boolean {
  if (!isSingleVariable(r)) return false;
  const ends = pieces.flatMap((p) => [p.lo, p.hi]);
  return sameSet(relationMembership(r), piecesMembership(pieces), [...ends, ...relationBoundaries(r)]);
}

/** f op 0 with op one of <, <=, =, != (">" flips f). */
function oriented(r: Relation): { f: (p: Record<string, number>) => number; op: RelOp } {
  const [l, rr] = [r.sides[0]!, r.sides[1]!];
  const op = r.ops[0]!;
  if (op === ">" || op === ">=") return { f: (p) => rr.evaluate(p) - l.evaluate(p), op: op === ">" ? "<" : "<=" };
  return { f: (p) => l.evaluate(p) - rr.evaluate(p), op };
}

const POINTS = [0.5327, 1.3719, 2.0713, 0.7911, 2.8423, 1.6189, 0.4243, 2.4461, 1.1087, 0.9354, 1.8471, 2.6137];

/**
 * +1 / -1 when f = c * g for a positive / negative constant c at every sample point,
 * 0 otherwise (or when either is identically zero there).
 */
export function proportional(f: (p: Record<string, number>) => number, g: (p: Record<string, number>) => number, vars: string[]): number {
  let ratio: number | null = null;
  let agreed = 0;
  for (let k = 0; k < 6; k++) {
    const point: Record<string, number> = {};
    vars.forEach((v, j) => (point[v] = POINTS[(k * 5 + j * 7) % POINTS.length]!));
    const x = f(point);
    const y = g(point);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (Math.abs(y) < 1e-12) {
      if (Math.abs(x) < 1e-12) continue;
      return 0;
    }
    const r = x / y;
    if (ratio === null) ratio = r;
    else if (Math.abs(r - ratio) > 1e-6 * Math.max(1, Math.abs(ratio))) return 0;
    agreed++;
  }
  if (ratio === null || agreed < 3 || Math.abs(ratio) < 1e-12) return 0;
  return Math.sign(ratio);
}

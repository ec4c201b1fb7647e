/**
 * Matrices: pmatrix / bmatrix / vmatrix / matrix / array environments, read into
 * rows of cells, and simple matrix arithmetic between literals (A + B, A - B,
 * A B, A \cdot B) when every cell is a number, so "the sum is A + B" can be
 * checked against the resulting matrix. Cells are compared element-wise by the
 * caller, whatever bracket style either side used.
 */
const ENV = /\\begin\s*\{\s*([pbvBV]?matrix|array|smallmatrix)\s*\}/g;

export interface MatrixLiteral<T> {
  rows: T[][];
}

/** One matrix literal's cells as LaTeX strings, or null when malformed. */
function literalCells(body: string): string[][] | null {
  const rows = splitRows(body)
    .map((r) => r.trim())
    .filter((r, i, all) => r.length > 0 || i < all.length - 1)
    .map((r) => r.split("&").map((c) => c.trim()));
  if (rows.length === 0) return null;
  const width = rows[0]!.length;
  if (rows.some((r) => r.length !== width || r.some((c) => c.length === 0))) return null;
  return rows;
}

/** Splits at the row separator "\\" outside braces. */
function splitRows(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === "\\" && body[i + 1] === "\\" && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 2;
      i++;
    } else if (c === "\\") i++;
  }
  out.push(body.slice(start));
  return out;
}

type Operator = "+" | "-" | "*";

export interface MatrixExpression {
  literals: string[][][];
  /** The environment of each literal: "vmatrix" is a determinant. */
  envs: string[];
  /** Operators between consecutive literals. */
  ops: Operator[];
}

/**
 * A text made only of matrix literals and +, -, products between them (optionally
 * inside one pair of brackets), or null when it is anything else.
 */
export function readMatrixExpression(s: string): MatrixExpression | null {
  if (!s.includes("\\begin")) return null;
  let text = s.trim();
  // \left[ \begin{array}...\end{array} \right] arrives as "[...]": one pair around one matrix.
  if (/^[([]/.test(text) && /[)\]]$/.test(text) && (text.match(/\\begin/g) ?? []).length === 1) text = text.slice(1, -1).trim();
  const literals: string[][][] = [];
  const envs: string[] = [];
  const ops: Operator[] = [];
  let pos = 0;
  ENV.lastIndex = 0;
  for (let m = ENV.exec(text); m; m = ENV.exec(text)) {
    const between = text.slice(pos, m.index).trim();
    if (literals.length === 0) {
      if (between !== "") return null;
    } else {
      const op = between === "" || between === "\\cdot" || between === "\\times" ? "*" : between === "+" || between === "-" ? between : null;
      if (op === null) return null;
      ops.push(op);
    }
    const env = m[1]!;
    let bodyStart = m.index + m[0].length;
    if (env === "array") {
      const spec = /^\s*\{[^{}]*\}/.exec(text.slice(bodyStart));
      if (spec) bodyStart += spec[0].length;
    }
    const endRe = new RegExp(`\\\\end\\s*\\{\\s*${env}\\s*\\}`, "g");
    endRe.lastIndex = bodyStart;
    const end = endRe.exec(text);
    if (!end) return null;
    const cells = literalCells(text.slice(bodyStart, end.index));
    if (cells === null) return null;
    literals.push(cells);
    envs.push(env);
    pos = end.index + end[0].length;
    ENV.lastIndex = pos;
  }
  if (literals.length === 0 || text.slice(pos).trim() !== "") return null;
  return { literals, envs, ops };
}

/** Evaluates + - and products left to right (products first); null on a shape mismatch. */
export function evaluateMatrices(values: number[][][], ops: Operator[]): number[][] | null {
  // Products bind tighter: fold them first.
  const terms: number[][][] = [values[0]!];
  const signs: Array<"+" | "-"> = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op === "*") {
      const product = multiply(terms[terms.length - 1]!, values[i + 1]!);
      if (product === null) return null;
      terms[terms.length - 1] = product;
    } else {
      signs.push(op);
      terms.push(values[i + 1]!);
    }
  }
  let acc = terms[0]!;
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.length !== acc.length || t[0]!.length !== acc[0]!.length) return null;
    const s = signs[i - 1] === "-" ? -1 : 1;
    acc = acc.map((row, r) => row.map((x, c) => x + s * t[r]![c]!));
  }
  return acc;
}

function multiply(a: number[][], b: number[][]): number[][] | null {
  if (a[0]!.length !== b.length) return null;
  return a.map((row) => b[0]!.map((_, c) => row.reduce((sum, x, k) => sum + x * b[k]![c]!, 0)));
}

/** The determinant of a square matrix (Gaussian elimination with partial pivoting); null if not square. */
export function determinant(m: number[][]): number | null {
  const n = m.length;
  if (m.some((row) => row.length !== n)) return null;
  const a = m.map((row) => [...row]);
  let det = 1;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    if (a[pivot]![c] === 0) return 0;
    if (pivot !== c) {
      [a[pivot], a[c]] = [a[c]!, a[pivot]!];
      det = -det;
    }
    det *= a[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return det;
}

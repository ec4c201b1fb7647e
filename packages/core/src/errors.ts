/**
 * Errors raised by the core. A bad configuration is the caller's to fix, so the
 * message says what was wrong, where (the config key) and what to do.
 */
export class CoreConfigError extends Error {
  override readonly name = "CoreConfigError";
  constructor(
    /** Dotted key path, e.g. "algorithm.bonus.coef". */
    readonly key: string,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${key}: ${problem}. ${fix}`);
  }
}

/** Input that breaks a documented precondition (lengths of parallel arrays, group sizes). */
export class CoreInputError extends Error {
  override readonly name = "CoreInputError";
}

/** Shared checks for config resolvers; `key` is the full dotted key for the message. */
export function checkNumber(
  value: unknown,
  key: string,
  opts: { min?: number; max?: number; integer?: boolean; exclusiveMin?: boolean } = {},
): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new CoreConfigError(key, `expected a finite number, got ${describe(value)}`, "Set it to a number");
  }
  if (opts.integer && !Number.isInteger(value)) {
    throw new CoreConfigError(key, `expected an integer, got ${value}`, "Use a whole number");
  }
  if (opts.min !== undefined && (opts.exclusiveMin ? value <= opts.min : value < opts.min)) {
    throw new CoreConfigError(
      key,
      `must be ${opts.exclusiveMin ? ">" : ">="} ${opts.min}, got ${value}`,
      `Use a value ${opts.exclusiveMin ? "above" : "of at least"} ${opts.min}`,
    );
  }
  if (opts.max !== undefined && value > opts.max) {
    throw new CoreConfigError(key, `must be <= ${opts.max}, got ${value}`, `Use a value of at most ${opts.max}`);
  }
  return value;
}

export function checkBoolean(value: unknown, key: string): boolean {
  if (typeof value !== "boolean") {
    throw new CoreConfigError(key, `expected true or false, got ${describe(value)}`, "Set it to true or false");
  }
  return value;
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], key: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new CoreConfigError(key, `unknown value ${describe(value)}`, `Use one of: ${allowed.join(", ")}`);
  }
  return value as T;
}

/** Rejects keys the resolver does not know, suggesting the closest known one. */
export function checkKnownKeys(obj: object, known: readonly string[], prefix: string): void {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) {
      const near = closest(k, known);
      throw new CoreConfigError(
        prefix ? `${prefix}.${k}` : k,
        "unknown key",
        near ? `Did you mean "${near}"? Known keys: ${known.join(", ")}` : `Known keys: ${known.join(", ")}`,
      );
    }
  }
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || v === undefined) return String(v);
  if (typeof v === "object") return Array.isArray(v) ? "an array" : "an object";
  return `${typeof v} ${String(v)}`;
}

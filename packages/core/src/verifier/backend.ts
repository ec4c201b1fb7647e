/**
 * The math library behind the verifier: parse normalised LaTeX into something
 * that can be evaluated at a point. Equivalence is then decided numerically
 * (see equivalence.ts), which is what "equal after simplification" means for
 * the expressions found in answers, without depending on a simplifier's
 * canonical forms.
 */
export interface CompiledExpr {
  /** Free variables, sorted. */
  readonly vars: readonly string[];
  /** Real value at `point` (values for every name in `vars`); NaN when undefined or complex. */
  evaluate(point: Readonly<Record<string, number>>): number;
}

export interface MathBackend {
  readonly name: string;
  /** null when the text is not an expression the library understands. */
  parse(latex: string): CompiledExpr | null;
}

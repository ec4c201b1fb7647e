import { all, create } from "mathjs/number";
import type { CompiledExpr, MathBackend } from "./backend.js";
import { VAR_PREFIX, latexToMathjs } from "./latex-to-mathjs.js";

// Number-only build: plain doubles, no BigNumber/Complex dispatch; sqrt(-1) is NaN.
const math = create(all!, {});

interface MathNode {
  type: string;
  name?: string;
  filter(test: (node: MathNode) => boolean): MathNode[];
  compile(): { evaluate(scope?: Record<string, unknown>): unknown };
}

export const mathjsBackend: MathBackend = {
  name: "mathjs",
  parse(latex: string): CompiledExpr | null {
    const source = latexToMathjs(latex);
    if (source === null) return null;
    let node: MathNode;
    let code: ReturnType<MathNode["compile"]>;
    try {
      node = math.parse(source) as unknown as MathNode;
      code = node.compile();
    } catch {
      return null;
    }
    const vars = [
      ...new Set(
        node.filter((n) => n.type === "SymbolNode" && n.name!.startsWith(VAR_PREFIX)).map((n) => n.name!),
      ),
    ].sort();
    const scope = new Map<string, number>();
    return {
      vars: vars.map((v) => v.slice(VAR_PREFIX.length)),
      evaluate(point) {
        for (const v of vars) scope.set(v, point[v.slice(VAR_PREFIX.length)] ?? NaN);
        try {
          const r = code.evaluate(scope as unknown as Record<string, unknown>);
          return typeof r === "number" ? r : NaN;
        } catch {
          return NaN;
        }
      },
    };
  },
};

import fc from "fast-check";
import { matchingBrace } from "../answer.js";
import { MathVerifier } from "./verify.js";

/** A gold may end inside \boxed{ (data cut short); a response that does is cut off, not an answer. */
const unterminatedBox = (s: string) => s.includes("\\boxed{") && matchingBrace(s, s.lastIndexOf("\\boxed{") + 6) < 0;

// Model output is arbitrary text: the verifier must answer, never throw, for any input.
const latexish = fc
  .array(fc.constantFrom("\\frac", "\\sqrt", "{", "}", "(", ")", "[", "]", "\\{", "\\}", "^", "_", "x", "2", "0.5", ",", "=", "\\pi", "|", "\\left(", "\\right)", "%", "\\text{cm}", " ", "-", "\\cup", "\\infty", "A", "\\boxed{", "$"), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("verifier robustness (fast-check)", () => {
  const verifier = new MathVerifier();

  test("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 20 }), (pred, gold) => {
        const v = verifier.verify(pred, gold);
        expect(typeof v.correct).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  test("never throws on LaTeX-like fragments; a parseable gold always matches itself", () => {
    let selfChecked = 0;
    fc.assert(
      fc.property(latexish, latexish, (pred, gold) => {
        const v = verifier.verify(pred, gold);
        expect(typeof v.correct).toBe("boolean");
        const self = verifier.verify(gold, gold);
        if (self.dataError === null) {
          selfChecked++;
          // Reflexive unless the value is undefined everywhere (e.g. sqrt of a negative constant),
          // or the gold's \boxed{ is never closed (read in a gold, refused in a response).
          if (!self.correct) expect(/\\sqrt|\\infty|\^|_|-/.test(gold) || unterminatedBox(gold)).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(selfChecked).toBeGreaterThan(100);
  });

  test("pathological answers are answered, not a crash: deep nesting, many ± signs, thousands of boxes", () => {
    expect(verifier.verify("(".repeat(5000) + "1" + ")".repeat(5000), "1")).toEqual({ correct: false, dataError: null });
    expect(verifier.verify("\\frac{".repeat(3000) + "1" + "}{2}".repeat(3000), "1").correct).toBe(false);
    expect(verifier.verify("\\pm 1 ".repeat(40), "1").correct).toBe(false);
    expect(verifier.verify("\\boxed{1} and ".repeat(3000), "1").correct).toBe(true);
    expect(verifier.verify("1", "\\sqrt{".repeat(3000) + "1" + "}".repeat(3000)).dataError).toMatch(/cannot be parsed/);
  });
});

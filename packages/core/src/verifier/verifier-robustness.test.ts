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
});

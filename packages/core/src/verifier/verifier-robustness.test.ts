import fc from "fast-check";
import { MathVerifier } from "./verify.js";

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
          // Reflexive unless the value is undefined everywhere (e.g. sqrt of a negative constant).
          if (!self.correct) expect(/\\sqrt|\\infty|\^|_|-/.test(gold)).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(selfChecked).toBeGreaterThan(100);
  });
});

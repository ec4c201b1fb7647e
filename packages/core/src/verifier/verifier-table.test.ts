import { MathVerifier } from "./verify.js";

/** [gold, predicted answer (text inside <answer>), expected]. The expected column is the mathematically right call. */
type Case = readonly [gold: string, pred: string, expected: boolean];

export const VERIFIER_TABLE: Readonly<Record<string, readonly Case[]>> = {
  "integers, decimals, thousands separators": [
    ["12", "12", true],
    ["12", "12.0", true],
    ["12", "12.00", true],
    ["12", " 12 ", true],
    ["12", "13", false],
    ["12", "120", false],
    ["0.5", ".5", true],
    ["3.14", "3.14", true],
    ["3.14", "3.141", false],
    ["1000", "1,000", true],
    ["1,000", "1000", true],
    ["1234567", "1,234,567", true],
    ["1234.5", "1,234.5", true],
    ["1000", "1\\,000", true],
    ["1000", "1{,}000", true],
    ["1000", "100", false],
    ["-7", "-7", true],
    ["-7", "7", false],
    ["-7", "−7", true],
    ["0", "0.0", true],
    ["0", "0.001", false],
    ["5", "5.", true],
    ["42", "$42$", true],
    ["2.5", "2.50", true],
  ],
  "fractions, negatives, scientific notation": [
    ["1/2", "0.5", true],
    ["0.5", "1/2", true],
    ["0.5", "\\frac{1}{2}", true],
    ["\\frac{1}{2}", "0.5", true],
    ["\\frac{1}{2}", "\\dfrac{1}{2}", true],
    ["\\frac{1}{2}", "\\tfrac12", true],
    ["\\frac{1}{2}", "\\frac{2}{4}", true],
    ["\\frac{1}{2}", "\\frac{1}{3}", false],
    ["\\frac{3}{4}", "0.75", true],
    ["\\frac{3}{4}", "0.7", false],
    ["-\\frac{1}{3}", "\\frac{-1}{3}", true],
    ["-\\frac{1}{3}", "-0.333333333", true],
    ["-\\frac{1}{3}", "\\frac{1}{3}", false],
    ["\\frac{7}{2}", "3\\frac{1}{2}", true], // a mixed number in an answer
    ["\\frac{7}{2}", "3.5", true],
    ["1.2\\times10^{3}", "1200", true],
    ["1200", "1.2 \\times 10^3", true],
    ["1200", "1.2e3", true],
    ["0.0012", "1.2 \\cdot 10^{-3}", true],
    ["0.0012", "1.2E-3", true],
    ["6.02\\times10^{23}", "6.02 \\times 10^{23}", true],
    ["6.02\\times10^{23}", "6.02 \\times 10^{22}", false],
    ["\\frac{22}{7}", "\\pi", false],
    ["-2", "\\frac{-4}{2}", true],
  ],
  percentages: [
    ["50\\%", "0.5", true],
    ["0.5", "50\\%", true],
    ["50%", "50", true],
    ["50", "50\\%", true],
    ["50%", "50 percent", true],
    ["12.5\\%", "0.125", true],
    ["12.5\\%", "\\frac{1}{8}", true],
    ["50\\%", "0.05", false],
    ["50\\%", "5\\%", false],
    ["20\\%", "20", true],
    ["0.2", "20", false],
  ],
  "boxed, text and units": [
    ["12", "\\boxed{12}", true],
    ["12", "\\boxed{13}", false],
    ["\\boxed{12}", "12", true],
    ["\\frac{1}{2}", "\\boxed{\\frac{1}{2}}", true],
    ["12", "12 cm", true],
    ["12", "12\\text{ cm}", true],
    ["12", "12 \\mathrm{cm}", true],
    ["12", "12 cm^2", true],
    ["12", "12 \\text{cm}^2", true],
    ["12", "12 square units", true],
    ["12", "13 cm", false],
    ["30", "30^\\circ", true],
    ["30", "30^{\\circ}", true],
    ["30", "30°", true],
    ["30", "30 degrees", true],
    ["30^\\circ", "30", true],
    ["30", "60^\\circ", false],
    ["5", "5 ft", true],
    ["5", "5 feet", true],
    ["5", "\\$5", true],
    ["5", "5 dollars", true],
    ["2.5", "2.5 m", true],
    ["2.5", "\\text{2.5}", true],
    ["8", "8 inches", true],
    ["12", "\\boxed{12\\text{ cm}}", true],
  ],
  "roots, pi and symbolic expressions": [
    ["2\\sqrt{2}", "\\sqrt{8}", true],
    ["\\sqrt{8}", "2\\sqrt{2}", true],
    ["2\\sqrt{2}", "2.8284271", true],
    ["2\\sqrt{2}", "\\sqrt{2}", false],
    ["3\\sqrt{3}", "\\sqrt{27}", true],
    ["\\sqrt{3}", "1.73", false],
    ["\\frac{\\sqrt{3}}{2}", "\\frac{1}{2}\\sqrt{3}", true],
    ["\\frac{\\sqrt{3}}{2}", "\\frac{\\sqrt{2}}{2}", false],
    ["\\sqrt[3]{27}", "3", true],
    ["2\\pi", "2 \\pi", true],
    ["2\\pi", "6.283185307", true],
    ["2\\pi", "\\pi", false],
    ["\\frac{\\pi}{2}", "0.5\\pi", true],
    ["4\\pi", "4π", true],
    ["(x+1)^2", "x^2+2x+1", true],
    ["x^2+2x+1", "(x+1)^2", true],
    ["(x+1)^2", "x^2+1", false],
    ["(x-1)(x+1)", "x^2-1", true],
    ["2x", "x+x", true],
    ["2x", "x^2", false],
    ["\\frac{x}{2}", "0.5x", true],
    ["xy", "yx", true],
    ["a+b", "b+a", true],
    ["a+b", "a-b", false],
    ["\\sin^2 x + \\cos^2 x", "1", true],
    ["2^{10}", "1024", true],
    ["\\log_2 8", "3", true],
    ["e^{2}", "7.389056099", true],
    ["\\pi r^2", "r^2\\pi", true],
    ["\\pi r^2", "2\\pi r", false],
    ["|x-1|", "|1-x|", true],
    ["\\frac{1}{x}", "x^{-1}", true],
    ["5!", "120", true],
    ["\\binom{5}{2}", "10", true],
  ],
  "functions and special notation": [
    ["2", "\\lfloor 2.5 \\rfloor", true],
    ["3", "\\lceil 2.1 \\rceil", true],
    ["2", "\\max(1,2)", true],
    ["1", "\\max(1,2)", false],
    ["12", "\\operatorname{lcm}(4,6)", true],
    ["2", "\\log_{10} 100", true],
    ["\\frac{1}{3}", "0.\\overline{3}", true],
    ["\\frac{1}{6}", "0.1\\overline{6}", true],
    ["\\frac{1}{6}", "0.1\\overline{7}", false],
    ["\\ln 2", "0.693147", true],
    ["\\ln 100", "2\\ln 10", true],
    ["\\frac{1+\\sqrt{5}}{2}", "1.6180339887", true],
    ["\\cos\\frac{\\pi}{3}", "\\frac12", true],
    ["\\tan(\\pi/4)", "1", true],
    ["\\sqrt{2}\\sqrt{3}", "\\sqrt{6}", true],
    ["\\frac{\\pi}{6}", "\\frac{\\pi}{3}", false],
    ["x^{\\frac{1}{2}}", "\\sqrt{x}", true],
    ["\\left(\\frac{1}{2}\\right)^2", "0.25", true],
  ],
  "sets, tuples and intervals": [
    ["\\{1,2,3\\}", "\\{3,2,1\\}", true],
    ["\\{1,2,3\\}", "\\{1,2\\}", false],
    ["\\{1,2,3\\}", "1, 2, 3", true],
    ["\\{1,2,3\\}", "(1,2,3)", false],
    ["1, 2", "2, 1", true],
    ["1, 2", "1, 3", false],
    ["(1,2)", "(1,2)", true],
    ["(1,2)", "(2,1)", false],
    ["(1,2)", "(1, 2.0)", true],
    ["(1,2)", "[1,2]", false],
    ["(\\frac{1}{2}, 3)", "(0.5, 3)", true],
    ["[0,1)", "[0, 1)", true],
    ["[0,1)", "[0,1]", false],
    ["[0,1)", "(0,1)", false],
    ["(-\\infty, 2]", "(-\\infty,2]", true],
    ["(-\\infty, 2]", "(-\\infty, 2)", false],
    ["(-\\infty,1)\\cup(2,\\infty)", "(2,\\infty)\\cup(-\\infty,1)", true],
    ["(-\\infty,1)\\cup(2,\\infty)", "(-\\infty,1)\\cup(3,\\infty)", false],
    ["\\{\\frac{1}{2}, -1\\}", "\\{-1, 0.5\\}", true],
    ["(3, -4)", "(3,-4)", true],
    ["(3, -4)", "3, -4", true],
    ["\\{2\\sqrt{2}, 1\\}", "\\{1, \\sqrt{8}\\}", true],
  ],
  "equations (x = 5)": [
    ["5", "x = 5", true],
    ["5", "x=5", true],
    ["5", "x = 6", false],
    ["x = 5", "5", true],
    ["x=5", "x = 5", true],
    ["x=5", "y = 5", false],
    ["y = 2x+1", "y=1+2x", true],
    ["y = 2x+1", "y=2x-1", false],
    ["\\frac{1}{2}", "k = \\frac{2}{4}", true],
    ["12", "AB = 12", true],
    ["12", "AB = 12 cm", true],
    ["x=2, y=3", "x=2, y=3", true],
    ["x=2, y=3", "y=3, x=2", true],
    ["x=2, y=3", "x=3, y=2", false],
  ],
  "multiple choice": [
    ["B", "B", true],
    ["B", "(B)", true],
    ["B", "B. 12 cm", true],
    ["B", "B: 12 cm", true],
    ["B", "B) 12", true],
    ["B", "The answer is B", true],
    ["B", "The answer is (B).", true],
    ["B", "Option B", true],
    ["B", "\\text{B}", true],
    ["B", "\\boxed{B}", true],
    ["B", "b", true],
    ["B", "I think it is B", true],
    ["B", "A or B", false],
    ["B", "A, B", false],
    ["B", "B or C", false],
    ["B", "A and B", false],
    ["B", "A", false],
    ["B", "C. 12 cm", false],
    ["B", "The answer is A", false],
    ["(B)", "B", true],
    ["B.", "(B) 12 cm", true],
    ["D", "D", true],
    ["D", "", false],
    ["A", "A", true],
    ["A", "(A) because the slope is positive", true],
  ],
  "yes/no and short text": [
    ["Yes", "yes", true],
    ["Yes", "Yes.", true],
    ["Yes", "\\text{Yes}", true],
    ["Yes", "Yes, it is", true],
    ["Yes", "No", false],
    ["No", "no", true],
    ["No", "Not sure", false],
    ["no", "Yes", false],
    ["True", "true", true],
    ["False", "True", false],
    ["triangle", "Triangle", true],
    ["triangle", "square", false],
    ["the red cube", "red cube", true],
    ["cylinder", "a cylinder", true],
    ["cylinder", "sphere", false],
  ],
  "answers in prose": [
    ["12", "The area is 12 square units", true],
    ["12", "The area is 13", false],
    ["12", "12 or 13", false],
    ["12", "There are 12 apples", true],
  ],
};

describe("math verifier table", () => {
  const verifier = new MathVerifier();
  const total = Object.values(VERIFIER_TABLE).reduce((n, cases) => n + cases.length, 0);

  test(`has at least 150 cases, true and false in every category (${total})`, () => {
    expect(total).toBeGreaterThanOrEqual(150);
    for (const cases of Object.values(VERIFIER_TABLE)) {
      expect(cases.some((c) => c[2])).toBe(true);
      expect(cases.some((c) => !c[2])).toBe(true);
    }
  });

  for (const [category, cases] of Object.entries(VERIFIER_TABLE)) {
    describe(category, () => {
      test.each(cases.map(([g, p, e]) => [g, p, e] as const))("gold %j vs %j -> %s", (gold, pred, expected) => {
        const verdict = verifier.verify(pred, gold);
        expect(verdict.dataError).toBeNull();
        expect(verdict.correct).toBe(expected);
      });
    });
  }
});

describe("ground truth that cannot be parsed", () => {
  const verifier = new MathVerifier();
  test.each(["", "   ", "\\frac{1}{", "(1, 2", "\\foo{3}", "x^{", "$\\unknownmacro 2$"])("gold %j is a data error scoring 0", (gold) => {
    const verdict = verifier.verify("3", gold);
    expect(verdict.correct).toBe(false);
    expect(verdict.dataError).toMatch(/ground truth/);
  });

  test("a missing prediction is simply wrong, not a data error", () => {
    expect(verifier.verify(null, "12")).toEqual({ correct: false, dataError: null });
  });

  test("an unparseable prediction is wrong, not a data error", () => {
    expect(verifier.verify("\\frac{1}{", "12")).toEqual({ correct: false, dataError: null });
  });
});

describe("tolerance", () => {
  test("is relative and configurable", () => {
    expect(new MathVerifier({ tolerance: 1e-6 }).verify("3.1416", "\\pi").correct).toBe(false);
    expect(new MathVerifier({ tolerance: 1e-4 }).verify("3.1416", "\\pi").correct).toBe(true);
    expect(new MathVerifier().verify("1000000.5", "1000000").correct).toBe(true);
  });
});

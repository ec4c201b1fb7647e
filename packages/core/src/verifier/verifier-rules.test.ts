// One test per verifier rule (issue 9), with the false positives each rule must not let through.
// verifier-table.test.ts holds the basic notation table; external-cases.test.ts the public suites.
import { answerCandidates, answerChoiceLetter, MathVerifier } from "./index.js";

const verifier = new MathVerifier();
type Row = readonly [gold: string, pred: string, expected: boolean];

function table(name: string, rows: Row[]) {
  describe(name, () => {
    test.each(rows.map(([g, p, e]) => [g, p, e] as const))("gold %j vs %j -> %s", (gold, pred, expected) => {
      const verdict = verifier.verify(pred, gold);
      expect(verdict.dataError).toBeNull();
      expect(verdict.correct).toBe(expected);
    });
  });
}

table("matrices, element-wise, any bracket style", [
  ["\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}", true],
  ["\\begin{bmatrix}1 & 2 \\\\ 3 & 4\\end{bmatrix}", "\\left[\\begin{array}{cc}1 & 2 \\\\ 3 & 4\\end{array}\\right]", true],
  ["\\begin{pmatrix}\\frac{1}{2} & 0 \\\\ 0 & 1\\end{pmatrix}", "\\begin{pmatrix}0.5 & 0 \\\\ 0 & 1\\end{pmatrix}", true],
  ["\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\\\ 3 & 5\\end{pmatrix}", false],
  ["\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\begin{pmatrix}1 & 3 \\\\ 2 & 4\\end{pmatrix}", false],
  ["\\begin{pmatrix}1 & 2\\end{pmatrix}", "\\begin{pmatrix}1 \\\\ 2\\end{pmatrix}", false],
  ["\\begin{pmatrix}6 & 8 \\\\ 10 & 12\\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} + \\begin{pmatrix}5 & 6 \\\\ 7 & 8\\end{pmatrix}", true],
  ["\\begin{pmatrix}2 & 1 \\\\ 4 & 3\\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}\\begin{pmatrix}0 & 1 \\\\ 1 & 0\\end{pmatrix}", true],
  ["\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}", "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}\\begin{pmatrix}0 & 1 \\\\ 1 & 0\\end{pmatrix}", false],
]);

table("relations: spellings, sides swapped, chains and intervals", [
  ["x \\leq 5", "5 \\geq x", true],
  ["x \\le 5", "x <= 5", true],
  ["x \\ge 5", "x >= 5", true],
  ["x \\le 5", "x < 5", false],
  ["x \\le 5", "x \\ge 5", false],
  ["x < 1", "-x > -1", true],
  ["x <= 1", "-x >= -1", true],
  ["x < 1", "-x < -1", false],
  ["x \\neq 5", "x != 5", true],
  ["x \\neq 5", "x \\neq 6", false],
  ["-2 \\le x \\le 7", "[-2,7]", true],
  ["-2 \\le x \\le 7", "(-2,7]", false],
  ["x \\in [-2,7]", "[-2, 7]", true],
  ["x \\in [-2,7]", "-2 \\le x \\le 7", true],
  ["0 < f(x) < 1", "(0,1)", true],
  ["0 < f(x) < 1", "[0,1)", false],
  ["x > 5", "(5, \\infty)", true],
  ["1 \\le |z| \\le \\frac{3}{2}", "z \\in \\left[-\\frac{3}{2}, -1\\right] \\cup \\left[1, \\frac{3}{2}\\right]", true],
  ["1 \\le |z| \\le \\frac{3}{2}", "[1, \\frac{3}{2}]", false],
  ["x + y < 1", "1 - x - y > 0", true],
  ["x + y < 1", "x + y > 1", false],
  ["x < 1", "y < 1", false],
]);

table("equations: the stated value, rearrangements, no false positives", [
  ["x = 11", "x = 5+5+1 = 7 = 11", true],
  ["x = 11", "x = 11 = 5+5", false],
  ["2x+4y-3=0", "y=-\\frac{1}{2}x+\\frac{3}{4}", true],
  ["2x+4y-3=0", "y=\\frac{1}{2}x+\\frac{3}{4}", false],
  ["34x+45y-20z+100=0", "-34x-45y+20z-100=0", true],
  ["x^2/4 + y^2/3 = 1", "x^2/16 + y^2/12 = 1/4", true],
  ["a + 3z = 0", "0", false],
  ["2x + z = 1", "1", false],
  ["7 = 11a+c", "11a+c", false],
  ["|AB| = 1", "1", true],
  ["V_1:V_2 = 11:21", "11:21", true],
  ["12:00", "1:00", false],
  ["k = 45, n = 2", "n = 2, k = 45", true],
  ["k = 45, n = 2", "k = 2, n = 45", false],
  ["p=5,q=2;p=7,q=2", "(5,2),(7,2)", true],
  ["p=5,q=2;p=7,q=2", "(2,5),(2,7)", false],
  ["x = \\frac{1}{2}, x = \\frac{-1 \\pm \\sqrt{13}}{4}", "\\frac{1}{2}, \\frac{-1+\\sqrt{13}}{4}, \\frac{-1-\\sqrt{13}}{4}", true],
  ["x = \\frac{1}{2}, x = \\frac{-1 \\pm \\sqrt{13}}{4}", "\\frac{1}{2}, \\frac{-1+\\sqrt{13}}{4}", false],
  ["\\frac{70}{9}", "\\frac{70}{9} \\approx 7.78", true],
  ["7.78", "\\frac{70}{9} \\approx 7.78", true],
  ["8", "\\frac{70}{9} \\approx 7.78", false],
  ["x = 1/3", "x = 5+5+1 = 1/3 \\approx 11", true],
  ["6", "5 \\approx 6", false],
  ["11", "x \\approx 11", true],
  ["3.14", "\\pi \\approx 3.14", true],
  ["3.15", "\\pi \\approx 3.15", false],
]);

table("sets, tuples, ± and several answers", [
  ["1 \\pm \\sqrt{19}", "\\{1+\\sqrt{19}, 1-\\sqrt{19}\\}", true],
  ["\\pm 2021", "-2021, 2021", true],
  ["\\pm 2021", "2021", false],
  ["\\boxed{1}, \\boxed{2}", "\\{1, 2\\}", true],
  ["\\boxed{1}, \\boxed{2}", "\\{1, 3\\}", false],
  ["\\boxed{1} and \\boxed{2}", "2, 1", true],
  ["3 or 5", "\\{3, 5\\}", true],
  ["$21,16$ or $11$", "21, 16, 11", true],
  ["(11,7) or (7,11)", "\\{(7,11), (11,7)\\}", true],
  ["(0;0;1)", "(0,0,1)", true],
  ["(0;0;1)", "(0,1,0)", false],
  ["(x, y) = (1, 2)", "(1, 2)", true],
  ["(1, 2)", "(x, y) = (2, 1)", false],
  ["(5, 8), (8, 5)", "(x, y) = (5, 8) \\quad \\text{and} \\quad (8, 5)", true],
  ["\\{1, 2\\}", "2, 1, 1", true],
]);

table("numbers: decimal commas, spaces, words", [
  ["1.22", "1,22", true],
  ["1,22", "1.22", true],
  ["0.111", "0,111", true],
  ["1000.99", "1000,99", true],
  ["7425000", "7,425,000", true],
  ["7425", "7,425", true],
  ["7.425", "7,425", false],
  ["1000", "1 000", true],
  ["32349", "32,\\! 349", true],
  ["14916", "14 {, }916", true],
  ["2", "AZYUK2A", false],
  ["2.74", "Soucis : 2,74 $ a..", true],
  ["204_5", "204_5", true],
  ["204_5", "54", false],
  ["12", "12\\", true],
  ["\\\\frac{1}{2}", "0.5", true],
]);

table("multiple choice: letters with option texts, prose, hedges", [
  ["(D) Alina", "D", true],
  ["(D) Alina", "Alina", true],
  ["(D) Alina", "C", false],
  ["C Cecile", "C", true],
  ["A Peter\nCelina bum", "A", true],
  ["Alina and the answer is\n(C) Cecile", "C", true],
  ["C", "the answer is (C) Cecile", true],
  ["C", "Alina? No, the answer is (C) Cecile", true],
  ["B", "It's not A because it doesn't make sense, therefore I think it's B", true],
  ["D", "The answer is for sure D, it can't be A or B", true],
  ["D", "D. it can't be A or B", true],
  ["B", "It is either A or B.", false],
  ["E", "\\mathrm{E}*2", false],
  ["E", "\\mathrm{E}", true],
  ["B", "\\boxed{B}", true],
]);

table("answers in prose: the final answer, and which one", [
  ["\\frac{5}{6}", "The answer is $\\frac{5}{6}$", true],
  ["\\frac{5}{6}", "The answer is $\\frac{5}{7}$", false],
  ["42", "Final answer: 42", true],
  ["4", "Answer: 3\nAnswer: 4", true],
  ["3", "Answer: 3\nAnswer: 4", false],
  ["x \\geq 5", "Therefore $x \\geq 5$ is the solution.", true],
  ["x \\geq 5", "Therefore $x \\leq 5$ is the solution.", false],
  ["x \\neq 3", "We find that $x \\neq 3$.", true],
  ["120", "The volume is 5 x 6 x 4 = 120. Final Answer: The volume of $ABCDEFGH$ is 120. I hope it is correct.", true],
  ["10455", "... $\\boxed{200}$ ... $\\boxed{255}$ ... The final answer is $10,455$. I hope it is correct.", true],
  ["2/3", "P(A) = (1/2) / (3/4) = 2/3. Therefore, the probability that Alice wins the game is 2/3.", true],
  ["12", "I am not sure, 12 or 13", false],
  ["13", "I am not sure, 12 or 13", false],
  ["19", "so the total is $1 + 2 \\times 9 = 19$ points. Final Answer: the maximum number is 19.", true],
  ["1, -2", "Setting $x = y = 0$, ... so the solutions are $n = \\boxed{1,-2}.$", true],
  ["1", "\\frac{1}{", false],
]);

table("worked results, mixed numbers, determinants, mod", [
  ["1000", "$10^3 = 1000$", true],
  ["2", "$\\left| 3 - 5 \\right| = 2$", true],
  ["3", "$\\begin{vmatrix} 2 & 1 \\\\ 1 & 2 \\end{vmatrix} = 3$", true],
  ["3", "\\begin{vmatrix} 2 & 1 \\\\ 1 & 1 \\end{vmatrix}", false],
  ["2", "$17 \\bmod 5 = 2$", true],
  ["3128.5", "3128 1/2", true],
  ["3128.5", "3128 1/3", false],
  ["7", "7 = 11a+c", false],
]);

describe("reasoning and tags in the text", () => {
  test("only what follows </think> is read", () => {
    expect(verifier.verify("<think> My answer is \\boxed{42} </think> Some other text.", "42").correct).toBe(false);
    expect(verifier.verify("Let me reconsider. \\boxed{99}</think>Final: \\boxed{42}", "42").correct).toBe(true);
  });
  test("the first <answer> tag is the answer, as in the accuracy reward", () => {
    expect(verifier.explain("<answer>42</answer> Some text <answer>100</answer>", "42").answer).toEqual({ text: "42", rule: "answer-tag" });
  });
  test("an unterminated box is read in a gold but not in a response (cut off at the length limit)", () => {
    expect(verifier.verify("\\boxed{42", "42").correct).toBe(false);
    expect(verifier.verify("42", "\\boxed{42").correct).toBe(true);
  });
});

describe("boxed answers: which boxes form the answer", () => {
  const boxed = (s: string) => answerCandidates(s, { unterminatedBox: true }).find((c) => c.rule === "boxed")?.text;
  test("boxes joined only by connectors (and a unit word) are one answer", () => {
    expect(boxed("\\boxed{1} papers and \\boxed{2} bins")).toBe("1, 2");
    expect(boxed("$\\boxed{1}\\boxed{2}$")).toBe("1, 2");
    expect(boxed("\\boxed{1} and and and or thus but \\boxed{2} and \\boxed{3}")).toBe("2, 3");
    expect(boxed("\\boxed{1} no no no no no \\boxed{2}")).toBe("2");
  });
  test("boxes inside one math display are one answer whatever lies between them", () => {
    expect(boxed("$$\\boxed{(3, 3)} \\text{ for part (a) and } \\boxed{(1, 1)}$$")).toBe("(3, 3), (1, 1)");
  });
  test("a repeated final box counts once; an unterminated box runs to the end", () => {
    expect(boxed("so \\boxed{004} is right.\n\n**Final Answer**\n\\boxed{004}")).toBe("004");
    expect(boxed("\\boxed{W(n) = 1")).toBe("W(n) = 1");
  });
});

describe("row choices (MathVista): gold option text or letter", () => {
  const choices = ["120°", "145°", "160°", "175°"];
  test.each([
    ["B", true], ["(B)", true], ["(B) 145°", true], ["145°", true], ["145", true],
    ["C", false], ["(C) 145°", false], ["160°", false], ["A or B", false],
  ] as const)("gold 145° with choices: %j -> %s", (pred, expected) => {
    expect(verifier.verify(pred, "145°", choices)).toEqual({ correct: expected, dataError: null });
  });
  test("a letter gold takes its option text from the choices", () => {
    expect(verifier.verify("145°", "B", choices).correct).toBe(true);
    expect(verifier.verify("160°", "B", choices).correct).toBe(false);
  });
  test("a letter outside the row's options is read as a value, not a choice", () => {
    expect(verifier.verify("The answer is 5 (see Table C)", "5", ["5", "6"]).correct).toBe(true);
  });
  test("a gold that is none of the choices, or a letter past them, is a data error", () => {
    expect(verifier.verify("B", "150°", choices).dataError).toMatch(/none of the row's choices/);
    expect(verifier.verify("E", "E", choices).dataError).toMatch(/names option E, but the row has 4 choices/);
  });
  test("without choices the letter alone cannot match an option text", () => {
    expect(verifier.verify("B", "145°").correct).toBe(false);
  });
});

describe("data escaped wrongly", () => {
  test("doubled backslashes and control characters from unescaped \\f / \\b are repaired", () => {
    expect(verifier.verify("0.5", "\\\\frac{1}{2}").correct).toBe(true);
    expect(verifier.verify("0.5", "\frac{1}{2}").correct).toBe(true); // form feed + "rac"
    expect(verifier.verify("3", "\boxed{3}").correct).toBe(true); // backspace + "oxed"
  });
  test("a tab stays whitespace: tab + 'ext{13}' is not \\text{13}", () => {
    expect(verifier.verify("13", "\text{13}").correct).toBe(false);
  });
});

describe("explain() says which rule chose the answer", () => {
  test.each([
    ["The answer is $\\frac{5}{6}$", "answer-cue"],
    ["so $\\boxed{\\frac{5}{6}}$", "boxed"],
    ["\\frac{5}{6}", "whole"],
    ["We get $\\frac{10}{12}$ which simplifies to $\\frac{5}{6}$", "math-span"],
  ] as const)("%j -> %s", (pred, rule) => {
    const e = verifier.explain(pred, "5/6");
    expect(e.correct).toBe(true);
    expect(e.answer.rule).toBe(rule);
  });
  test("a choice answer reports the letter", () => {
    expect(verifier.explain("(C) Cecile", "C").answer).toEqual({ text: "C", rule: "choice-letter" });
  });
});

describe("answerChoiceLetter", () => {
  test.each([
    ["B", "B"], ["(B) 12", "B"], ["The answer: D, it doesn't make sense for it to be A or B", "D"],
    ["A or B", null], ["A, B", null], ["I think so", null], ["E*2", null], ["**C**", "C"],
  ] as const)("%j -> %s", (text, letter) => {
    expect(answerChoiceLetter(text)).toBe(letter);
  });
});

// Agreement with the labelled answer pairs of public grader test suites (fixtures/*.jsonl:
// Math-Verify and lighteval, each row naming its source). Rows flagged `questionable` encode a
// library quirk rather than a verdict and are left out (bench/verifier.ts reports them).
// The figures beside math_verify are printed by `npm run bench -- verifier`.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MathVerifier } from "./index.js";

interface Case {
  category: string;
  gold: string;
  prediction: string;
  expected: boolean;
  questionable?: boolean;
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const cases: Case[] = readdirSync(fixtures)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(join(fixtures, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Case))
  .filter((c) => !c.questionable);

describe("public grader suites", () => {
  const verifier = new MathVerifier();
  const agree = cases.map((c) => verifier.verify(c.prediction, c.gold).correct === c.expected);
  const rate = (pick: (c: Case) => boolean) => {
    const idx = cases.flatMap((c, i) => (pick(c) ? [i] : []));
    return idx.filter((i) => agree[i]).length / idx.length;
  };

  test(`at least 250 labelled cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
  });
  test("overall agreement >= 97%", () => {
    expect(rate(() => true)).toBeGreaterThanOrEqual(0.97);
  });
  test.each([...new Set(cases.map((c) => c.category))])("category %s >= 90%", (category) => {
    expect(rate((c) => c.category === category)).toBeGreaterThanOrEqual(0.9);
  });
});

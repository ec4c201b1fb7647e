import { extractAnswer, lastBoxed } from "./answer.js";

describe("answer extraction", () => {
  test("takes the first answer tag, trimmed", () => {
    expect(extractAnswer("<think>t</think><answer> 12 </answer><answer>13</answer>")).toBe("12");
  });
  test("reads answers spanning several lines (the recipe's regex lacked DOTALL)", () => {
    expect(extractAnswer("<answer>x = 2\ny = 3</answer>")).toBe("x = 2\ny = 3");
  });
  test("no tag, or an unclosed one, means no answer", () => {
    expect(extractAnswer("the answer is 12")).toBeNull();
    expect(extractAnswer("<answer>12")).toBeNull();
  });
  test("optional \\boxed fallback takes the last box, braces balanced", () => {
    expect(extractAnswer("so \\boxed{1} then \\boxed{\\frac{1}{2}}", { fallbackToBoxed: true })).toBe("\\frac{1}{2}");
    expect(extractAnswer("so \\boxed{1}")).toBeNull();
    expect(lastBoxed("\\boxed{\\{1,2\\}}")).toBe("\\{1,2\\}");
    expect(lastBoxed("\\boxed{unbalanced")).toBeNull();
    expect(lastBoxed("\\boxed")).toBeNull();
  });
  test("custom tag name", () => {
    expect(extractAnswer("<final>7</final>", { tag: "final" })).toBe("7");
  });
});

import fc from "fast-check";
import { createFormatChecker, formatReward, resolveFormatConfig } from "./format-reward.js";
import { CoreConfigError } from "./errors.js";

const flat = createFormatChecker();
const nested = createFormatChecker(resolveFormatConfig({ allowNestedObserve: true }));
const good = "<observe>a red square</observe>\n<think>count the sides</think>\n<answer>4</answer>";

describe("format reward", () => {
  test("well-formed response earns 0.5", () => {
    expect(flat(good)).toBe(0.5);
  });
  test("text before and after the tags is allowed (the recipe uses re.search)", () => {
    expect(flat(`Sure.\n${good}\nDone`)).toBe(0.5);
  });
  test("content may span lines", () => {
    expect(flat("<observe>line1\nline2</observe><think>a\nb</think> <answer>x\ny</answer>")).toBe(0.5);
  });
  test.each([
    ["missing observe", "<think>t</think><answer>4</answer>"],
    ["empty observe", "<observe></observe><think>t</think><answer>4</answer>"],
    ["empty think", "<observe>o</observe><think></think><answer>4</answer>"],
    ["empty answer", "<observe>o</observe><think>t</think><answer></answer>"],
    ["wrong order", "<think>t</think><observe>o</observe><answer>4</answer>"],
    ["text between observe and think", "<observe>o</observe> so <think>t</think><answer>4</answer>"],
    ["text between think and answer", "<observe>o</observe><think>t</think>hence<answer>4</answer>"],
    ["answer tag twice", good + "<answer>5</answer>"],
    ["think tag twice", "<observe>o</observe><think>t</think><answer>4</answer><think>"],
    ["unclosed answer", "<observe>o</observe><think>t</think><answer>4"],
    ["observe nested in think, option off", "<think>a<observe>o</observe>b</think><answer>4</answer>"],
  ])("%s scores 0", (_, response) => {
    expect(flat(response)).toBe(0);
  });

  describe("nested observe (option on)", () => {
    test("accepts observe inside think", () => {
      expect(nested("<think>look: <observe>a red square</observe> so 4</think>\n<answer>4</answer>")).toBe(0.5);
      expect(nested(good)).toBe(0.5);
    });
    test("applies the exactly-once checks the recipe's regex skipped for this form", () => {
      // The recipe's second alternative had no lookaheads, so these scored 0.5 there.
      expect(nested("<think>a<observe>o</observe>b</think><answer>4</answer><answer>5</answer>")).toBe(0);
      expect(nested("<think>a<observe>o</observe>b</think><answer>4</answer> <observe>x</observe>")).toBe(0);
      expect(nested("<think><think>a<observe>o</observe>b</think><answer>4</answer>")).toBe(0);
    });
    test("needs content around the nested observe, as the regex's .+? do", () => {
      expect(nested("<think><observe>o</observe>b</think><answer>4</answer>")).toBe(0);
      expect(nested("<think>a<observe>o</observe></think><answer>4</answer>")).toBe(0);
    });
  });

  test("score and tag names are configurable; observe can be dropped", () => {
    const c = createFormatChecker(resolveFormatConfig({ score: 1, tags: { observe: null, think: "reasoning", answer: "final" } }));
    expect(c("<reasoning>r</reasoning><final>4</final>")).toBe(1);
    expect(c("<think>r</think><answer>4</answer>")).toBe(0);
    expect(formatReward(good, resolveFormatConfig({ score: 0.25 }))).toBe(0.25);
  });

  test("bad config names the key", () => {
    expect(() => resolveFormatConfig({ score: -1 })).toThrow(/data\.format\.score: must be >= 0/);
    expect(() => resolveFormatConfig({ tags: { observe: "<observe>", think: "think", answer: "answer" } })).toThrow(CoreConfigError);
    expect(() => resolveFormatConfig({ allowNestedObserv: true } as never)).toThrow(/Did you mean "allowNestedObserve"/);
  });

  // Reference: docs/method.md's regexes plus explicit exactly-once counts, matched anywhere (re.search).
  const count = (s: string, t: string) => s.split(t).length - 1;
  const TAGS = ["<observe>", "</observe>", "<think>", "</think>", "<answer>", "</answer>"];
  const FLAT = /<observe>.+?<\/observe>\s*<think>.+?<\/think>\s*<answer>.+?<\/answer>/s;
  const NESTED = /<think>.+?<observe>.+?<\/observe>.+?<\/think>\s*<answer>.+?<\/answer>/s;
  const reference = (s: string, allowNested: boolean) =>
    TAGS.every((t) => count(s, t) === 1) && (FLAT.test(s) || (allowNested && NESTED.test(s))) ? 0.5 : 0;

  test("agrees with the reference regex on generated responses (fast-check)", () => {
    const piece = fc.constantFrom(...TAGS, "x", "yz", " ", "\n", "\t", "", "<", ">", "/");
    const ordered = fc.tuple(fc.string({ maxLength: 3 }), fc.constantFrom("", " ", "\n"), fc.string({ minLength: 0, maxLength: 3 })).map(
      ([a, ws, b]) => `${a}<observe>${b}o</observe>${ws}<think>t${b}</think>${ws}<answer>${a}4</answer>${b}`,
    );
    const response = fc.oneof(fc.array(piece, { maxLength: 14 }).map((p) => p.join("")), ordered);
    let accepted = 0;
    fc.assert(
      fc.property(response, (s) => {
        expect(flat(s)).toBe(reference(s, false));
        expect(nested(s)).toBe(reference(s, true));
        if (reference(s, false) > 0) accepted++;
      }),
      { numRuns: 3000, seed: 42 },
    );
    // The generator must reach both outcomes for the comparison to mean anything.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
  });
});

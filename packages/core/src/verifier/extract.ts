/**
 * Final-answer extraction: which part of a free-text answer is the answer.
 *
 * Models write prose inside <answer> ("The answer is $\frac{5}{6}$", "Final
 * answer: 42", a whole chain of thought ending in \boxed{}), and datasets store
 * golds as full solutions. Both sides go through the same rules, strongest
 * first, the way the strong graders do (Math-Verify, lighteval, Qwen2.5-Math):
 *
 *   answer-tag    the first <answer>...</answer>, when the text still has the tags
 *   boxed         the last \boxed{...}, joined with the boxes just before it when
 *                 only connectors separate them ("\boxed{1} and \boxed{2}")
 *   final-answer  "the final answer is X" (whichever of these two ends last)
 *   answer-cue    the first value after the last "answer" ("Answer: 42", "the answer is (C)")
 *   whole         the whole text, when it is a value and not prose
 *   math-span     the last $...$, \(...\) or \[...\] (several joined by "and"/"or"/",")
 *   last-number   the last number standing alone in prose ("AZYUK2A" holds none)
 *
 * Text before a closing </think> is reasoning, not the answer: only what follows
 * it is read. `answerCandidates` returns the candidates in the order above; the
 * verifier takes the first one that parses, and reports its rule.
 */
import { matchingBrace } from "../answer.js";

export type ExtractionRule = "answer-tag" | "boxed" | "final-answer" | "answer-cue" | "whole" | "math-span" | "last-number";

export interface ExtractOptions {
  /**
   * Read an unterminated \boxed{ to the end of the text. Right for golds (data cut
   * short: "\boxed{W(n) = 1"), wrong for responses, where "\boxed{42" may be a
   * longer answer cut off at the length limit.
   */
  unterminatedBox?: boolean;
}

export interface Candidate {
  text: string;
  rule: ExtractionRule;
}

interface Span {
  start: number;
  end: number;
  content: string;
}

/** Ordered candidates for the final answer of `raw`; none for empty text or nothing after </think>. */
export function answerCandidates(raw: string, options: ExtractOptions = {}): Candidate[] {
  let text = repairEscapes(raw).trim(); // before trim: a leading form feed may be the f of \frac
  // Fast path: short plain answers ("12", "x = 5", "B") are their own answer.
  if (!/[A-Za-z$\\]{2}|\$|\\[(\[]|\n|</.test(text)) return text ? [{ text, rule: "whole" }] : [];
  const think = text.lastIndexOf("</think>");
  if (think >= 0) text = text.slice(think + "</think>".length).trim();
  const out: Candidate[] = [];
  const tag = /<answer>([\s\S]*?)<\/answer>/.exec(text);
  if (tag && tag[1]!.trim()) out.push({ text: tag[1]!.trim(), rule: "answer-tag" });
  const spans = mathSpans(text);

  const boxed = lastBoxedGroup(text, spans, options.unterminatedBox ?? false);
  const final = finalAnswerCue(text);
  const strong = [boxed, final].filter((c): c is Candidate & { end: number } => c !== null).sort((a, b) => b.end - a.end);
  for (const c of strong) out.push({ text: c.text, rule: c.rule });

  const cue = answerCue(text);
  if (cue !== null) {
    out.push(cue);
    // "Answer: Jane started 3 hours ago": when the cue's sentence is prose, its first number.
    const first = firstNumber(cue.text);
    if (first !== null && first !== cue.text) out.push({ text: first, rule: "answer-cue" });
  }
  if (text) out.push({ text, rule: "whole" });
  // The rightmost of the last math span and the last number in the prose.
  const span = lastSpanGroup(text, spans);
  // Only prose holds a number worth pulling out: "\\frac{1}{" is broken math, not the answer 1.
  const num = isProse(text) ? lastNumber(text) : null;
  const tail = [span && { text: span.text, rule: "math-span" as const, end: span.end }, num && { text: num.text, rule: "last-number" as const, end: num.end }]
    .filter((c) => c !== null)
    .sort((a, b) => b.end - a.end);
  for (const c of tail) out.push({ text: c.text, rule: c.rule });
  return out;
}

const FUNCTION_WORDS = /^(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|arcsin|arccos|arctan|log|ln|exp|max|min|gcd|lcm|mod|sqrt|frac|infty)$/i;

/**
 * Words, not a formula: two words in a row or one long word once LaTeX commands are
 * set aside ("We find that x \\neq 3", "Soucis : 2,74"); "12 cm", "\\sin x", "xy" are not.
 */
export function isProse(s: string): boolean {
  const plain = s.replace(/\\(?:begin|end)\s*\{[^{}]*\}|\\[A-Za-z]+|_\{[^{}]*\}|_[A-Za-z0-9]/g, " ");
  if (/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(plain)) return true;
  return (plain.match(/[A-Za-z]{4,}/g) ?? []).some((w) => !FUNCTION_WORDS.test(w));
}

/**
 * Data often carries LaTeX escaped wrongly. Twice ("\\\\frac{1}{2}"): a doubled
 * backslash before a command name is one backslash; inside matrices "\\\\" is also
 * the row separator, so there only known command names are undoubled. Once too
 * few (Python's "\\frac" became form feed + "rac", "\\beta" backspace + "eta"): a
 * control character that never occurs in text (BEL, BS, VT, FF) and completes a
 * known command name is that command. Tab, newline and CR are real whitespace, so
 * a tab before "ext" stays a tab.
 */
const COMMANDS =
  "frac|dfrac|tfrac|sqrt|boxed|text|textbf|mathrm|mathbf|left|right|begin|end|pi|cdot|times|infty|le|ge|leq|geq|lt|gt|neq|ne|pm|mp|in|cup|cap|sin|cos|tan|log|ln|exp|circ|quad|qquad|approx|overline|binom|angle|degree|alpha|beta|theta|rho|nu|vec|nabla|bar|hat";
const KNOWN = new Set(COMMANDS.split("|"));
const DOUBLED_COMMAND = new RegExp(`(?<!\\\\)\\\\\\\\(?=(?:${COMMANDS})(?![A-Za-z]))`, "g");
const DOUBLED_ANY = /(?<!\\)\\\\(?=[A-Za-z])/g;
const CONTROL_ESCAPE: Readonly<Record<string, string>> = { "\x07": "a", "\b": "b", "\v": "v", "\f": "f" };

function repairEscapes(s: string): string {
  if (/[\x07\b\v\f]/.test(s)) {
    s = s.replace(/[\x07\b\v\f]([A-Za-z]+)/g, (m, word: string) => {
      const name = CONTROL_ESCAPE[m[0]!]! + word;
      return KNOWN.has(name) ? "\\" + name : m;
    });
  }
  if (!s.includes("\\\\")) return s;
  const tabular = /\\begin\s*\{\s*(?:[pbvBV]?matrix|array|align\*?|aligned|cases)\s*\}/.test(s);
  return s.replace(tabular ? DOUBLED_COMMAND : DOUBLED_ANY, "\\");
}

/** $$..$$, \[..\], $..$ (one line, not \$), \(..\), in order of appearance. */
function mathSpans(s: string): Span[] {
  const spans: Span[] = [];
  const re = /(?<!\\)\$\$([\s\S]+?)(?<!\\)\$\$|(?<!\\)\\\[([\s\S]+?)\\\]|(?<![\\$])\$((?:\\\$|[^\n$])+?)(?<!\\)\$|(?<!\\)\\\(([\s\S]+?)\\\)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const content = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    if (content.trim()) spans.push({ start: m.index, end: m.index + m[0].length, content: content.trim() });
  }
  return spans;
}

interface Boxed {
  start: number;
  end: number;
  content: string;
}

function allBoxed(s: string, unterminated: boolean): Boxed[] {
  const out: Boxed[] = [];
  const re = /\\(?:boxed|fbox)\s*\{/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(s, open);
    if (close < 0 && !unterminated) break;
    // An unterminated box (a truncated gold) runs to the end of the text.
    const end = close < 0 ? s.length : close + 1;
    out.push({ start: m.index, end, content: s.slice(open + 1, close < 0 ? s.length : close).trim() });
    re.lastIndex = open + 1;
    if (close < 0) break;
  }
  // Nested boxes: keep the outermost (boxes come in order of their start).
  let outerEnd = -1;
  return out.filter((b) => {
    if (b.start < outerEnd) return false;
    outerEnd = b.end;
    return true;
  });
}

const CONNECTOR_WORDS = new Set(["and", "or"]);

/**
 * Only connectors between two boxes: separators, spacing, delimiters, "and"/"or",
 * and at most one other word (a unit: "\boxed{1} papers and \boxed{2} bins").
 */
function onlyConnectors(between: string): boolean {
  const words = between
    .replace(/\\(?:text|mathrm|textbf|mbox)\s*\{([^{}]*)\}/g, " $1 ")
    .replace(/\\[A-Za-z]+/g, " ")
    .match(/[A-Za-z]+/g) ?? [];
  return words.filter((w) => !CONNECTOR_WORDS.has(w.toLowerCase())).length <= 1;
}

/** The last box, with the boxes before it that belong to the same answer, joined by commas. */
function lastBoxedGroup(s: string, spans: Span[], unterminated: boolean): (Candidate & { end: number }) | null {
  if (!s.includes("\\boxed") && !s.includes("\\fbox")) return null;
  const boxes = allBoxed(s, unterminated);
  if (boxes.length === 0) return null;
  const last = boxes[boxes.length - 1]!;
  const inSpan = spans.find((sp) => sp.start <= last.start && last.end <= sp.end);
  const group = [last];
  let frontier = last.start;
  for (let i = boxes.length - 2; i >= 0; i--) {
    const b = boxes[i]!;
    // Boxes inside one math display are one answer; elsewhere only connectors may separate them.
    const sameSpan = inSpan !== undefined && inSpan.start <= b.start;
    if (!sameSpan && !onlyConnectors(s.slice(b.end, frontier))) break;
    frontier = b.start;
    if (b.content !== group[0]!.content) group.unshift(b); // a repeated box counts once
  }
  return { text: group.map((b) => b.content).join(", "), rule: "boxed", end: last.end };
}

/** "The final answer is X. I hope it is correct." (the Minerva/MATH few-shot format). */
function finalAnswerCue(s: string): (Candidate & { end: number }) | null {
  const re = /final answer[^\n]{0,100}?\s+is\s*:?\s*/gi;
  let best: (Candidate & { end: number }) | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const rest = s.slice(m.index + m[0].length);
    const value = sentenceValue(rest);
    if (value !== null) best = { text: value.text, rule: "final-answer", end: m.index + m[0].length + value.end };
  }
  return best;
}

/** The first value after the last "answer" word that has one: "Answer: 42", "the answer is $x=2$". */
function answerCue(s: string): Candidate | null {
  const re = /\banswer\b(?:\s*(?:is|was|should be|would be|will be|=|:|-))*\s*/gi;
  let found: Candidate | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const value = sentenceValue(s.slice(m.index + m[0].length));
    if (value !== null) found = { text: value.text, rule: "answer-cue" };
  }
  return found;
}

/**
 * The value at the start of `rest`: its first math span when the sentence has one,
 * else the sentence itself up to a full stop or line end (without "I hope...").
 */
function sentenceValue(rest: string): { text: string; end: number } | null {
  const lead = /^[\s*]*/.exec(rest)![0].length;
  const body = rest.slice(lead);
  if (body.startsWith("\\boxed") || body.startsWith("\\fbox")) {
    const open = body.indexOf("{");
    const close = open < 0 ? -1 : matchingBrace(body, open);
    if (close > 0) return { text: body.slice(open + 1, close).trim(), end: lead + close + 1 };
  }
  const spans = mathSpans(body);
  // A sentence ends at a full stop before a space or the end (a decimal point has a digit after it).
  const stop = /\.(?=\s|$)|\n|\bI hope\b/.exec(body);
  const sentenceEnd = stop ? stop.index : body.length;
  const first = spans[0];
  if (first && first.start < sentenceEnd + 2) {
    // "$1$ and $2$": the spans joined by connectors form one answer.
    const group = spanGroup(body, spans, 0);
    return { text: group.text, end: lead + group.end };
  }
  const sentence = body.slice(0, sentenceEnd).replace(/\*+/g, "").trim();
  if (!sentence || !/[\dA-Za-z\\]/.test(sentence)) return null;
  return { text: sentence, end: lead + sentenceEnd };
}

/** Spans from index `i` on, joined while only "and"/"or"/","/";" lie between them. */
function spanGroup(s: string, spans: Span[], i: number): { text: string; end: number } {
  const parts = [spans[i]!.content];
  let end = spans[i]!.end;
  for (let j = i + 1; j < spans.length; j++) {
    const between = s.slice(spans[j - 1]!.end, spans[j]!.start);
    if (!/^\s*(?:,|;|,?\s*and|,?\s*or)?\s*$/i.test(between)) break;
    parts.push(spans[j]!.content);
    end = spans[j]!.end;
  }
  return { text: parts.join(", "), end };
}

/** The last math span, joined with the spans just before it when only connectors separate them. */
function lastSpanGroup(s: string, spans: Span[]): { text: string; end: number } | null {
  if (spans.length === 0) return null;
  let i = spans.length - 1;
  while (i > 0 && /^\s*(?:,|;|,?\s*and|,?\s*or)?\s*$/i.test(s.slice(spans[i - 1]!.end, spans[i]!.start))) i--;
  return spanGroup(s, spans, i);
}

// A number standing alone: not glued to a letter before it ("AZYUK2A"), thousands
// groups or a decimal comma allowed ("1,000.99", "2,74"), a simple fraction ("2/3"),
// an optional percent after.
const PROSE_NUMBER = /(?<![A-Za-z0-9_.,/])[-−]?(?:\d+(?:\.\d+)?\s*\/\s*\d+(?:\.\d+)?(?![\d.]*[/^])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|\.\d+)(?:\s*(?:\\?%|percent|pct))?/g;

function numbers(s: string): RegExpExecArray[] {
  const plain = s.replace(/\\!\s*|\s*\{\s*,\s*\}\s*/g, (m) => (m.startsWith("\\") ? "" : ","));
  PROSE_NUMBER.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = PROSE_NUMBER.exec(plain); m; m = PROSE_NUMBER.exec(plain)) out.push(m);
  return out;
}

/** The last number in prose, or null when there is none or it is a hedge ("12 or 13"). */
function lastNumber(s: string): { text: string; end: number } | null {
  const all = numbers(s);
  const last = all[all.length - 1];
  if (last === undefined) return null;
  const prev = all[all.length - 2];
  // Positions refer to the text with "\!" removed; close enough to rank against math spans.
  if (prev !== undefined && /^\s*or\s*$/i.test(last.input.slice(prev.index + prev[0].length, last.index))) return null;
  return { text: last[0].replace(/\s+/g, ""), end: last.index + last[0].length };
}

function firstNumber(s: string): string | null {
  const first = numbers(s)[0];
  return first === undefined ? null : first[0].replace(/\s+/g, "");
}

/**
 * Surface clean-up of an answer before it is parsed: math delimiters,
 * \text-like wrappers, spacing commands, Unicode math symbols, degrees, percent.
 * Only presentation is removed here; meaning is decided by the parser and the
 * math library.
 */
import { matchingBrace } from "../answer.js";

export interface NormalizedAnswer {
  text: string;
  /** A trailing % (or \%, "percent") was removed. */
  percent: boolean;
}

// Wrappers whose content is kept as is.
const UNWRAP = /\\(?:text|textbf|textit|textrm|textnormal|mathrm|mathbf|mathit|mathsf|mathtt|mathbb|mathcal|boldsymbol|bm|mbox|hbox|emph)\s*\{/;
const SPACING = /\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|big|Big|bigg|Bigg)(?![a-zA-Z])|\\displaystyle|\\textstyle|\\qquad|\\quad|(?<!\\)\\[!,;: ]|~/g;
const DEGREES = /\^\s*\{\s*\\circ\s*\}|\^\s*\\circ|\\circ|\\degree|°|\^\s*\{\s*°\s*\}/g;
const UNICODE: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2212\u2013\u2014\uFE63\uFF0D]/g, "-"],
  [/[×✕]/g, "\\times "],
  [/[·⋅∙]/g, "\\cdot "],
  [/÷/g, "\\div "],
  [/π/g, "\\pi "],
  [/√/g, "\\sqrt"],
  [/∞/g, "\\infty "],
  [/²/g, "^2"],
  [/³/g, "^3"],
  [/≤/g, "\\le "],
  [/≥/g, "\\ge "],
  [/≠/g, "\\ne "],
  [/∪/g, "\\cup "],
  [/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, " "],
];

export function normalizeAnswer(raw: string): NormalizedAnswer {
  let s = raw.trim();
  if (/[^\x00-\x7f]/.test(s)) for (const [re, to] of UNICODE) s = s.replace(re, to);
  if (s.includes("\\") || s.includes("$") || s.includes("~")) {
    s = s
      .replace(/\\\$/g, "") // currency sign
      .replace(/\$/g, "") // math delimiters
      .replace(/\\[()[\]]/g, "") // \( \) \[ \]
      .replace(/\\[dt]frac/g, "\\frac")
      .replace(/\\[dt]binom/g, "\\binom");
    s = s.replace(/\\operatorname\s*\{\s*([A-Za-z]+)\s*\}/g, "\\$1"); // \operatorname{lcm} -> \lcm
    s = unwrapCommands(s);
    s = s.replace(/(?<!\\)\\!\s*/g, "").replace(SPACING, " "); // \! is a negative space inside numbers: 12,\!000
    s = s.replace(/\\+$/, ""); // a stray trailing backslash
  }
  if (s.includes("{") && /\{\s*,\s*\}/.test(s)) s = s.replace(/\s*\{\s*,\s*\}\s*/g, ","); // 1{,}000
  // The guards below keep the common short answers ("12", "B") free of regex work.
  if (s.includes("circ") || s.includes("°") || s.includes("degree")) s = s.replace(DEGREES, "");
  let percent = false;
  if (s.includes("%") || /per\s*cent|pct/i.test(s)) {
    const pct = /\s*(?:\\%|%|\s+percent(?:age)?|\s+per\s*cent|\s+pct)\s*\.?$/i.exec(s);
    if (pct && pct.index > 0) {
      percent = true;
      s = s.slice(0, pct.index);
    }
  }
  // A sentence-final period or stray separator is not part of the answer.
  if (/[\s.,;:]$/.test(s)) s = s.replace(/[\s.,;:]+$/, "");
  if (/\s\s|[\t\n\r\f\v]/.test(s)) s = s.replace(/\s+/g, " ");
  return { text: s.trim(), percent };
}

/** \text{abc} -> abc, for every wrapper in UNWRAP, innermost last; unbalanced input is left alone. */
function unwrapCommands(s: string): string {
  for (let guard = 0; guard < 50; guard++) {
    const m = UNWRAP.exec(s);
    if (!m) break;
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(s, open);
    if (close < 0) break;
    s = s.slice(0, m.index) + s.slice(open + 1, close) + s.slice(close + 1);
  }
  return s;
}

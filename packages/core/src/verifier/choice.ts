/**
 * Multiple choice. Gold "B" matches "B", "(B)", "B. 12 cm", "B: ...", "Option B",
 * "The answer is B", "\text{B}" and prose that settles on B ("it's not A, so I
 * think it's B"); it does not match "A or B", "A, B" or any answer hedging
 * between letters. The recipe's substring test over a-f let "A or B" through.
 *
 * A gold may carry its option text ("(D) Alina", "C Cecile"); a row may carry the
 * option texts of all its letters (MathVista's `choices`), so that gold "145°"
 * is option B and "B", "(B) 145°" and "145°" all match it.
 */

/** Gold answers that are a bare option letter: "B", "(B)", "B.", "B)". */
const GOLD_LETTER = /^\(?([A-Z])\)?[.:)]?$/;
/** A letter with its option text: "(D) Alina", "B. 12 cm", "C Cecile" (not "V = 12", not "I think"). */
const GOLD_WITH_TEXT = /^(?:\(([A-Z])\)\s*|([A-Z])[.:)]\s+|([A-HJ-Z])\s+(?=[A-Za-z]))([\s\S]+)$/;

export interface GoldChoice {
  letter: string;
  /** The option's text when the gold states it. */
  text: string | null;
}

export function goldChoice(text: string): GoldChoice | null {
  const s = text.trim();
  const bare = GOLD_LETTER.exec(s);
  if (bare) return { letter: bare[1]!, text: null };
  const m = GOLD_WITH_TEXT.exec(s);
  return m ? { letter: (m[1] ?? m[2] ?? m[3])!, text: m[4]!.trim() } : null;
}

/** Kept for callers that only need the letter of a bare-letter gold. */
export function goldChoiceLetter(text: string): string | null {
  const m = GOLD_LETTER.exec(text.trim());
  return m ? m[1]! : null;
}

// The answer starts with the letter and a separator: "B", "(B) 12", "B. 12 cm", "B: yes", "B) x".
const LEADING = /^(?:\(([A-Za-z])\)|\[([A-Za-z])\]|([A-Z])(?:[.:)]|$)|([a-z])$)/;
// "answer is B", "the correct answer is (C) Cecile", "The answer is for sure D": no capital in between.
const CUE = /\b[Aa][Nn][Ss][Ww][Ee][Rr]\b[^A-Z\n]{0,40}?(?<![A-Za-z])\(?([A-Z])\)?(?=$|\s|[.,:;!?)\]]|\*\*)/g;
// A capital letter standing alone, possibly in parentheses: not "E*2", not "AB", not "I'm".
const STANDALONE = /(?<![A-Za-z\\])\(?([A-Z])\)?(?=$|\s|[.,:;!?)\]]|\*\*)/g;
const HEDGE = /^\s*(?:or|and|,|\/|&)\s*\(?[A-Z]\)?(?![A-Za-z])/i;

/**
 * The single option letter an answer commits to, or null when it names none or
 * hedges. Only capitals count as standalone mentions, since "a" is an article.
 */
export function answerChoiceLetter(text: string): string | null {
  const s = text.trim();
  const lead = LEADING.exec(s);
  if (lead) {
    const letter = (lead[1] ?? lead[2] ?? lead[3] ?? lead[4])!.toUpperCase();
    // "A or B", "A, B": a leading letter followed by another option letter is a hedge.
    return HEDGE.test(s.slice(lead[0].length)) ? null : letter;
  }
  // An explicit "answer ... X" settles it; the last such cue counts.
  const cued = lastMatch(s, CUE);
  if (cued) return HEDGE.test(s.slice(cued.index + cued[0].length)) ? null : cued[1]!;
  const mentions = allMatches(s, STANDALONE).filter((m) => m[1] !== "I");
  if (mentions.length === 0) return null;
  // The letter the text ends on ("it's not A, therefore B"), unless it closes a hedge ("A or B").
  const last = mentions[mentions.length - 1]!;
  const before = s.slice(0, last.index);
  if (mentions.length > 1 && /(?:\bor|\band|,|\/|&)\s*$/i.test(before) && /\(?[A-Z]\)?\s*(?:,|\bor|\band|\/|&)\s*$/.test(before)) return null;
  return last[1]!;
}

function allMatches(s: string, re: RegExp): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

function lastMatch(s: string, re: RegExp): RegExpExecArray | null {
  const all = allMatches(s, re);
  return all.length > 0 ? all[all.length - 1]! : null;
}

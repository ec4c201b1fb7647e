/**
 * Multiple choice. Gold "B" matches "B", "(B)", "B. 12 cm", "B: ...", "Option B",
 * "The answer is B" and "\text{B}"; it does not match "A or B", "A, B" or any
 * answer naming two different letters. The recipe's substring test over a-f let
 * "A or B" through; here an answer that names more than one letter is wrong.
 */

/** Gold answers that are a bare option letter: "B", "(B)", "B.", "B)". */
const GOLD_CHOICE = /^\(?([A-Z])\)?[.:]?$/;

export function goldChoiceLetter(text: string): string | null {
  const m = GOLD_CHOICE.exec(text.trim());
  return m ? m[1]! : null;
}

// The answer starts with the letter and a separator: "B", "(B) 12", "B. 12 cm", "B: yes", "B) x".
const LEADING = /^(?:\(([A-Za-z])\)|\[([A-Za-z])\]|([A-Z])(?:[.:)]|$)|([a-z])$)/;
// Phrases that name the chosen option explicitly.
const PHRASE = /\b(?:answer|option|choice)(?:\s+is)?\s*[:\-]?\s*\(?([A-Z])\)?(?![A-Za-z])/gi;
// A capital letter standing alone (not part of a word), possibly in parentheses.
const STANDALONE = /(?<![A-Za-z])\(?([A-Z])\)?(?![A-Za-z'])/g;

/**
 * The single option letter an answer commits to, or null when it names none or
 * several. Only capitals count as standalone mentions, since "a" is an article.
 */
export function answerChoiceLetter(text: string): string | null {
  const s = text.trim();
  const lead = LEADING.exec(s);
  if (lead) {
    const letter = (lead[1] ?? lead[2] ?? lead[3] ?? lead[4])!.toUpperCase();
    // "A or B", "A, B": a leading letter followed by another option letter is a hedge.
    const rest = s.slice(lead[0].length);
    const others = lettersIn(rest, STANDALONE).filter((l) => l !== letter && l !== "I");
    return others.length > 0 && /^\s*(?:or|and|,|\/|&)/i.test(rest) ? null : letter;
  }
  const phrased = unique(lettersIn(s, PHRASE).map((l) => l.toUpperCase()));
  if (phrased.length === 1) return phrased[0]!;
  if (phrased.length > 1) return null;
  // Bare mentions: exactly one distinct capital letter, ignoring the pronoun "I".
  const bare = unique(lettersIn(s, STANDALONE)).filter((l) => l !== "I");
  return bare.length === 1 ? bare[0]! : null;
}

function lettersIn(s: string, re: RegExp): string[] {
  re.lastIndex = 0;
  const out: string[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m[1]!);
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

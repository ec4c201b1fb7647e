/**
 * Answer extraction (docs/method.md section 3): the text inside the first
 * <answer>...</answer>, which may span several lines. The recipe's regex lacked
 * DOTALL, so multi-line answers silently scored 0; here they are read.
 */
export interface ExtractOptions {
  /** Tag name, default "answer". */
  tag?: string;
  /**
   * When there is no closed answer tag, fall back to the last \boxed{...} in the
   * response (EasyR1's math format). Off by default: the Observe-R1 format asks
   * for the tag, and a response without it has no answer.
   */
  fallbackToBoxed?: boolean;
}

/** Returns the trimmed answer text, or null when the response has none. */
export function extractAnswer(response: string, options: ExtractOptions = {}): string | null {
  const tag = options.tag ?? "answer";
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const start = response.indexOf(open);
  if (start >= 0) {
    const end = response.indexOf(close, start + open.length);
    if (end >= 0) return response.slice(start + open.length, end).trim();
  }
  if (options.fallbackToBoxed) {
    const boxed = lastBoxed(response);
    if (boxed !== null) return boxed.trim();
  }
  return null;
}

/** Content of the last \boxed{...} (or \fbox{...}), braces balanced; null if none. */
export function lastBoxed(text: string): string | null {
  let at = Math.max(text.lastIndexOf("\\boxed"), text.lastIndexOf("\\fbox"));
  while (at >= 0) {
    const brace = text.indexOf("{", at);
    const between = brace < 0 ? "" : text.slice(at, brace);
    if (brace >= 0 && /^\\(?:boxed|fbox)\s*$/.test(between)) {
      const end = matchingBrace(text, brace);
      if (end >= 0) return text.slice(brace + 1, end);
    }
    at = at === 0 ? -1 : Math.max(text.lastIndexOf("\\boxed", at - 1), text.lastIndexOf("\\fbox", at - 1));
  }
  return null;
}

/** Index of the brace closing the one at `open`, honouring \{ and \} escapes; -1 if unbalanced. */
export function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      i++; // skip the escaped character (\{, \}, \\)
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

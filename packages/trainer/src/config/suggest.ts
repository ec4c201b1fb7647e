// "Did you mean ...?" for an unknown config key.

/** Keys EasyR1/verl users may write that live elsewhere here, with what to write instead. */
const RENAMED: Record<string, string> = {
  "worker.rollout.name": "worker.rollout.engine",
  "data.shuffle": "data.curriculum.sampler (random = shuffled, ladder = file order)",
  "data.filter_overlong_prompts": "data.skip_invalid",
  "trainer.total_episodes": "trainer.total_epochs",
};

/** Levenshtein distance (insert, delete, substitute all cost 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf(".") + 1);
const parentOf = (path: string) => (path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "");
/** Typos scale with length: one edit in short names, else about one per three characters. */
const closeEnough = (distance: number, word: string) =>
  distance <= (word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 3)));

/**
 * The valid key an unknown key most likely meant, or undefined when none is close.
 * Tried in order: a known rename; the same name in another section (a key put in the
 * wrong place); a close name in the same section; the closest full dotted path; the
 * closest name anywhere.
 */
export function suggestKey(unknown: string, validKeys: readonly string[]): string | undefined {
  const renamed = RENAMED[unknown];
  if (renamed) return renamed;

  const parent = parentOf(unknown);
  const name = lastSegment(unknown);
  const best = (candidates: readonly string[], score: (k: string) => number) => {
    let bestKey: string | undefined;
    let bestScore = Infinity;
    for (const k of candidates) {
      const s = score(k);
      if (s < bestScore) [bestKey, bestScore] = [k, s];
    }
    return { key: bestKey, score: bestScore };
  };

  const moved = validKeys.filter((k) => lastSegment(k) === name);
  if (moved.length > 0) return best(moved, (k) => editDistance(unknown, k)).key;

  const siblings = validKeys.filter((k) => parentOf(k) === parent);
  const sibling = best(siblings, (k) => editDistance(name, lastSegment(k)));
  if (sibling.key && closeEnough(sibling.score, name)) return sibling.key;

  const full = best(validKeys, (k) => editDistance(unknown, k));
  if (full.key && closeEnough(full.score, unknown)) return full.key;

  const anywhere = best(validKeys, (k) => editDistance(name, lastSegment(k)) * 100 + editDistance(unknown, k));
  if (anywhere.key && closeEnough(Math.floor(anywhere.score / 100), name)) return anywhere.key;
  return undefined;
}

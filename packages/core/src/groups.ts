/**
 * Group layout of a flat batch: responses to one prompt sit next to each other,
 * group g spanning [offsets[g], offsets[g+1]). Uniform groups of n (rollout.n)
 * are the common case; ragged groups (after filtering) use explicit offsets.
 */
import { CoreInputError } from "./errors.js";

export type GroupLayout = { groupSize: number } | { offsets: ArrayLike<number> };

export function groupOffsets(layout: GroupLayout, total: number): Int32Array {
  if ("groupSize" in layout) {
    const n = layout.groupSize;
    if (!Number.isInteger(n) || n < 1) throw new CoreInputError(`groupSize must be a positive integer, got ${n}`);
    if (total % n !== 0) {
      throw new CoreInputError(`${total} responses do not split into groups of ${n}; pass offsets for ragged groups`);
    }
    const g = total / n;
    const out = new Int32Array(g + 1);
    for (let i = 0; i <= g; i++) out[i] = i * n;
    return out;
  }
  const o = layout.offsets;
  if (o.length < 1 || o[0] !== 0 || o[o.length - 1] !== total) {
    throw new CoreInputError(`offsets must start at 0 and end at the number of responses (${total})`);
  }
  const out = Int32Array.from(o as ArrayLike<number>);
  for (let i = 1; i < out.length; i++) {
    if (out[i]! < out[i - 1]!) throw new CoreInputError(`offsets must be non-decreasing (offsets[${i}] = ${out[i]} < ${out[i - 1]})`);
  }
  return out;
}

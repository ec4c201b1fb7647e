// Series colours: distinct hues for unrelated metrics, an ordered ramp for difficulty levels
// so "easy to hard" reads as "light to dark" without checking the legend.

/** Tableau 10: distinguishable, and still tellable apart by most colour-blind readers. */
const CATEGORICAL = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

export function categorical(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length]!;
}

/** Viridis stops, light green (first) to purple (last); the palest stop is dropped so it shows on white. */
const RAMP: Array<[number, number, number]> = [
  [170, 220, 50], [94, 201, 98], [33, 145, 140], [59, 82, 139], [68, 1, 84],
];

/** Colour `i` of `n` along the ramp. */
export function sequential(i: number, n: number): string {
  const t = n <= 1 ? 0.5 : i / (n - 1);
  const pos = t * (RAMP.length - 1);
  const k = Math.min(RAMP.length - 2, Math.floor(pos));
  const f = pos - k;
  const [a, b] = [RAMP[k]!, RAMP[k + 1]!];
  const hex = a.map((c, j) => Math.round(c + (b[j]! - c) * f).toString(16).padStart(2, "0")).join("");
  return `#${hex}`;
}

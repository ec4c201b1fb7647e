// Axis ranges and tick labels a reader can take in at a glance: steps of 1, 2 or 5 times a power of ten.

export interface Axis {
  lo: number;
  hi: number;
  ticks: number[];
  /** Distance between ticks; sets how many decimals a label needs. */
  step: number;
}

/**
 * Covers [min, max] with about `target` round ticks; a flat or empty range still gets a visible span.
 * `integer` keeps ticks on whole numbers (training steps, curriculum stages).
 */
export function niceAxis(min: number, max: number, target = 5, integer = false): Axis {
  if (!Number.isFinite(min) || !Number.isFinite(max)) [min, max] = [0, 1];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = integer || min === 0 ? 1 : Math.abs(min) * 0.1;
    // Padding must not invent negative steps or stages for data that cannot go below zero.
    [min, max] = [min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad];
  }
  const raw = niceStep((max - min) / Math.max(1, target));
  const step = integer ? Math.max(1, raw) : raw;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Index-based so float error cannot add or drop a tick.
  const n = Math.round((hi - lo) / step);
  for (let i = 0; i <= n; i++) ticks.push(roundTo(lo + i * step, step));
  return { lo, hi, ticks, step };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** Removes float noise (0.30000000000000004) relative to the tick step. */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(Math.min(decimals, 20)));
}

/** Short label: plain decimals for everyday ranges, exponent form for tiny (lr, KL) or huge values. */
export function formatTick(value: number, step: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e5 || step < 1e-3) {
    const [mantissa, exp] = value.toExponential(2).split("e");
    return `${Number(mantissa)}e${Number(exp)}`;
  }
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return value.toFixed(decimals);
}

/** A metric value in a table: four significant digits, exponent form when tiny. */
export function formatValue(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs < 1e-3 || abs >= 1e6) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

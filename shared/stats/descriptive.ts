/**
 * Small descriptive statistics used by the dashboard: proportions with Wilson score intervals,
 * quantiles, reaction-time summaries and histograms. Pure functions; every result is JSON-safe
 * (no `NaN`, no `Infinity`: an undefined statistic is `null`).
 */

/** z for a two-sided 95% interval (the 0.975 quantile of the standard normal). */
export const Z_95 = 1.959963984540054;

/** A proportion k/n with its 95% Wilson score interval. */
export interface Proportion {
  /** Successes. */
  k: number;
  /** Trials. */
  n: number;
  /** k / n. */
  p: number;
  /** Lower bound of the 95% Wilson score interval. */
  low: number;
  /** Upper bound of the 95% Wilson score interval. */
  high: number;
}

/**
 * k/n with a Wilson score interval (Wilson 1927). Chosen over the textbook ±z·√(p(1−p)/n) because it
 * stays inside [0, 1] and behaves at small n and at 0% or 100%, which is every classroom's case.
 * Returns `null` when n is 0 (no data is not 0%).
 */
export function proportion(k: number, n: number, z: number = Z_95): Proportion | null {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 0 || k < 0 || k > n) {
    throw new RangeError(`proportion: need integers 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  }
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp tiny floating-point excursions so 0% and 100% bounds are exactly 0 and 1.
  return { k, n, p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The q-quantile of already **sorted** values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy). `null` for an empty list.
 */
export function quantileSorted(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

/** Values sorted ascending (a copy). */
export function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((x, y) => x - y);
}

/**
 * Median of unsorted values, or `null` when there are none: the middle value, or the mean of the two
 * middle ones. The one median of the project (statistics, clock sync, the display's frame interval).
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = sortedCopy(values);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One histogram bin `[fromMs, toMs)`; the last bin is open (`toMs` null). */
export interface Bin {
  fromMs: number;
  toMs: number | null;
}

/**
 * Reaction-time bins shared by every emotion so their histograms can be compared: 250 ms wide up to
 * 3 s, then one open bin. Most answers in a flash task fall between 0.5 and 3 s.
 */
export const RT_BINS: readonly Bin[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ fromMs: i * 250, toMs: (i + 1) * 250 })),
  { fromMs: 3000, toMs: null },
];

/** Counts of `values` in each bin of `bins` (values below the first bin go into the first). */
export function histogram(values: readonly number[], bins: readonly Bin[] = RT_BINS): number[] {
  const counts = bins.map(() => 0);
  for (const v of values) {
    let i = bins.findIndex((b) => b.toMs === null || v < b.toMs);
    if (i < 0) i = bins.length - 1;
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

/** Reaction-time summary: count, quartiles and histogram counts over `RT_BINS`. */
export interface RtSummary {
  n: number;
  /** First quartile, ms (type-7 quantile). */
  q1: number | null;
  median: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** Counts per bin of `RT_BINS`. */
  bins: number[];
}

/** Summarises reaction times in milliseconds. */
export function rtSummary(values: readonly number[]): RtSummary {
  const s = sortedCopy(values);
  return {
    n: s.length,
    q1: quantileSorted(s, 0.25),
    median: quantileSorted(s, 0.5),
    q3: quantileSorted(s, 0.75),
    min: s.length ? (s[0] as number) : null,
    max: s.length ? (s[s.length - 1] as number) : null,
    bins: histogram(s),
  };
}

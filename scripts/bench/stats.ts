/**
 * Summary statistics for timing samples: the benchmark reports medians with
 * their spread, never single runs.
 */
export interface Summary {
  /** Number of samples. */
  n: number;
  median: number;
  min: number;
  max: number;
  p95: number;
  mean: number;
}

/**
 * @example summarize([3, 1, 2]).median // 2
 */
export function summarize(samples: readonly number[]): Summary {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return { n: 0, median: NaN, min: NaN, max: NaN, p95: NaN, mean: NaN };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  const p95 = xs[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { n: xs.length, median, min: xs[0]!, max: xs[xs.length - 1]!, p95, mean };
}

/** Median of per-item ratios a[i]/b[i] (items where b is 0 are left out). */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (b[i]! > 0) ratios.push(a[i]! / b[i]!);
  return summarize(ratios).median;
}

/** Median of the samples. */
export const median = (xs: readonly number[]): number => summarize(xs).median;

/** "1.23 ms (0.9–2.1)" */
export function formatMs(s: Summary, digits = 2): string {
  if (s.n === 0) return 'n/a';
  return `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

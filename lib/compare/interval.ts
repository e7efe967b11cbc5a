/**
 * Figures as intervals of possible true counts (the contract's "Interval
 * semantics"), and the three relations the comparison needs: identical,
 * overlapping, disjoint. Units of `other` figures are normalised first, so
 * "2,575 km" and "1,600 miles" are the same figure.
 */
import type { Qualifier, RowStatus } from '../types';
import { COMPARE_CONFIG } from './config';

/** [low, high]; high may be Infinity ("at least 274"). */
export type Interval = readonly [number, number];

export interface IntervalInput {
  value: number;
  upper: number | null;
  qualifier: Qualifier;
}

/** Unit spellings → canonical unit and the factor that converts to it. Domain data, not logic. */
const UNITS: Readonly<Record<string, { unit: string; factor: number }>> = Object.freeze({
  km: { unit: 'km', factor: 1 },
  kms: { unit: 'km', factor: 1 },
  kilometre: { unit: 'km', factor: 1 },
  kilometres: { unit: 'km', factor: 1 },
  kilometer: { unit: 'km', factor: 1 },
  kilometers: { unit: 'km', factor: 1 },
  mile: { unit: 'km', factor: 1.609344 },
  miles: { unit: 'km', factor: 1.609344 },
  mi: { unit: 'km', factor: 1.609344 },
  m: { unit: 'km', factor: 0.001 },
  metre: { unit: 'km', factor: 0.001 },
  metres: { unit: 'km', factor: 0.001 },
  meter: { unit: 'km', factor: 0.001 },
  meters: { unit: 'km', factor: 0.001 },
  hour: { unit: 'hours', factor: 1 },
  hours: { unit: 'hours', factor: 1 },
  hr: { unit: 'hours', factor: 1 },
  hrs: { unit: 'hours', factor: 1 },
  day: { unit: 'hours', factor: 24 },
  days: { unit: 'hours', factor: 24 },
  week: { unit: 'hours', factor: 168 },
  weeks: { unit: 'hours', factor: 168 },
  '%': { unit: 'percent', factor: 1 },
  percent: { unit: 'percent', factor: 1 },
  'per cent': { unit: 'percent', factor: 1 },
  percentage: { unit: 'percent', factor: 1 },
});

/** The canonical unit a figure's unit converts to ("miles" → "km"), or the unit itself when unknown, or null. */
export function canonicalUnit(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const key = unit.trim().toLowerCase();
  return UNITS[key]?.unit ?? key;
}

/**
 * A figure's value and upper bound in its canonical unit, and whether a
 * conversion happened (then comparisons allow the unit tolerance).
 *
 * @example normalizeUnit({ value: 1600, upper: null, unit: 'miles' }) // { value: 2574.95…, upper: null, unit: 'km', converted: true }
 */
export function normalizeUnit(f: { value: number; upper: number | null; unit?: string | null }): {
  value: number;
  upper: number | null;
  unit: string | null;
  converted: boolean;
} {
  if (!f.unit) return { value: f.value, upper: f.upper, unit: null, converted: false };
  const key = f.unit.trim().toLowerCase();
  const entry = UNITS[key];
  if (!entry || entry.factor === 1)
    return { value: f.value, upper: f.upper, unit: entry?.unit ?? key, converted: false };
  return {
    value: f.value * entry.factor,
    upper: f.upper === null ? null : f.upper * entry.factor,
    unit: entry.unit,
    converted: true,
  };
}

/** Tiny slack so that 274 · 11 / 10 does not round up past the true bound in floating point. */
const EPSILON = 1e-9;

/**
 * The interval of possible true counts a figure stands for (contract table).
 *
 * @example toInterval({ value: 274, upper: null, qualifier: 'at-least' }) // [274, Infinity]
 * @example toInterval({ value: 50, upper: null, qualifier: 'about' })    // [45, 55]
 */
export function toInterval(f: IntervalInput): [number, number] {
  const n = f.value;
  const spread = COMPARE_CONFIG.interval.aboutSpread;
  switch (f.qualifier) {
    case 'exact':
      return [n, n];
    case 'at-least':
      return [n, Infinity];
    case 'more-than':
      return [n + 1, Infinity];
    case 'at-most':
      return [0, n];
    case 'fewer-than':
      return [0, Math.max(0, n - 1)];
    case 'about':
      return [Math.floor(n * (1 - spread) + EPSILON), Math.ceil(n * (1 + spread) - EPSILON)];
    case 'range':
    case 'vague': {
      const hi = f.upper ?? n;
      return hi >= n ? [n, hi] : [hi, n];
    }
  }
}

/** A figure's interval in its canonical unit, with the tolerance its comparisons allow. */
export function figureInterval(f: IntervalInput & { unit?: string | null }): {
  interval: Interval;
  unit: string | null;
  tolerance: number;
} {
  const n = normalizeUnit(f);
  // Converted values are not whole numbers; the contract's table still applies to them.
  return {
    interval: toInterval({ value: n.value, upper: n.upper, qualifier: f.qualifier }),
    unit: n.unit,
    tolerance: n.converted ? COMPARE_CONFIG.interval.unitTolerance : 0,
  };
}

function close(x: number, y: number, tolerance: number): boolean {
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

/** Same interval (bounds equal within a relative tolerance, 0 unless units were converted). */
export function identical(a: Interval, b: Interval, tolerance = 0): boolean {
  return close(a[0], b[0], tolerance) && close(a[1], b[1], tolerance);
}

/** The intervals share at least one possible count (within the tolerance). */
export function overlaps(a: Interval, b: Interval, tolerance = 0): boolean {
  const le = (x: number, y: number) => x <= y || close(x, y, tolerance);
  return le(a[0], b[1]) && le(b[0], a[1]);
}

/** No count satisfies both. */
export function disjoint(a: Interval, b: Interval, tolerance = 0): boolean {
  return !overlaps(a, b, tolerance);
}

/**
 * The contract's row status for a set of intervals: `agree` when all are
 * identical, `conflict` when some two are disjoint, else `compatible`.
 * One interval alone agrees with itself. `tolerance` is one number for all,
 * or one per interval (a pair allows the larger of its two: only values
 * converted between units get slack).
 */
export function intervalStatus(
  intervals: readonly Interval[],
  tolerance: number | readonly number[] = 0,
): RowStatus {
  const tol = (i: number) => (typeof tolerance === 'number' ? tolerance : (tolerance[i] ?? 0));
  let allSame = true;
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      const a = intervals[i]!;
      const b = intervals[j]!;
      const t = Math.max(tol(i), tol(j));
      if (disjoint(a, b, t)) return 'conflict';
      if (!identical(a, b, t)) allSame = false;
    }
  }
  return allSame ? 'agree' : 'compatible';
}

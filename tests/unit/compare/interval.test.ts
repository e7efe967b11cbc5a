import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalUnit,
  disjoint,
  figureInterval,
  identical,
  intervalStatus,
  normalizeUnit,
  overlaps,
  toInterval,
  type Interval,
} from '../../../lib/compare/interval';
import { QUALIFIERS, type Qualifier } from '../../../lib/types';

describe('toInterval follows the contract table', () => {
  it.each<[Qualifier, number, number | null, [number, number]]>([
    ['exact', 12, null, [12, 12]],
    ['at-least', 274, null, [274, Infinity]],
    ['more-than', 400, null, [401, Infinity]],
    ['at-most', 30, null, [0, 30]],
    ['fewer-than', 10, null, [0, 9]],
    ['about', 70, null, [63, 77]],
    ['about', 10, null, [9, 11]],
    ['about', 274, null, [246, 302]],
    ['about', 55, null, [49, 61]],
    ['range', 40, 50, [40, 50]],
    ['vague', 24, 99, [24, 99]],
    ['vague', 200, 999, [200, 999]],
    ['vague', 3, 9, [3, 9]],
  ])('%s %d (upper %s) → %j', (qualifier, value, upper, expected) => {
    expect(toInterval({ value, upper, qualifier })).toEqual(expected);
  });

  it('a range given upside down is still low..high', () => {
    expect(toInterval({ value: 50, upper: 40, qualifier: 'range' })).toEqual([40, 50]);
  });

  it('always gives low ≤ high for every qualifier and non-negative value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUALIFIERS),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
        (qualifier, value, upper) => {
          const [lo, hi] = toInterval({ value, upper, qualifier });
          expect(lo).toBeLessThanOrEqual(hi);
          expect(lo).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('every interval contains its stated number except the strict bounds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Qualifier>('exact', 'at-least', 'at-most', 'about'),
        fc.integer({ min: 1, max: 1e6 }),
        (q, n) => {
          const [lo, hi] = toInterval({ value: n, upper: null, qualifier: q });
          expect(lo <= n && n <= hi).toBe(true);
        },
      ),
    );
  });
});

describe('units', () => {
  it.each([
    ['miles', 'km'],
    ['Kilometres', 'km'],
    ['km', 'km'],
    ['hour', 'hours'],
    ['days', 'hours'],
    ['%', 'percent'],
    ['per cent', 'percent'],
    ['furlongs', 'furlongs'],
  ])('%s is measured in %s', (unit, canonical) => {
    expect(canonicalUnit(unit)).toBe(canonical);
  });

  it('has no unit for null', () => {
    expect(canonicalUnit(null)).toBeNull();
  });

  it('counts 1,600 miles and 2,575 km as the same figure (within 1%)', () => {
    const miles = figureInterval({ value: 1600, upper: null, qualifier: 'exact', unit: 'miles' });
    const km = figureInterval({ value: 2575, upper: null, qualifier: 'exact', unit: 'km' });
    expect(miles.unit).toBe(km.unit);
    const tol = Math.max(miles.tolerance, km.tolerance);
    expect(identical(miles.interval, km.interval, tol)).toBe(true);
  });

  it('does not count 1,600 miles and 1,600 km as the same figure', () => {
    const miles = figureInterval({ value: 1600, upper: null, qualifier: 'exact', unit: 'miles' });
    const km = figureInterval({ value: 1600, upper: null, qualifier: 'exact', unit: 'km' });
    expect(disjoint(miles.interval, km.interval, miles.tolerance)).toBe(true);
  });

  it('converts a 2-day truce to 48 hours exactly', () => {
    const n = normalizeUnit({ value: 2, upper: null, unit: 'days' });
    expect(n).toMatchObject({ value: 48, unit: 'hours', converted: true });
  });

  it('leaves unconverted figures as they are', () => {
    expect(normalizeUnit({ value: 40, upper: null, unit: 'percent' })).toMatchObject({
      value: 40,
      converted: false,
    });
  });
});

describe('relations between intervals', () => {
  const inf = Infinity;
  it.each<[string, Interval, Interval, boolean, boolean]>([
    // name, a, b, identical, overlaps
    ['same exact', [12, 12], [12, 12], true, true],
    ['different exact', [12, 12], [55, 55], false, false],
    ['exact inside at-least', [274, 274], [274, inf], false, true],
    ['two open bounds', [274, inf], [401, inf], false, true],
    ['same open bound', [401, inf], [401, inf], true, true],
    ['touching ranges', [40, 50], [50, 60], false, true],
    ['separate ranges', [40, 49], [50, 60], false, false],
    ['below an at-least', [12, 12], [274, inf], false, false],
    ['at-most and more-than', [0, 30], [31, inf], false, false],
  ])('%s', (_name, a, b, same, overlap) => {
    expect(identical(a, b)).toBe(same);
    expect(identical(b, a)).toBe(same);
    expect(overlaps(a, b)).toBe(overlap);
    expect(overlaps(b, a)).toBe(overlap);
    expect(disjoint(a, b)).toBe(!overlap);
  });

  it('is symmetric and reflexive for any intervals', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
      .map(([x, y]): Interval => (x <= y ? [x, y] : [y, x]));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(identical(a, a)).toBe(true);
        expect(overlaps(a, a)).toBe(true);
        if (identical(a, b)) expect(overlaps(a, b)).toBe(true);
      }),
    );
  });
});

describe('intervalStatus', () => {
  it.each<[string, Interval[], string]>([
    ['one value agrees with itself', [[12, 12]], 'agree'],
    [
      'all identical',
      [
        [12, 12],
        [12, 12],
        [12, 12],
      ],
      'agree',
    ],
    [
      '"at least 274" and "274"',
      [
        [274, Infinity],
        [274, 274],
      ],
      'compatible',
    ],
    [
      '"more than 400" and "over 400"',
      [
        [401, Infinity],
        [401, Infinity],
      ],
      'agree',
    ],
    [
      '23 bodies and 22 bodies',
      [
        [23, 23],
        [22, 22],
      ],
      'conflict',
    ],
    [
      'one disjoint pair among overlapping ones',
      [
        [10, 20],
        [15, 25],
        [21, 30],
      ],
      'conflict',
    ],
    ['no values at all', [], 'agree'],
  ])('%s → %s', (_name, intervals, status) => {
    expect(intervalStatus(intervals)).toBe(status);
  });
});

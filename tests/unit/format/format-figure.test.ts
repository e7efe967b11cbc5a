import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUALIFIERS, type Qualifier } from '../../../lib/types';
import { formatFigureValue, vagueWord, withUnit } from '../../../lib/format/format-figure';
import { formatNumber } from '../../../lib/format/format-number';

describe('formatFigureValue writes a value with its qualifier in words', () => {
  it.each<[number, number | null, Qualifier, string | null, string]>([
    [274, null, 'exact', null, '274'],
    [274, null, 'at-least', null, 'at least 274'],
    [400, null, 'more-than', null, 'more than 400'],
    [10, null, 'at-most', null, 'up to 10'],
    [5, null, 'fewer-than', null, 'fewer than 5'],
    [50, null, 'about', null, 'about 50'],
    [40, 50, 'range', null, '40–50'],
    [50, 40, 'range', null, '40–50'],
    [40, null, 'range', null, '40'],
    [24, 99, 'vague', null, 'dozens (24–99)'],
    [200, 999, 'vague', null, 'hundreds (200–999)'],
    [3, 9, 'vague', null, 'several (3–9)'],
    [10, 30, 'vague', null, 'roughly 10–30'],
    [2575, null, 'exact', 'km', '2,575 km'],
    [1600, null, 'exact', 'miles', '1,600 miles'],
    [1, null, 'exact', 'mile', '1 mile'],
    [48, null, 'exact', 'hour', '48 hours'],
    [1, null, 'exact', 'hours', '1 hour'],
    [40, null, 'about', 'percent', 'about 40%'],
    [3, 4, 'range', 'days', '3–4 days'],
    [7, null, 'exact', 'sorties', '7 sorties'],
    [1500000, null, 'exact', null, '1,500,000'],
    [1.5, null, 'exact', null, '1.5'],
  ])('%d/%s %s %s → %s', (value, upper, qualifier, unit, expected) => {
    expect(formatFigureValue({ value, upper, qualifier, unit })).toBe(expected);
  });

  it('never throws and always shows the number it was given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 0, max: 10_000_000 })),
        fc.constantFrom(...QUALIFIERS),
        fc.option(fc.constantFrom('km', 'miles', 'hours', 'percent', 'widgets')),
        (value, upper, qualifier, unit) => {
          const text = formatFigureValue({ value, upper, qualifier, unit });
          const shown =
            upper !== null && (qualifier === 'range' || qualifier === 'vague')
              ? Math.min(value, upper)
              : value;
          expect(text).toContain(formatNumber(shown));
          expect(text).not.toMatch(/at-least|more-than|fewer-than|at-most|NaN|undefined/);
        },
      ),
    );
  });
});

describe('vagueWord names the conventional spans and nothing else', () => {
  it.each<[number, number | null, string | null]>([
    [24, 99, 'dozens'],
    [40, 99, 'scores'],
    [200, 999, 'hundreds'],
    [24, 100, null],
    [24, null, null],
  ])('%d–%s → %s', (low, high, word) => {
    expect(vagueWord(low, high)).toBe(word);
  });
});

describe('withUnit', () => {
  it.each<[string, string | null, boolean, string]>([
    ['5', null, true, '5'],
    ['5', 'KM', true, '5 km'],
    ['40', '%', true, '40%'],
    ['2', 'weeks', true, '2 weeks'],
    ['1', 'weeks', false, '1 week'],
  ])('%s %s → %s', (n, unit, plural, expected) => {
    expect(withUnit(n, unit, plural)).toBe(expected);
  });
});

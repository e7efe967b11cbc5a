import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers, parseNumber } from '../../../lib/figures/parse-number';
import type { Qualifier } from '../../../lib/types';

/** A quadratic walk over 100k characters takes minutes; a linear one well under a few seconds. */
const RUNAWAY_TIMEOUT_MS = 60_000;

type Row = [
  phrase: string,
  value: number,
  upper: number | null,
  qualifier: Qualifier,
  unit: string | null,
];

describe('parseNumber reads every number form of the contract', () => {
  it.each<Row>([
    // digits and separators
    ['7', 7, null, 'exact', null],
    ['274', 274, null, 'exact', null],
    ['2,575', 2575, null, 'exact', null],
    ['1,234,567', 1234567, null, 'exact', null],
    ['1 600', 1600, null, 'exact', null],
    ['40 000', 40000, null, 'exact', null],
    ['1.5', 1.5, null, 'exact', null],
    ['0.75', 0.75, null, 'exact', null],
    ['12,34,567', 1234567, null, 'exact', null],
    // words
    ['Thirteen', 13, null, 'exact', null],
    ['seven', 7, null, 'exact', null],
    ['twenty-three', 23, null, 'exact', null],
    ['twenty three', 23, null, 'exact', null],
    ['ninety-nine', 99, null, 'exact', null],
    ['one hundred and twelve', 112, null, 'exact', null],
    ['three hundred', 300, null, 'exact', null],
    ['two thousand five hundred', 2500, null, 'exact', null],
    ['a hundred', 100, null, 'exact', null],
    ['a thousand', 1000, null, 'exact', null],
    ['a dozen', 12, null, 'exact', null],
    ['half a dozen', 6, null, 'exact', null],
    ['three dozen', 36, null, 'exact', null],
    ['zero', 0, null, 'exact', null],
    // mixed
    ['1.5 million', 1_500_000, null, 'exact', null],
    ['3 thousand', 3000, null, 'exact', null],
    ['2 billion', 2e9, null, 'exact', null],
    ['10k', 10_000, null, 'exact', null],
    ['13 lakh', 1_300_000, null, 'exact', null],
    ['four million', 4e6, null, 'exact', null],
    // qualifiers
    ['at least 274', 274, null, 'at-least', null],
    ['no fewer than 12', 12, null, 'at-least', null],
    ['more than 400', 400, null, 'more-than', null],
    ['over 400', 400, null, 'more-than', null],
    ['upwards of 400', 400, null, 'more-than', null],
    ['in excess of 50', 50, null, 'more-than', null],
    ['nearly 20', 20, null, 'about', null],
    ['almost 20', 20, null, 'about', null],
    ['around 20', 20, null, 'about', null],
    ['about 20', 20, null, 'about', null],
    ['some 2,000', 2000, null, 'about', null],
    ['roughly 30', 30, null, 'about', null],
    ['approximately 30', 30, null, 'about', null],
    ['an estimated 9,000', 9000, null, 'about', null],
    ['up to 700', 700, null, 'at-most', null],
    ['as many as 40', 40, null, 'at-most', null],
    ['no more than 15', 15, null, 'at-most', null],
    ['fewer than 10', 10, null, 'fewer-than', null],
    ['less than 10', 10, null, 'fewer-than', null],
    ['at least seventeen', 17, null, 'at-least', null],
    ['more than a dozen', 12, null, 'more-than', null],
    ['400 or more', 400, null, 'at-least', null],
    ['70-plus', 70, null, 'more-than', null],
    ['400+', 400, null, 'more-than', null],
    ['40-odd', 40, null, 'about', null],
    // vague quantities hold their span
    ['dozens', 24, 99, 'vague', null],
    ['scores of', 40, 99, 'vague', null],
    ['hundreds', 200, 999, 'vague', null],
    ['thousands', 2000, 9999, 'vague', null],
    ['several', 3, 9, 'vague', null],
    ['several hundred', 300, 900, 'vague', null],
    ['several dozen', 24, 99, 'vague', null],
    ['tens of thousands', 20_000, 99_999, 'vague', null],
    // ranges
    ['40 to 50', 40, 50, 'range', null],
    ['40-50', 40, 50, 'range', null],
    ['40–50', 40, 50, 'range', null],
    ['between 40 and 50', 40, 50, 'range', null],
    ['from 1,000 to 1,500', 1000, 1500, 'range', null],
    ['two or three', 2, 3, 'range', null],
    ['15 to 20', 15, 20, 'range', null],
    ['more than 20 but fewer than 30', 20, 30, 'range', null],
    // units, joined or separate
    ['2,575-kilometre', 2575, null, 'exact', 'km'],
    ['2,575 km', 2575, null, 'exact', 'km'],
    ['2,575km', 2575, null, 'exact', 'km'],
    ['1,600-mile', 1600, null, 'exact', 'miles'],
    ['1,600 miles', 1600, null, 'exact', 'miles'],
    ['48-hour', 48, null, 'exact', 'hours'],
    ['six-day', 6, null, 'exact', 'days'],
    ['40 percent', 40, null, 'exact', 'percent'],
    ['40 per cent', 40, null, 'exact', 'percent'],
    ['40%', 40, null, 'exact', 'percent'],
    ['about 40 percent', 40, null, 'about', 'percent'],
    ['three weeks', 3, null, 'exact', 'weeks'],
    ['$1.6 billion', 1.6e9, null, 'exact', 'usd'],
    ['around $1 million', 1e6, null, 'about', 'usd'],
    // fractions
    ['two thirds', 2 / 3, null, 'exact', null],
    ['a half', 0.5, null, 'exact', null],
    ['one and a half', 1.5, null, 'exact', null],
    ['3/4', 0.75, null, 'exact', null],
  ])('%s → %d', (phrase, value, upper, qualifier, unit) => {
    const n = parseNumber(phrase);
    expect(n).not.toBeNull();
    expect(n?.value).toBeCloseTo(value, 9);
    expect(n?.upper).toBe(upper);
    expect(n?.qualifier).toBe(qualifier);
    expect(n?.unit).toBe(unit);
  });
});

describe('findNumbers leaves out what is not a quantity', () => {
  it.each([
    ['the Taliban returned to power in 2021'],
    ['since 1990 the border has been disputed'],
    ['the talks of 2019-2021 failed'],
    ['fighting began on 27 February'],
    ['fighting began on February 27'],
    ['fighting began on Feb. 27'],
    ['the clashes of October 11 were the worst'],
    ['on the 12th of October'],
    ['the meeting starts at 10:30'],
    ['the strikes began at 3 pm'],
    ['the strikes began at 3 a.m. local time'],
    ['it was the second round of talks'],
    ['the 3rd brigade moved in'],
    ['the 1990s were different'],
    ['Ali, 34, said the shelling was heavy'],
    ['a 34-year-old shopkeeper was hurt'],
    ['one of the soldiers survived'],
    ['no one was hurt'],
    ['they blamed one another'],
    ['the one thing both sides agree on'],
    ['a one-sided ceasefire'],
    ['call +92 300 1234567 for details'],
    ['Phone: 021-32637111'],
    ['the F-16 jets flew low'],
    ['an A320 landed in Kabul'],
    ['under Resolution 2593 the council asked'],
    ['under Resolutions 2593 and 2594 the council asked'],
    ['jets hit the hilltop Camps 2 & 3 overnight'],
    ['troops held Post 7 and Posts 8, 9 and 10 at dawn'],
    ['the Sectors 4 and 5 fell quiet'],
    ['the 2026-02-27 report'],
    ['dated 27/02/2026'],
    ['dated 27.02.2026'],
    ['posted 2026.02.27 09:52'],
    ['mobile 3G and 4G services were cut'],
    ['a third day of fighting'],
    ['the crossing is staffed 24/7'],
  ])('%s', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('keeps counts of posts and camps written in lower case', () => {
    expect(findNumbers('troops took posts 8 and 9 of them fell').map((n) => n.value)).toEqual([
      8, 9,
    ]);
    expect(findNumbers('Mujahid said in a post 12 people died').map((n) => n.value)).toEqual([12]);
    expect(findNumbers('they hit Post 7 and 40 soldiers fled').map((n) => n.value)).toEqual([40]);
  });

  it('keeps the figures next to non-figures', () => {
    const found = findNumbers(
      'On 27 February, at least 12 soldiers died in 2026 fighting; Ali, 34, said 3 more were hurt.',
    );
    expect(found.map((n) => n.value)).toEqual([12, 3]);
  });

  it('reads a multiplier "G" after more than a network generation', () => {
    expect(findNumbers('reserves of 10G').map((n) => n.value)).toEqual([10_000_000_000]);
  });

  it('reads the parts of a dotted chain that is no date', () => {
    expect(findNumbers('address 192.168.1.2 answered').map((n) => n.value)).toEqual([
      192, 168, 1, 2,
    ]);
    expect(findNumbers('code 2026.40.7 failed').map((n) => n.value)).toEqual([2026, 40, 7]);
  });

  it('reads two numbers in "2,575 km (1,600 miles)"', () => {
    const found = findNumbers('a 2,575 km (1,600 miles) border');
    expect(found.map((n) => [n.value, n.unit])).toEqual([
      [2575, 'km'],
      [1600, 'miles'],
    ]);
  });

  it('does not join "rose from 12 to 19" into a range', () => {
    expect(findNumbers('the toll rose from 12 to 19').map((n) => [n.value, n.upper])).toEqual([
      [12, null],
      [19, null],
    ]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'never reads the object key "%s" as a number',
    (word) => {
      expect(findNumbers(`the ${word} said ${word} soldiers were killed`)).toEqual([]);
    },
  );

  it('never returns a non-finite value', () => {
    expect(findNumbers('9'.repeat(400) + ' and 1e999 and 5')).toEqual([
      expect.objectContaining({ value: 5 }),
    ]);
  });

  it('reads "that one soldier" as a count but "that one is" as a pronoun', () => {
    expect(findNumbers('adding that one soldier was unaccounted for').map((n) => n.value)).toEqual([
      1,
    ]);
    expect(findNumbers('that one is fine, and no one else came')).toEqual([]);
  });

  it('does not read a phrasal particle as a qualifier ("handed over 30")', () => {
    expect(
      findNumbers('Pakistan handed over 30 prisoners').map((n) => [n.text, n.qualifier]),
    ).toEqual([['30', 'exact']]);
  });

  it('takes a qualified four-digit count as a count, not a year', () => {
    expect(
      findNumbers('some 2000 troops were deployed').map((n) => [n.value, n.qualifier]),
    ).toEqual([[2000, 'about']]);
  });
});

describe('offsets', () => {
  it('text is the verbatim slice, qualifier included', () => {
    const text = 'Officials said at least 274 fighters and more than 400 others were hit.';
    for (const n of findNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(findNumbers(text).map((n) => n.text)).toEqual(['at least 274', 'more than 400']);
  });
});

/** Spells a whole number below one million in words, the way news copy does. */
function spell(n: number): string {
  const small = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ];
  const tens = [
    '',
    '',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'sixty',
    'seventy',
    'eighty',
    'ninety',
  ];
  const below100 = (x: number): string =>
    x < 20
      ? (small[x] as string)
      : (tens[Math.floor(x / 10)] as string) + (x % 10 ? '-' + small[x % 10] : '');
  const below1000 = (x: number): string =>
    x < 100
      ? below100(x)
      : `${small[Math.floor(x / 100)]} hundred${x % 100 ? ' and ' + below100(x % 100) : ''}`;
  if (n < 1000) return below1000(n);
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${below1000(th)} thousand${rest ? (rest < 100 ? ' and ' : ' ') + below1000(rest) : ''}`;
}

describe('properties', () => {
  it('never throws and every result is a valid slice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const n of findNumbers(text)) {
          expect(n.start).toBeGreaterThanOrEqual(0);
          expect(n.end).toBeLessThanOrEqual(text.length);
          expect(n.start).toBeLessThan(n.end);
          expect(text.slice(n.start, n.end)).toBe(n.text);
          expect(Number.isNaN(n.value)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on number-shaped noise', () => {
    const piece = fc.constantFrom(
      '1',
      '22',
      '333',
      ',',
      '.',
      ' ',
      '-',
      '–',
      '/',
      ':',
      '%',
      'k',
      'a',
      'one',
      'hundred',
      'and',
      'at least',
      'to',
      'million',
      'thirds',
      '\n',
      '+',
      '$',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const found = findNumbers(text);
        let last = -1;
        for (const n of found) {
          expect(text.slice(n.start, n.end)).toBe(n.text);
          expect(n.start).toBeGreaterThanOrEqual(last); // reading order, no overlaps
          last = n.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads back any integer written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const text = `a total of ${n.toLocaleString('en-US')} were counted`;
        const found = findNumbers(text);
        expect(found.map((x) => x.value)).toEqual(
          // A bare year-like number is read as a year when nothing marks it as a count.
          n >= 1900 && n <= 2100 ? [] : [n],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads back any number below a million spelled in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(parseNumber(`exactly ${spell(n)} people`)?.value).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['digits', '1'.repeat(100_000)],
    ['digits and commas', '1,'.repeat(50_000)],
    ['digits and spaces', '1 '.repeat(50_000)],
    ['space groups', '1 000 '.repeat(16_000)],
    ['dots', '1.'.repeat(50_000)],
    ['hyphens', '1-'.repeat(50_000)],
    ['slashes', '1/'.repeat(50_000)],
    ['number words', 'one hundred and '.repeat(6_000)],
    ['qualifier soup', 'at least more than about '.repeat(4_000)],
    ['spaces', ' '.repeat(100_000) + '5'],
    ['punctuation', '.,;:-/%+$'.repeat(11_000)],
  ])(
    'stays linear on 100k adversarial characters: %s',
    (_name, text) => {
      // Speed is measured by `npm run bench`; here only a runaway (quadratic) parse fails, by the
      // generous timeout, so a busy machine cannot fail the test.
      const found = findNumbers(text);
      expect(Array.isArray(found)).toBe(true);
    },
    RUNAWAY_TIMEOUT_MS,
  );
});

describe('findNumbers across punctuation', () => {
  // Found by fuzzing: a missing connector compared equal to a missing word,
  // so any punctuation between two numbers made a range ("12 . 40").
  it.each(['12 . 40', 'twelve . 2026', '12 ; 40', '12 : 40'])('reads "%s" as no range', (text) => {
    expect(findNumbers(text).some((n) => n.qualifier === 'range')).toBe(false);
  });
});

/**
 * findNumbers / parseNumber on hostile text. Complements
 * tests/unit/figures/parse-number.test.ts (which covers arbitrary ASCII
 * strings and 100k runs) with full Unicode, the contract's invariants on
 * every result, and 200k inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumber } from '../../../lib/figures/parse-number';
import { QUALIFIERS } from '../../../lib/types';
import { ADVERSARIAL_TEXTS, hostileText } from './adversarial-text';

type Found = ReturnType<typeof findNumbers>[number];

/**
 * The invariants any reader of a ParsedNumber relies on; returns the broken
 * ones (plain checks, then one assertion: 100k results stay quick to check).
 */
function unsound(text: string, found: readonly Found[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const n of found) {
    const where = `${JSON.stringify(n.text.slice(0, 40))} at ${n.start}`;
    if (!Number.isInteger(n.start) || !Number.isInteger(n.end))
      problems.push(`${where}: offsets not integers`);
    if (n.start < previousEnd) problems.push(`${where}: overlaps or precedes the previous number`);
    if (n.end <= n.start || n.end > text.length)
      problems.push(`${where}: offsets outside the text`);
    if (text.slice(n.start, n.end) !== n.text) problems.push(`${where}: text is not the slice`);
    // Negative values ("-3 percent") are the parser's to give; only counts must be >= 0.
    if (!Number.isFinite(n.value)) problems.push(`${where}: value ${n.value}`);
    if (n.upper !== null && !(Number.isFinite(n.upper) && n.upper >= n.value))
      problems.push(`${where}: upper ${n.upper} below value ${n.value}`);
    if (!QUALIFIERS.includes(n.qualifier)) problems.push(`${where}: qualifier ${n.qualifier}`);
    previousEnd = Math.max(previousEnd, n.end);
    if (problems.length > 5) break;
  }
  return problems;
}

const expectSound = (text: string, found: readonly Found[]) =>
  expect(unsound(text, found)).toEqual([]);

describe('findNumbers on hostile input', () => {
  it('never throws, and every number is a sound, ordered slice of the text (full Unicode)', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileText(), fc.string({ unit: 'binary', maxLength: 200 })),
        (text) => {
          expectSound(text, findNumbers(text));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(hostileText(40), (text) => {
        for (const n of findNumbers(text)) {
          expect(/^[\uDC00-\uDFFF]/.test(n.text)).toBe(false);
          expect(/[\uD800-\uDBFF]$/.test(n.text)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(ADVERSARIAL_TEXTS.filter(([label]) => label !== 'one run of digits'))(
    'completes on 200k characters: %s',
    (_label, text) => {
      expectSound(text, findNumbers(text));
    },
  );

  // A run of 309+ digits once read as Infinity, which JSON turns into null
  // and the background's validator rejects.
  it('does not read a run of digits longer than any count as Infinity', () => {
    const text = ADVERSARIAL_TEXTS.find(([label]) => label === 'one run of digits')![1];
    expectSound(text, findNumbers(text));
  });

  it.each([null, undefined, 42, {}, []])('answers nothing for a non-string (%s)', (input) => {
    expect(findNumbers(input as unknown as string)).toEqual([]);
  });
});

describe('parseNumber on hostile input', () => {
  it('never throws and returns the first number findNumbers sees, or null', () => {
    fc.assert(
      fc.property(hostileText(30), (phrase) => {
        const one = parseNumber(phrase);
        const all = findNumbers(phrase);
        expect(one).toEqual(all[0] ?? null);
      }),
      { numRuns: 300 },
    );
  });
});

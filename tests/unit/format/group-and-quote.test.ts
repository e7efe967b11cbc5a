import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Claimant } from '../../../lib/types';
import { groupByClaimant } from '../../../lib/format/group-by-claimant';
import { figureQuote, quoteParts } from '../../../lib/format/quote-parts';

describe('groupByClaimant', () => {
  it('orders groups Pakistan, Afghanistan, UN, other, unattributed and drops empty ones', () => {
    const items: { claimant: Claimant; id: number }[] = [
      { claimant: null, id: 1 },
      { claimant: 'afghanistan', id: 2 },
      { claimant: 'pakistan', id: 3 },
      { claimant: 'afghanistan', id: 4 },
    ];
    const groups = groupByClaimant(items);
    expect(groups.map((g) => g.label)).toEqual([
      'Pakistan',
      'Afghanistan (Taliban)',
      'Unattributed',
    ]);
    expect(groups[1]!.items.map((i) => i.id)).toEqual([2, 4]);
  });

  it('keeps every item exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Claimant>('pakistan', 'afghanistan', 'un', 'other', null)),
        (claimants) => {
          const items = claimants.map((claimant, id) => ({ claimant, id }));
          const ids = groupByClaimant(items).flatMap((g) => g.items.map((i) => i.id));
          expect(ids.sort((a, b) => a - b)).toEqual(items.map((i) => i.id));
        },
      ),
    );
  });
});

describe('quoteParts', () => {
  it.each<[string, string, number | undefined, [string, string, string]]>([
    ['Officials said 12 died.', '12', undefined, ['Officials said ', '12', ' died.']],
    ['12 left, then 12 more.', '12', 14, ['12 left, then ', '12', ' more.']],
    ['12 left, then 12 more.', '12', 3, ['', '12', ' left, then 12 more.']],
    ['No number here.', '40', undefined, ['No number here.', '', '']],
    ['Anything', '', undefined, ['Anything', '', '']],
  ])('%s / %s @%s', (sentence, phrase, hint, [before, match, after]) => {
    expect(quoteParts(sentence, phrase, hint)).toEqual({ before, phrase: match, after });
  });

  it('always reassembles the sentence', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.option(fc.integer({ min: -5, max: 50 })),
        (s, p, hint) => {
          const parts = quoteParts(s, p, hint ?? undefined);
          expect(parts.before + parts.phrase + parts.after).toBe(s);
        },
      ),
    );
  });
});

describe('figureQuote', () => {
  const text = 'First sentence here.  Officials said at least 274 were killed. Last one.';
  const start = text.indexOf('at least 274');
  it('cuts the sentence by its offsets and marks the phrase', () => {
    const parts = figureQuote(text, {
      text: 'at least 274',
      start,
      sentenceStart: text.indexOf('Officials') - 1,
      sentenceEnd: text.indexOf(' Last'),
    });
    expect(parts).toEqual({
      before: 'Officials said ',
      phrase: 'at least 274',
      after: ' were killed.',
    });
  });

  it('survives offsets outside the text', () => {
    const parts = figureQuote(text, {
      text: '274',
      start: 999,
      sentenceStart: 500,
      sentenceEnd: 900,
    });
    expect(parts.phrase).toBe('274');
  });
});

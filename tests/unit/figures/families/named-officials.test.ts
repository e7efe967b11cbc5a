/**
 * Family 4, a newly named official: "Police spokesperson <Name> said" is a new speaker placed by
 * the institution or the places of the sentence, not the party that spoke in an earlier
 * paragraph. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { expectFigure } from './family-table';

const CASES: [string, string, number, { claimant: 'pakistan' | 'afghanistan' }][] = [
  [
    'a police spokesperson named in a new paragraph is placed by the city',
    'The military said 30 militants were killed.\n\nPolice spokesperson Omid Karimi said six civilians died in Kabul overnight.',
    6,
    { claimant: 'afghanistan' },
  ],
  [
    'a named spokesman is placed by the province, not the earlier speaker',
    'Zabihullah Mujahid said 19 posts were taken.\n\nSpokesman Imran Baloch said nine people were hurt in Quetta.',
    9,
    { claimant: 'pakistan' },
  ],
  [
    'positive: an unnamed "he" still takes the earlier speaker',
    'Zabihullah Mujahid said 19 posts were taken. He said 12 soldiers were captured near Quetta.',
    12,
    { claimant: 'afghanistan' },
  ],
];

describe('family 4: newly named officials', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

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
    'a district’s civil administrator is placed by the district named with the office',
    'Traffic at the crossing stopped on Monday.\n\nSaleem Akhtar, the deputy commissioner of Kurram, said 900 lorries were waiting.',
    900,
    { claimant: 'pakistan' },
  ],
  [
    'the same office on the other side of the line',
    'Abdul Qadir, the commissioner of Kunar province, said 14 homes were hit by shells.',
    14,
    { claimant: 'afghanistan' },
  ],
  [
    'positive: an unnamed "he" still takes the earlier speaker',
    'Zabihullah Mujahid said 19 posts were taken. He said 12 soldiers were captured near Quetta.',
    12,
    { claimant: 'afghanistan' },
  ],
];

/** An office that is not a speaker's names no one: the count stays the outlet's own. */
const NEGATIVES: [string, string, number][] = [
  [
    'a commission that is talked about does not speak',
    'A border commission met in Kabul. Officials from both sides were present as 40 lorries crossed.',
    40,
  ],
];

describe('family 4: newly named officials', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value) =>
    expectFigure(text, value, { claimant: null }),
  );
});

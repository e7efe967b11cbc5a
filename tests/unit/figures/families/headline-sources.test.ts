/**
 * Family 4, headlines that lead with their source ("UNAMA: …"), beside datelines and countries
 * that are not sources. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { expectFigure } from './family-table';

const CASES: [string, string, number, { claimant: 'un' | null }][] = [
  [
    'a source before the colon speaks for the headline',
    'UNAMA: Shelling Hurts 300 Civilians in Two Weeks',
    300,
    { claimant: 'un' },
  ],
  [
    'negative: a dateline is not a source',
    'KABUL: 12 people died in the shelling.',
    12,
    { claimant: null },
  ],
  [
    'negative: a country before a colon is not a source',
    'Pakistan: 9 soldiers killed near the border',
    9,
    { claimant: null },
  ],
  [
    'negative: a dateline after a sourced headline does not inherit it',
    'UNAMA: Shelling Hurts 300 Civilians\n\nISLAMABAD: Forces killed 30 militants.',
    30,
    { claimant: null },
  ],
];

describe('family 4: headline sources', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

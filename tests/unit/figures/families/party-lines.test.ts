/**
 * Family: a line opened by a party's name and a colon, then counts ("Pakistani military: 23
 * soldiers dead; …"), gives that party's claims, as explainers set the two sides' figures side by
 * side; a country's name and a colon is where (a section's label) and speaks for nothing.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const SIDES =
  'The two accounts\nPakistani military: 31 soldiers dead; more than 150 Taliban fighters killed.\nAfghan side: 64 Pakistani soldiers dead; 12 of its own fighters killed.';

const POSITIVES: [string, string, number, Want][] = [
  ["the first party's line", SIDES, 31, { claimant: 'pakistan', subject: 'pakistani-forces' }],
  ["the first party's second count", SIDES, 150, { claimant: 'pakistan' }],
  ["the other party's line", SIDES, 64, { claimant: 'afghanistan' }],
  [
    'a bulleted party line with a qualifier first',
    'Claims so far:\n- Taliban: over 40 Pakistani posts seized overnight',
    40,
    { claimant: 'afghanistan' },
  ],
];

describe('family: a party, a colon, its counts', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: a country and a colon before a headline is a section label', () => {
    expect(
      figureWith(
        'Afghanistan: Reports of a drone strike in Khost; two children killed\n\nResidents said a drone struck a house overnight.',
        2,
      )?.claimant,
    ).not.toBe('afghanistan');
  });
});

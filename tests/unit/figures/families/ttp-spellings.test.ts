/** Family: the Pakistani Taliban under the spellings Pakistani copy uses speak for themselves (`other`). */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a spokesman of the group spelt "Tahriki"',
    'Pakistani troops fought raiders in Dir overnight. A spokesman of Tahriki Taliban Pakistan claimed the group had killed 18 soldiers.',
    18,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'the group spelt "Tehreek-i" as the speaker',
    'Troops were ambushed in Khyber district. Tehreek-i-Taliban Pakistan said its fighters killed five policemen.',
    5,
    { measure: 'killed', claimant: 'other' },
  ],
];

describe('family: the Pakistani Taliban under other spellings', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: the same spelling as the counted group leaves the claim with the army', () => {
    const f = figureWith(
      'Pakistani officials said troops killed 12 fighters of Tahriki Taliban Pakistan in Bajaur.',
      12,
    );
    expect(f?.claimant).toBe('pakistan');
  });
});

/**
 * Family: two speakers joined by "and", one a party's and one a third party's: the party's is the
 * claim; and a count of strikes, attacks or blasts is no count of casualties, whatever verb
 * stands before it.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    "a party's officials and villagers speaking together",
    'Taliban officials and villagers said 17 civilians died in the shelling of Dangam.',
    17,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'security officials and the press quoted together',
    'Security officials and local television said 25 fighters were killed near Angoor Adda.',
    25,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'a count of strikes after a harm verb',
    'Five villagers were killed in three strikes on Barmal overnight.',
    3,
    { measure: 'other' },
  ],
  [
    'a count of blasts',
    'Two guards died in four blasts near the crossing.',
    4,
    { measure: 'other' },
  ],
];

describe('family: joined speakers and counts of attacks', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: villagers speaking alone are a third party', () => {
    const f = figureWith('Villagers said 17 civilians died in the shelling of Dangam.', 17);
    expect(f?.claimant).toBe('other');
  });

  it('negative: the casualties beside a count of strikes are still killed', () => {
    const f = figureWith('Five villagers were killed in three strikes on Barmal overnight.', 5);
    expect(f?.measure).toBe('killed');
  });
});

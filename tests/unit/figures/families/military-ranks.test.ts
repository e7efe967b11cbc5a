/** Family: an officer named by rank speaks for the side of the rank's nationality. */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a general with a nationality and a name',
    'Afghan Major General Rahim Noori told reporters that seven of his men were killed.',
    7,
    {
      measure: 'killed',
      claimant: 'afghanistan',
      claimantName: 'Afghan Major General Rahim Noori',
    },
  ],
  [
    'a named brigadier described after the name',
    'Salim Khattak, a Pakistani brigadier, said 14 attackers were killed near the gate.',
    14,
    { measure: 'killed', claimant: 'pakistan' },
  ],
];

describe('family: military ranks as speakers', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: "general" as an adjective names no speaker', () => {
    const f = figureWith('A general strike shut Quetta as 6 soldiers were killed in the clash.', 6);
    expect(f?.claimant).toBeNull();
  });
});

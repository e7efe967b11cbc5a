/**
 * Family: a country named only as a border's edge ("an attack at Afghanistan border") is neither
 * where the counted fell nor the side attacked, unlike its border posts or forces; and fire "from
 * the Afghan side" is where it came from, however many words stand between the verb and "from".
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a headline: soldiers killed in an attack at a country-named border',
    'Three soldiers martyred in attack at Afghanistan border',
    3,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'fire from a side several words after the verb',
    'Mortar rounds were fired on the customs gate in Ghulam Khan from the Afghan side, wounding three security personnel.',
    3,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
];

describe('family: border edges and fire from a side', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it("negative: an attack on a country's border posts is on that side", () => {
    const f = figureWith('Three soldiers killed in attack on Afghan border posts', 3);
    expect(f?.subject).toBe('afghan-forces');
  });

  it('negative: a district named before "border" still places the count', () => {
    const f = figureWith('Six civilians were wounded in shelling near the Kurram border.', 6);
    expect(f?.subject).toBe('pakistani-civilians');
  });
});

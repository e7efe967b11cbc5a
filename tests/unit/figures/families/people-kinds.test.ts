/** Family: "people" with their kind named beside them ("all women and children") are that kind. */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'travellers are people of no stated kind, never a force',
    'Mortar fire hit the crossing and killed or wounded 18 travellers, officials said.',
    18,
    { measure: 'casualties', subject: 'people' },
  ],
  [
    'an aside naming all of them as civilians',
    'Eleven people, all women and children, died when jets hit a village in Kunar, Afghanistan.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a plain count of people keeps no side',
    'Eleven people died in the fighting, a hospital said.',
    11,
    { measure: 'killed', subject: 'people' },
  ],
];

describe('family: the kind of "people"', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: "mostly women and children" names only some of them', () => {
    const f = figureWith('Raids in Kunar killed 31 people, mostly women and children.', 31);
    expect(f?.subject).toBe('people');
  });

  it('negative: soldiers beside civilians make a mixed group', () => {
    const f = figureWith('The blast killed 9 people, soldiers and children among them.', 9);
    expect(f?.subject).toBe('people');
  });
});

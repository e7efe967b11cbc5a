/**
 * Family: unnamed officials reporting deaths that fighting or shelling caused (no armed agent
 * before the verb) speak for the side that lost them; a dotted acronym ("U.S.", "U.N.") stays
 * inside the counted noun phrase.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'fighting that killed one side’s guards, told by officials',
    'Border troops of the two countries exchanged fire on Monday, in fighting that killed three Pakistani guards, officials said.',
    3,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'shelling as the subject of the harm verb',
    'Shelling across the frontier killed two Afghan border policemen on Friday, officials said.',
    2,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'a dotted acronym before the counted noun',
    'Two U.S. soldiers were wounded when the convoy was hit near the crossing, officials said.',
    2,
    { measure: 'wounded' },
  ],
  [
    'an acronym of a body before its staff',
    'Four U.N. staff were hurt when a shell hit the compound in Kunar.',
    4,
    { measure: 'wounded' },
  ],
];

describe('family: event agents and dotted acronyms', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: troops that killed the other side’s men are the officials’ own', () => {
    const f = figureWith(
      'Security forces returned fire and killed nine Afghan fighters at the post, officials said.',
      9,
    );
    expect(f?.claimant).toBe('pakistan');
  });

  it('negative: jets as the agent make the claim the striking side’s', () => {
    const f = figureWith(
      'Jets pounded hideouts overnight and killed 20 Afghan fighters, officials said.',
      20,
    );
    expect(f?.claimant).toBe('pakistan');
  });

  it('negative: "the two U.S. allies" counts nothing', () => {
    const f = figureWith('The two U.S. allies accuse each other of sheltering militants.', 2);
    expect(f).toBeUndefined();
  });
});

/**
 * Family: an unnamed office telling of its own civilians harmed by the other side's forces speaks
 * for the harmed side (a complaint), as a boast of fighters killed speaks for the side that did it.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a quoted protest over the other side’s guards, the ministry speaking after the quote',
    '“Firing by Afghan border guards near the gate killed four Pakistanis,” said the foreign ministry.',
    4,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'the other side’s shelling of one side’s villagers, told by the ministry',
    'Pakistani shelling of two villages killed six Afghan villagers, the ministry said.',
    6,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
];

describe('family: complaints of harm to one’s own civilians', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: fighters killed are a boast, not a complaint', () => {
    const f = figureWith(
      'Pakistani troops repulsed the raid and killed 15 Afghan fighters, the ministry said.',
      15,
    );
    expect(f?.claimant).toBe('pakistan');
  });
});

/**
 * Family: a sentence that only says who reported what was just told ("This is reported by Tolo
 * News, citing local authorities") attributes the counts before it; the sources an outlet cites are
 * the claim's, placed by the outlet's country when nothing else places them.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'an outlet citing local authorities, in the sentence after the count',
    'A strike on a border district of Kandahar killed 31 people and wounded 90 more.\nThis is reported by the broadcaster Tolo News, citing local authorities.',
    31,
    { measure: 'killed', claimant: 'afghanistan', claimantName: 'local authorities' },
  ],
  [
    'an outlet citing a party’s own office',
    'Shelling hit two villages near Chaman overnight and 6 civilians died.\nThis was reported by Dawn, citing the ISPR.',
    6,
    { measure: 'killed', claimant: 'pakistan' },
  ],
];

describe('family: who reported it, said after the count', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: "this was reported on Monday" names no one', () => {
    const f = figureWith(
      'A strike on a border district of Kandahar killed 31 people.\nThis was reported on Monday.',
      31,
    );
    expect(f?.claimant).toBeNull();
  });
});

/**
 * Family: headlines in title case and short verb forms. A pair of both countries at the head of
 * a headline ("Afghanistan-Pakistan Border Conflict Deepens As Taliban Claim …") is no speaker, a
 * capitalised conjunction ends a speaker's name, "One dies" is a death, and fire "from inside"
 * a country came from there.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a pair of both countries before the speaker of a title-case headline',
    'Pakistan-Afghanistan Border Tension Rises As Taliban Claim 12 Posts Captured',
    12,
    {
      measure: 'posts',
      subject: 'pakistani-forces',
      claimant: 'afghanistan',
      claimantName: 'Taliban',
    },
  ],
  [
    'a verb in the present after the count',
    'One dies, eight hurt in cross-border shelling',
    1,
    { measure: 'killed' },
  ],
  [
    'fire from inside a country',
    'Nine civilians were wounded by firing from inside Afghanistan, officials in Chaman said.',
    9,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
];

describe('family: title-case headlines and short verb forms', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it("negative: a pair inside a body's name still names no party", () => {
    const f = figureWith(
      'A director at the Pak-Afghan Joint Chamber of Commerce said 4,000 trucks were stuck.',
      4000,
    );
    expect(f?.claimant).not.toBe('afghanistan');
    expect(f?.claimant).not.toBe('pakistan');
  });
});

/**
 * Summary lines of a running tally that put the group and what befell it
 * before a colon and the bare count after it ("Posts destroyed: 77"), read
 * as if written "77 posts destroyed"; a heading that names its source in
 * brackets ("Operation tally (ISPR):") speaks for the lines under it; and a
 * bullet dash that opens a text is a bullet, not a minus sign. Beside them,
 * lines whose heading names no loss, and brackets that name a place.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'posts destroyed',
    'Tally so far:\nPosts destroyed: 64\nSoldiers martyred: 9\nNothing else was given.',
    64,
    { measure: 'posts' },
  ],
  [
    'soldiers martyred',
    'Tally so far:\nPosts destroyed: 64\nSoldiers martyred: 9\nNothing else was given.',
    9,
    { measure: 'killed' },
  ],
  [
    'a bulleted heading with a side',
    'Losses on the border\n- Afghan soldiers captured: 19\n- Civilians injured: 31',
    19,
    { measure: 'captured', subject: 'afghan-forces' },
  ],
  [
    'a source in brackets over the lines',
    'Operation tally (ISPR):\n\nAfghan Taliban killed: 240\n\nPosts captured: 17',
    17,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan', claimantName: 'ISPR' },
  ],
  [
    'a ministry in brackets over bullets',
    'Losses (Afghan defence ministry):\n- 11 Pakistani soldiers killed\n- 20 injured',
    11,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a bullet dash opening the text',
    '- 13 Afghan soldiers dead, 21 hurt, according to the Afghan defence ministry',
    13,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
];

describe('summary lines and their headings', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a heading that names no loss before the colon counts nothing', () => {
    const text = 'Meetings held: 3\nTrucks stranded: 400\nOther news follows.';
    expect(figureWith(text, 3)?.measure).toBe('other');
    expect(figureWith(text, 400)?.measure).toBe('other');
  });

  it('a sentence before a colon is no heading', () => {
    const text =
      'Officials at the crossing, who spoke after the meeting, said the following were destroyed: 12 in Kurram.';
    expect(figureWith(text, 12)?.measure).not.toBe('posts');
  });

  it('a place in brackets is where, not who', () => {
    expect(figureWith('Weather (Kabul):\n- 13 degrees', 13)?.claimant).toBeNull();
  });

  it('a bare "- 9" alone is still a negative number, not a count', () => {
    expect(figureWith('- 9', 9)).toBeUndefined();
  });
});

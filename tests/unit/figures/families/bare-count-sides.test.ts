/**
 * Whose a bare count is ("23 were martyred", "killed 58 and captured 25
 * posts") when no noun follows it: the other side of a force that governs it
 * as agent, the side a clause names with "on the … side", the speaker's for
 * "their own", martyrs in a Pakistani account, the one side whose soldiers
 * the sentences before name, or the side that lost them. Beside them, bare
 * counts that must stay unplaced. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a force named as agent: the count is the other side’s',
    'Afghan forces killed 58 and captured 25 posts, Mujahid said.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'the speaker’s troops as agent',
    'The army said its troops killed more than 200 and destroyed 19 posts.',
    200,
    { measure: 'killed', subject: 'afghan-forces', qualifier: 'more-than' },
  ],
  [
    '"on the Pakistani side" after the verb',
    'Mujahid said 58 were killed on the Pakistani side.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    '"their own" is the speaker’s',
    'The Taliban said nine of their own were killed.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'martyrs in a Pakistani account',
    'According to the ISPR, 23 were martyred in the Afghan attack.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'soldiers of one side named in the sentence before',
    'The ISPR said Pakistani troops repulsed the attack. Twenty-three were martyred and 29 injured.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a side that lost a bare count',
    'Pakistan lost 23 in the clashes, the army said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
];

describe('bare counts: whose', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('strikes as agent do not make a bare count the other side’s forces', () => {
    expect(
      figureWith('Pakistani strikes killed 10 in Khost, the Taliban said.', 10)?.subject,
    ).not.toMatch(/forces/);
  });

  it('martyrs in a sentence that names civilians are not read as soldiers', () => {
    expect(
      figureWith('According to the ISPR, 23 civilians and children were martyred.', 23)?.subject,
    ).not.toBe('pakistani-forces');
  });

  it('both sides’ soldiers named before leave a bare count unplaced', () => {
    expect(
      figureWith(
        'Pakistani and Afghan soldiers exchanged fire at the crossing. Five were killed.',
        5,
      )?.subject,
    ).toBe('people');
  });

  it('a bare count with no soldiers named before stays people', () => {
    expect(figureWith('A blast hit the market in Chaman. Five were killed.', 5)?.subject).toBe(
      'people',
    );
  });
});

describe('bare counts after a verb of rising', () => {
  it('a participle in the subject of "numbered" is no agent', () =>
    expectFigure('Pakistani soldiers killed in the clashes numbered 23, the ISPR said.', 23, {
      measure: 'killed',
      subject: 'pakistani-forces',
    }));
});

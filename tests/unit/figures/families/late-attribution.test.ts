/** Family 4: attribution that comes later, sits elsewhere, or is a pronoun or a bracketed acronym. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a speaker after a list of counts',
    'Forces destroyed 73 posts, killed 240 fighters and seized 17 tanks, the information minister of Pakistan said in a post on X.',
    240,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'according to security sources',
    'More than 40 fighters were killed in the night raids, according to security sources.',
    40,
    { measure: 'killed', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    'sources told an outlet: the sources speak, not the outlet',
    'Afghan defence sources told a local broadcaster that 12 Pakistani soldiers were killed.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a bracketed acronym between speaker and verb',
    'The Inter-Services Public Relations (ISPR) said 27 soldiers were martyred.',
    27,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan', claimantName: 'ISPR' },
  ],
  [
    'a bracketed acronym before a verb with its listener after it',
    'Nine players died in the raid, officials of the Afghanistan Cricket Board (ACB) confirmed to reporters.',
    9,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'the speaker outranks a place in the sentence',
    'Pakistani jets struck hideouts in Khost and Paktika provinces late on Tuesday, killing 30 militants, the military said.',
    30,
    { measure: 'killed', claimant: 'pakistan', claimantName: 'the military' },
  ],
  [
    'a pronoun speaker takes its antecedent',
    'Zabihullah Mujahid spoke in Kabul on Sunday. He said 19 Pakistani posts were captured.',
    19,
    { measure: 'posts', claimant: 'afghanistan', claimantName: 'Zabihullah Mujahid' },
  ],
  [
    'a quotation running over two sentences takes the speaker where it closes',
    '\u201cOur men held every post. Eleven of the attackers were killed,\u201d the army spokesman said.',
    11,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'a headline line restating a count the body attributes',
    '48 Pakistani troops killed in border fighting\n\nThe Taliban government said 48 Pakistani troops were killed in the fighting.',
    48,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'coordinated reporting verbs share the first speaker',
    'The Taliban accused Islamabad of harbouring fighters and claimed to have killed 37 Pakistani troops.',
    37,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'unnamed officials belong to the party that spoke last, not to one merely named',
    "Pakistan's army reported overrunning several Taliban positions. Officials claim more than 120 fighters were killed.",
    120,
    { measure: 'killed', claimant: 'pakistan' },
  ],
];

describe('family 4: attribution later or elsewhere', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('never shows a pronoun as the speaker', () => {
    for (const text of [
      'He said 40 soldiers died.',
      'They said 12 posts fell. She added 3 more were lost.',
    ])
      for (const f of extractFigures(text))
        expect(f.claimantName ?? '').not.toMatch(/^(he|she|they|it|we)$/i);
  });

  it('negative: a restated count is not given a claimant the body never gives it', () => {
    const f = figureWith('12 killed in market blast\n\nTwelve people died in the blast.', 12);
    expect(f?.claimant).toBeNull();
  });

  it('negative: a speaker name is never the clause around the speaker', () => {
    const f = figureWith(
      'Ten people were killed in an air strike on a village, officials said.',
      10,
    );
    expect(f?.claimantName ?? '').not.toMatch(/killed|strike|village/);
  });

  it('negative: a passive reporting verb names no speaker', () => {
    const f = figureWith('A total of 91 Afghan Taliban are confirmed killed.', 91);
    expect(f?.claimant).toBeNull();
  });

  it('negative: a quotation does not reach across an unquoted paragraph', () => {
    const f = figureWith(
      'Mujahid said talks would go on.\n\nMarkets reopened and 30 trucks crossed.',
      30,
    );
    expect(f?.claimant).toBeNull();
  });
});

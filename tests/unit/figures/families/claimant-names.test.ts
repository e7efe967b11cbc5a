/**
 * Family: speakers named by a bare name or surname, and people introduced by
 * an appositive ("Ali Karimi, a spokesman for …"). Every sentence and every
 * name here was made up for this table.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    "the Frontier Corps' inspector general by the initials in a headline",
    'Zhob firing: IG FC says 35 attackers killed, 60 hurt in the return fire',
    35,
    { claimant: 'pakistan' },
  ],
  [
    '"according to <surname>," followed by the clause, not a role: the person named before',
    'Troops hit the border posts hard, according to Ali Karimi, a spokesman for the Pakistani army. According to Karimi, they also destroyed 11 Afghan Taliban posts.',
    11,
    { claimant: 'pakistan', claimantName: 'Ali Karimi' },
  ],
  [
    'a dateline before the speaker is never the speaker shown',
    'ISLAMABAD: The military said 23 soldiers were martyred.',
    23,
    { claimant: 'pakistan', claimantName: 'The military' },
  ],
  [
    'a pronoun after a dateline takes no side from the dateline',
    'PESHAWAR \u2014 He said 9 people died in the blast.',
    9,
    { claimant: null, claimantName: null },
  ],
  [
    "the conjunction joining a second speaker's clause is no part of its name",
    'The army said 40 fighters were killed, and later reports said the number had risen to 52.',
    52,
    { claimant: 'other', claimantName: 'later reports' },
  ],
  [
    'a possessive speaker is shown without its possessive',
    "Pakistan's army rejected the Taliban's claim that 58 of its soldiers were killed.",
    58,
    { claimant: 'afghanistan', claimantName: 'the Taliban' },
  ],
  [
    'a surname refers to the person named in full before',
    'The army said it had killed 274 fighters, according to Ahmed Sharif Chaudhry, its spokesman. Chaudhry added that the raids also destroyed 115 tanks.',
    115,
    { claimant: 'pakistan', claimantName: 'Ahmed Sharif Chaudhry' },
  ],
  [
    'a name before an appositive role is the speaker shown',
    'Ali Karimi, a spokesman for the Pakistani army, said 12 soldiers died.',
    12,
    { measure: 'killed', claimant: 'pakistan', claimantName: 'Ali Karimi' },
  ],
  [
    'a surname met again after an appositive introduction',
    'Ali Karimi, a spokesman for the Pakistani army, said 12 soldiers died. Karimi said four posts were lost.',
    4,
    { measure: 'posts', claimant: 'pakistan', claimantName: 'Ali Karimi' },
  ],
  [
    'an inverted speaker with a role after the name',
    '"The planes came back three times," said Rahim Gul, a shopkeeper.',
    3,
    { claimant: 'other', claimantName: 'Rahim Gul' },
  ],
  [
    '"he" never refers to a country named as the speaker',
    'Pakistan said the border would stay shut. He said 12 trucks were stuck at the gate.',
    12,
    { claimant: null, claimantName: null },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'an unknown name does not inherit the last speaker',
    'The army said 23 soldiers died. Karimi added that 40 fighters were killed.',
    40,
    { claimant: null },
  ],
  [
    'a place before an appositive is not a person',
    'Islamabad, the army said, lost 12 soldiers.',
    12,
    { claimant: 'pakistan', claimantName: 'the army' },
  ],
  [
    '"he" after an institution still takes it (its spokesman speaks)',
    'The army said 12 soldiers died. He added 3 were missing.',
    3,
    { measure: 'missing', claimant: 'pakistan' },
  ],
];

describe('family: speakers named by name', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));

  it('never shows a pronoun as the speaker, even after a name', () => {
    const text =
      'Ali Karimi, a spokesman for the army, said 12 soldiers died. He added 3 were missing.';
    for (const f of extractFigures(text))
      expect(f.claimantName ?? '').not.toMatch(/^(he|she|they|it|we)$/i);
  });
});

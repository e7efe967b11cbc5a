/** Family 3: who did what to whom, and whose claim a denied or nested figure is. */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    "a speaker reporting the other side's attack: the victims are the speaker's",
    'Islamabad officials said Afghan troops killed 9 soldiers near Chaman.',
    9,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'the same shape from the other side',
    'Kabul officials said Pakistani forces killed 6 soldiers in Paktika.',
    6,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'a pronoun agent stands for the speaker',
    'The Taliban government said it killed 33 soldiers and seized 4 posts.',
    4,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'two verbs share the agent before the first',
    'Afghan forces captured 11 Pakistani army posts and wounded 21 soldiers, Mujahid said.',
    21,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'two tallies in one sentence keep their sides',
    '180 Taliban fighters killed, 19 soldiers dead, the army said.',
    180,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    "a denial: the figure is the opponent's claim",
    'Mujahid denied that 35 Afghan soldiers were killed.',
    35,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', claimantName: null },
  ],
  [
    "a denial: the denier's unmarked soldiers are its own",
    'The ISPR rejected reports that 44 soldiers had died.',
    44,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a nested report is the inner speaker\u2019s claim',
    'Pakistan said the Taliban had claimed 61 Pakistani soldiers were killed.',
    61,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
];

describe('family 3: who did what to whom', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it("negative: a party's own loss verb is not an attack on the other side", () => {
    const f = figureWith('Pakistani officials said the army lost 5 soldiers in the clash.', 5);
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('negative: an attribution aside is not the agent', () => {
    const f = figureWith("The raids, by Kabul's own count, killed 16 of its soldiers.", 16);
    expect(f?.subject).toBe('afghan-forces');
  });

  it('negative: a claim that is not denied stays the speaker\u2019s', () => {
    const f = figureWith(
      'Kabul disputed the account, claiming that 58 Pakistani soldiers died.',
      58,
    );
    expect(f?.claimant).toBe('afghanistan');
  });
});

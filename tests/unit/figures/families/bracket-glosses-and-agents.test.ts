/**
 * Counts whose phrase carries a bracket or whose verb is active: an editor's
 * bracketed nationality after "of" ("dozens of (Afghan) fighters") and a
 * group's full name in brackets before its head noun still belong to the
 * count, which then reaches its verb; a one-word verb with an object of its
 * own after a count ("three guards shot their attacker", "the two envoys
 * exchanged letters") makes the counted group the agent; and a toll heading
 * before a colon ("Casualty claims: …") does not make a count of some other
 * thing a loss. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a bracketed nationality after "dozens of" is kept',
    '"Dozens of (Afghan) fighters were killed in the exchange," the minister said.',
    24,
    { measure: 'killed', subject: 'afghan-forces', upper: 99 },
  ],
  [
    'a bracketed nationality after "scores of" is kept',
    'Scores of (Pakistani) troops were wounded, a Taliban spokesman claimed.',
    40,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    "a group's full name in brackets before the head noun does not hide the verb",
    'Officials said 12 Tehrik-i-Taliban Pakistan (Pakistani Taliban Movement) fighters were believed to have been killed.',
    12,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'a short acronym in brackets still works',
    'Officials said the raid left 30 Tehrik-i-Taliban Pakistan (TTP) militants dead.',
    30,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'a passive exchange is still a release',
    'Officials said 14 prisoners were exchanged at the crossing on Sunday.',
    14,
    { measure: 'released' },
  ],
  [
    'a headline participle with a place after it is still passive',
    'Seven soldiers killed in border attack, army says',
    7,
    { measure: 'killed' },
  ],
  [
    'a loss heading with a colon still counts a bare number',
    'Civilian casualties: 75 across three provinces, the mission said.',
    75,
    { measure: 'casualties' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'negative: envoys who exchanged letters were not exchanged',
    'The two envoys later exchanged letters on the border crossings.',
    2,
    { measure: 'other' },
  ],
  [
    'negative: ministers who swapped views were not swapped',
    'The three ministers swapped proposals over dinner in Doha.',
    3,
    { measure: 'other' },
  ],
  [
    'negative: a toll heading does not make "narratives" a loss',
    'Casualty figures: two sharply different accounts',
    2,
    { measure: 'other' },
  ],
];

describe('brackets inside a counted phrase and active verbs after it', () => {
  it.each([...POSITIVES, ...NEGATIVES])('%s', (_name, text, value, want) =>
    expectFigure(text, value, want),
  );

  it('negative: guards who shot their attacker are not counted as shot', () => {
    expect(
      figureWith('Three guards wounded their attacker before he fled, police said.', 3)?.measure,
    ).not.toBe('wounded');
  });
});

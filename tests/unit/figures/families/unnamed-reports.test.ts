/**
 * Family: unnamed reports as a source. "According to reports", "as per the
 * reports" and "initial reports said" attribute a count to somebody's account
 * that the outlet does not name: a third party's (`other`), unless a party is
 * named as the reports' owner; "available" or "initial information" is such an
 * account too. The adverb "reportedly" and a passive "were
 * reported killed" are the outlet's own hedge and name no source (`null`).
 * A third party's account neither sets nor splits a party's running tally.
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"as per the reports" opening the sentence',
    'Jets struck two villages in Khost overnight. As per the reports, at least 22 people died in the raids.',
    22,
    { claimant: 'other' },
  ],
  [
    '"according to reports" closing the sentence',
    'Nine border guards were wounded near the crossing, according to reports.',
    9,
    { claimant: 'other' },
  ],
  [
    '"initial reports said": the noun before the verb is its subject',
    'Initial reports said 14 homes were flattened in the shelling.',
    14,
    { claimant: 'other' },
  ],
  [
    '"early reports said" a count of sites',
    'The artillery duel lasted all night. Early reports said six Taliban posts had been wrecked by dawn.',
    6,
    { claimant: 'other' },
  ],
  [
    'reports a party owns are that party’s',
    'Eleven soldiers died in the ambush, according to Afghan reports.',
    11,
    { claimant: 'afghanistan' },
  ],
  [
    'a third party’s count does not split the tally a party keeps',
    'The Taliban said their fighters seized 12 Pakistani posts on Friday.\n\nAccording to reports, five Pakistani posts fell in Kurram.\n\nBy Sunday three Pakistani posts had been burned.',
    3,
    { claimant: 'afghanistan' },
  ],
  [
    '"reports suggest that …" is an unnamed report',
    'Early reports suggest that 12 people died when the shells hit the bazaar.',
    12,
    { claimant: 'other' },
  ],
  [
    '"according to available information": information of no stated source',
    'According to available information, 36 fighters were killed in the overnight raids.',
    36,
    { claimant: 'other' },
  ],
  [
    '"initial information suggests"',
    'Initial information suggests that 17 houses were flattened by the shelling.',
    17,
    { claimant: 'other' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    '"reportedly" is the outlet’s own hedge',
    'The raid reportedly killed 17 fighters near the fence.',
    17,
    { claimant: null },
  ],
  [
    'a passive "were reported" names no one',
    'Twenty-one people were reported wounded in the market blast.',
    21,
    { claimant: null },
  ],
  [
    'a party that reports (the verb) stays the party',
    'The Afghan defence ministry reports that 19 Pakistani soldiers were killed.',
    19,
    { claimant: 'afghanistan' },
  ],
  [
    '"according to the report" still refers back to the party that issued it',
    'The army said on Sunday that its troops held the line. According to the report, 8 posts were destroyed.',
    8,
    { claimant: 'pakistan' },
  ],
  [
    '"suggests" with no "that" clause reports nothing',
    'The scale of the damage suggests a long bombardment; 12 houses collapsed in the bazaar.',
    12,
    { claimant: null },
  ],
  [
    'information a party gave is that party’s',
    'According to available information from Afghan officials, 21 border guards were hurt.',
    21,
    { claimant: 'afghanistan' },
  ],
];

describe('family: unnamed reports as a source', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

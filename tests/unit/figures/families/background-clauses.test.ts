/**
 * Family 4, background clauses: a report ends where the outlet starts telling what led up to it
 * ("… announced a truce after dozens were killed"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { expectFigure } from './family-table';

const CASES: [string, string, number, { claimant: 'pakistan' | 'afghanistan' | null }][] = [
  [
    'a count inside an "after" clause is the outlet’s',
    'Kabul said it was ready to talk after Pakistani jets bombed several border towns overnight.',
    3,
    { claimant: null },
  ],
  [
    'a count inside a "following" clause is the outlet’s',
    'Islamabad declared a pause in the fighting following clashes that left 40 people dead.',
    40,
    { claimant: null },
  ],
  [
    'positive: the reported count before the clause stays the speaker’s',
    'The military said 12 fighters were killed after they attacked a border post.',
    12,
    { claimant: 'pakistan' },
  ],
  [
    'positive: "after" + participle is the speaker’s own act',
    'The Afghan defence ministry said its forces withdrew after capturing 19 Pakistani posts.',
    19,
    { claimant: 'afghanistan' },
  ],
  [
    'positive: the report resumes after the clause’s comma',
    'The military said that after the raid on the camp, 15 militants were found dead.',
    15,
    { claimant: 'pakistan' },
  ],
  [
    'positive: "after" a span of time is no earlier event',
    'Afghan officials said their troops drove the attackers back after nearly six hours of shelling in which 9 of them died.',
    9,
    { claimant: 'afghanistan' },
  ],
  [
    'positive: the span itself stays the speaker’s',
    'The army said the border post held out after some three hours of fire.',
    3,
    { claimant: 'pakistan' },
  ],
  [
    'a hyphened length before a noun still opens a background clause',
    'Kabul said it would talk. The raids came despite a 72-hour truce agreed by both sides.',
    72,
    { claimant: null },
  ],
];

describe('family 4: background clauses after a report', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

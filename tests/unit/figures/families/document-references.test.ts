/**
 * Family 4, a document standing for its author: "the report says", "according to the report"
 * take the party that spoke last; without one the figure stays unattributed. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { expectFigure } from './family-table';

const CASES: [string, string, number, { claimant: 'un' | 'pakistan' | 'other' | null }][] = [
  [
    '"the report says" takes the mission that released it',
    'UNAMA said 60 civilians were hurt over the winter.\n\nThe report says 25 homes were shelled.',
    25,
    { claimant: 'un' },
  ],
  [
    '"according to the report" takes the last speaker',
    'The military said it had cleared the valley.\n\nAccording to the report, 14 fighters surrendered.',
    14,
    { claimant: 'pakistan' },
  ],
  [
    '"the report adds that, …" keeps the report as speaker past the comma',
    'UNAMA said 60 civilians were hurt.\n\nThe report adds that, overall, 300 people were displaced.',
    300,
    { claimant: 'un' },
  ],
  [
    'an adverb between the document and its verb ("the report further stated")',
    'The airfield was levelled, a newspaper said. The report further stated that Pakistan had conducted 27 strikes.',
    27,
    { claimant: 'other' },
  ],
  [
    'negative: an adverb does not give an unauthored report an author',
    'The report further stated that 31 homes were shelled near the crossing.',
    31,
    { claimant: null },
  ],
  [
    'negative: a report with no author named before it stays unattributed',
    'The report says 25 homes were shelled near the crossing.',
    25,
    { claimant: null },
  ],
  [
    'negative: "earlier reports" are the press, not the last speaker',
    'UNAMA said 60 civilians were hurt.\n\nEarlier reports suggested 70 were hurt.',
    70,
    { claimant: null },
  ],
];

describe('family 4: a document that stands for its author', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

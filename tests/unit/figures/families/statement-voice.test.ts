/**
 * Family: a statement that goes on in the party's own voice. Outlets print a
 * military or ministry release paragraph after paragraph; a paragraph that
 * speaks of "own posts" or "our soldiers" with no speaker of its own, right
 * after a paragraph of that party's statement, goes on with it to its end.
 * A sentence the outlet hedges ("reportedly", "allegedly") takes no carried
 * speaker.
 * Beside each, the same paragraph after the outlet's own words, and a
 * following paragraph with no such voice, which stays the outlet's. Every
 * sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const STATEMENT =
  'A band of fighters attacked two border posts in Chitral at night, the army said in a statement.';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a paragraph in the party\u2019s voice goes on with its statement',
    `${STATEMENT}\n\nOwing to the alert, own posts were ready. The brave troops held firm. In the exchange, nine attackers were sent to hell.`,
    9,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    '"our soldiers" in the next paragraph of an Afghan ministry\u2019s statement',
    'Pakistani forces shelled villages in Kunar, the Afghan defence ministry said.\n\nOur soldiers returned fire and destroyed six Pakistani posts.',
    6,
    { measure: 'posts', claimant: 'afghanistan' },
  ],
  [
    'an unhedged next sentence of the same paragraph keeps the speaker',
    'The Afghan side admitted losses, with seven of its fighters killed. Another 12 civilians were wounded in a strike on a camp.',
    12,
    { claimant: 'afghanistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'the same paragraph after the outlet\u2019s own words stays the outlet\u2019s',
    'Fighters attacked two border posts in Chitral at night.\n\nOwing to the alert, own posts were ready. In the exchange, nine attackers were sent to hell.',
    9,
    { claimant: null },
  ],
  [
    'a next paragraph with no such voice stays the outlet\u2019s',
    `${STATEMENT}\n\nThe district has seen many raids. Eleven attackers were killed there last spring.`,
    11,
    { claimant: null },
  ],
  [
    'a third party\u2019s statement does not run on in a party\u2019s voice',
    'Nine houses were hit, residents said.\n\nOur soldiers later found 14 shells in the fields.',
    14,
    { claimant: null },
  ],
  [
    'a next sentence hedged with "reportedly" is the outlet\u2019s own, not the carried speaker\u2019s',
    'The Afghan side admitted losses, with seven of its fighters killed. Another 12 civilians were reportedly wounded in a strike on a camp.',
    12,
    { claimant: null },
  ],
];

describe('family: a statement going on in the party\u2019s own voice', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

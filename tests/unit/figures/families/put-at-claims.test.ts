/**
 * Family: a party that "puts" a count at a figure ("X put the toll at 58"),
 * in the active, as a participle, in a "with X putting …" clause and in the
 * passive with its agent after the count ("was put at 58 by X"); and claims
 * nested inside another party's report, which stay the inner party's. "Put"
 * with no count after "at" ("put pressure on") reports nothing. A party that
 * "gave a toll of N" or "released figures" reports the count as well. Every
 * sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'X put the figure at N',
    'The Taliban put the number of Pakistani soldiers killed at 58.',
    58,
    { claimant: 'afghanistan' },
  ],
  [
    'X puts its own losses at N',
    'Islamabad puts its losses in the clashes at 11 soldiers.',
    11,
    { claimant: 'pakistan' },
  ],
  [
    'a participle after the statement: the statement’s party puts the figure',
    'The Taliban government issued a statement late on Sunday, putting the number of Pakistani soldiers killed at 46.',
    46,
    { claimant: 'afghanistan' },
  ],
  [
    'a "with X putting" clause names its own party',
    'Shelling went on through the night, with Islamabad putting its losses at 13 soldiers.',
    13,
    { claimant: 'pakistan' },
  ],
  [
    'the passive with the agent after the count',
    'The toll among the attackers was put at 71 by the Pakistani military.',
    71,
    { claimant: 'pakistan' },
  ],
  [
    'pegged at N',
    'Afghan officials pegged the civilian toll at 17.',
    17,
    { claimant: 'afghanistan' },
  ],
  [
    'a claim nested in another party’s report stays the inner party’s',
    'Pakistan said the Taliban had claimed 34 posts, a figure it called invented.',
    34,
    { claimant: 'afghanistan' },
  ],
  [
    'a claim dismissed by the other side keeps the party that made it',
    "Kabul dismissed Islamabad's claim that 210 Taliban fighters were killed.",
    210,
    { claimant: 'pakistan' },
  ],
  [
    'X gave a toll of N',
    'The Taliban government gave a toll of 26 civilians killed in the strikes.',
    26,
    { claimant: 'afghanistan' },
  ],
  [
    'X released figures',
    'The military released figures showing 48 fighters killed in the raids.',
    48,
    { claimant: 'pakistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    '"put pressure on" is no report of the count after it',
    'Pakistan put pressure on Kabul after a bombing killed 12 people in Peshawar.',
    12,
    { claimant: null },
  ],
  [
    'a passive "put" whose "by" names a time, not an agent',
    'The toll was put at 58 by late evening.',
    58,
    { claimant: null },
  ],
  [
    '"put an end to" reports nothing',
    'The truce put an end to four days of fighting that killed 37 people.',
    37,
    { claimant: null },
  ],
  [
    '"gave refuge" gives no count',
    'Pakistan gave refuge to 12 families fleeing the shelling.',
    12,
    { claimant: null },
  ],
];

describe('family: counts put at a figure, and nested claims', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

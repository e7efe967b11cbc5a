/**
 * Family: a speaker inside a clause of time. "The fighting, which left 30
 * dead, broke out after Kabul accused Islamabad of …": the speaker of the
 * "after" clause tells what led up to the main clause, so the counts of the
 * main clause before it are not its claim (they stay the outlet's). What the
 * speaker says after its own verb is still its claim, and a speaker that is
 * the main clause's own subject still reaches back. Every sentence was
 * written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"after X accused": the main clause’s count is the outlet’s',
    'The shelling, which left 26 people dead in two days, began after Kabul accused Islamabad of sheltering militants.',
    26,
    { claimant: null },
  ],
  [
    '"when X said": a count before the clause is the outlet’s',
    'Nineteen soldiers had already died in the fighting when the army said it would hold its fire.',
    19,
    { claimant: null },
  ],
  [
    '"since X announced": the same',
    'More than 40 homes have been damaged since Islamabad announced the new offensive.',
    40,
    { claimant: null },
  ],
  [
    '"after X said": a count in a "which" clause before it is the outlet’s',
    'The clashes, which killed 14 soldiers, erupted after the Taliban said Pakistani jets had struck Kabul.',
    14,
    { claimant: null },
  ],
  [
    '"weeks after X warned": the same',
    'Eight posts were overrun on Friday, weeks after Islamabad warned Kabul over the attacks.',
    8,
    { claimant: null },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'what the speaker of the clause says after its verb is its own claim',
    'Talks collapsed after Pakistan’s military said 31 of its soldiers had died.',
    31,
    { claimant: 'pakistan' },
  ],
  [
    'a speaker that is the main clause’s subject reaches back',
    'Twelve Pakistani posts were destroyed on Sunday, the Taliban defence ministry said.',
    12,
    { claimant: 'afghanistan' },
  ],
];

describe('family: a speaker inside a clause of time', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

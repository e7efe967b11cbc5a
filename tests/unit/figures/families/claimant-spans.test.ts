/**
 * Family: how far a speaker's attribution reaches: a statement opened with a
 * colon runs to the end of its paragraph; a narrative paragraph after it is
 * the outlet's own. Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const COLON_STATEMENT =
  'The Peshawar police chief said: Shortly after dawn, one attacker blew himself up at the gate, killing three guards. ' +
  'The gate and the guard room were wrecked. ' +
  'Two other attackers were shot dead before they reached the yard, where dozens of personnel stood.\n\n' +
  'Traffic resumed on the ring road by noon, and 14 schools stayed shut.';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a statement opened with a colon: its first sentence',
    COLON_STATEMENT,
    3,
    { claimant: 'pakistan' },
  ],
  [
    'a statement opened with a colon runs on past the next sentence',
    COLON_STATEMENT,
    2,
    { claimant: 'pakistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  ['a colon statement ends with its paragraph', COLON_STATEMENT, 14, { claimant: null }],
  [
    'without a colon a report runs on for one sentence only',
    'The Peshawar police chief said three guards died. Two attackers were shot dead. Dozens of personnel were inside.',
    24,
    { claimant: null },
  ],
];

describe('family: how far an attribution reaches', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

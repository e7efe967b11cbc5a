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
  [
    'a "with … saying" clause speaks only for what follows it',
    'The truce began at 6 pm for 48 hours, with Islamabad saying Kabul had asked for it and the Taliban spokesman saying the opposite.',
    48,
    { claimant: null },
  ],
  [
    'a "which … said" clause does not reach back to the count before it',
    'Nine people died in the blast, which the Taliban spokesman said was the work of Pakistani jets.',
    9,
    { measure: 'killed', claimant: null },
  ],
  [
    'a multi-sentence quotation closed by "the post read" belongs to the poster',
    'In a post on X, Taliban spokesman Zabihullah Mujahid wrote about the night.\n\n\u201cOur forces took eleven posts. Dozens of rifles were seized as spoils. The operations go on,\u201d the post read.',
    24,
    { claimant: 'afghanistan' },
  ],
  [
    'a quotation paragraph after "X said:" belongs to X',
    'The Taliban spokesman said on Sunday:\n\n\u201cOur units took 19 posts overnight. Not one of our positions was lost.\u201d',
    19,
    { measure: 'posts', claimant: 'afghanistan' },
  ],
  [
    'a quotation paragraph takes the speaker named in the paragraph after it',
    '\u201cThe shelling destroyed 40 homes in one night.\u201d\n\nElders in Kunar said the villages were now empty.',
    40,
    { claimant: 'other' },
  ],
  [
    "a sentence that turns to another episode is not lent the story's one claimant",
    'The Taliban said 55 Pakistani soldiers were killed on Friday. In a separate incident in Bannu, a suicide blast killed two soldiers.',
    2,
    { measure: 'killed', subject: 'pakistani-forces', claimant: null },
  ],
  [
    '"Earlier, …" does not continue the speaker before it',
    'The army said 274 Afghan Taliban fighters were killed. Earlier today, Pakistani forces took 19 Afghan border posts.',
    19,
    { measure: 'posts', claimant: null },
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
  [
    'a trailing main-clause attribution still reaches back',
    'The truce began at 6 pm for 48 hours, the Taliban spokesman said.',
    48,
    { claimant: 'afghanistan' },
  ],
  [
    'a "with … saying" clause speaks for the count after it',
    'The strikes went on overnight, with the Taliban spokesman saying 14 civilians had been killed.',
    14,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    '"read" without a document before it does not report',
    'At the funeral the soldiers read 40 names aloud.',
    40,
    { claimant: null },
  ],
  [
    "a narrative paragraph after a speaker stays the outlet's",
    'The army said 12 soldiers died.\n\nThe clashes began at dawn, and 30 houses burned.',
    30,
    { claimant: null },
  ],
  [
    'a paragraph of two quotations is not given to a neighbour',
    'The Taliban spokesman said on Sunday that talks would go on.\n\n\u201cWe lost 6 men.\u201d Then, after a pause: \u201cThe rest fled.\u201d',
    6,
    { claimant: null },
  ],
  [
    "an unattributed count of the same slot elsewhere still takes the story's one claimant",
    'The Taliban said 55 Pakistani soldiers were killed on Friday.\n\nThe bodies of 12 Pakistani soldiers were later handed over, and 30 Pakistani soldiers were wounded.',
    30,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
];

describe('family: how far an attribution reaches', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

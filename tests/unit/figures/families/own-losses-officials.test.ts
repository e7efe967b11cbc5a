/**
 * Family: unnamed officials reporting one side's own losses. When "officials
 * said" (or "authorities say", "according to police") has no nationality of
 * its own and the sentence names both parties, the counts themselves can still
 * place the speaker: a side announces its own dead and wounded, so officials
 * who report only one side's losses, with no word that the other side
 * inflicted them as the agent, speak for the side that lost them. A sentence
 * that counts losses of both sides, or people of no stated side, or whose
 * killer is named as the agent, is not placed this way. Every sentence was
 * written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'one side’s border guard killed in clashes with the other',
    'Two Afghan border guards died and five more were hurt in a firefight with Pakistani troops near the gate late on Monday, officials said.',
    2,
    { claimant: 'afghanistan', subject: 'afghan-forces' },
  ],
  [
    'the wounded of the same sentence go with them',
    'Two Afghan border guards died and five more were hurt in a firefight with Pakistani troops near the gate late on Monday, officials said.',
    5,
    { claimant: 'afghanistan', measure: 'wounded' },
  ],
  [
    'civilians of one side left dead by clashes between both',
    'Shelling between Pakistani and Afghan forces left nine Afghan villagers dead on Tuesday, authorities said.',
    9,
    { claimant: 'afghanistan', subject: 'afghan-civilians' },
  ],
  [
    'the other side’s losses place the officials on that side',
    'Three Pakistani soldiers lost their lives during a gun battle with Afghan forces at the crossing, officials said.',
    3,
    { claimant: 'pakistan', subject: 'pakistani-forces' },
  ],
  [
    '"according to officials" closing a headline-like line',
    'Clashes with Afghan Taliban leave 14 Pakistani civilians wounded, according to officials',
    14,
    { claimant: 'pakistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'losses of both sides in one sentence stay unattributed',
    'Four Afghan fighters and two Pakistani soldiers were killed when the two armies clashed near the gate, officials said.',
    4,
    { claimant: null },
  ],
  [
    'people of no stated side beside a side’s soldiers',
    'Ten people, among them six Pakistani soldiers, died when Afghan and Pakistani troops clashed, officials said.',
    6,
    { claimant: null },
  ],
  [
    'the killer named as the agent: the officials are the killer’s, not the losing side’s',
    'Pakistani troops killed 16 Afghan fighters while Afghan and Pakistani posts exchanged fire, officials said.',
    16,
    { claimant: 'pakistan' },
  ],
  [
    'a named person with no known side is not unnamed officials',
    'Eight Afghan soldiers were killed in clashes with Pakistani forces, Hadley said.',
    8,
    { claimant: null },
  ],
];

describe('family: unnamed officials reporting one side’s own losses', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

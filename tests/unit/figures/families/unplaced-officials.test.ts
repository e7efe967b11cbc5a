/**
 * Family: unnamed officials in a sentence that names both sides. "Officials
 * said" with no nationality of its own is placed by the party named around
 * it; when the sentence names both parties ("Afghan and Pakistani troops
 * clashed", "fire from the Afghan side hit a Pakistani village"), nothing
 * says whose officials they are, and the count is left unattributed. A
 * nationality on the speaker itself, or one party only, still places it.
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'both sides named as the ones who clashed',
    'Afghan and Pakistani troops traded fire at the crossing, killing at least four people, officials said on Monday.',
    4,
    { claimant: null },
  ],
  [
    '"according to officials" after clashes between the two countries',
    'Seven people died in clashes between Pakistan and Afghanistan on Sunday, according to officials.',
    7,
    { claimant: null },
  ],
  [
    'one side fires, the other is hit: the officials could be either',
    'Mortars fired from the Afghan side struck a Pakistani village, wounding 11 people, officials said.',
    11,
    { claimant: null },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a nationality on the officials themselves places them',
    'Afghan and Pakistani troops traded fire at the crossing, killing at least four people, Afghan officials said.',
    4,
    { claimant: 'afghanistan' },
  ],
  [
    'one party named: the officials are placed by it',
    'Pakistani soldiers beat back the raid on their post and killed 12 attackers, officials said.',
    12,
    { claimant: 'pakistan' },
  ],
  [
    'a military spokesman keeps his own side whatever the sentence names',
    'Afghan and Pakistani troops traded fire overnight and 13 attackers were killed, the army spokesman said.',
    13,
    { claimant: 'pakistan' },
  ],
];

describe('family: unnamed officials where both sides are named', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Family: an unnamed office holder ("the information minister said") with no
 * earlier speaker to refer back to. The holder's side comes from the clause
 * reported: the side named as doing the harm to fighters or posts, or else
 * the side opposite the one harmed ("troops killed 40 Afghan fighters" is a
 * Pakistani boast). Harm to civilians is as often a complaint as a boast,
 * so it decides nothing, and a side named after "in", "on" or "near" is a
 * place or a target, not the agent. Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'enemy fighters killed by unnamed troops: the holder speaks for the side that killed them',
    'Heavy fighting raged along the frontier overnight. Troops killed 40 Afghan fighters and destroyed 9 posts, the information minister said.',
    40,
    { claimant: 'pakistan' },
  ],
  [
    'a holder speaking first, the harmed soldiers named after the verb',
    'The talks broke down. The defence minister said border guards had killed 26 Pakistani soldiers in the night.',
    26,
    { claimant: 'afghanistan' },
  ],
  [
    'the side named as agent before the harm verb',
    'Shelling went on until dawn. Pakistani gunners shelled the ridge and destroyed 11 bunkers, the minister told reporters.',
    11,
    { claimant: 'pakistan' },
  ],
  [
    'a headline count before its verb is the side harmed',
    '310 Afghan fighters killed, 120 posts destroyed so far: minister',
    310,
    { claimant: 'pakistan' },
  ],
  [
    'the clause subject, not a side named in its object, did the harm',
    'Afghan troops beat back the Pakistani assault and killed 19 soldiers, the minister said.',
    19,
    { claimant: 'afghanistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'civilians harmed: a complaint as often as a boast, the place decides',
    'Firing resumed at dawn. Mortar rounds killed 8 women and children in an Afghan village, the minister said.',
    8,
    { claimant: 'afghanistan' },
  ],
  [
    // (nor does the side of the count place the minister: the dead are counted, not speaking)
    'a passive count names no one who did the harm',
    'Firing resumed at dawn. 35 Afghan fighters were killed, the minister said.',
    35,
    { claimant: null },
  ],
  [
    'a nationality on the holder decides, whatever the clause says',
    'Troops killed 40 Afghan fighters overnight, the Afghan defence minister said.',
    40,
    { claimant: 'afghanistan' },
  ],
  [
    'a side named after "from" is where the fire came from, not proof of a boast',
    'Shells fired from the Afghan side struck a Pakistani hamlet, wounding 6 people, the minister said.',
    6,
    { claimant: null },
  ],
];

describe('family: unnamed office holders placed by the clause they report', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

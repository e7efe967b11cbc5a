/**
 * Family 3: the last of coordinated predicates ("X captured A, destroyed B, and wounded C")
 * shares the subject of the first, past the commas of the list, so its object is the side
 * opposite that subject; a possessive agent ("their forces") is the speaker's own. The words of
 * an earlier object and its verb do not use up the reach back to the agent.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'the third predicate of a list shares the named agent',
    'Taliban units overran 12 Pakistani checkpoints, burned several vehicles, and injured at least 18 soldiers.',
    18,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    '"their forces" after a speaker is the speaker’s side',
    'Kabul officials said their forces seized 9 Pakistani outposts, destroyed two more, and killed 21 soldiers.',
    21,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'without the serial comma',
    'Pakistani troops destroyed 14 Afghan posts, seized four tanks and killed 33 soldiers.',
    33,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a long main clause before two participles still gives the agent',
    'Pakistan answered with air raids on militant hideouts and depots in Paktika and Khost provinces, reportedly killing at least 25 Taliban gunmen and destroying several tanks and posts.',
    3,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a new clause with its own subject after "and" keeps that subject',
    'Pakistani troops shelled the hills, and Afghan forces killed 12 soldiers at the post.',
    12,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
];

describe('family 3: coordinated predicates share their subject', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Family: the same sources through a story. Unqualified "sources" are most
 * often a party's security sources, and are read so when nothing else says
 * whose they are. When the story has already placed its sources by a word of
 * their own ("local sources", "hospital sources", "Taliban sources"), a later
 * "sources said" or "the sources added" is those sources again. A story that
 * placed none keeps the default. Sources the press quotes ("sources cited by a
 * daily", "quoted sources as saying") are the press's account (`other`).
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"the sources added" after local sources',
    'Drone strikes hit two villages in Paktika overnight, local sources said. Fourteen fighters died in the first strike, the sources added.',
    14,
    { claimant: 'other' },
  ],
  [
    'bare "sources said" after hospital sources',
    'At least 30 wounded were brought to the district clinic, hospital sources said.\n\nLater on Monday, nine more bodies were recovered from the ruins, sources said.',
    9,
    { claimant: 'other' },
  ],
  [
    'bare "sources" after Taliban sources',
    'Taliban sources said their fighters took three Pakistani posts near the crossing. Eleven Pakistani soldiers were killed in the assault, sources said.',
    11,
    { claimant: 'afghanistan' },
  ],
  [
    'sources "cited by" a newspaper are the press’s account',
    'The raid destroyed four posts and killed at least 19 soldiers, according to sources cited by a Peshawar daily.',
    19,
    { claimant: 'other' },
  ],
  [
    'a report that "quoted sources as saying"',
    'A local broadcaster quoted sources as saying that 26 bodies had been taken to the hospital.',
    26,
    { claimant: 'other' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'no sources placed before: unqualified sources keep the default',
    'Pakistani troops destroyed six Afghan posts near Chaman overnight, sources said.',
    6,
    { claimant: 'pakistan' },
  ],
  [
    'a named party speaking later is still that party',
    'Drone strikes hit two villages in Paktika overnight, local sources said. The Pakistani military said 20 militants were killed in the strikes.',
    20,
    { claimant: 'pakistan' },
  ],
  [
    'sources the press does not quote keep the default',
    'Troops repelled the raid and killed 31 fighters, sources said.',
    31,
    { claimant: 'pakistan' },
  ],
];

describe('family: the same sources through a story', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

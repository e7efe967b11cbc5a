/**
 * Family: third parties and accounts named by what they are. A named
 * organisation that is no party ("the International Crisis Group", a
 * "…Watch", a "…Foundation"), a newspaper by its title ("the Frontier Times")
 * and a one-word "…news" outlet speak as `other` when the phrase is the name
 * itself; so do an unnamed Western diplomat and sources named by nationality
 * alone ("Afghan sources", not "Taliban sources" or "defence sources"). An
 * account shows what it reports: "UN figures show …", "data from the UN
 * shows …", "figures released by the military showed …", and a report that
 * "recorded" a count is the report's author's. Beside each, the same words
 * where the organisation is only named, or the thing that "shows" is no
 * account. Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a named crisis think-tank',
    'The Border Studies Group said more than 450 soldiers had died in attacks that year.',
    450,
    { claimant: 'other' },
  ],
  [
    'a named organisation after the verb',
    'Nineteen villagers were killed in the shelling, said the Frontier Peace Foundation.',
    19,
    { claimant: 'other' },
  ],
  [
    'a one-word "news" outlet',
    'Kabulnews reported that 21 people were killed in Nangarhar.',
    21,
    { claimant: 'other' },
  ],
  [
    'a newspaper named by its title speaks as the press',
    'Pakistani jets had struck \u201cscores of small Afghan outposts this week,\u201d the Frontier Times said.',
    40,
    { claimant: 'other' },
  ],
  [
    'a newspaper title before the verb',
    'The Kabul Herald reported that 14 soldiers were killed at the crossing.',
    14,
    { claimant: 'other' },
  ],
  [
    'sources named by nationality alone are no institution of a side',
    'Afghan sources said at least 23 people were killed in the night raids.',
    23,
    { claimant: 'other' },
  ],
  [
    'an outlet named "… TV" or "… Press" is the press',
    'Spin Ghar TV reported that nine civilians were killed in Kunar.',
    9,
    { claimant: 'other' },
  ],
  [
    'a research centre named for its studies',
    'The Centre for Border and Peace Studies said 310 soldiers were killed that year.',
    310,
    { claimant: 'other' },
  ],
  [
    'an unnamed Western diplomat',
    'A Western diplomat in Islamabad said about 160 fighters had died on both sides.',
    160,
    { claimant: 'other' },
  ],
  [
    'UN figures that show a count',
    'UN figures show 64 civilians were killed in the first week of fighting.',
    64,
    { measure: 'killed', claimant: 'un' },
  ],
  [
    'data from the UN that shows a count',
    'Data from the United Nations shows 52,000 people have fled the border districts.',
    52000,
    { claimant: 'un' },
  ],
  [
    'figures released by a party that showed a count',
    'Figures released by the army showed 230 Taliban fighters were killed.',
    230,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'a report that recorded a count is its author\u2019s',
    'UNAMA\u2019s quarterly report recorded 88 civilian deaths in Kandahar.',
    88,
    { measure: 'killed', claimant: 'un' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a group only named inside the phrase before the speaker does not speak',
    'Jets hit hideouts of the Hafiz Gul Bahadur Group, killing twelve fighters, said the military.',
    12,
    { claimant: 'pakistan' },
  ],
  [
    'an armed group named as the target leaves the count to the speaker who follows',
    'Strikes killed twelve members of the Mountain Lions Group, said the Afghan defence ministry.',
    12,
    { claimant: 'afghanistan' },
  ],
  [
    'a newspaper told a count is the listener, not the speaker',
    'Twelve soldiers died in the raid, the army told the Frontier Times.',
    12,
    { claimant: 'pakistan' },
  ],
  [
    'sources of a side\u2019s institution keep the side',
    'According to Pakistani defence sources, the army destroyed three Taliban tanks.',
    3,
    { claimant: 'pakistan' },
  ],
  [
    'government sources of a side keep the side',
    'Afghan government sources said 15 Pakistani soldiers were killed.',
    15,
    { claimant: 'afghanistan' },
  ],
  [
    'pictures that show a count are no account of it',
    'Pictures from the scene show 14 bodies under white sheets.',
    14,
    { claimant: null },
  ],
  [
    'a map that shows crossings is no account',
    'The map shows 18 crossings along the frontier.',
    18,
    { claimant: null },
  ],
  [
    'a news item that "recorded" nothing reported stays the outlet\u2019s',
    'Cameras recorded 30 trucks waiting at the gate.',
    30,
    { claimant: null },
  ],
];

describe('family: third parties and accounts named by what they are', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Loss nouns beyond "deaths" and parts of a loss told in the next sentence:
 * "the massacre of", "the murder of", "the slaughter of" and "the elimination
 * of" a count are its dead, as are "killings" and a group's "martyrdom" after a possessive; and
 * a bare count opening the sentence after a loss, as the subject of a
 * copula that says who they were ("Twenty were from one family", "Six were
 * children"), is part of that loss. Every sentence was written for this
 * test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"the massacre of" a count is its dead',
    'Kabul denounced the massacre of 14 villagers in the night raid.',
    14,
    { measure: 'killed' },
  ],
  [
    '"the murder of" a count is its dead',
    'Elders demanded justice for the murder of seven labourers near the border.',
    7,
    { measure: 'killed' },
  ],
  [
    '"killings" are deaths',
    'The mission said 31 killings were documented in the border districts.',
    31,
    { measure: 'killed' },
  ],
  [
    "a group's martyrdom after a possessive",
    'The nation mourned the nine soldiers’ martyrdom on Friday.',
    9,
    { measure: 'killed' },
  ],
  [
    'a bare count after a loss says where part of it came from',
    'Shelling killed 33 people in Kunar. Eighteen were from a single clan, the governor said.',
    18,
    { measure: 'killed' },
  ],
  [
    'a bare count after a loss says who part of it were',
    'The strike wounded 26 people, officials said. Eleven were children.',
    11,
    { measure: 'wounded' },
  ],
  [
    '"the elimination of" a count of fighters is its dead',
    'The exchange ended with the elimination of 14 infiltrators, the military said.',
    14,
    { measure: 'killed' },
  ],
  [
    '"the neutralisation of" a count is its dead',
    'Troops reported the neutralisation of 6 gunmen near the fence.',
    6,
    { measure: 'killed' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'negative: a bare count that was evacuated is no part of the dead',
    'Shelling killed 33 people in Kunar. 400 were evacuated from the valley.',
    400,
    { measure: 'other' },
  ],
  [
    'negative: a bare count placed somewhere is no part of the dead',
    'Shelling killed 33 people in Kunar. Ten were on the road when it began.',
    10,
    { measure: 'other' },
  ],
  [
    'negative: a bare count long after the loss is not part of it',
    'Shelling killed 33 people in Kunar. Markets shut. Roads closed. Schools stayed shut. Eighteen were from one clan.',
    18,
    { measure: 'other' },
  ],
];

describe('loss nouns and the parts of a loss', () => {
  it.each([...POSITIVES, ...NEGATIVES])('%s', (_name, text, value, want) =>
    expectFigure(text, value, want),
  );
});

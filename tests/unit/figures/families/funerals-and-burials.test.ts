/**
 * Family: the dead counted at their funerals and graves. Reports of losses
 * often give the count where the dead are mourned: funeral prayers offered
 * for them, a funeral held for them, the funerals of so many, soldiers laid
 * to rest, a family buried together in one grave. Only the dead have these,
 * so the count is of the killed. Being "buried under rubble" is not: people
 * are dug out alive, so they are casualties, dead or hurt. Prayers or meetings held "for" a span of days count no
 * one. A finite verb of no loss after the count ("took place", "took part")
 * ends its noun phrase. Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'funeral prayers offered "for" the count',
    'Funeral prayers were offered at the cantonment for 16 soldiers on Tuesday.',
    16,
    { measure: 'killed' },
  ],
  [
    'a funeral held for the victims',
    'Villagers held a single funeral for the 31 victims of the overnight bombing.',
    31,
    { measure: 'killed' },
  ],
  [
    'the funerals "of" a count, and the phrase ends before "took place"',
    'The funerals of eight border guards took place in their home districts.',
    8,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'soldiers laid to rest',
    'Six soldiers were laid to rest with full honours in their native villages.',
    6,
    { measure: 'killed' },
  ],
  [
    'a family buried together',
    'Eleven members of one household were buried together beside the destroyed compound.',
    11,
    { measure: 'killed' },
  ],
  [
    'a mass grave',
    'Rescuers said 27 of the dead were buried in a mass grave outside the town.',
    27,
    { measure: 'killed' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a meeting held for a count is no funeral',
    'A meeting was held for 40 elders of the tribe at the district office.',
    40,
    { measure: 'other' },
  ],
  [
    'prayers held for a span of days',
    'Prayers for peace were held for 3 days across the province.',
    3,
    { measure: 'other' },
  ],
  [
    'people buried under rubble are dead or hurt, not yet told apart',
    'The blast buried 14 labourers under rubble before rescuers reached them.',
    14,
    { measure: 'casualties' },
  ],
  [
    '"took part" is no loss and ends the phrase',
    'Nine policemen took part in the search of the village.',
    9,
    { measure: 'other' },
  ],
];

describe('family: the dead counted at funerals and graves', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

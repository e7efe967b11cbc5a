/**
 * Civilians in the many words reporting uses for them (guests at a wedding,
 * shoppers, patients, nomads, displaced people, a household's members), filed
 * under the country where they were hit: a place in the sentence, else the
 * side an attack in the sentence hit. Beside them, near misses that must keep
 * their kind. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'guests at a wedding',
    'A drone strike on a wedding party in Kunar left 16 guests dead, district officials said.',
    16,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'shoppers at a market',
    'A shell that landed on a market in Spin Boldak killed 11 shoppers, Afghan officials said.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'displaced people are civilians',
    'Twenty displaced people sheltering in a camp in Paktika were killed in the raid, the Taliban government said.',
    20,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'innocent people are civilians',
    'The provincial governor said nine innocent people died in Khost when the bombs fell.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'members of a household',
    'The strike on a house in Khost killed all 10 members of the household.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'civilians who are nationals of a country',
    'Officials in Chaman said four civilians, all Afghan nationals, were wounded when the shells fell near the gate.',
    4,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    // A count of a nationality alone is people, like "six Afghans" (labelling rules).
    'nationals of a country, not called civilians',
    'Officials in Chaman said four Afghan nationals were wounded when the shells fell near the gate.',
    4,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'no place: the side a headline attack hit',
    '18 civilians dead as Pakistan bombs Afghan border villages',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'no place: a present-tense attack on the other side',
    'At least 10 civilians killed as Pakistani jets pound Afghan border areas',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'nationality inside "the number of … killed"',
    'The new strikes bring the number of Afghan civilians killed to 56, the UN said.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'tribesmen are civilians',
    'Two tribesmen died when Pakistani shells landed in a village in Kunar.',
    2,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'tribesmen beside fighters stay civilians',
    'Kabul said 12 Taliban fighters and four tribesmen were killed by Pakistani shelling in Kunar.',
    4,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'negative: the fighters beside them stay forces',
    'Kabul said 12 Taliban fighters and four tribesmen were killed by Pakistani shelling in Kunar.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
];

describe('civilians in other words', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('plain "people" stay people, even with a place', () => {
    expect(
      figureWith(
        'At least 12 people were killed in the strikes in Khost, a hospital official said.',
        12,
      )?.subject,
    ).toBe('people');
  });

  it('a nationality after the verb does not place the counted civilians', () => {
    expect(
      figureWith(
        'Afghan officials put the number of civilians killed in Pakistani strikes at 37.',
        37,
      )?.subject,
    ).toBe('afghan-civilians');
  });

  it('"displaced" with no people noun is not a count of civilians', () => {
    expect(figureWith('The fighting displaced 3,000 families in Kurram.', 3000)?.measure).toBe(
      'other',
    );
  });

  it('an attack the sentence names does not outrank a place beside the count', () => {
    expect(
      figureWith(
        'Afghan forces shelled the border area, and four civilians were wounded in Chaman.',
        4,
      )?.subject,
    ).toBe('pakistani-civilians');
  });
});

const SITES: [string, string, number, Want][] = [
  [
    'houses a shell hit are targets on the civilians’ side',
    'Five people were injured when a mortar round hit three houses in Mohmand district.',
    3,
    { measure: 'targets', subject: 'pakistani-civilians' },
  ],
  [
    'villages bombed, placed by the province',
    'In Khost province, no fewer than 35 civilians were killed after jets bombed three villages in the district overnight.',
    3,
    { measure: 'targets', subject: 'afghan-civilians' },
  ],
  [
    'towns bombarded near a named region',
    'Pakistani helicopters bombarded three towns close to the Durand Line in the Khost region, an official said.',
    3,
    { measure: 'targets', subject: 'afghan-civilians' },
  ],
  [
    'houses damaged in the attack',
    'A rocket landed in a village in Kunar, and several houses were damaged in the attack.',
    3,
    { measure: 'targets', subject: 'afghan-civilians', upper: 9 },
  ],
  [
    '"innocents" are civilians',
    'Afghan officials in Paktika said the raid killed dozens of innocents.',
    24,
    { measure: 'killed', subject: 'afghan-civilians', upper: 99 },
  ],
];

describe('civilian places struck', () => {
  it.each(SITES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('houses with no verb of attack are no targets', () => {
    expect(figureWith('Twelve homes were built in Kabul last year.', 12)?.measure).toBe('other');
  });

  it('military sites beside civilian ones stay the forces’ targets', () => {
    expect(
      figureWith('Pakistani jets struck 12 Taliban hideouts and training schools.', 12)?.subject,
    ).toBe('afghan-forces');
  });

  it('a loss named before a subordinate clause is not the subject of "hit"', () => {
    expect(
      figureWith('Five people were injured when a mortar round hit three houses in Mohmand.', 3)
        ?.measure,
    ).not.toBe('wounded');
  });
});

describe('civilians listed beside a group of one side', () => {
  it('civilians killed beside a side’s police are on that side', () =>
    expectFigure(
      'Altogether four Afghan policemen and three civilians have been killed in the firefight.',
      3,
      {
        measure: 'killed',
        subject: 'afghan-civilians',
      },
    ));

  it('a place beside the civilians still decides', () =>
    expectFigure(
      'Three Afghan policemen were killed at the gate and two civilians were wounded in Chaman.',
      2,
      { subject: 'pakistani-civilians' },
    ));
});

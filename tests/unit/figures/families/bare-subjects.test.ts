/** Family 2: whose a bare or generic count is comes from its clause and paragraph, not only its own words. */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'the object of an attack by one side is the other side',
    'Afghan forces killed 14 soldiers at a border post, Pakistani officials said.',
    14,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'a participle takes the main clause agent',
    'Pakistani jets pounded positions near the border overnight, killing 22 fighters, the army said.',
    22,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a passive with its agent after "by"',
    'Eight soldiers were wounded by Afghan shelling, the military said.',
    8,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'khawarij "of" the Afghan Taliban regime are its forces',
    'Officials in Islamabad said 61 khawarij of the Afghan Taliban regime died in the raids.',
    61,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'negative: khawarij of the TTP stay militants',
    'Officials in Islamabad said 45 khawarij of the TTP died in the raids.',
    45,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'an affiliation modifier names the side',
    "Pakistan's information minister said 265 operatives linked to the Afghan Taliban government had been killed.",
    265,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'generic attackers are the Afghan forces the sentence names',
    'Troops repelled an assault by the Afghan Taliban, killing between 12 and 18 attackers, the ISPR said.',
    12,
    { measure: 'killed', subject: 'afghan-forces', qualifier: 'range', upper: 18 },
  ],
  [
    'a family is civilians, filed where the strike hit',
    'Residents said a strike in Paktika killed eleven members of one household family.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    '"killed and wounded" together are casualties',
    'The shelling killed and wounded 57 people in the border town, officials said.',
    57,
    { measure: 'casualties', subject: 'people' },
  ],
  [
    'a count followed by "killed and wounded" is casualties',
    'Hospitals reported 64 killed and wounded after the raid.',
    64,
    { measure: 'casualties' },
  ],
  [
    'a modifier between the counted men and their verb',
    'Six soldiers under his command were killed in the ambush, Pakistani officials said.',
    6,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'civilians keep the side of the story after a place names it',
    'Strikes in Kunar killed 9 civilians on Monday. On Tuesday 4 more civilians died.',
    4,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
];

describe('family 2: subject of bare and generic counts', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it.each([
    [
      'named militant group stays militants',
      'Troops killed 19 TTP militants in a raid near Bannu, the ISPR said.',
      19,
      'militants',
    ],
    [
      'attackers stay militants when the sentence names the khawarij',
      'Troops repelled khawarij infiltrators and the Afghan Taliban, killing 30 attackers.',
      30,
      'militants',
    ],
    [
      'the speaker of a frame is not the agent of its content',
      'Afghan officials said Pakistani troops killed 7 soldiers near the crossing.',
      7,
      'pakistani-forces',
    ],
  ])('negative: %s', (_name, text, value, notSubject) => {
    const f = figureWith(text, value);
    expect(f).toBeDefined();
    if (notSubject === 'pakistani-forces') expect(f?.subject).not.toBe('pakistani-forces');
    else expect(f?.subject).toBe(notSubject);
  });

  it('does not read a non-combatant as a combatant', () => {
    const f = figureWith('More than 20 non-combatants died in the strike, Kabul said.', 20);
    expect(f?.subject).not.toBe('afghan-forces');
  });
});

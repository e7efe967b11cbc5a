/**
 * Family 2 (continued): the side of a count whose own words name none comes
 * from who did what in its clause: the agent of an attack on posts or sites,
 * a country that only says where something happened, a militant group the
 * sites belong to. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'sites attacked by the Afghan side are Pakistani, even when its fighters are called militants',
    'Security officials said Taliban militants opened "heavy fire" at five locations near Chaman overnight.',
    5,
    { measure: 'targets', subject: 'pakistani-forces' },
  ],
  [
    'an attack noun with "on" takes the clause agent',
    'Afghan Taliban units launched attacks on six locations along the frontier, the ISPR said.',
    6,
    { measure: 'targets', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'a gerund of attack after "accused … of" takes the accused as agent',
    'The army accused the Afghan Taliban of attacking three border posts in Kurram.',
    3,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'sites used by armed groups are militant targets',
    'Islamabad said its jets hit 40 locations that it said were used by armed groups.',
    40,
    { measure: 'targets', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'a country after "in" places the attack; it is not the attacker',
    'A bomber drove a car packed with explosives into a checkpoint in northwest Pakistan, killing nine soldiers.',
    9,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'an army post as the object of a preposition is not the agent',
    'An attacker rammed a van into an army post in Bannu, killing four soldiers.',
    4,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a participle before the counted noun is its adjective and says the measure',
    'The prime minister laid a wreath for the 19 martyred soldiers at the garrison.',
    19,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a participle before a nationality and its noun',
    'Kabul said it would hand over the bodies after counting 14 slain Pakistani troops.',
    14,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'one more person named beside a count is not part of it',
    'A bomber struck a convoy in North Waziristan, killing 8 soldiers and a boy.',
    8,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'the verb after a count and one more person is still shared',
    'Five soldiers and a civilian were wounded in the shelling, the army said.',
    5,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    "posts attacked by militants are the state's posts",
    "Two soldiers died repelling a militants' assault on three border posts in Bajaur.",
    3,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'a passive agent that is militants makes the victims Pakistani',
    'Six soldiers were killed by insurgents near the Kurram border on Sunday.',
    6,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'posts with no side in their clause take the side of the posts named just before',
    'The attack was pushed back, with heavy damage to Afghan posts. Eleven posts and two tanks were destroyed in the response.',
    11,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'an earlier paragraph that names whose outposts were seized carries to a bare count',
    'Kabul said its forces had seized 12 Pakistani border outposts overnight.\n\n"So far, seven outposts have fallen and the rest were abandoned," the statement read.',
    7,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'fighters of no side in a sentence about an outlawed group are militants',
    'The report said the raids hit camps of a banned outfit and killed scores of fighters.',
    40,
    { measure: 'killed', subject: 'militants', qualifier: 'vague', upper: 99 },
  ],
  [
    'a copular predicate of civilians says who the people were',
    'Provincial officials in Khost said all nine people killed were women and children.',
    9,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'a passive verb with the attack that did it after "in"',
    'Villagers said 16 soldiers were killed in Pakistani shelling overnight.',
    16,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a passive verb with the answer of a named force after "in"',
    'Nine posts were destroyed in the swift response of Pakistani troops.',
    9,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'the side that "lost" them, named before the verb',
    'The Afghan side lost 21 soldiers in the fighting, the ISPR said.',
    21,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a party\'s own "men" are its forces',
    'Taliban commanders said 13 of their men had been killed.',
    13,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'the attack described after the count in the same sentence',
    'Ten soldiers were killed when Afghan forces opened fire on the checkpoint, officials said.',
    10,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'soldiers counted beside a count of Taliban are the other army',
    'Over 180 Taliban dead, 31 soldiers killed, officials say',
    31,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a party\'s "own losses" after another side\'s count are its own',
    'The Taliban said 9 Afghan troops died, while Islamabad put its own losses at 17.',
    17,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'fighters of no stated side are people, and a both-country border places them on neither side',
    'Gunfire raged along the Pakistan-Afghanistan frontier overnight, leaving scores of fighters dead.',
    40,
    { measure: 'killed', subject: 'people', qualifier: 'vague', upper: 99 },
  ],
  [
    'a capital acting in a later clause does not place the count',
    'The clashes left 30 fighters dead and pushed Islamabad to shut the crossings.',
    30,
    { measure: 'killed', subject: 'people' },
  ],
];

describe('family 2: subject from the clause', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it.each([
    [
      "a Pakistani strike on sites keeps the sites the other side's",
      'Pakistani jets attacked 12 locations in Khost, security sources said.',
      12,
      'afghan-forces',
    ],
    [
      'sites named with the TTP stay militant targets',
      'Pakistani aircraft struck eight hideouts of the TTP across the border.',
      8,
      'militants',
    ],
    [
      'the army as the subject is still the agent',
      'The army destroyed 14 posts across the border, officials said.',
      14,
      'afghan-forces',
    ],
    [
      'Afghan forces in Pakistan are still the agent when named before the place',
      'Afghan forces killed 6 soldiers inside Pakistan, the military said.',
      6,
      'pakistani-forces',
    ],
  ])('negative: %s', (_name, text, value, subject) => {
    expect(figureWith(text, value)?.subject).toBe(subject);
  });

  it('a count joined to another group by "and" with no article stays mixed', () => {
    const f = figureWith('Nine soldiers and civilians were killed in the shelling.', 9);
    expect(f?.subject).toBe('people');
  });

  it('a participle after the count is its verb, not an adjective', () => {
    const f = figureWith('Officials said 7 soldiers martyred in the attack were buried.', 7);
    expect(f?.text).toBe('7 soldiers');
    expect(f?.measure).toBe('killed');
  });

  it('militants named beside the troops that hunt them are not the agent', () => {
    const f = figureWith('Troops pursuing the militants destroyed 5 hideouts in the hills.', 5);
    expect(f?.subject).toBe('militants');
  });

  it('the agent of the clause outranks the posts named earlier', () => {
    const f = figureWith(
      'Afghan posts were shelled on Monday. On Tuesday Afghan forces captured 3 posts across the line.',
      3,
    );
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('posts named with no nationality earlier leave a bare count without a side', () => {
    const f = figureWith('Border posts came under fire. Later 4 posts were destroyed.', 4);
    expect(f?.subject).toBe('other');
  });

  it('a predicate that names only some of them leaves the people people', () => {
    const f = figureWith('Residents said 11 people killed were mostly women and children.', 11);
    expect(f?.subject).toBe('people');
  });

  it('a predicate of mixed kinds leaves the people people', () => {
    const f = figureWith('Six people wounded were soldiers and villagers.', 6);
    expect(f?.subject).toBe('people');
  });

  it('fighters named with the Afghan Taliban are not read as militants', () => {
    const f = figureWith(
      'The army said the Afghan Taliban and TTP attacked its posts and 30 fighters were killed.',
      30,
    );
    expect(f?.subject).not.toBe('militants');
  });

  it('soldiers in a sentence about militants are not militants', () => {
    const f = figureWith('Militants ambushed a convoy, killing 7 soldiers.', 7);
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('"in" with no attack after it does not stop the search for "by"', () => {
    const f = figureWith('Six soldiers were killed in the night by Afghan fire.', 6);
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('fighters beside a count of Taliban are not read as the other army', () => {
    const f = figureWith('Over 180 Taliban and 40 fighters were killed, the army said.', 40);
    expect(f?.subject).not.toBe('pakistani-forces');
  });

  it('a bare count after "dead" still continues the group before it', () => {
    const f = figureWith(
      'The offensive left 90 Afghan Taliban fighters dead and more than 150 wounded, the army said.',
      150,
    );
    expect(f?.subject).toBe('afghan-forces');
  });

  it("a place in the count's own clause still places it", () => {
    const f = figureWith('Shelling left 8 soldiers dead near Chaman on Monday.', 8);
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('an armed force is no armed group', () => {
    const f = figureWith(
      'The armed forces of Pakistan destroyed 9 posts of the Afghan Taliban overnight.',
      9,
    );
    expect(f?.subject).toBe('afghan-forces');
  });
});

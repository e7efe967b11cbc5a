/** Family 1: elliptical and listed counts share the noun or the verb of their list. */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a bare count after a second verb takes the noun before it',
    'Pakistani troops overran 40 positions and seized 12 during the night, the army said.',
    12,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'an elliptical wounded count is the same group as the killed one',
    'The Taliban said their fighters killed 15 Pakistani soldiers, wounded 31.',
    31,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'one verb after a list of targets',
    'Two divisional headquarters, four battalion headquarters and three fuel depots were destroyed, the information minister said in Islamabad.',
    4,
    { measure: 'targets' },
  ],
  [
    'the last member of that list',
    'Two divisional headquarters, four battalion headquarters and three fuel depots were destroyed.',
    3,
    { measure: 'targets' },
  ],
  [
    'a shared passive verb after two counted groups',
    'At least 11 Pakistani troops and more than 90 Afghan fighters were killed in the clashes, officials in Islamabad said.',
    11,
    { measure: 'killed', subject: 'pakistani-forces', qualifier: 'at-least' },
  ],
  [
    'a verbless headline line with counts and a source after a colon',
    '410 Afghan operatives killed, 97 checkposts destroyed so far: ISPR',
    410,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'the second count of that headline line',
    '410 Afghan operatives killed, 97 checkposts destroyed so far: ISPR',
    97,
    { measure: 'posts', claimant: 'pakistan' },
  ],
  [
    'a list after one verb keeps the verb for its last member',
    'Pakistani forces said they captured 14 Afghan posts and several hideouts.',
    3,
    { measure: 'targets', upper: 9 },
  ],
  [
    'an aside set off by dashes between the counted group and its verb',
    'In one raid, 14 civilians—among them several children—were killed, residents said.',
    14,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'an unclosed aside running to the verb',
    'The army said 17 fighters, including "three bombers" were gunned down.',
    17,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'a second count marked by "another"',
    'Troops killed 12 insurgents in one valley and another 8 militants in the next.',
    8,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'a bare count that repeats the place frame of the count before it',
    'The ministry said its forces took 11 Pakistani posts. They include three positions in the Tor area of Kunar, four in the Sra area, and two in the Lowy area.',
    4,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'the last member of that parallel list',
    'The ministry said its forces took 11 Pakistani posts. They include three positions in the Tor area of Kunar, four in the Sra area, and two in the Lowy area.',
    2,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'a parallel frame after a count of people keeps its verb',
    'Police detained 16 people in Quetta, 5 in Chaman and 3 in Zhob after the clash.',
    5,
    { measure: 'captured' },
  ],
  [
    'a bare count after a harm verb counts people, not the posts before it',
    'The Taliban said they overran 25 posts and killed 58, a figure Islamabad disputed.',
    58,
    { measure: 'killed' },
  ],
  [
    'a short aside without an opening word, then a passive verb',
    'Two more attackers, armed and trying to climb the wall, were shot dead by the guards.',
    2,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'right-node raising: the first member borrows the head noun of the next',
    'The strikes wrecked two division headquarters outside Kabul, plus one corps and one brigade headquarters further south.',
    1,
    { measure: 'targets' },
  ],
  [
    'the same with a plural member',
    'Two corps and four battalion headquarters were hit by the jets, the minister said.',
    2,
    { measure: 'targets' },
  ],
  [
    'a group whose members are told in brackets, then one more member, before the verb',
    'After the shelling, six pupils (three boys and three girls), and a teacher were buried on Monday, a relative said.',
    6,
    { measure: 'other' },
  ],
  [
    'the same shape with a harm verb: the group before the brackets',
    'In the raid, eight children (five boys and three girls), and two women were killed, the district chief said.',
    8,
    { measure: 'killed' },
  ],
  [
    'a member inside those brackets',
    'In the raid, eight children (five boys and three girls), and two women were killed, the district chief said.',
    5,
    { measure: 'killed' },
  ],
  [
    'a total whose members sit between dashes, then an intransitive verb',
    'At least 17 people – 13 villagers and four guards of the border force – lost their lives overnight.',
    17,
    { measure: 'killed', qualifier: 'at-least' },
  ],
  [
    'the first member between those dashes',
    'At least 17 people – 13 villagers and four guards of the border force – lost their lives overnight.',
    13,
    { measure: 'killed' },
  ],
  [
    'a passive after a dashed aside of members',
    'Twenty-one men — 16 labourers and five drivers — were detained at the crossing, police said.',
    21,
    { measure: 'captured' },
  ],
  [
    'a breakdown after a colon that goes on with "along with"',
    'A spokesman said the week of fighting caused 71 deaths: 9 Pakistani soldiers and four civilians, along with 18 Afghan soldiers and 40 Afghan civilians.',
    18,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'the last member of that breakdown',
    'A spokesman said the week of fighting caused 71 deaths: 9 Pakistani soldiers and four civilians, along with 18 Afghan soldiers and 40 Afghan civilians.',
    40,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a list member after the place the member before it came from',
    'The dead included four players from Sharana and six other villagers, the cricket board said.',
    6,
    { measure: 'killed' },
  ],
  [
    'a list member after a district the member before it came from',
    'Among those hurt in the shelling were two teachers from Barmal district and nine pupils.',
    9,
    { measure: 'wounded' },
  ],
  [
    'a bare count after a bracketed place of the member before it',
    'The strikes killed 37 (Paktika), 8 (Khost) and 2 (Kunar), the Taliban spokesman said.',
    8,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
];

describe('family 1: elliptical and listed counts', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a bracket that is no place lends no verb to the count after it', () => {
    const f = figureWith('The strikes killed 37 (a record), 8 days after the truce.', 8);
    expect(f?.measure).not.toBe('killed');
  });

  it('a place modifier followed by a new clause joins no list', () => {
    const f = figureWith(
      'The strike killed four players from Sharana while 30 families waited at the crossing.',
      30,
    );
    expect(f?.measure).not.toBe('killed');
  });

  it('keeps two counted groups with their own nouns apart', () => {
    const figs = extractFigures('Shelling killed nine soldiers and two children in the village.');
    expect(figs.map((f) => f.value)).toEqual([9, 2]);
    expect(figs[1]?.subject).not.toBe(figs[0]?.subject);
  });

  it('does not lend a noun across a sentence boundary', () => {
    const f = figureWith('The army destroyed 30 posts. Talks lasted 26 hours.', 26);
    expect(f?.measure).toBe('other');
  });

  it('does not make an equipment count a count of posts', () => {
    const f = figureWith('Nine posts, including four tanks, were destroyed.', 4);
    expect(f?.measure).toBe('other');
  });

  it('a bare count after a place phrase that is not parallel borrows nothing', () => {
    const f = figureWith(
      'Jets destroyed 6 posts in the valley north of the old town, 3 at the crossing.',
      3,
    );
    expect(f?.measure).not.toBe('posts');
  });

  it('a member that names its own kind does not borrow the next member’s noun', () => {
    const f = figureWith('The jets killed two soldiers and hit four battalion headquarters.', 2);
    expect(f?.measure).toBe('killed');
  });

  it('an aside followed by an active clause gives no verb', () => {
    const f = figureWith(
      'He met 12 elders, tribal chiefs from the valley, who spoke of the strike.',
      12,
    );
    expect(f?.measure).toBe('other');
  });

  it('a dash aside with a verb of its own is a clause, not members of the group', () => {
    const f = figureWith(
      'About 30 elders — the governor said 12 were detained — met at the crossing.',
      30,
    );
    expect(f?.measure).toBe('other');
  });

  it('a bracket that glosses the count, with no verb after it, lends nothing', () => {
    const f = figureWith('Nine villages (four of them near the border) lost power for a week.', 9);
    expect(f?.measure).not.toBe('killed');
  });

  it('a group that lost something is not a loss, while a group that lost its lives is', () => {
    expect(figureWith('Eleven families lost their farms to the shelling.', 11)?.measure).toBe(
      'other',
    );
    expect(figureWith('Eleven guards lost their lives in the shelling.', 11)?.measure).toBe(
      'killed',
    );
  });

  it('"along with" after a count with a different kind of thing does not lend the loss', () => {
    const f = figureWith('The strikes killed 14 fighters, along with 6 trucks of fuel.', 6);
    expect(f?.measure).toBe('other');
  });

  it('does not share a verb with a number in another clause', () => {
    const f = figureWith('Fighting raged for 3 days; later 40 fighters were killed.', 3);
    expect(f?.measure).toBe('other');
  });
});

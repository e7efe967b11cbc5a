/**
 * Members of a counted group ("including five boys", "nine children (five
 * boys and four girls)") take the group's measure, and its side unless they
 * name their own; a bracket or "alongside" between a count and its verb does
 * not hide the verb.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'members after "comprising"',
    'Kabul said the strike killed 11 villagers, comprising six boys and five girls.',
    6,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'members after "consisting of"',
    'Shells wounded 14 people in Kunar, consisting of eight women and six children.',
    8,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'a bracket of members between the head count and its verb',
    'Local officials in Paktika said eleven children (six boys and five girls) and two women were killed when the house was hit.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'the first member inside the bracket takes the head count’s measure and side',
    'Local officials in Paktika said eleven children (six boys and five girls) and two women were killed when the house was hit.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'the last member inside the bracket too',
    'Local officials in Paktika said eleven children (six boys and five girls) and two women were killed when the house was hit.',
    5,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'square brackets work the same way',
    'Eight Afghan civilians [three men and five children] died in the shelling.',
    3,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a list of members after "including" keeps the measure to its last member',
    'The bombardment killed 14 Afghan civilians, including six boys and three girls.',
    3,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a member of a force count is on that force’s side',
    'Pakistani troops killed nine Afghan soldiers, including three senior commanders, in the clash.',
    3,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a bracket of names does not hide the verb of the count before it',
    'Two players (Farid, Nasir) alongside four other villagers were killed in the strike, residents said.',
    2,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'a bracketed acronym inside the second member of a list',
    'At least 11 Pakistani soldiers and more than 70 Tehrik-i-Taliban Pakistan (TTP) fighters died, the military said.',
    11,
    { measure: 'killed', subject: 'pakistani-forces', qualifier: 'at-least' },
  ],
  [
    'a sentence that opens by pointing back names members of the last count before it',
    'Taliban officials said their forces had seized 12 Pakistani posts. These include four positions near the crossing.',
    4,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'members named after "the dead included" take the earlier count’s measure and side',
    'At least 9 civilians died in the night raid on Paktika, provincial officials said. The dead included three boys and two girls.',
    2,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a list member followed by a place phrase still shares the verb after it',
    'Two players (Farid, Nasir) alongside four other villagers from the valley were killed in the strike, residents said.',
    2,
    { measure: 'killed' },
  ],
  [
    'a "that" clause whose short subject points back names members too',
    'Eleven civilians were killed in the shelling of Kunar, the governor said. Residents buried them at dawn. He gave details, saying that the victims included six boys and a woman.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    '"others" that include another kind are people, not the head’s group',
    'The raid killed four Pakistani border guards and injured at least six others, including villagers, near the gate.',
    6,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'members of a family are civilians, not members of a force',
    'Shelling in Kunar killed 31 people, with a single household losing 9 members.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'the Taliban counted with the TTP as affiliates are Afghan forces',
    'At least 6 Pakistani soldiers and over 95 Taliban and Tehrik-i-Taliban Pakistan (TTP) fighters died overnight, the military said.',
    95,
    { measure: 'killed', subject: 'afghan-forces', qualifier: 'more-than' },
  ],
  [
    'a sentence opening "Among them were" names members of the count before it',
    'At least 14 Afghan civilians died in the Paktika raid. Among them were 6 children.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a part after "of them" takes the kind the words after it name',
    'Shelling in Kunar killed 19 people on Tuesday, 12 of them civilians, the governor said.',
    12,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'a part after "of whom" takes the kind its predicate names',
    'Mortar fire on Dangam in Kunar killed 14 people, eight of whom were civilians, the governor said.',
    8,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'a part after "of them" named as soldiers',
    'The ISPR said 15 people were killed in Kurram, six of them soldiers.',
    6,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'the count a member is "among" is the whole group, of no one kind',
    'Four policemen among 15 killed as shells hit Chaman market',
    15,
    { measure: 'killed', subject: 'people' },
  ],
];

describe('group members inherit from their head count', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it("a kind named past the part's own clause does not name the part", () => {
    const f = figureWith(
      'The shelling killed 19 people, 12 of them in Dangam, where soldiers were posted.',
      12,
    );
    expect(f?.subject).toBe('people');
  });

  it('a bare count after another with no "among" between still continues it', () => {
    const f = figureWith('Afghan shelling killed four policemen in Chaman, 15 in all.', 15);
    expect(f?.subject).not.toBe('people');
  });

  it('a member that names its own side keeps it', () => {
    const f = figureWith(
      'The clash killed 20 Afghan fighters, including three Pakistani soldiers, officials said.',
      3,
    );
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('a sentence two sentences on does not point back', () => {
    const f = figureWith(
      'Troops seized 12 posts. The talks then resumed. These include 4 proposals on trade.',
      4,
    );
    expect(f?.measure).toBe('other');
  });

  it('"others" that include members of the same kind keep the head’s group', () => {
    const f = figureWith(
      'Taliban fighters killed four Pakistani soldiers and injured six others, including two officers.',
      6,
    );
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('members of a unit stay with the force', () => {
    const f = figureWith('The army said 7 members of its border unit were killed.', 7);
    expect(f?.subject).not.toMatch(/civilians/);
  });

  it('the TTP named on their own stay militants, whatever their name’s last word', () => {
    const f = figureWith('Troops killed 40 Tehrik-i-Taliban Pakistan fighters in Bajaur.', 40);
    expect(f?.subject).toBe('militants');
  });

  it('"Among the attackers were" points at another group, not the count before', () => {
    const f = figureWith(
      'Troops killed 9 Afghan soldiers. Among the attackers were 3 commanders.',
      3,
    );
    expect(f?.measure).toBe('other');
  });

  it('a bracket that is not right after a count makes no members', () => {
    const figs = extractFigures(
      'Nine soldiers were killed. The district (population 40,000) is remote.',
    );
    expect(figs.find((f) => f.value === 40000)?.measure).toBe('other');
  });

  it('a bracketed count after a non-casualty figure stays other', () => {
    const f = figureWith('The talks lasted 13 hours (from 4 pm) in Doha.', 13);
    expect(f?.measure).toBe('other');
  });

  it('a count in brackets after a killed count, but with its own verb, keeps that verb', () => {
    const f = figureWith(
      'Twelve soldiers died (four more were wounded) in the ambush near the border.',
      4,
    );
    expect(f?.measure).toBe('wounded');
  });
});

/**
 * Family 2: "others" after a group and its members ("killing 10 people, including three
 * players, while 12 others were hurt") are further people of the group, not of the members'
 * kind; a count still in the members' list is one of them.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'others after a group of people and its members are people',
    'The overnight raid on a village in Khost killed 9 people, including four footballers, while 15 others were hurt.',
    15,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'others after "including children" stay people, not civilians of no side',
    'At least seven people, including three children, died and eleven others were injured when shells hit the market.',
    11,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'others after a group of civilians are the same civilians',
    'Pakistani jets killed 12 Afghan civilians in Paktika, including five women, and 20 others were wounded, Kabul said.',
    20,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a member still in the members list keeps the members kind',
    'A mortar round killed six people in Chaman, including two boys and three girls.',
    3,
    { measure: 'killed', subject: 'pakistani-civilians' },
  ],
  [
    'others with no members before them take the count just before',
    'The shelling killed four Pakistani soldiers and wounded nine others near the crossing.',
    9,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
];

describe('family 2: others after a group and its members', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

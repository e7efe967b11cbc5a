/**
 * Family 2: bare "members" after a family named earlier in their clause ("a household of 15 was
 * hit, killing 11 members") are the family's, so civilians; a force or armed group named after
 * the family is whose members they are.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const CASES: [string, string, number, Want][] = [
  [
    'members of a family named several words before',
    'Officials in Nangarhar said a family of 15 was hit in the raid, killing 11 members.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'negative: members of an armed group named after the family stay the group’s',
    'After the attack on a family in Bannu, troops killed 12 members of an outlawed group.',
    12,
    { measure: 'killed', subject: 'militants' },
  ],
];

describe('family 2: members of a family named before them', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

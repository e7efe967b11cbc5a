/**
 * Family 2: "people" followed by an apposition that counts every one of them as a civilian
 * ("seven people, four children and three women, were killed") are civilians, placed where they
 * were hit; an apposition that names only some ("mostly children") or mixes in soldiers leaves
 * them people.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'members after "including" that add up to the whole, all civilians',
    'Kabul said the strikes in Khost killed nine people, including four women and five children.',
    9,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'an apposition of civilian counts that closes before the verb',
    'At least seven people, four children and three women, died in eastern Afghanistan when mortars hit their homes.',
    7,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'numbers in digits, one member',
    'Officials said 5 people, 5 schoolboys, were hurt in Bajaur when the shell landed.',
    5,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
  [
    'a place before "when" is not the agent of the attack after it',
    'Four children died in the east of Afghanistan, officials said, after mortars hit homes in the night.',
    4,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'members that do not add up to the whole name only some of them',
    'Kabul said the strikes in Khost killed 12 people, including four women and five children.',
    12,
    { subject: 'people' },
  ],
  [
    'members of both kinds adding up to the whole',
    'Kabul said the strikes in Khost killed nine people, including four women and five guards.',
    9,
    { subject: 'people' },
  ],
  [
    'an apposition that names only some keeps people',
    'At least seven people, mostly children, died in eastern Afghanistan when mortars hit their homes.',
    7,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'an apposition that mixes in soldiers keeps people',
    'Nine people, six soldiers and three children, were killed in Kurram.',
    9,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'a comma that opens a new clause is no apposition',
    'The strike killed seven people, and children were among those hurt, officials in Khost said.',
    7,
    { measure: 'killed', subject: 'people' },
  ],
];

describe('family 2: people counted as civilians by an apposition', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

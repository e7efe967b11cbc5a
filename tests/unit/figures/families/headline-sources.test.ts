/**
 * Family 4, headlines that lead with their source ("UNAMA: …") or close with it after a spaced
 * dash ("… - reports"), beside datelines and countries that are not sources. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { expectFigure } from './family-table';

const CASES: [
  string,
  string,
  number,
  { claimant: 'un' | 'other' | 'pakistan' | 'afghanistan' | null },
][] = [
  [
    'a source before the colon speaks for the headline',
    'UNAMA: Shelling Hurts 300 Civilians in Two Weeks',
    300,
    { claimant: 'un' },
  ],
  [
    'negative: a dateline is not a source',
    'KABUL: 12 people died in the shelling.',
    12,
    { claimant: null },
  ],
  [
    'negative: a country before a colon is not a source',
    'Pakistan: 9 soldiers killed near the border',
    9,
    { claimant: null },
  ],
  [
    'negative: a dateline after a sourced headline does not inherit it',
    'UNAMA: Shelling Hurts 300 Civilians\n\nISLAMABAD: Forces killed 30 militants.',
    30,
    { claimant: null },
  ],
  [
    'a headline names its source after a spaced dash',
    'Night Raid on Border Villages Leaves 19 Dead - Reports',
    19,
    { claimant: 'other' },
  ],
  [
    'a party after an em dash',
    'Nine Attackers Killed at Kurram Post \u2014 ISPR',
    9,
    { claimant: 'pakistan' },
  ],
  [
    'a country after the dash is a place, not a source',
    'Trade Halts as 700 Lorries Queue at Crossing - Pakistan',
    700,
    { claimant: null },
  ],
  [
    'a dash in a full body sentence opens an aside, not a source',
    'Eleven people died in the shelling - reports from the valley were slow to arrive.',
    11,
    { claimant: null },
  ],
  [
    'a source after the colon, with where it sits',
    '‘Our Side Lost 7 Men’: Taliban Commander in Spin Boldak',
    7,
    { claimant: 'afghanistan' },
  ],
  [
    'a source after the colon, placed in a Pakistani district',
    '6 Soldiers Martyred in Night Attack: Police Chief in North Waziristan',
    6,
    { claimant: 'pakistan' },
  ],
  [
    'negative: a long tail after the colon, place and all, is no source',
    'Shelling Goes On: 8 Families Flee Their Homes for Camps Run in Parachinar',
    8,
    { claimant: null },
  ],
];

describe('family 4: headline sources', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

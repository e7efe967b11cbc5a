/**
 * Family 4, "according to <Name>, <role>,": a name the actor list does not know takes the party
 * of its role, and "he" later refers to that person. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { expectFigure } from './family-table';

const CASES: [string, string, number, { claimant: 'pakistan' | 'afghanistan' | null }][] = [
  [
    'an unknown name takes its role’s party',
    'According to Sara Qureshi, spokesperson for Pakistan’s prime minister, strikes destroyed 31 posts.',
    31,
    { claimant: 'pakistan' },
  ],
  [
    '"he" after that name refers to it, not to an earlier speaker',
    'Mujahid said 19 posts were taken.\n\nAccording to Bilal Hashmi, adviser to Pakistan’s interior minister, strikes hit 31 posts. He further claimed 70 tanks were destroyed.',
    70,
    { claimant: 'pakistan' },
  ],
  [
    'a role with no article after the name, then "according to" the surname',
    'Nasir Omari, spokesperson for the Taliban interior ministry, blamed Pakistani troops.\n\nAccording to Omari, four civilians were killed.',
    4,
    { claimant: 'afghanistan' },
  ],
  [
    'negative: a role that names no party leaves the name unattributed',
    'According to Sara Qureshi, a retired schoolteacher, 31 houses were damaged.',
    31,
    { claimant: null },
  ],
];

describe('family 4: appositive speakers', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

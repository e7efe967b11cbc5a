/**
 * A military site taken on the ground is a post, one struck a target (the contract: posts are
 * positions seized or captured, targets are camps, hideouts or sites struck). Beside them, sites
 * struck from the air, and camps and hideouts, which stay targets whatever the verb. Every
 * sentence was written for this test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const CASES: [string, string, number, Want][] = [
  [
    'installations seized are posts',
    'Mujahid said his forces seized four Pakistani military installations.',
    4,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'locations captured are posts',
    'The army said it captured six locations held by the Taliban.',
    6,
    { measure: 'posts' },
  ],
  [
    'a base captured is a post',
    'Afghan fighters captured two bases near the line, Kabul said.',
    2,
    { measure: 'posts' },
  ],
  [
    'sites that "have been taken" are captured, so posts',
    'The spokesman said nine Taliban installations have been taken so far.',
    9,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'the rest of those sites destroyed after them stay posts',
    'He said nine Taliban installations have been taken and eleven have been destroyed.',
    11,
    { measure: 'posts' },
  ],
  [
    'soldiers "taken into custody" are captured',
    'Kabul said 16 Pakistani soldiers had been taken into custody near the line.',
    16,
    { measure: 'captured', subject: 'pakistani-forces' },
  ],
  [
    'soldiers "taken as prisoners" are captured',
    'Four Afghan border guards were taken as prisoners, the army said.',
    4,
    { measure: 'captured', subject: 'afghan-forces' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'installations struck stay targets',
    'Pakistani jets struck four Taliban installations overnight.',
    4,
    { measure: 'targets' },
  ],
  [
    'hideouts captured stay targets',
    'The army said it overran 19 posts and captured several militant hideouts.',
    3,
    { measure: 'targets' },
  ],
  [
    'camps captured stay targets',
    'Troops captured five camps of the outlawed group.',
    5,
    { measure: 'targets', subject: 'militants' },
  ],
  [
    'people "taken to" hospital are not captured',
    'Fourteen people were taken to hospital after the shells hit the market.',
    14,
    { measure: 'wounded' },
  ],
  [
    'sites hit keep their own verb, not a "taken" in a clause about them',
    'Jets hit six installations that had been taken over by fighters.',
    6,
    { measure: 'targets' },
  ],
];

describe('sites captured or struck', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

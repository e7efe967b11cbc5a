/**
 * Families: a loss joined to the other loss ("deaths and injuries", "the killing and wounding of")
 * counts casualties, unless the second has a count of its own; a count after a verb of its own
 * keeps that verb though it borrows the noun before it ("caused 12 deaths and wounded 36 others");
 * posts online ("social media posts", "posts on X") are messages, not military posts.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a vague count of deaths and injuries',
    'Kabul said the shelling of Dand-e-Patan caused dozens of deaths and injuries among villagers.',
    24,
    { measure: 'casualties' },
  ],
  [
    'the deaths and injuries of a count',
    'The mortar rounds led to the deaths and injuries of nine shepherds near the fence.',
    9,
    { measure: 'casualties' },
  ],
  [
    'the killing and wounding of a count',
    'Residents blamed the drone for the killing and wounding of 14 farm workers.',
    14,
    { measure: 'casualties' },
  ],
  [
    'a borrowed count after a verb of its own',
    'The car bomb, which caused 15 deaths and wounded 41 others, was claimed by a splinter group.',
    41,
    { measure: 'wounded' },
  ],
  [
    'posts on social media',
    'Several unverified social media posts said the garrison had fallen.',
    3,
    { measure: 'other' },
  ],
  [
    'posts on X',
    'The ministry put out four posts on X about the raids overnight.',
    4,
    { measure: 'other' },
  ],
];

describe('families: loss pairs and online posts', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: a death count followed by injuries with their own count stays deaths', () => {
    expect(
      figureWith('The blast caused 15 deaths and injuries to 41 others near the market.', 15)
        ?.measure,
    ).toBe('killed');
  });

  it('negative: posts taken on the ground are posts', () => {
    expect(figureWith('Afghan forces said they took four posts on the ridge.', 4)?.measure).toBe(
      'posts',
    );
  });
});

/**
 * Numbers that sit in a writer's byline or in an idiom rather than counting
 * anything the fighting did: a career length, a page's "updated … sec
 * ago" stamp and "the two brotherly nations". Beside each, the same shape that still counts.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('byline and idiom counts', () => {
  it.each([
    [
      'a career length in a byline',
      'The reporter has 14 years of experience covering the frontier.',
      14,
    ],
    [
      'a career length with a field named',
      'She joined the desk in 2019, bringing 11 years of newsroom experience.',
      11,
    ],
    ['a page stamp in seconds', 'Updated 4 min 37 sec ago. Troops held the ridge.', 37],
    [
      'the two parties as brothers',
      'Qatar offered to host the two brotherly nations for talks.',
      2,
    ],
  ])('%s', (_name, text, value) => {
    expect(values(text)).not.toContain(value);
  });

  it.each([
    ['a duration of fighting', 'The siege of the post lasted 14 years of intermittent raids.', 14],
    ['a truce length', 'The sides extended the truce by 11 days.', 11],
    ['a duration in seconds', 'The barrage lasted 90 seconds, the army said.', 90],
    ['two counted brigades', 'Two brigades were moved to the frontier.', 2],
  ])('negative: %s stays a figure', (_name, text, value) => {
    expect(values(text)).toContain(value);
  });
});

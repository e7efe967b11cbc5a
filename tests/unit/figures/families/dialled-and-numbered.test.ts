/**
 * Numbers that dial or name rather than count: telephone numbers (a leading
 * zero, seven digits after an area code), numbers after "call", "dial",
 * "helpline" or "hotline", a numbered round of talks ("round 3") and the
 * idiom "a day or two"; beside
 * them, counts that look alike stay figures. Every sentence was written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure } from './family-table';

const NOT_FIGURES: [string, string][] = [
  ['a mobile number with a leading zero', 'Families can reach the camp office on 0345-7654321.'],
  ['a landline after a bracketed area code', 'Relatives were told to ring (091) 9212345 for news.'],
  ['an international number', 'The embassy listed +93 20 2101234 for stranded travellers.'],
  ['a number after "call"', 'Residents were asked to call 115 in an emergency.'],
  ['a helpline number', 'The provincial helpline 1700 took reports of shelling.'],
  ['a numbered round of talks', 'Delegates will meet again in round 4 next week.'],
  ['the idiom "a day or two"', 'Traders hope the gate reopens in a day or two.'],
  ['the idiom in quotes', 'The army said only a “round or two” landed across the line.'],
];

describe('numbers that dial or name are no figures', () => {
  it.each(NOT_FIGURES)('%s', (_name, text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it('negative: a count with separators stays a figure', () => {
    expectFigure('Officials said 1,250,000 people had fled the border districts.', 1250000, {
      measure: 'other',
    });
  });

  it('negative: "a soldier or two civilians" still counts the civilians', () => {
    expectFigure('Witnesses said the blast hurt a guard or two civilians.', 2, {
      measure: 'wounded',
    });
  });

  it('negative: rounds fired are a count', () => {
    expectFigure('Guards said the Afghan side fired 300 rounds at the post.', 300, {
      measure: 'other',
    });
  });

  it('negative: a count after a clock time stays a figure', () => {
    expectFigure('The shells landed at 0400 GMT, killing 9 villagers.', 9, { measure: 'killed' });
  });
});

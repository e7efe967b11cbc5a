import { describe, expect, it } from 'vitest';
import { isBackgroundFigure } from '../../../lib/compare/is-background-figure';

function at(sentence: string, figure: string) {
  return { sentence, start: sentence.indexOf(figure), sentenceStart: 0 };
}

describe('isBackgroundFigure', () => {
  it.each([
    [
      'Tensions have simmered since October, when the army said 23 soldiers died.',
      '23 soldiers',
      true,
    ],
    ['Fighting in October killed more than 70 people.', 'more than 70', true],
    ['The clashes killed more than 70 people in October.', 'more than 70', true],
    ['Pakistan said 12 soldiers died in the worst fighting since October.', '12 soldiers', false],
    ['Pakistan said 12 soldiers died on Thursday.', '12 soldiers', false],
    ['On February 26, Afghan forces attacked and 12 soldiers died.', '12 soldiers', false],
    ['A similar raid last year killed 30 soldiers.', '30 soldiers', true],
    ['Officials may say 12 soldiers died.', '12 soldiers', false],
    ['The TTP has killed hundreds of soldiers and police this year.', 'hundreds', true],
    ['Attacks since 2021 have killed 300 soldiers.', '300 soldiers', true],
  ])('%s → %s', (sentence, figure, expected) => {
    expect(isBackgroundFigure(at(sentence, figure), '2026-02-26', '2026-02-27')).toBe(expected);
  });

  it('cannot tell without dates', () => {
    expect(isBackgroundFigure(at('In October 23 soldiers died.', '23 soldiers'), null, null)).toBe(
      false,
    );
  });
});

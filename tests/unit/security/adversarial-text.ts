/**
 * Hostile inputs shared by the fuzz tests: long runs that make naive
 * regular expressions or look-ahead loops go quadratic, and fast-check
 * arbitraries that mix number-shaped tokens with noise and full Unicode.
 * Sizes are 200k characters: a long article is 30k, so this is far beyond
 * anything real, and a test that completes within vitest's default timeout
 * is the bound (no timing assertions: they flake on busy machines).
 */
import fc from 'fast-check';

export const BIG = 200_000;

const fill = (unit: string, size = BIG) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** [label, text] pairs of 200k hostile characters. */
export const ADVERSARIAL_TEXTS: readonly (readonly [string, string])[] = Object.freeze([
  ['one run of digits', fill('7')],
  ['digits and commas', fill('1,')],
  ['digit groups with spaces', fill('1 000 ')],
  ['digits and hyphens', fill('12-')],
  ['en dashes between digits', fill('4\u20135 ')],
  ['spaces only', fill(' ')],
  ['commas only', fill(',')],
  ['hyphens only', fill('-')],
  ['"at least" repeated', fill('at least ')],
  [
    'qualifiers stacked before one number',
    fill('at least more than nearly up to ', BIG - 4) + ' 12 ',
  ],
  ['number words without end', fill('twenty-three hundred and ')],
  ['vague words', fill('dozens of hundreds of scores of ')],
  ['nested quotes', fill('"\u201c\'\u2018') + ' 5 killed ' + fill('\u2019\'\u201d"', 1000)],
  ['an unclosed quote before figures', '\u201c' + fill('12 soldiers were killed, he said, ')],
  [
    'one sentence, no full stop',
    fill('Taliban forces said 12 soldiers were killed and 30 others wounded and '),
  ],
  ['speakers without end', fill('according to officials according to the military said ISPR ')],
  ['ranges of ranges', fill('between 40 and 50 to 60-70 ')],
  ['decimal points', fill('1.')],
  ['Arabic-Indic digits', fill('\u0661\u0662\u0663,')],
  ['full-width digits', fill('\uFF11\uFF12 ')],
  ['surrogate pairs and combining marks', fill('\uD83D\uDCA5 1\u0301 ')],
  ['newlines and paragraph breaks', fill('12\n\n')],
]);

/** Tokens that exercise number, qualifier, unit, speaker and quote handling. */
export const NUMBER_TOKENS = Object.freeze([
  '0',
  '1',
  '12',
  '274',
  '2,575',
  '1 600',
  '1.5',
  '40-50',
  '40\u201350',
  'between',
  'and',
  'to',
  'at least',
  'more than',
  'over',
  'upwards of',
  'nearly',
  'about',
  'up to',
  'fewer than',
  'no fewer than',
  'dozens',
  'scores',
  'hundreds',
  'several',
  'thirteen',
  'twenty-three',
  'one hundred and twelve',
  'million',
  'km',
  '-kilometre',
  '-hour',
  'percent',
  '%',
  'killed',
  'wounded',
  'injured',
  'captured',
  'missing',
  'soldiers',
  'civilians',
  'Taliban',
  'Pakistani',
  'Afghan',
  'posts',
  'said',
  'according to',
  'ISPR',
  'Zabihullah Mujahid',
  '"',
  '\u201c',
  '\u201d',
  "'",
  '(',
  ')',
  ',',
  '.',
  '. ',
  '\n',
  ' ',
  '  ',
  '-',
  '\u2013',
  '2026',
  'February 27',
  '10:30',
  'second',
  '4 min read',
  '\u00a0',
  '\u200f',
  '\uFF15',
]);

/** A text of tokens and arbitrary Unicode, joined with or without spaces. */
export const hostileText = (maxTokens = 80): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...NUMBER_TOKENS) },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
        ),
        { maxLength: maxTokens },
      ),
      fc.constantFrom('', ' '),
    )
    .map(([parts, sep]) => parts.join(sep));

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../../lib/figures/split-sentences';

const split = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    [
      'titles',
      'Lt. Gen. Ahmed Sharif Chaudhry spoke first. Mr. Mujahid replied.',
      ['Lt. Gen. Ahmed Sharif Chaudhry spoke first.', 'Mr. Mujahid replied.'],
    ],
    [
      'dotted acronyms',
      'The U.N. urged calm. The T.T.P. did not comment.',
      ['The U.N. urged calm.', 'The T.T.P. did not comment.'],
    ],
    [
      'month abbreviations',
      'The strikes began on Feb. 27 at night. More followed.',
      ['The strikes began on Feb. 27 at night.', 'More followed.'],
    ],
    [
      'decimals',
      'Some 1.5 million people fled. Aid arrived later.',
      ['Some 1.5 million people fled.', 'Aid arrived later.'],
    ],
    [
      'closing quotes',
      '\u201cWe will respond.\u201d The minister left.',
      ['\u201cWe will respond.\u201d', 'The minister left.'],
    ],
    [
      'a clock time before its time zone',
      'Shelling resumed at 4 p.m. GMT near the crossing, officials said. Two died.',
      ['Shelling resumed at 4 p.m. GMT near the crossing, officials said.', 'Two died.'],
    ],
    [
      'a clock time ending a sentence',
      'Shelling resumed at 4 p.m. Two soldiers died, officials said at 9 a.m. PKT on Monday.',
      ['Shelling resumed at 4 p.m.', 'Two soldiers died, officials said at 9 a.m. PKT on Monday.'],
    ],
    [
      'question and exclamation',
      'Who fired first? Nobody knows!',
      ['Who fired first?', 'Nobody knows!'],
    ],
    [
      'line breaks',
      'First paragraph without a stop\n\nSecond paragraph.',
      ['First paragraph without a stop', 'Second paragraph.'],
    ],
    [
      'lower-case after a period',
      'He cited approx. twelve cases. Then he left.',
      ['He cited approx. twelve cases.', 'Then he left.'],
    ],
    [
      'sentence starting with a number',
      'Fighting resumed. 12 soldiers died.',
      ['Fighting resumed.', '12 soldiers died.'],
    ],
  ])('%s', (_name, text, want) => {
    expect(split(text)).toEqual(want);
  });

  it('returns ordered, non-overlapping, trimmed spans for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

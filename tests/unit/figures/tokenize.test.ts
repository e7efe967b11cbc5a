import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../../lib/figures/tokenize';

describe('tokenize', () => {
  it.each([
    ['at least 274', ['word', 'space', 'word', 'space', 'digits']],
    ["Pakistan's 2,575-km", ['word', 'space', 'digits', 'punct', 'digits', 'punct', 'word']],
    ['António Guterres', ['word', 'space', 'word']],
  ])('%s', (text, types) => {
    expect(tokenize(text).map((t) => t.type)).toEqual(types);
  });

  it('covers the text exactly, in order, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const toks = tokenize(text);
        expect(toks.map((t) => t.text).join('')).toBe(text);
        let at = 0;
        for (const t of toks) {
          expect(t.start).toBe(at);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          at = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

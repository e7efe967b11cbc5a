import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../lib/figures/parse-number';

/** Bytes from a seeded generator (mulberry32): the same 'random' codes on every run. */
function seededBytes(seed: number, n: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const texts = (s: string) => findNumbers(s).map((n) => [n.text, n.value]);

describe('findNumbers reads no figures inside codes (base64, hashes, ids)', () => {
  it.each([
    // A number glued through '/', '+' or '=' to letters is a piece of a code.
    ['tokens zK3/9K+b7Tq follow', []],
    ['line\nyyrX/96/lhh17Es\nnext', []],
    ['ImeuoQz/3b+Oq+5lSk1Nl', []],
    ['the key was 26+VlW2ww here', []],
    ['0L410aB\n7T/VxlVLQU', []],
    ['value hfDr4+49M 8/+8IogL5 end', []],
    ['chunk 5b/4ruzpA next', []],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    // Prose forms that look alike read as before.
    ['a 9K run', [['9K', 9000]]],
    ['9K+ readers', [['9K+', 9000]]],
    ['over 9K+ readers', [['over 9K', 9000]]],
    ['a $3bn. deal', [['$3bn', 3e9]]],
    ['400+ troops', [['400+', 400]]],
    ['50km-60km away', [['50km-60km', 50]]],
    ['1/3 of them', [['1/3', 1 / 3]]],
  ])('keeps %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('finds nothing in random base64 (wrapped at 76 columns or in one line)', () => {
    for (let seed = 0; seed < 40; seed++) {
      const b64 = seededBytes(seed, 20_000).toString('base64');
      const wrapped = b64.replace(/.{76}/g, '$&\n');
      expect(findNumbers(wrapped)).toEqual([]);
      expect(findNumbers(b64)).toEqual([]);
    }
  });

  it('finds nothing in hex digests', () => {
    const hex = seededBytes(7, 4_000).toString('hex').replace(/.{64}/g, '$& ');
    expect(findNumbers(hex)).toEqual([]);
  });

  it('reads no number word inside a code', () => {
    expect(texts('u6Xb1xC+TEN5QCF0jW4 and ten more')).toEqual([['ten', 10]]);
  });

  it('reads F-16s and A320neo as identifiers, as before', () => {
    expect(texts('two F-16s and an A320neo')).toEqual([['two', 2]]);
  });
});

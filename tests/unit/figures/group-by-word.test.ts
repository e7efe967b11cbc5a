import { describe, expect, it } from 'vitest';
import { groupByWord } from '../../../lib/figures/group-by-word';

describe('groupByWord', () => {
  const phrases = [
    ['lost', 'their', 'lives'],
    ['taken', 'prisoner'],
    ['killed'],
    ['were', 'killed'],
  ];
  const last = (p: readonly string[]): string => p[p.length - 1]!;

  it('groups by the chosen word and keeps the original order within a group', () => {
    const byLast = groupByWord(phrases, last);
    expect(byLast.get('killed')).toEqual([['killed'], ['were', 'killed']]);
    expect(byLast.get('lives')).toEqual([['lost', 'their', 'lives']]);
    expect(groupByWord(phrases, (p) => p[0]!).get('were')).toEqual([['were', 'killed']]);
  });

  it('has no group for a word no phrase has there, and none for inherited names', () => {
    const byLast = groupByWord(phrases, last);
    expect(byLast.get('their')).toBeUndefined();
    expect(byLast.get('constructor')).toBeUndefined();
    expect(groupByWord([], last).size).toBe(0);
  });

  it('keeps the same items as the input, each once', () => {
    const groups = [...groupByWord(phrases, last).values()].flat();
    expect(groups).toHaveLength(phrases.length);
    expect(new Set(groups)).toEqual(new Set(phrases));
  });
});

import { describe, expect, it } from 'vitest';
import Fuse, { type IFuseOptions } from 'fuse.js';
import { COMPARE_CONFIG } from '../../../lib/compare/config';
import { fuseScores } from '../../../lib/compare/fuse-scores';

interface Doc {
  title: string;
  signals: string[];
}

const doc = (title: string, signals: string[] = []): Doc => ({ title, signals });

/** What Fuse gives over the whole pool at once, as matching did before the memo. */
function plain(pool: readonly Doc[], query: string): Map<Doc, number> {
  const options = COMPARE_CONFIG.match.fuse as unknown as IFuseOptions<Doc>;
  const out = new Map<Doc, number>();
  for (const r of new Fuse(pool, options).search(query)) out.set(r.item, r.score!);
  return out;
}

const pool = [
  doc('Strikes hit border posts near Torkham overnight', ['Torkham', 'Taliban']),
  doc('Talks in Doha end without a ceasefire', ['Doha']),
  doc('Cricket board names a new captain'),
  doc('Border crossing reopens for trucks', ['Torkham']),
  doc('Talks in Doha end without a ceasefire', ['Doha']),
];
const query = "'torkham | 'strikes | 'border";

describe('fuseScores', () => {
  it('gives each record the score Fuse gives it over the whole pool, and none to a non-match', () => {
    const scores = fuseScores(pool, query);
    expect(scores).toEqual(plain(pool, query));
    expect(scores.has(pool[2]!)).toBe(false);
  });

  it('gives the same scores when asked again with a pool that grew, shrank or is new', () => {
    fuseScores(pool, query);
    const next = [pool[3]!, doc('Strikes on Torkham again', ['Torkham']), pool[0]!];
    expect(fuseScores(next, query)).toEqual(plain(next, query));
    const other = "'doha | 'ceasefire";
    expect(fuseScores(pool, other)).toEqual(plain(pool, other));
    expect(fuseScores(pool, query)).toEqual(plain(pool, query));
  });

  it('scores a changed title afresh (records are remembered by their text, not by identity)', () => {
    const first = doc('Cricket board names a new captain');
    expect(fuseScores([first], query).size).toBe(0);
    const renamed = { ...first, title: 'Border strikes near Torkham' };
    expect(fuseScores([renamed], query)).toEqual(plain([renamed], query));
    expect(fuseScores([renamed], query).size).toBe(1);
  });

  it('stays right when many queries are asked in turn', () => {
    for (let i = 0; i < COMPARE_CONFIG.match.memoQueries + 3; i++)
      expect(fuseScores(pool, `'torkham | 'word${i}`)).toEqual(plain(pool, `'torkham | 'word${i}`));
    expect(fuseScores(pool, query)).toEqual(plain(pool, query));
  });
});

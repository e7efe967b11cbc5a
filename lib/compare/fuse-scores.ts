/**
 * Fuse scores of reports against a query, remembered. Fuse scores each
 * record on its own (its title and signals against the query; no statistic
 * of the collection enters), so a score computed once holds for the same
 * title and signals in any later pool. The popup asks again whenever the
 * store changed, mostly with the same few hundred candidates of the
 * episode: only the reports not seen with this query are searched.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Report } from '../types';
import { COMPARE_CONFIG } from './config';

type Scored = Pick<Report, 'title' | 'signals'>;

/** Per query: a record's text → its Fuse score, or null when it does not match. */
const memo = new Map<string, Map<string, number | null>>();

/** What Fuse reads of a record (the keys in COMPARE_CONFIG.match.fuse). */
const textKey = (r: Scored): string => `${r.title}\u0000${r.signals.join('\u0001')}`;

/** The map for a query, newest last; the oldest queries are forgotten. */
function scoresOf(query: string): Map<string, number | null> {
  let scores = memo.get(query);
  if (scores) memo.delete(query);
  else scores = new Map();
  memo.set(query, scores);
  while (memo.size > COMPARE_CONFIG.match.memoQueries) memo.delete(memo.keys().next().value!);
  return scores;
}

/**
 * Each record's Fuse score for `query` (lower is closer; missing when it
 * does not match), exactly as `new Fuse(records, options).search(query)`
 * gives it.
 *
 * @example const scores = fuseScores(pool, "'kabul | 'strikes"); scores.get(pool[0])
 */
export function fuseScores<R extends Scored>(records: readonly R[], query: string): Map<R, number> {
  const scores = scoresOf(query);
  // One record per text: duplicates are searched once.
  const keys = records.map(textKey);
  const fresh = new Map<string, R>();
  records.forEach((r, i) => {
    if (!scores.has(keys[i]!)) fresh.set(keys[i]!, r);
  });
  if (fresh.size > 0) {
    if (scores.size + fresh.size > COMPARE_CONFIG.match.memoRecords) scores.clear();
    const options = COMPARE_CONFIG.match.fuse as unknown as IFuseOptions<R>;
    const found = new Map<R, number>();
    for (const r of new Fuse([...fresh.values()], options).search(query))
      if (r.score !== undefined) found.set(r.item, r.score);
    for (const [key, r] of fresh) scores.set(key, found.get(r) ?? null);
  }
  const out = new Map<R, number>();
  records.forEach((r, i) => {
    const score = scores.get(keys[i]!);
    if (score !== null && score !== undefined) out.set(r, score);
  });
  return out;
}

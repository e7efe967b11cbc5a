/**
 * Attribution across the whole text: a headline, bullet or summary line often
 * restates a count that the body attributes ("23 soldiers martyred, 200
 * Taliban killed" above "…, the military said"). An unattributed figure that
 * restates an attributed one (same measure, subject and value) takes that
 * figure's claimant, forwards or backwards, from the nearest restatement.
 */
import type { Figure } from '../types';

const key = (f: Figure): string => `${f.measure}|${f.subject}|${f.value}`;

/**
 * Fills in the claimant of unattributed restatements, in place.
 *
 * @example resolveRestatements([{ …value: 23, claimant: null }, { …value: 23, claimant: 'pakistan' }])
 *   → the first figure's claimant becomes 'pakistan'
 */
export function resolveRestatements(figures: Figure[]): Figure[] {
  const attributed = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.measure === 'other' || f.claimant === null) continue;
    const list = attributed.get(key(f)) ?? [];
    list.push(f);
    attributed.set(key(f), list);
  }
  if (attributed.size === 0) return figures;
  for (const f of figures) {
    if (f.measure === 'other' || f.claimant !== null) continue;
    const list = attributed.get(key(f));
    if (!list) continue;
    // The parties' own counts differ; when two claimants state the same number, the nearest wins.
    let best = list[0] as Figure;
    for (const g of list)
      if (Math.abs(g.start - f.start) < Math.abs(best.start - f.start)) best = g;
    f.claimant = best.claimant;
    f.claimantName = best.claimantName ?? null;
  }
  return figures;
}

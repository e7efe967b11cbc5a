/**
 * Cue phrases grouped by one of their words (the first, the last), so a rule
 * that asks "does a phrase end here?" tries only the phrases that end in the
 * word at hand instead of every phrase. Each group keeps the items' order,
 * so "longest first" and other priorities hold within it.
 *
 * @example groupByWord([['lost', 'their', 'lives'], ['killed']], (p) => p[p.length - 1]).get('lives')
 *   → [['lost', 'their', 'lives']]
 */
export function groupByWord<T>(
  items: readonly T[],
  wordOf: (item: T) => string,
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const w = wordOf(item);
    const group = groups.get(w);
    if (group) group.push(item);
    else groups.set(w, [item]);
  }
  return groups;
}

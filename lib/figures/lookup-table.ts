/**
 * A frozen word table without a prototype, so looking up any word of a text
 * ("constructor", "__proto__", "toString") finds only what the table lists.
 *
 * @example lookupTable({ one: 1 })['constructor'] → undefined
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  const table = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(entries)) table[key] = value;
  return Object.freeze(table);
}

/**
 * A lookupTable written as runs of words and phrases (separated by "|")
 * that share one value, in table order: long word tables cost the analyzer bundle far less
 * than one quoted value per word.
 *
 * @example lookupRuns([['killed', 'killed|shot dead'], ['wounded', 'wounded']])['shot dead'] → 'killed'
 */
export function lookupRuns<T>(
  runs: readonly (readonly [T, string])[],
): Readonly<Record<string, T>> {
  const entries: Record<string, T> = {};
  for (const [value, words] of runs) for (const word of words.split('|')) entries[word] = value;
  return lookupTable(entries);
}

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

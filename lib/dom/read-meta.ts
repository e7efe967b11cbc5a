/**
 * All <meta> values of a page keyed by lower-cased property / name / itemprop
 * / http-equiv (first occurrence wins), read in one pass so that many lookups
 * cost nothing.
 *
 * @example readMeta(doc).get('og:title')
 */
export function readMeta(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = (m.getAttribute('content') ?? m.getAttribute('value') ?? '').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** The first of `keys` present in the meta map. */
export function firstMeta(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}

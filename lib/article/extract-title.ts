import { firstMeta } from '../dom/read-meta';
import { OUTLETS } from './outlets';
import { ldString, type JsonLdNode } from './read-json-ld';

const KNOWN_OUTLETS = [...new Set(Object.values(OUTLETS))].map((o) => o.toLowerCase());

/**
 * The article's headline: og:title, then JSON-LD headline, then the first
 * <h1>, then <title>, each without a trailing " | Outlet" / " - Outlet" part.
 */
export function extractTitle(
  doc: Document,
  meta: Map<string, string>,
  ld: JsonLdNode[],
  outletHints: readonly string[] = [],
): string {
  // Read in order and only as far as needed: the later ones search the document.
  const candidates = [
    () => firstMeta(meta, ['og:title', 'twitter:title']),
    () => ldString(ld[0], 'headline'),
    () => doc.querySelector('h1')?.textContent ?? null,
    () => doc.querySelector('title')?.textContent ?? null,
  ];
  for (const read of candidates) {
    const c = read();
    const t = c ? cleanTitle(c, outletHints) : '';
    if (t) return t;
  }
  return '';
}

/** Separators outlets put between headline and their own name. */
const SUFFIX_SEPARATOR = /\s+(?:[|\u2013\u2014·•»]|-{1,2})\s+/;

/**
 * Drops an outlet suffix or prefix: the part after the last separator goes
 * when it is short (an outlet or section name) or names one of the hints.
 */
export function cleanTitle(raw: string, outletHints: readonly string[] = []): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) {
    const parts = t.split(SUFFIX_SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    const sep = t.slice(first.length, first.length + 4);
    const isOutlet = (s: string): boolean =>
      outletHints.some((h) => h && s.toLowerCase().includes(h.toLowerCase())) ||
      KNOWN_OUTLETS.includes(s.toLowerCase().trim()) ||
      // "Headline | Anything short" is a site or section suffix far more often than part of a headline.
      (parts.length === 2 && /\|/.test(sep) && s === last) ||
      /\b(news|times|post|tribune|tv|press|agency|daily|online|\.com|\.pk|\.af)\b/i.test(s);
    const rest = t
      .slice(0, t.length - last.length)
      .replace(/\s*(?:[|\u2013\u2014·•»]|-{1,2})\s*$/, '');
    if (isOutlet(last) && last.split(' ').length <= 6 && rest.length > 10) t = rest.trim();
    else if (isOutlet(first) && first.split(' ').length <= 4 && t.length - first.length > 20)
      t = t
        .slice(first.length)
        .replace(/^\s*(?:[|\u2013\u2014·•»]|-{1,2})\s*/, '')
        .trim();
    else break;
  }
  return t;
}

/**
 * Storage v2 → v3: the shipped feed addresses were corrected from public
 * evidence (see default-sources.ts). A reader who kept a shipped source's
 * old feeds gets the new ones; a source whose feeds the reader edited, and
 * every reader-added source, is left exactly as it was.
 */
import { DEFAULT_SOURCES } from './default-sources';

/** The v2 feeds of the shipped sources whose feeds changed in v3, by source id. */
export const V2_DEFAULT_FEEDS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  pajhwok: ['https://pajhwok.com/feed/'],
  afintl: [],
  anadolu: ['https://www.aa.com.tr/en/rss/default?cat=asia-pacific'],
  trtworld: [],
  arabnews: ['https://www.arabnews.com/rss.xml'],
  cnn: ['http://rss.cnn.com/rss/edition_asia.rss'],
  dw: ['https://rss.dw.com/rdf/rss-en-asia'],
});

const sameList = (a: readonly unknown[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Replaces the old default feeds of shipped sources with the current ones.
 * Anything that is not a list, or entries it does not recognise, pass
 * through untouched (the settings reader repairs them afterwards).
 *
 * @example
 * updateDefaultFeeds([{ id: 'cnn', builtin: true, feeds: ['http://rss.cnn.com/rss/edition_asia.rss'], … }])
 * // → [{ id: 'cnn', builtin: true, feeds: [], … }]
 */
export function updateDefaultFeeds(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return entry;
    const source = entry as { id?: unknown; builtin?: unknown; feeds?: unknown };
    if (source.builtin !== true || typeof source.id !== 'string') return entry;
    const old = V2_DEFAULT_FEEDS[source.id];
    const current = DEFAULT_SOURCES.find((s) => s.id === source.id);
    if (!old || !current || !Array.isArray(source.feeds) || !sameList(source.feeds, old))
      return entry;
    return { ...source, feeds: [...current.feeds] };
  });
}

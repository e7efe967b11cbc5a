import { firstMeta } from '../dom/read-meta';
import { ARTICLE_CONFIG } from './config';
import { ldString, type JsonLdNode } from './read-json-ld';

/** Meta keys that carry the publication time, most reliable first. */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'article.published',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'date',
  'cxenseparse:recs:publishtime',
] as const;

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "February 27, 2026" / "Feb. 27 2026" */
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** "27 February 2026" / "27 Feb, 2026" */
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO =
  /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * When the article was published, as an ISO date ("2026-02-27") or date-time
 * ("2026-02-27T09:15:00+05:00", the page's own offset kept), or null.
 * Sources: JSON-LD datePublished, publication meta tags, <time datetime>,
 * then a visible dateline ("Published February 27, 2026", "27 Feb 2026").
 */
export function extractPublished(
  doc: Document,
  meta: Map<string, string>,
  ld: JsonLdNode[],
): string | null {
  const candidates: (string | null | undefined)[] = [
    ...ld.map((n) => ldString(n, 'datePublished')),
    firstMeta(meta, META_KEYS),
    ...ld.map((n) => ldString(n, 'dateCreated')),
  ];
  for (const c of candidates) {
    const d = c ? normaliseDate(c) : null;
    if (d) return d;
  }
  for (const t of Array.from(doc.getElementsByTagName('time')).slice(0, 5)) {
    const d = normaliseDate(t.getAttribute('datetime') ?? '') ?? normaliseDate(t.textContent ?? '');
    if (d) return d;
  }
  const text = (doc.body?.textContent ?? '').slice(0, ARTICLE_CONFIG.datelineSearchChars);
  return normaliseDate(text);
}

/** Reads the first date in a string (ISO, "Feb 27, 2026", "27 February 2026", epoch seconds/ms) into ISO form, or null. */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 10 ? Number(s) * 1000 : Number(s);
    return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  }
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    const date = `${y}-${mo}-${d}`;
    if (h === undefined || mi === undefined) return date;
    const zone = tz
      ? tz === 'Z'
        ? 'Z'
        : tz.length === 5
          ? `${tz.slice(0, 3)}:${tz.slice(3)}`
          : tz
      : '';
    return `${date}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  const mdy = MDY.exec(s);
  const dmy = DMY.exec(s);
  const pick =
    mdy && (!dmy || mdy.index <= dmy.index)
      ? { mon: mdy[1], day: mdy[2], year: mdy[3] }
      : dmy
        ? { mon: dmy[2], day: dmy[1], year: dmy[3] }
        : null;
  if (!pick?.mon) return null;
  const m =
    MONTHS[
      pick.mon
        .toLowerCase()
        .replace('.', '')
        .slice(0, pick.mon.toLowerCase().startsWith('sept') ? 4 : 3)
    ];
  const y = Number(pick.year);
  const d = Number(pick.day);
  if (!m || !validDate(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

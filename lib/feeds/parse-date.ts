/**
 * Publication dates as feeds write them (RFC 822 in RSS, ISO 8601 in Atom
 * and Dublin Core), to ISO 8601.
 */
import { FEEDS_CONFIG } from './config';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example
 * parseFeedDate('Fri, 27 Feb 2026 14:05:00 PKT') // '2026-02-27T09:05:00.000Z'
 * parseFeedDate('2026-02-27') // '2026-02-27'
 * parseFeedDate('yesterday') // null
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  if (DATE_ONLY.test(text)) return Number.isNaN(Date.parse(text)) ? null : text;
  let ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    // Replace a zone abbreviation Date.parse does not know by its offset.
    const m = /^(.*\d)\s*([A-Z]{2,5})$/.exec(text);
    const offset = m ? FEEDS_CONFIG.zoneOffsets[m[2]!] : undefined;
    if (m && offset) ms = Date.parse(`${m[1]} ${offset}`);
  }
  if (Number.isNaN(ms)) {
    // "27 Feb 2026 14:05:00 +0500" without a weekday, or a wrong weekday, parse once it is dropped.
    ms = Date.parse(text.replace(/^[A-Za-z]{3,9},?\s*/, ''));
  }
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2200) return null;
  return new Date(ms).toISOString();
}

/**
 * Publication dates in words. Pages give a bare day ("2026-02-27") or a
 * moment ("2026-02-27T14:05:00+05:00"); a bare day is written without a time
 * and never shifted by the reader's time zone.
 */
import { FORMAT_CONFIG } from './config';

export interface DateOptions {
  /** IANA zone for moments (tests pass 'UTC'); the reader's zone by default. */
  timeZone?: string;
  /** Leave out the year ("27 Feb, 14:05"), for compact lists. */
  short?: boolean;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formatters by kind, made once: creating an Intl.DateTimeFormat costs far
 * more than formatting with one, and the popup writes a date for every value.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(dayOnly: boolean, options: DateOptions): Intl.DateTimeFormat {
  const key = `${dayOnly}|${options.short === true}|${dayOnly ? '' : (options.timeZone ?? '')}`;
  let made = formatters.get(key);
  if (!made) {
    const year = options.short ? undefined : ('numeric' as const);
    made = new Intl.DateTimeFormat(
      FORMAT_CONFIG.locale,
      dayOnly
        ? { day: 'numeric', month: 'short', year, timeZone: 'UTC' }
        : {
            day: 'numeric',
            month: 'short',
            year,
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
            timeZone: options.timeZone,
          },
    );
    formatters.set(key, made);
  }
  return made;
}

/**
 * @example formatPublished('2026-02-27') // "27 Feb 2026"
 * @example formatPublished('2026-02-27T09:05:00Z', { timeZone: 'UTC' }) // "27 Feb 2026, 09:05"
 * @returns null when there is no date; the input itself when it cannot be read as one.
 */
export function formatPublished(
  iso: string | null | undefined,
  options: DateOptions = {},
): string | null {
  if (!iso) return null;
  const trimmed = iso.trim();
  const day = DAY_ONLY.exec(trimmed);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (Number.isNaN(date.getTime())) return trimmed;
    return formatter(true, options).format(date);
  }
  const date = new Date(trimmed);
  if (Number.isNaN(date.getTime())) return trimmed;
  return formatter(false, options).format(date);
}

/** Milliseconds since the epoch of a publication date, for ordering; null when unknown or unreadable. */
export function publishedTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.trim());
  return Number.isNaN(t) ? null : t;
}

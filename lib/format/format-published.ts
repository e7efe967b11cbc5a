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

/** Short month names exactly as Intl's British English writes them (September is "Sept"). */
const MONTHS = Object.freeze([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The date written by hand, as Intl's 'en-GB' formatter writes it ("27 Feb
 * 2026, 14:05"), in UTC or in the reader's own zone (the Date's local
 * fields); null when Intl must do it (another locale or zone, an unusual
 * year). Each newly opened popup made its formatters inside its first
 * render with data: about 0.5 ms in a warm extension process, up to 130 ms
 * when they were the process's first Intl formatters.
 */
function byHand(date: Date, utc: boolean, withTime: boolean, options: DateOptions): string | null {
  if (FORMAT_CONFIG.locale !== 'en-GB') return null;
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  if (year < 1000 || year > 9999) return null;
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = MONTHS[utc ? date.getUTCMonth() : date.getMonth()]!;
  const written = options.short ? `${day} ${month}` : `${day} ${month} ${year}`;
  if (!withTime) return written;
  const hours = utc ? date.getUTCHours() : date.getHours();
  const minutes = utc ? date.getUTCMinutes() : date.getMinutes();
  return `${written}, ${twoDigits(hours)}:${twoDigits(minutes)}`;
}

/**
 * Formatters by kind, made once: creating an Intl.DateTimeFormat costs far
 * more than formatting with one. Only for what byHand leaves to Intl.
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
    return byHand(date, true, false, options) ?? formatter(true, options).format(date);
  }
  const date = new Date(trimmed);
  if (Number.isNaN(date.getTime())) return trimmed;
  // The reader's zone (no zone given) or UTC by hand; any other zone through Intl.
  const zone = options.timeZone;
  const hand =
    zone === undefined || zone === 'UTC' ? byHand(date, zone === 'UTC', true, options) : null;
  return hand ?? formatter(false, options).format(date);
}

/** Milliseconds since the epoch of a publication date, for ordering; null when unknown or unreadable. */
export function publishedTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.trim());
  return Number.isNaN(t) ? null : t;
}

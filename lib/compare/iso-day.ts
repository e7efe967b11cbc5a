/**
 * Calendar days as integers (days since 1970-01-01), so that date arithmetic
 * in event dating is plain subtraction and never touches time zones.
 */

const MS_PER_DAY = 86_400_000;

/**
 * The day of an ISO date or date-time, as the publisher wrote it: the first
 * ten characters, so "2026-02-27T23:30:00+05:00" stays 27 February (the
 * outlet's local date) rather than moving to UTC.
 *
 * @example isoDay('2026-02-27') // 20511
 */
export function isoDay(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Day number of a calendar date (month 1–12); null when the date does not exist (31 February). */
export function dayOf(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  return Math.round(t / MS_PER_DAY);
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function dayIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Year of a day number (UTC). */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

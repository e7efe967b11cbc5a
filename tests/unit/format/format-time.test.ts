import { describe, expect, it } from 'vitest';
import { formatPublished, publishedTime } from '../../../lib/format/format-published';
import { formatRelativeTime } from '../../../lib/format/format-relative-time';

describe('formatPublished', () => {
  it.each<[string | null, { timeZone?: string; short?: boolean }, string | null]>([
    ['2026-02-27', {}, '27 Feb 2026'],
    ['2026-02-27', { timeZone: 'Pacific/Honolulu' }, '27 Feb 2026'],
    ['2026-02-27', { short: true }, '27 Feb'],
    ['2026-02-27T09:05:00Z', { timeZone: 'UTC' }, '27 Feb 2026, 09:05'],
    ['2026-02-27T23:30:00+05:00', { timeZone: 'UTC' }, '27 Feb 2026, 18:30'],
    ['2026-02-27T09:05:00Z', { timeZone: 'UTC', short: true }, '27 Feb, 09:05'],
    ['last Friday', {}, 'last Friday'],
    [null, {}, null],
    ['', {}, null],
  ])('%s %j → %s', (iso, options, expected) => {
    expect(formatPublished(iso, options)).toBe(expected);
  });

  it('keeps each kind of date apart when kinds alternate (formatters are made once per kind)', () => {
    const moment = '2026-02-27T23:30:00Z';
    for (let i = 0; i < 2; i++) {
      expect(formatPublished(moment, { timeZone: 'Asia/Karachi' })).toBe('28 Feb 2026, 04:30');
      expect(formatPublished(moment, { timeZone: 'UTC' })).toBe('27 Feb 2026, 23:30');
      expect(formatPublished(moment, { timeZone: 'UTC', short: true })).toBe('27 Feb, 23:30');
      expect(formatPublished('2026-02-27', { timeZone: 'Asia/Karachi' })).toBe('27 Feb 2026');
      expect(formatPublished('2026-02-27', { short: true })).toBe('27 Feb');
    }
    expect(() => formatPublished(moment, { timeZone: 'Not/AZone' })).toThrow(RangeError);
  });

  it('writes every month, hour and minute exactly as Intl en-GB does, in UTC and in the reader’s zone', () => {
    const intl = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', ...options });
    const day = intl({ year: 'numeric', timeZone: 'UTC' });
    const dayShort = intl({ timeZone: 'UTC' });
    const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    const utc = intl({ year: 'numeric', ...time, timeZone: 'UTC' });
    const utcShort = intl({ ...time, timeZone: 'UTC' });
    const local = intl({ year: 'numeric', ...time });
    const localShort = intl({ ...time });
    let checked = 0;
    // Every month of two years, at times spread over the day (minutes and hours with one digit included).
    for (
      let t = Date.UTC(2025, 0, 1, 0, 7);
      t < Date.UTC(2027, 0, 1);
      t += 7 * 86_400_000 + 3_671_000
    ) {
      const date = new Date(t);
      const iso = date.toISOString();
      const dayIso = iso.slice(0, 10);
      expect(formatPublished(dayIso)).toBe(day.format(date));
      expect(formatPublished(dayIso, { short: true })).toBe(dayShort.format(date));
      expect(formatPublished(iso, { timeZone: 'UTC' })).toBe(utc.format(date));
      expect(formatPublished(iso, { timeZone: 'UTC', short: true })).toBe(utcShort.format(date));
      expect(formatPublished(iso)).toBe(local.format(date));
      expect(formatPublished(iso, { short: true })).toBe(localShort.format(date));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('orders by time and gives null for unreadable dates', () => {
    expect(publishedTime('2026-02-27')! < publishedTime('2026-02-28T01:00:00Z')!).toBe(true);
    expect(publishedTime('soon')).toBeNull();
    expect(publishedTime(null)).toBeNull();
  });
});

describe('formatRelativeTime', () => {
  const now = Date.UTC(2026, 1, 27, 12, 0, 0);
  const min = 60_000;
  it.each<[number, string]>([
    [-10_000, 'just now'],
    [10_000, 'in under a minute'],
    [-5 * min, '5 min ago'],
    [20 * min, 'in 20 min'],
    [-3 * 60 * min, '3 h ago'],
    [-24 * 60 * min, '1 day ago'],
    [-3 * 24 * 60 * min, '3 days ago'],
    [-30 * 24 * 60 * min, '28 Jan 2026, 12:00'],
  ])('%d ms → %s', (delta, expected) => {
    expect(formatRelativeTime(now + delta, now, { timeZone: 'UTC' })).toBe(expected);
  });
});

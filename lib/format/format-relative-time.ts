/**
 * "5 min ago", "in 2 h": when a source was last read and when it will be
 * tried again. `now` is a parameter so the words are exact in tests.
 */
import { FORMAT_CONFIG } from './config';
import { formatPublished, type DateOptions } from './format-published';

/**
 * @example formatRelativeTime(now - 5 * 60_000, now) // "5 min ago"
 * @example formatRelativeTime(now + 2 * 3_600_000, now) // "in 2 h"
 */
export function formatRelativeTime(at: number, now: number, options: DateOptions = {}): string {
  const { justNowMs, hourMs, dayMs, maxRelativeDays } = FORMAT_CONFIG.relative;
  const delta = at - now;
  const age = Math.abs(delta);
  if (age < justNowMs) return delta > 0 ? 'in under a minute' : 'just now';
  let amount: string;
  if (age < hourMs) amount = `${Math.round(age / justNowMs)} min`;
  else if (age < dayMs) amount = `${Math.round(age / hourMs)} h`;
  else if (age < maxRelativeDays * dayMs) {
    const days = Math.round(age / dayMs);
    amount = `${days} ${days === 1 ? 'day' : 'days'}`;
  } else {
    return formatPublished(new Date(at).toISOString(), options) ?? '';
  }
  return delta > 0 ? `in ${amount}` : `${amount} ago`;
}

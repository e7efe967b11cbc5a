/**
 * A source's last refresh in words for the options page: when it was read,
 * what was found, what went wrong, when it will be tried again.
 */
import type { SourceHealth } from '../sources/types';
import { formatRelativeTime } from './format-relative-time';

export type HealthState = 'never' | 'ok' | 'failing';

export interface HealthWords {
  state: HealthState;
  /** "Read 5 min ago", "Not read yet". */
  lastRefresh: string;
  /** "12 items in feeds, 3 reports kept", or null before the first read. */
  found: string | null;
  /** The last error, in words, or null. */
  error: string | null;
  /** "Next try in 20 min", or null when no backoff is pending. */
  nextTry: string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeHealth(health: SourceHealth | null | undefined, now: number): HealthWords {
  if (!health || health.lastAttempt === null) {
    return { state: 'never', lastRefresh: 'Not read yet', found: null, error: null, nextTry: null };
  }
  const failing = health.error !== null;
  const lastRefresh =
    health.lastSuccess !== null
      ? `Read ${formatRelativeTime(health.lastSuccess, now)}`
      : `Tried ${formatRelativeTime(health.lastAttempt, now)}, never read`;
  const found =
    health.lastSuccess !== null
      ? `${plural(health.itemsFound, 'item', 'items')} in feeds, ${plural(health.reportsKept, 'report', 'reports')} kept`
      : null;
  let error: string | null = null;
  if (failing) {
    const streak =
      health.consecutiveFailures > 1 ? ` (${health.consecutiveFailures} refreshes in a row)` : '';
    error = `${health.error}${streak}`;
  }
  const nextTry =
    health.nextAttemptAt !== null && health.nextAttemptAt > now
      ? `Next try ${formatRelativeTime(health.nextAttemptAt, now)}`
      : null;
  return { state: failing ? 'failing' : 'ok', lastRefresh, found, error, nextTry };
}

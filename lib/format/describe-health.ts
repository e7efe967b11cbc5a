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
  /** "12 items in feeds, 3 looked relevant, 3 articles read, 1 report kept", or null before the first read. */
  found: string | null;
  /** The last error, in words, or null. */
  error: string | null;
  /** "Next try in 20 min", or null when no backoff is pending. */
  nextTry: string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What the last refresh found, from feed items to reports kept. Records
 * written before the refresh counted each step say only items and reports.
 *
 * @example describeFound({ itemsFound: 40, itemsMatched: 3, articlesRead: 2, reportsKept: 1, articlesLeft: 1, … })
 * // "40 items in feeds, 3 looked relevant, 2 articles read, 1 report kept; 1 left for the next refresh"
 */
export function describeFound(health: SourceHealth): string {
  const items = `${plural(health.itemsFound, 'item', 'items')} in feeds`;
  const kept = `${plural(health.reportsKept, 'report', 'reports')} kept`;
  if (health.itemsMatched === undefined) return `${items}, ${kept}`;
  const steps = [
    items,
    `${health.itemsMatched} looked relevant`,
    `${plural(health.articlesRead ?? 0, 'article', 'articles')} read`,
    kept,
  ].join(', ');
  const notes: string[] = [];
  // Relevant items neither fetched now nor left for later were read by an earlier refresh.
  const before =
    health.itemsMatched -
    (health.articlesRead ?? 0) -
    (health.articlesFailed ?? 0) -
    (health.articlesLeft ?? 0);
  if (before > 0) notes.push(`${before} read before`);
  if (health.articlesFailed)
    notes.push(`${plural(health.articlesFailed, 'article', 'articles')} could not be fetched`);
  if (health.articlesLeft) notes.push(`${health.articlesLeft} left for the next refresh`);
  return [steps, ...notes].join('; ');
}

export function describeHealth(health: SourceHealth | null | undefined, now: number): HealthWords {
  if (!health || health.lastAttempt === null) {
    return { state: 'never', lastRefresh: 'Not read yet', found: null, error: null, nextTry: null };
  }
  const failing = health.error !== null;
  const lastRefresh =
    health.lastSuccess !== null
      ? `Read ${formatRelativeTime(health.lastSuccess, now)}`
      : `Tried ${formatRelativeTime(health.lastAttempt, now)}, never read`;
  const found = health.lastSuccess !== null ? describeFound(health) : null;
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

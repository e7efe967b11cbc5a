/**
 * Feeds Crosscheck may not fetch. Without the host permission a fetch from
 * the background fails as an anonymous network error (Chrome: "Failed to
 * fetch", Firefox: "NetworkError when attempting to fetch resource", both
 * CORS refusals), which tells the reader nothing. So the background asks
 * `permissions.contains` first, refreshes only the feeds it may read, and
 * records a clear error for the rest. Pure: the permission answer is a
 * parameter.
 */
import { failed } from '../../lib/feeds/refresh';
import type { Source, SourceHealth } from '../../lib/sources/types';
import { emptyHealth } from '../../lib/sources/types';

export const NO_ACCESS_ERROR =
  'Crosscheck does not have access to this site: allow access in Options.';

/** The permission pattern for a feed's host (scheme and path as the feed has them); null when unreadable. */
export function feedOrigin(feed: string): string | null {
  try {
    const url = new URL(feed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

export interface AccessSplit {
  /** Sources to refresh, each with only the feeds Crosscheck may fetch. */
  readable: Source[];
  /** Sources none of whose feeds may be fetched. */
  blocked: Source[];
  /** Source id → how many of its feeds were left out, for sources still refreshed. */
  partly: Record<string, { blocked: number; total: number }>;
}

/**
 * Splits sources by whether their feeds may be fetched.
 *
 * @example
 * const split = splitByAccess(sources, (feed) => allowed.has(feedOrigin(feed)));
 */
export function splitByAccess(
  sources: readonly Source[],
  mayFetch: (feed: string) => boolean,
): AccessSplit {
  const split: AccessSplit = { readable: [], blocked: [], partly: {} };
  for (const source of sources) {
    const feeds = source.feeds.filter(mayFetch);
    const left = source.feeds.length - feeds.length;
    if (left === 0) split.readable.push(source);
    else if (feeds.length === 0) split.blocked.push(source);
    else {
      split.readable.push({ ...source, feeds });
      split.partly[source.id] = { blocked: left, total: source.feeds.length };
    }
  }
  return split;
}

/**
 * The refresh's health with the access errors added: blocked sources fail
 * with NO_ACCESS_ERROR (no backoff: nothing was fetched, and access may come
 * back any minute); partly blocked ones that otherwise went well say how
 * many feeds were left out.
 */
export function withAccessErrors(
  health: Readonly<Record<string, SourceHealth>>,
  split: AccessSplit,
  now: number,
): Record<string, SourceHealth> {
  const next = { ...health };
  for (const source of split.blocked) {
    const previous = next[source.id] ?? emptyHealth(source.id);
    next[source.id] = { ...failed(previous, now, NO_ACCESS_ERROR), nextAttemptAt: null };
  }
  for (const [id, { blocked, total }] of Object.entries(split.partly)) {
    const h = next[id];
    if (h && h.error === null)
      next[id] = {
        ...h,
        error: `${blocked} of ${total} feeds could not be read: ${NO_ACCESS_ERROR}`,
      };
  }
  return next;
}

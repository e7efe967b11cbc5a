/**
 * The refresh engine: reads each enabled source's feeds, keeps the items the
 * cheap coverage gate passes, fetches and analyses those articles, and hands
 * the analyses to `keep`. Every side effect is injected, so the same code
 * runs in the background and in tests.
 *
 * No source's failure, however malformed its answer, stops the others or
 * touches stored reports; it only updates that source's health.
 */
import type { Source, SourceHealth, FeedState } from '../sources/types';
import { emptyHealth } from '../sources/types';
import type { Analysis } from '../types';
import { FEEDS_CONFIG } from './config';
import { createLimiter, type Limiter } from './create-limiter';
import { backoffMs, conditionalHeaders, FETCH_ERRORS, isDue } from './fetch-policy';
import { fetchText } from './fetch-text';
import { parseFeed } from './parse-feed';
import type { FeedItem } from './types';

export interface RefreshProgress {
  /** Sources finished. */
  done: number;
  /** Sources to read in this refresh. */
  total: number;
  /** Name of the source just finished. */
  current?: string;
}

export interface RefreshDeps {
  fetch: typeof fetch;
  now(): number;
  /** Health as stored; not modified (a new record is returned). */
  health: Record<string, SourceHealth>;
  /** The cheap gate on an item's title and summary. */
  isCoverage(item: { title: string; summary: string }): boolean;
  /** Full analysis of an article page. */
  analyzeHtml(html: string, url: string): Analysis;
  /** Stores an analysis if it is worth keeping; true when kept. */
  keep(analysis: Analysis, source: Source): Promise<boolean>;
  /** Whether an article URL is already stored (then it is not fetched again). */
  known?(url: string): Promise<boolean>;
  /** The reader asked for this refresh: ignore backoff. */
  manual?: boolean;
  onProgress?(p: RefreshProgress): void;
  signal?: AbortSignal;
  /** Overrides for tests (timeouts, caps, concurrency). */
  limits?: Partial<RefreshLimits>;
}

export interface RefreshLimits {
  timeoutMs: number;
  maxBytes: number;
  perHost: number;
  total: number;
  maxArticlesPerSource: number;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

const describeError = (e: unknown) =>
  FETCH_ERRORS.unexpected(e instanceof Error ? e.message : String(e));

interface FeedOutcome {
  feed: string;
  items: FeedItem[];
  state: FeedState;
  error: string | null;
}

/**
 * Refreshes the sources that are enabled, have feeds, and whose backoff
 * allows (a manual refresh ignores backoff). Returns the new health record
 * of every source (untouched ones as they were).
 *
 * @example
 * const health = await refreshSources(await getSources(), {
 *   fetch, now: Date.now, health: await getHealth(), isCoverage, analyzeHtml,
 *   keep: async (a) => (await store.put(toReport(a, …)), true),
 *   known: async (url) => (await store.get(url)) !== undefined,
 * });
 * await saveHealth(health);
 */
export async function refreshSources(
  sources: readonly Source[],
  deps: RefreshDeps,
): Promise<Record<string, SourceHealth>> {
  const limits = refreshLimits(deps);
  const health: Record<string, SourceHealth> = { ...deps.health };
  const limiter = createLimiter({ perHost: limits.perHost, total: limits.total });
  const start = deps.now();
  const due = sources.filter(
    (s) => s.enabled && s.feeds.length > 0 && isDue(health[s.id], start, { manual: deps.manual }),
  );
  let done = 0;
  const progress = (current?: string) => {
    try {
      deps.onProgress?.({ done, total: due.length, ...(current === undefined ? {} : { current }) });
    } catch {
      // A broken progress listener must not stop the refresh.
    }
  };
  progress();
  await Promise.all(
    due.map(async (source) => {
      const previous = health[source.id] ?? emptyHealth(source.id);
      try {
        const next = await refreshSource(source, previous, deps, limiter, limits);
        if (!deps.signal?.aborted) health[source.id] = next;
      } catch (e) {
        if (!deps.signal?.aborted)
          health[source.id] = failed(previous, deps.now(), describeError(e));
      }
      done++;
      progress(source.name);
    }),
  );
  return health;
}

/** The configured limits, with a caller's (test) overrides. */
export function refreshLimits(deps: Pick<RefreshDeps, 'limits'>): RefreshLimits {
  return {
    timeoutMs: FEEDS_CONFIG.requestTimeoutMs,
    maxBytes: FEEDS_CONFIG.maxResponseBytes,
    perHost: FEEDS_CONFIG.perHostConcurrency,
    total: FEEDS_CONFIG.totalConcurrency,
    maxArticlesPerSource: FEEDS_CONFIG.maxArticlesPerSource,
    ...deps.limits,
  };
}

export function failed(previous: SourceHealth, now: number, error: string): SourceHealth {
  const failures = previous.consecutiveFailures + 1;
  return {
    ...previous,
    lastAttempt: now,
    reportsKept: 0,
    error,
    consecutiveFailures: failures,
    nextAttemptAt: now + backoffMs(failures),
  };
}

async function refreshSource(
  source: Source,
  previous: SourceHealth,
  deps: RefreshDeps,
  limiter: Limiter,
  limits: RefreshLimits,
): Promise<SourceHealth> {
  const attemptAt = deps.now();
  const feeds = [...new Set(source.feeds)];
  const outcomes = await Promise.all(
    feeds.map((feed) => readFeed(feed, previous.feedState[feed] ?? {}, deps, limiter, limits)),
  );
  const feedState: Record<string, FeedState> = {};
  for (const o of outcomes) feedState[o.feed] = o.state;
  const errors = outcomes.filter((o) => o.error !== null);
  const itemsFound = outcomes.reduce(
    (n, o) => n + (o.error === null ? (o.state.items ?? 0) : 0),
    0,
  );

  if (errors.length === outcomes.length) {
    const error =
      errors.length > 1
        ? `None of its ${errors.length} feeds could be read. ${errors[0]!.error}`
        : errors[0]!.error!;
    return { ...failed(previous, attemptAt, error), feedState, itemsFound: 0 };
  }

  const kept = await readArticles(
    outcomes.flatMap((o) => o.items),
    source,
    deps,
    limiter,
    limits,
  );
  const partial =
    errors.length > 0
      ? `${errors.length} of ${outcomes.length} feeds could not be read: ${errors[0]!.error}`
      : null;
  return {
    ...previous,
    lastAttempt: attemptAt,
    lastSuccess: attemptAt,
    itemsFound,
    reportsKept: kept,
    error: partial,
    consecutiveFailures: 0,
    nextAttemptAt: null,
    feedState,
  };
}

async function readFeed(
  feed: string,
  state: FeedState,
  deps: RefreshDeps,
  limiter: Limiter,
  limits: RefreshLimits,
): Promise<FeedOutcome> {
  const response = await limiter.run(hostOf(feed), () =>
    fetchText(deps.fetch, feed, {
      kind: 'feed',
      headers: conditionalHeaders(state),
      timeoutMs: limits.timeoutMs,
      maxBytes: limits.maxBytes,
      signal: deps.signal,
    }),
  );
  if (!response.ok) return { feed, items: [], state, error: response.error };
  // 304 Not Modified: nothing new, and cheap. Keep the validators and count.
  if (response.status === 304) return { feed, items: [], state, error: null };
  const parsed = parseFeed(response.text, response.url);
  if (!parsed.ok) return { feed, items: [], state, error: parsed.error };
  const next: FeedState = { items: parsed.feed.items.length };
  if (response.etag) next.etag = response.etag;
  if (response.lastModified) next.lastModified = response.lastModified;
  return { feed, items: parsed.feed.items, state: next, error: null };
}

/** The cheap gate, then the store: a gate or lookup that throws skips the item. */
async function isNewCoverage(item: FeedItem, deps: RefreshDeps): Promise<boolean> {
  try {
    if (!deps.isCoverage({ title: item.title, summary: item.summary })) return false;
    return deps.known ? !(await deps.known(item.link)) : true;
  } catch {
    return false;
  }
}

/**
 * Fetches, analyses and keeps the items that pass the coverage gate and are
 * not yet stored. One article's failure is skipped quietly: it is not the
 * source's failure. Returns how many analyses were kept.
 */
export async function readArticles(
  items: readonly FeedItem[],
  source: Source,
  deps: RefreshDeps,
  limiter: Limiter,
  limits: RefreshLimits,
): Promise<number> {
  const seen = new Set<string>();
  const candidates: FeedItem[] = [];
  for (const item of items) {
    if (candidates.length >= limits.maxArticlesPerSource || deps.signal?.aborted) break;
    if (seen.has(item.link)) continue;
    seen.add(item.link);
    if (await isNewCoverage(item, deps)) candidates.push(item);
  }
  const kept = await Promise.all(
    candidates.map(async (item) => {
      try {
        const page = await limiter.run(hostOf(item.link), () =>
          fetchText(deps.fetch, item.link, {
            kind: 'article',
            timeoutMs: limits.timeoutMs,
            maxBytes: limits.maxBytes,
            signal: deps.signal,
          }),
        );
        if (!page.ok || page.status !== 200 || deps.signal?.aborted) return false;
        const analysis = deps.analyzeHtml(page.text, page.url);
        return await deps.keep(analysis, source);
      } catch {
        return false;
      }
    }),
  );
  return kept.filter(Boolean).length;
}

/**
 * The refresh engine: reads each enabled source's feeds, keeps the items the
 * feed gate passes, fetches and analyses those articles, and hands the
 * analyses to `keep`. Every side effect is injected, so the same code runs
 * in the background and in tests.
 *
 * The work is bounded, not the gate: the gate errs towards fetching (the
 * full analysis after the fetch is the real filter), and each refresh fetches
 * at most so many articles per source and in all, within a time budget.
 * Articles are shared out fairly: every source first gets its share of the
 * refresh's articles as soon as its feeds are read; what others leave unused
 * is then handed out one at a time, round the sources. Items left over are
 * counted and fetched by a later refresh (they are still new then).
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
  /** Articles fetched and analysed so far, and reports kept from them. */
  articlesRead?: number;
  reportsKept?: number;
}

/** What the feed gate sees of an item. */
export interface GateItem {
  title: string;
  summary: string;
  categories: readonly string[];
  /** ISO date of publication, or null when the feed gives none we can read. */
  published: string | null;
}

export interface RefreshDeps {
  fetch: typeof fetch;
  now(): number;
  /** Health as stored; not modified (a new record is returned). */
  health: Record<string, SourceHealth>;
  /** The feed gate on an item's title, summary and categories: true to fetch the article. */
  isCoverage(item: GateItem): boolean;
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
  maxArticlesPerRefresh: number;
  /** No article fetch starts later than this after the refresh began. */
  budgetMs: number;
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

/** What one source's refresh found, for its health and the options page. */
interface Tally {
  /** Items that passed the feed gate (read before or not). */
  matched: number;
  /** Articles fetched and analysed. */
  read: number;
  /** Articles that could not be fetched or analysed. */
  failed: number;
  kept: number;
  /** New matching items left for a later refresh (caps or time budget). */
  left: number;
  /** Keys of the links fetched (read or failed), remembered so later refreshes skip them. */
  fetched: string[];
}

/** Shared by all sources of one refresh: how many articles may still start, and until when. */
interface Budget {
  articlesLeft: number;
  deadline: number;
  read: number;
  kept: number;
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
  const budget: Budget = {
    articlesLeft: limits.maxArticlesPerRefresh,
    deadline: start + limits.budgetMs,
    read: 0,
    kept: 0,
  };
  // Every source's first share; unused shares go round afterwards.
  const share = Math.max(1, Math.floor(limits.maxArticlesPerRefresh / Math.max(1, due.length)));
  let done = 0;
  const progress = (current?: string) => {
    try {
      deps.onProgress?.({
        done,
        total: due.length,
        ...(current === undefined ? {} : { current }),
        articlesRead: budget.read,
        reportsKept: budget.kept,
      });
    } catch {
      // A broken progress listener must not stop the refresh.
    }
  };
  progress();

  const runs = due.map((source) =>
    startSource(source, health[source.id] ?? emptyHealth(source.id), deps, {
      limiter,
      limits,
      budget,
      share,
    }),
  );
  const started = await Promise.all(runs);
  shareTheRest(started, budget, (run, item) => run.fetch([item]));

  await Promise.all(
    started.map(async (run) => {
      let next: SourceHealth;
      try {
        next = await run.finish();
      } catch (e) {
        next = failed(run.previous, deps.now(), describeError(e));
      }
      if (!deps.signal?.aborted) health[run.source.id] = next;
      done++;
      progress(run.source.name);
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
    maxArticlesPerRefresh: FEEDS_CONFIG.maxArticlesPerRefresh,
    budgetMs: FEEDS_CONFIG.refreshBudgetMs,
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

interface Shared {
  limiter: Limiter;
  limits: RefreshLimits;
  budget: Budget;
  share: number;
}

/** A source whose feeds have been read: its first share of articles is on its way. */
interface SourceRun {
  source: Source;
  previous: SourceHealth;
  /** New matching items not yet given an article slot, best first. */
  waiting: FeedItem[];
  /** Starts fetching these items' articles (slots already taken from the budget). */
  fetch(items: readonly FeedItem[]): void;
  /** Waits for every article started and returns the source's new health. */
  finish(): Promise<SourceHealth>;
}

/** Takes up to `want` article slots from the refresh's budget. */
function takeSlots(budget: Budget, want: number): number {
  const n = Math.max(0, Math.min(want, budget.articlesLeft));
  budget.articlesLeft -= n;
  return n;
}

/** Hands the slots other sources left unused to the waiting items, one per source per round. */
export function shareTheRest<R extends { waiting: FeedItem[] }>(
  runs: readonly R[],
  budget: Pick<Budget, 'articlesLeft'>,
  give: (run: R, item: FeedItem) => void,
): void {
  let gave = true;
  while (budget.articlesLeft > 0 && gave) {
    gave = false;
    for (const run of runs) {
      if (budget.articlesLeft === 0) break;
      const item = run.waiting.shift();
      if (!item) continue;
      budget.articlesLeft--;
      give(run, item);
      gave = true;
    }
  }
}

async function startSource(
  source: Source,
  previous: SourceHealth,
  deps: RefreshDeps,
  shared: Shared,
): Promise<SourceRun> {
  const attemptAt = deps.now();
  const feeds = [...new Set(source.feeds)];
  let outcomes: FeedOutcome[];
  try {
    outcomes = await Promise.all(
      feeds.map((feed) => readFeed(feed, previous.feedState[feed] ?? {}, deps, shared)),
    );
  } catch (e) {
    const health = failed(previous, deps.now(), describeError(e));
    return settled(source, previous, health);
  }
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
    return settled(source, previous, {
      ...failed(previous, attemptAt, error),
      feedState,
      itemsFound: 0,
    });
  }

  const { matched, fresh } = await newMatches(
    outcomes.flatMap((o) => o.items),
    deps,
    new Set(previous.readLinks ?? []),
  );
  const tally: Tally = { matched, read: 0, failed: 0, kept: 0, left: 0, fetched: [] };
  const waiting = fresh.slice(0, shared.limits.maxArticlesPerSource);
  const work: Promise<void>[] = [];
  const fetch = (items: readonly FeedItem[]) => {
    for (const item of items) work.push(readArticle(item, source, deps, shared, tally));
  };
  fetch(waiting.splice(0, takeSlots(shared.budget, Math.min(shared.share, waiting.length))));

  const partial =
    errors.length > 0
      ? `${errors.length} of ${outcomes.length} feeds could not be read: ${errors[0]!.error}`
      : null;
  return {
    source,
    previous,
    waiting,
    fetch,
    async finish() {
      // Items that got no slot wait for a later refresh; so do those past the per-source cap.
      tally.left += waiting.length + Math.max(0, fresh.length - shared.limits.maxArticlesPerSource);
      waiting.length = 0;
      // Articles started after others were added: wait until none is pending.
      for (let i = 0; i < work.length; i++) await work[i];
      return {
        ...previous,
        lastAttempt: attemptAt,
        lastSuccess: attemptAt,
        itemsFound,
        itemsMatched: tally.matched,
        articlesRead: tally.read,
        articlesFailed: tally.failed,
        articlesLeft: tally.left,
        reportsKept: tally.kept,
        readLinks: [...new Set([...tally.fetched, ...(previous.readLinks ?? [])])].slice(
          0,
          FEEDS_CONFIG.rememberedLinksPerSource,
        ),
        error: partial,
        consecutiveFailures: 0,
        nextAttemptAt: null,
        feedState,
      };
    },
  };
}

/** A source that needs no article work: its health is already known. */
function settled(source: Source, previous: SourceHealth, health: SourceHealth): SourceRun {
  return { source, previous, waiting: [], fetch: () => undefined, finish: async () => health };
}

async function readFeed(
  feed: string,
  state: FeedState,
  deps: RefreshDeps,
  { limiter, limits }: Shared,
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

/** The feed gate; a gate that throws skips the item. */
function passesGate(item: FeedItem, deps: RefreshDeps): boolean {
  try {
    return deps.isCoverage({
      title: item.title,
      summary: item.summary,
      categories: item.categories ?? [],
      published: item.published,
    });
  } catch {
    return false;
  }
}

/** Newest first; items without a date keep their place after the dated ones (feeds list newest first). */
function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  const time = (i: FeedItem) => (i.published ? Date.parse(i.published) : NaN);
  return items
    .map((item, index) => ({ item, index, t: time(item) }))
    .sort((a, b) => {
      const ad = Number.isNaN(a.t);
      const bd = Number.isNaN(b.t);
      if (ad !== bd) return ad ? 1 : -1;
      return (ad ? 0 : b.t - a.t) || a.index - b.index;
    })
    .map((x) => x.item);
}

/**
 * A short key for an article link (FNV-1a, 32 bits, hex): sources remember
 * the links they fetched in their health record, which must stay small.
 *
 * @example linkKey('https://www.dawn.com/news/1') // "5d0c3b9a" (eight hex digits)
 */
export function linkKey(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    h ^= url.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Items that pass the gate (counted), and of those the ones neither stored
 * nor fetched by a recent refresh (`fetched`: link keys), newest first. An
 * article read and not kept (not coverage after all) is not fetched again
 * every refresh. A store lookup that throws counts as not stored.
 */
async function newMatches(
  items: readonly FeedItem[],
  deps: RefreshDeps,
  fetched: ReadonlySet<string> = new Set(),
): Promise<{ matched: number; fresh: FeedItem[] }> {
  const seen = new Set<string>();
  const passing: FeedItem[] = [];
  for (const item of items) {
    if (seen.has(item.link)) continue;
    seen.add(item.link);
    if (passesGate(item, deps)) passing.push(item);
  }
  const fresh: FeedItem[] = [];
  for (const item of newestFirst(passing)) {
    if (deps.signal?.aborted) break;
    if (fetched.has(linkKey(item.link))) continue;
    const stored = deps.known ? await deps.known(item.link).catch(() => false) : false;
    if (!stored) fresh.push(item);
  }
  return { matched: passing.length, fresh };
}

/**
 * Fetches, analyses and keeps one article (its slot already taken). One
 * article's failure is counted, not the source's failure. An article whose
 * turn comes after the time budget is left for a later refresh.
 */
async function readArticle(
  item: FeedItem,
  source: Source,
  deps: RefreshDeps,
  { limiter, limits, budget }: Shared,
  tally: Tally,
): Promise<void> {
  try {
    const page = await limiter.run(hostOf(item.link), async () => {
      if (deps.now() > budget.deadline || deps.signal?.aborted) return null;
      return fetchText(deps.fetch, item.link, {
        kind: 'article',
        timeoutMs: limits.timeoutMs,
        maxBytes: limits.maxBytes,
        signal: deps.signal,
      });
    });
    if (page === null) {
      tally.left++;
      return;
    }
    tally.fetched.push(linkKey(item.link));
    if (!page.ok || page.status !== 200 || deps.signal?.aborted) {
      tally.failed++;
      return;
    }
    const analysis = deps.analyzeHtml(page.text, page.url);
    tally.read++;
    budget.read++;
    if (await deps.keep(analysis, source)) {
      tally.kept++;
      budget.kept++;
    }
  } catch {
    tally.failed++;
  }
}

/**
 * Gate, store lookup, cap and fetch for a list of items outside a feed
 * refresh (discovery): at most `maxArticlesPerSource`, newest first.
 * Returns how many analyses were kept.
 */
export async function readArticles(
  items: readonly FeedItem[],
  source: Source,
  deps: RefreshDeps,
  limiter: Limiter,
  limits: RefreshLimits,
): Promise<number> {
  const { fresh } = await newMatches(items, deps);
  const tally: Tally = { matched: 0, read: 0, failed: 0, kept: 0, left: 0, fetched: [] };
  const budget: Budget = {
    articlesLeft: limits.maxArticlesPerSource,
    deadline: deps.now() + limits.budgetMs,
    read: 0,
    kept: 0,
  };
  const shared: Shared = { limiter, limits, budget, share: limits.maxArticlesPerSource };
  const chosen = fresh.slice(0, takeSlots(budget, fresh.length));
  await Promise.all(chosen.map((item) => readArticle(item, source, deps, shared, tally)));
  return tally.kept;
}

/**
 * Optional discovery (off by default: it sends a query to a third party):
 * recent articles about the conflict from the GDELT DOC 2.0 API, as feed
 * items, to go through the same gate → fetch → analyse path as feed items.
 * https://blog.gdeltproject.org/gdelt-doc-2-0-api-debuts/
 */
import { FEEDS_CONFIG } from './config';
import { fetchText } from './fetch-text';
import type { FeedItem } from './types';

const G = FEEDS_CONFIG.gdelt;

/** Spaces requests at least `intervalMs` apart on an injected clock. */
export interface RateLimiter {
  /** Reserves the next slot; returns how long to wait (ms) before using it. */
  reserve(now: number): number;
}

/**
 * @example
 * const limiter = createRateLimiter(5000);
 * limiter.reserve(0) // 0; limiter.reserve(1000) // 4000
 */
export function createRateLimiter(intervalMs: number): RateLimiter {
  let next = Number.NEGATIVE_INFINITY;
  return {
    reserve(now) {
      const at = Math.max(now, next);
      next = at + intervalMs;
      return at - now;
    },
  };
}

/** Shared by every caller in this context: GDELT's limit is per client, not per call site. */
const sharedLimiter = createRateLimiter(G.minIntervalMs);

export interface GdeltDeps {
  fetch: typeof fetch;
  now(): number;
  /** Waits; defaults to setTimeout. */
  sleep?(ms: number): Promise<void>;
  /** Defaults to the shared one-request-per-5-seconds limiter. */
  limiter?: RateLimiter;
}

export type GdeltResult = { ok: true; items: FeedItem[] } | { ok: false; error: string };

export const GDELT_ERRORS = Object.freeze({
  refused: (why: string) => `GDELT did not answer the search: ${why}`,
  badJson: 'GDELT answered with something that is not valid JSON.',
  unexpected: 'GDELT answered, but not with a list of articles.',
});

/** GDELT's "seendate" (20260227T101500Z) to ISO. */
function seenDate(raw: unknown): string | null {
  const m =
    typeof raw === 'string' ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(raw) : null;
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The address of an article list query. */
export function gdeltUrl(query: string = G.defaultQuery): string {
  const params = new URLSearchParams({
    query,
    mode: 'artlist',
    format: 'json',
    maxrecords: String(G.maxRecords),
    timespan: G.timespan,
    sort: 'datedesc',
  });
  return `${G.endpoint}?${params.toString()}`;
}

/**
 * Recent articles matching the query (by default: both countries and a word
 * of fighting or talks, English sources). At most one request per 5 seconds.
 *
 * @example
 * const r = await discoverGdelt({ fetch, now: Date.now });
 * if (r.ok) r.items.filter(isCoverage) // then fetch, analyse and keep as feed items
 */
export async function discoverGdelt(deps: GdeltDeps, query?: string): Promise<GdeltResult> {
  try {
    const wait = (deps.limiter ?? sharedLimiter).reserve(deps.now());
    if (wait > 0) await (deps.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))))(wait);
    const response = await fetchText(deps.fetch, gdeltUrl(query), { kind: 'api' });
    if (!response.ok) return { ok: false, error: response.error };
    if (response.status !== 200) return { ok: false, error: GDELT_ERRORS.unexpected };
    const text = response.text.trim();
    if (text === '' || text === '{}') return { ok: true, items: [] };
    if (!text.startsWith('{')) {
      // Errors come back as a sentence or an HTML page with status 200.
      const sentence = text
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200);
      return { ok: false, error: GDELT_ERRORS.refused(sentence || 'an empty page') };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, error: GDELT_ERRORS.badJson };
    }
    const articles = (json as { articles?: unknown }).articles;
    if (articles === undefined) return { ok: true, items: [] };
    if (!Array.isArray(articles)) return { ok: false, error: GDELT_ERRORS.unexpected };
    const items: FeedItem[] = [];
    const seen = new Set<string>();
    for (const a of articles as Record<string, unknown>[]) {
      if (typeof a !== 'object' || a === null || typeof a.url !== 'string') continue;
      let link: string;
      try {
        const url = new URL(a.url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
        link = url.href;
      } catch {
        continue;
      }
      if (seen.has(link)) continue;
      seen.add(link);
      items.push({
        title: typeof a.title === 'string' ? a.title.trim() : '',
        link,
        published: seenDate(a.seendate),
        summary: '',
      });
    }
    return { ok: true, items };
  } catch (e) {
    return { ok: false, error: GDELT_ERRORS.refused(e instanceof Error ? e.message : String(e)) };
  }
}

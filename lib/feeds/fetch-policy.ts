/**
 * When to read a source again, what a response must look like, and what to
 * tell the reader when it does not. Pure: no fetching here.
 */
import type { FeedState, SourceHealth } from '../sources/types';
import { FEEDS_CONFIG } from './config';

/** What is fetched: a feed, an article page, or a JSON API answer (GDELT). */
export type FetchKind = 'feed' | 'article' | 'api';

const NOUN: Readonly<Record<FetchKind, string>> = Object.freeze({
  feed: 'feed',
  article: 'page',
  api: 'answer',
});

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Everything that can go wrong with a request, in words a reader understands. */
export const FETCH_ERRORS = Object.freeze({
  timeout: 'The server took too long to answer.',
  tooLarge: (kind: FetchKind, max: number) => `The ${NOUN[kind]} is larger than ${MB(max)}.`,
  redirectLoop: 'The address redirects in a loop (too many redirects): check the feed URL.',
  network: 'The site could not be reached: there is no connection, or the address does not exist.',
  stopped: 'The refresh was stopped.',
  wrongType: (kind: FetchKind, type: string) =>
    `This address returned ${type || 'an unknown kind of file'}, not ${kind === 'feed' ? 'a feed' : kind === 'article' ? 'a web page' : 'JSON'}.`,
  http: (kind: FetchKind, status: number, statusText: string): string => {
    const what =
      kind === 'feed'
        ? 'The feed address'
        : kind === 'article'
          ? 'The article address'
          : 'The service';
    const code = `${status}${statusText ? ` ${statusText}` : ''}`;
    if (status === 404 || status === 410) return `${what} returned ${code}: check the feed URL.`;
    if (status === 401 || status === 403) return `The site refused to serve it (${code}).`;
    if (status === 429)
      return `The site asked us to slow down (${code}); it will be tried again later.`;
    if (status >= 500)
      return `The site had a server error (${code}); it will be tried again later.`;
    return `${what} returned ${code}.`;
  },
  unexpected: (why: string) => `Something went wrong while reading this source: ${why}`,
});

/** Standard reason phrases, for servers (and HTTP/2) that send none. */
const REASONS: Readonly<Record<number, string>> = Object.freeze({
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
});

export const reasonPhrase = (status: number, given: string): string =>
  given || REASONS[status] || '';

/**
 * Delay before the next automatic attempt after `failures` failed refreshes in a row.
 *
 * @example
 * backoffMs(1) // 30 minutes; backoffMs(2) // 1 hour; backoffMs(10) // 24 hours (cap)
 */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  const ms = FEEDS_CONFIG.backoffBaseMs * 2 ** Math.min(failures - 1, 30);
  return Math.min(ms, FEEDS_CONFIG.backoffMaxMs);
}

/**
 * Whether an automatic refresh may read this source now. A manual refresh
 * (the reader pressed "Refresh now") overrides backoff.
 *
 * @example
 * isDue(health, Date.now(), { manual: false })
 */
export function isDue(
  health: SourceHealth | undefined,
  now: number,
  opts: { manual?: boolean } = {},
): boolean {
  if (opts.manual || !health || health.nextAttemptAt === null) return true;
  return now >= health.nextAttemptAt;
}

/** Conditional request headers from what the feed said last time. */
export function conditionalHeaders(state: FeedState | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state?.etag) headers['If-None-Match'] = state.etag;
  if (state?.lastModified) headers['If-Modified-Since'] = state.lastModified;
  return headers;
}

/** The Accept header we send for each kind. */
export const ACCEPT: Readonly<Record<FetchKind, string>> = Object.freeze({
  feed: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  article: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
  api: 'application/json, text/plain;q=0.9, */*;q=0.5',
});

/**
 * Whether a response's Content-Type may hold what we asked for. Feeds are
 * often mislabelled (text/plain, text/html, octet-stream): those are read and
 * sniffed by the parser, which tells a web page from a feed. A missing type
 * is sniffed too.
 *
 * @example
 * acceptsContentType('feed', 'application/rss+xml; charset=utf-8') // true
 * acceptsContentType('article', 'application/pdf') // false
 */
export function acceptsContentType(kind: FetchKind, contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '') return true;
  // GDELT labels JSON and its error sentences as text/html or text/plain.
  if (kind === 'api') return /json|^text\//.test(type);
  if (kind === 'feed')
    return /xml|rss|atom|rdf|^text\/(plain|html)$|^application\/octet-stream$/.test(type);
  return type === 'text/html' || type === 'application/xhtml+xml';
}

import { describe, expect, it, vi } from 'vitest';
import { refreshSources, type RefreshDeps } from '../../../lib/feeds/refresh';
import { backoffMs, isDue } from '../../../lib/feeds/fetch-policy';
import { emptyHealth, type Source, type SourceHealth } from '../../../lib/sources/types';
import type { Analysis } from '../../../lib/types';
import { fakeWeb, html, rssFeed, xml, type Route } from './fake-web';

const NOW = Date.parse('2026-02-28T10:00:00Z');
const MIN = 60_000;

function source(id: string, feeds: string[], over: Partial<Source> = {}): Source {
  return {
    id,
    name: id.toUpperCase(),
    domain: `${id}.example.com`,
    feeds,
    region: 'international',
    enabled: true,
    trusted: false,
    builtin: false,
    ...over,
  };
}

function analysisOf(html: string, url: string): Analysis {
  return {
    url,
    coverage: { detected: html.includes('border'), score: 0.9, signals: [] },
    article: { title: 't', outlet: 'o', domain: 'd', published: null, text: html, byline: null },
    figures: [],
  };
}

function deps(
  fetch: typeof globalThis.fetch,
  over: Partial<RefreshDeps> = {},
): RefreshDeps & { kept: string[] } {
  const kept: string[] = [];
  return {
    fetch,
    now: () => NOW,
    health: {},
    isCoverage: ({ title, summary }) => /border|clash/i.test(`${title} ${summary}`),
    analyzeHtml: analysisOf,
    keep: async (analysis) => {
      if (!analysis.coverage.detected) return false;
      kept.push(analysis.url!);
      return true;
    },
    known: async () => false,
    limits: { timeoutMs: 200 },
    ...over,
    kept,
  };
}

const FEED = 'https://a.example.com/feed.xml';
const story = (n: number) => `https://a.example.com/story/${n}`;

describe('refreshSources: the normal path', () => {
  it('reads the feed, fetches only new items that pass the gate, and keeps their analyses', async () => {
    const web = fakeWeb({
      [FEED]: () =>
        xml(
          rssFeed([
            { title: 'Border clash overnight', link: story(1) },
            { title: 'Cricket final tonight', link: story(2) },
            { title: 'More clashes', link: story(3), summary: 'on the border' },
            { title: 'Already read: border', link: story(4) },
          ]),
          { etag: '"v1"', 'last-modified': 'Sat, 28 Feb 2026 09:00:00 GMT' },
        ),
      [story(1)]: () => html('<p>border fighting</p>'),
      [story(3)]: () => html('<p>a cricket story after all</p>'),
    });
    const d = deps(web.fetch, { known: async (url) => url === story(4) });
    const health = await refreshSources([source('a', [FEED])], d);
    expect(web.requests.map((r) => r.url).sort()).toEqual([FEED, story(1), story(3)].sort());
    expect(d.kept).toEqual([story(1)]);
    expect(health.a).toEqual({
      ...emptyHealth('a'),
      lastAttempt: NOW,
      lastSuccess: NOW,
      itemsFound: 4,
      reportsKept: 1,
      feedState: {
        [FEED]: { etag: '"v1"', lastModified: 'Sat, 28 Feb 2026 09:00:00 GMT', items: 4 },
      },
    });
  });

  it('sends no cookies, follows redirects, and asks for feeds and pages by type', async () => {
    const web = fakeWeb({
      [FEED]: () => xml(rssFeed([{ title: 'border', link: story(1) }])),
      [story(1)]: () => html('x'),
    });
    await refreshSources([source('a', [FEED])], deps(web.fetch));
    for (const r of web.requests) {
      expect(r.init.credentials).toBe('omit');
      expect(r.init.redirect).toBe('follow');
      expect(r.init.signal).toBeInstanceOf(AbortSignal);
    }
    expect(web.requests[0]!.headers.accept).toMatch(/rss\+xml/);
    expect(web.requests[1]!.headers.accept).toMatch(/text\/html/);
  });

  it('makes a conditional request from the stored validators, and a 304 is cheap and not a failure', async () => {
    const web = fakeWeb({ [FEED]: () => new Response(null, { status: 304 }) });
    const previous: SourceHealth = {
      ...emptyHealth('a'),
      lastSuccess: NOW - 30 * MIN,
      itemsFound: 12,
      feedState: {
        [FEED]: { etag: '"v1"', lastModified: 'Sat, 28 Feb 2026 09:00:00 GMT', items: 12 },
      },
    };
    const health = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { health: { a: previous } }),
    );
    expect(web.requests).toHaveLength(1);
    expect(web.requests[0]!.headers['if-none-match']).toBe('"v1"');
    expect(web.requests[0]!.headers['if-modified-since']).toBe('Sat, 28 Feb 2026 09:00:00 GMT');
    expect(health.a).toMatchObject({
      lastSuccess: NOW,
      itemsFound: 12,
      error: null,
      consecutiveFailures: 0,
      feedState: previous.feedState,
    });
  });

  it('skips disabled sources and sources without feeds, and reports progress per source', async () => {
    const web = fakeWeb({ [FEED]: () => xml(rssFeed([])) });
    const progress: unknown[] = [];
    const health = await refreshSources(
      [
        source('a', [FEED]),
        source('b', ['https://b.example.com/f'], { enabled: false }),
        source('c', []),
      ],
      deps(web.fetch, { onProgress: (p) => progress.push(p) }),
    );
    expect(Object.keys(health)).toEqual(['a']);
    expect(progress).toEqual([
      { done: 0, total: 1 },
      { done: 1, total: 1, current: 'A' },
    ]);
  });

  it('returns a new record and leaves the given health untouched', async () => {
    const web = fakeWeb({ [FEED]: () => new Response('', { status: 500 }) });
    const given = { a: emptyHealth('a') };
    const copy = structuredClone(given);
    await refreshSources([source('a', [FEED])], deps(web.fetch, { health: given }));
    expect(given).toEqual(copy);
  });
});

const never = () => new Promise<Response>(() => undefined);
const endless = () =>
  new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('<rss>')) }), {
    headers: { 'content-type': 'application/rss+xml' },
  });
const big = (withLength: boolean) => () => {
  const chunk = new Uint8Array(1024 * 1024).fill(32);
  let sent = 0;
  return new Response(
    new ReadableStream({
      pull(c) {
        if (sent++ >= 50) c.close();
        else c.enqueue(chunk);
      },
    }),
    {
      headers: {
        'content-type': 'application/rss+xml',
        ...(withLength ? { 'content-length': String(50 * 1024 * 1024) } : {}),
      },
    },
  );
};

describe('refreshSources: every kind of failure, in words', () => {
  it.each<[string, Route, RegExp]>([
    [
      '404',
      () => new Response('no', { status: 404, statusText: 'Not Found' }),
      /^The feed address returned 404 Not Found: check the feed URL\.$/,
    ],
    [
      '404 without reason phrase',
      () => new Response('no', { status: 404 }),
      /returned 404 Not Found/,
    ],
    ['410', () => new Response('', { status: 410 }), /410 Gone: check the feed URL/],
    ['403', () => new Response('', { status: 403 }), /refused to serve it \(403 Forbidden\)/],
    ['429', () => new Response('', { status: 429 }), /slow down/],
    ['503', () => new Response('', { status: 503 }), /server error \(503 Service Unavailable\)/],
    [
      'a web page',
      () => html('<!doctype html><html><body>Home</body></html>'),
      /^This address returned a web page, not a feed\.$/,
    ],
    [
      'broken XML',
      () => xml('<rss><channel><item></channel></rss>'),
      /^The feed is not valid XML: /,
    ],
    [
      'an image',
      () => new Response('png', { headers: { 'content-type': 'image/png' } }),
      /^This address returned image\/png, not a feed\.$/,
    ],
    [
      'JSON',
      () => new Response('{}', { headers: { 'content-type': 'application/json' } }),
      /returned application\/json, not a feed/,
    ],
    ['an empty body', () => xml(''), /^The feed is empty\.$/],
    ['no answer at all', never, /^The server took too long to answer\.$/],
    ['a body that never ends', endless, /^The server took too long to answer\.$/],
    ['50 MB announced', big(true), /^The feed is larger than 3 MB\.$/],
    ['50 MB streamed', big(false), /^The feed is larger than 3 MB\.$/],
    [
      'no connection',
      () =>
        Promise.reject(
          new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') }),
        ),
      /could not be reached/,
    ],
    [
      'a redirect loop',
      () =>
        Promise.reject(
          new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }),
        ),
      /redirects in a loop/,
    ],
    [
      'a thrown non-error',
      () => Promise.reject('weird'),
      /Something went wrong while reading this source: weird/,
    ],
  ])('%s', async (_, route, message) => {
    const web = fakeWeb({ [FEED]: route });
    const health = await refreshSources([source('a', [FEED])], deps(web.fetch));
    expect(health.a!.error).toMatch(message);
    expect(health.a).toMatchObject({
      lastAttempt: NOW,
      lastSuccess: null,
      consecutiveFailures: 1,
      nextAttemptAt: NOW + 30 * MIN,
      reportsKept: 0,
    });
  });

  it('one source failing in any way does not stop the others', async () => {
    const web = fakeWeb({
      'https://bad.example.com/f': () => Promise.reject(new Error('boom')),
      'https://slow.example.com/f': never,
      'https://html.example.com/f': () => html('<html></html>'),
      [FEED]: () => xml(rssFeed([{ title: 'border', link: story(1) }])),
      [story(1)]: () => html('border'),
    });
    const d = deps(web.fetch);
    const health = await refreshSources(
      [
        source('bad', ['https://bad.example.com/f']),
        source('slow', ['https://slow.example.com/f']),
        source('html', ['https://html.example.com/f']),
        source('a', [FEED]),
      ],
      d,
    );
    expect(health.a!.error).toBeNull();
    expect(d.kept).toEqual([story(1)]);
    expect(
      [health.bad!.error, health.slow!.error, health.html!.error].every(
        (e) => typeof e === 'string',
      ),
    ).toBe(true);
  });

  it('an article that fails, a gate or analysis that throws, or a failing keep are skipped, not source failures', async () => {
    const web = fakeWeb({
      [FEED]: () =>
        xml(rssFeed([1, 2, 3, 4, 5].map((n) => ({ title: `border ${n}`, link: story(n) })))),
      [story(1)]: () => new Response('', { status: 500 }),
      [story(2)]: () => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } }),
      [story(3)]: () => html('THROW'),
      [story(4)]: () => html('border KEEP-FAILS'),
      [story(5)]: () => html('border fine'),
    });
    const d = deps(web.fetch, {
      analyzeHtml: (text, url) => {
        if (text === 'THROW') throw new Error('bad page');
        return analysisOf(text, url);
      },
    });
    const keep = d.keep;
    d.keep = async (a, s) => {
      if (a.article.text.includes('KEEP-FAILS')) throw new Error('disk full');
      return keep(a, s);
    };
    const health = await refreshSources([source('a', [FEED])], d);
    expect(health.a).toMatchObject({ error: null, reportsKept: 1, itemsFound: 5 });
  });

  it('says which feeds failed when only some did, without backing off', async () => {
    const web = fakeWeb({
      [FEED]: () => xml(rssFeed([])),
      'https://a.example.com/other': () => new Response('', { status: 404 }),
    });
    const health = await refreshSources(
      [source('a', [FEED, 'https://a.example.com/other'])],
      deps(web.fetch),
    );
    expect(health.a).toMatchObject({
      lastSuccess: NOW,
      consecutiveFailures: 0,
      nextAttemptAt: null,
    });
    expect(health.a!.error).toMatch(
      /^1 of 2 feeds could not be read: The feed address returned 404/,
    );
  });

  it('a gate that throws skips the item', async () => {
    const web = fakeWeb({ [FEED]: () => xml(rssFeed([{ title: 'border', link: story(1) }])) });
    const health = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, {
        isCoverage: () => {
          throw new Error('x');
        },
      }),
    );
    expect(health.a!.error).toBeNull();
    expect(web.requests).toHaveLength(1);
  });
});

describe('refreshSources: backoff', () => {
  it.each([
    [1, 30 * MIN],
    [2, 60 * MIN],
    [3, 120 * MIN],
    [6, 16 * 60 * MIN],
    [7, 24 * 60 * MIN],
    [40, 24 * 60 * MIN],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(backoffMs(failures)).toBe(ms);
  });

  it('does not try a backed-off source until its time, unless the reader asks', async () => {
    const web = fakeWeb({ [FEED]: () => new Response('', { status: 500 }) });
    const backedOff = {
      ...emptyHealth('a'),
      consecutiveFailures: 2,
      nextAttemptAt: NOW + 5 * MIN,
      error: 'x',
    };
    let health = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { health: { a: backedOff } }),
    );
    expect(web.requests).toHaveLength(0);
    expect(health.a).toEqual(backedOff);
    health = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { health: { a: backedOff }, manual: true }),
    );
    expect(web.requests).toHaveLength(1);
    expect(health.a).toMatchObject({ consecutiveFailures: 3, nextAttemptAt: NOW + 120 * MIN });
    expect(isDue(health.a, NOW + 120 * MIN)).toBe(true);
  });

  it('a success clears the backoff', async () => {
    const web = fakeWeb({ [FEED]: () => xml(rssFeed([])) });
    const backedOff = {
      ...emptyHealth('a'),
      consecutiveFailures: 4,
      nextAttemptAt: NOW - 1,
      error: 'x',
    };
    const health = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { health: { a: backedOff } }),
    );
    expect(health.a).toMatchObject({ consecutiveFailures: 0, nextAttemptAt: null, error: null });
  });
});

describe('refreshSources: politeness and stopping', () => {
  it('has at most 2 requests per host and 6 overall in flight', async () => {
    const slow =
      (body: () => Response): Route =>
      () =>
        new Promise((r) => setTimeout(() => r(body()), 5));
    const routes: Record<string, Route> = {};
    const sources: Source[] = [];
    for (const host of ['a', 'b', 'c', 'd', 'e']) {
      const feed = `https://${host}.example.com/feed`;
      const links = [1, 2, 3, 4, 5, 6].map((n) => `https://${host}.example.com/s/${n}`);
      routes[feed] = slow(() => xml(rssFeed(links.map((link) => ({ title: 'border', link })))));
      for (const link of links) routes[link] = slow(() => html('border'));
      sources.push(source(host, [feed]));
    }
    const web = fakeWeb(routes);
    const d = deps(web.fetch);
    await refreshSources(sources, d);
    expect(d.kept).toHaveLength(30);
    expect(web.maxPerHost).toBeLessThanOrEqual(2);
    expect(web.maxInFlight).toBeLessThanOrEqual(6);
    expect(web.maxInFlight).toBeGreaterThan(2);
  });

  it('caps the articles fetched per source per refresh', async () => {
    const links = Array.from({ length: 30 }, (_, n) => story(n));
    const routes: Record<string, Route> = {
      [FEED]: () => xml(rssFeed(links.map((link) => ({ title: 'border', link })))),
    };
    for (const link of links) routes[link] = () => html('border');
    const web = fakeWeb(routes);
    await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { limits: { maxArticlesPerSource: 4 } }),
    );
    expect(web.requests).toHaveLength(5);
  });

  it('stops when the signal aborts and leaves health as it was', async () => {
    const controller = new AbortController();
    const web = fakeWeb({
      [FEED]: () => {
        controller.abort();
        return never();
      },
    });
    const health = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { signal: controller.signal, limits: { timeoutMs: 10_000 } }),
    );
    expect(health).toEqual({});
  });

  it('a progress listener that throws does not stop the refresh', async () => {
    const web = fakeWeb({ [FEED]: () => xml(rssFeed([])) });
    const onProgress = vi.fn(() => {
      throw new Error('ui gone');
    });
    const health = await refreshSources([source('a', [FEED])], deps(web.fetch, { onProgress }));
    expect(health.a!.error).toBeNull();
    expect(onProgress).toHaveBeenCalledTimes(2);
  });
});

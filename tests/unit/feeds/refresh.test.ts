import { describe, expect, it, vi } from 'vitest';
import { linkKey, refreshSources, type RefreshDeps } from '../../../lib/feeds/refresh';
import { backoffMs, isDue } from '../../../lib/feeds/fetch-policy';
import { FEEDS_CONFIG } from '../../../lib/feeds/config';
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
      itemsMatched: 3,
      articlesRead: 2,
      articlesFailed: 0,
      articlesLeft: 0,
      reportsKept: 1,
      readLinks: expect.arrayContaining([linkKey(story(1)), linkKey(story(3))]),
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
      { done: 0, total: 1, articlesRead: 0, reportsKept: 0 },
      { done: 1, total: 1, current: 'A', articlesRead: 0, reportsKept: 0 },
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
  it('has at most 2 requests per host and 8 overall in flight', async () => {
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
    expect(web.maxInFlight).toBeLessThanOrEqual(FEEDS_CONFIG.totalConcurrency);
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

/** A source `id` whose feed lists `n` matching stories. */
function busySource(id: string, n: number, routes: Record<string, Route>): Source {
  const feed = `https://${id}.example.com/feed`;
  const links = Array.from({ length: n }, (_, i) => `https://${id}.example.com/s/${i}`);
  routes[feed] = () => xml(rssFeed(links.map((link) => ({ title: 'border', link }))));
  for (const link of links) routes[link] = () => html('border');
  return source(id, [feed]);
}

const articleHosts = (web: ReturnType<typeof fakeWeb>) =>
  web.requests.filter((r) => r.url.includes('/s/')).map((r) => new URL(r.url).host.split('.')[0]);

describe('refreshSources: caps instead of strictness', () => {
  it('fetches at most maxArticlesPerRefresh articles in all, and every source gets its share', async () => {
    const routes: Record<string, Route> = {};
    // One chatty source and four quiet ones; 10 articles for the whole refresh.
    const sources = [
      busySource('chatty', 30, routes),
      ...['q1', 'q2', 'q3', 'q4'].map((id) => busySource(id, 2, routes)),
    ];
    const web = fakeWeb(routes);
    const health = await refreshSources(
      sources,
      deps(web.fetch, { limits: { maxArticlesPerRefresh: 10, maxArticlesPerSource: 8 } }),
    );
    const hosts = articleHosts(web);
    expect(hosts).toHaveLength(10);
    for (const q of ['q1', 'q2', 'q3', 'q4']) {
      expect(hosts.filter((h) => h === q)).toHaveLength(2);
      expect(health[q]).toMatchObject({ articlesRead: 2, articlesLeft: 0, reportsKept: 2 });
    }
    // The chatty source had its share (2) and the two slots nobody else wanted.
    expect(health.chatty).toMatchObject({
      itemsFound: 30,
      itemsMatched: 30,
      articlesRead: 2,
      reportsKept: 2,
      // 8 allowed per source, 2 fetched: 6 wait, and 22 more beyond the per-source cap.
      articlesLeft: 28,
    });
  });

  it('shares unused slots round the sources, one at a time', async () => {
    const routes: Record<string, Route> = {};
    const sources = [
      busySource('a', 9, routes),
      busySource('b', 9, routes),
      busySource('c', 1, routes),
    ];
    const web = fakeWeb(routes);
    // Share: floor(9 / 3) = 3 each; c uses 1, so a and b get one more each.
    await refreshSources(
      sources,
      deps(web.fetch, { limits: { maxArticlesPerRefresh: 9, maxArticlesPerSource: 9 } }),
    );
    const hosts = articleHosts(web);
    expect(hosts.filter((h) => h === 'a')).toHaveLength(4);
    expect(hosts.filter((h) => h === 'b')).toHaveLength(4);
    expect(hosts.filter((h) => h === 'c')).toHaveLength(1);
  });

  it('starts no article after the time budget and counts what is left for the next refresh', async () => {
    const routes: Record<string, Route> = {};
    const sources = [busySource('a', 3, routes)];
    const web = fakeWeb(routes);
    let clock = NOW;
    // The feed takes "50 s" to read: the budget (40 s) is spent before any article starts.
    const d = deps(web.fetch, {
      now: () => clock,
      limits: { budgetMs: 40_000 },
      isCoverage: () => {
        clock = NOW + 50_000;
        return true;
      },
    });
    const health = await refreshSources(sources, d);
    expect(articleHosts(web)).toHaveLength(0);
    expect(health.a).toMatchObject({ error: null, articlesRead: 0, articlesLeft: 3 });
  });

  it('counts articles that could not be fetched apart from those read', async () => {
    const web = fakeWeb({
      [FEED]: () => xml(rssFeed([1, 2, 3].map((n) => ({ title: `border ${n}`, link: story(n) })))),
      [story(1)]: () => html('border'),
      [story(2)]: () => new Response('', { status: 404 }),
      [story(3)]: () => html('cricket'),
    });
    const health = await refreshSources([source('a', [FEED])], deps(web.fetch));
    expect(health.a).toMatchObject({
      itemsMatched: 3,
      articlesRead: 2,
      articlesFailed: 1,
      reportsKept: 1,
    });
  });

  it('gives the gate title, summary, categories and date, and fetches the newest items first', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
      <item><title>old</title><link>${story(1)}</link><pubDate>Mon, 23 Feb 2026 08:00:00 GMT</pubDate>
        <category>Afghanistan</category></item>
      <item><title>undated</title><link>${story(2)}</link><category>Pakistan</category></item>
      <item><title>new</title><link>${story(3)}</link><pubDate>Fri, 27 Feb 2026 08:00:00 GMT</pubDate>
        <description>&lt;p&gt;Strikes &lt;b&gt;overnight&lt;/b&gt;&lt;/p&gt;</description><category>Pakistan</category></item>
    </channel></rss>`;
    const web = fakeWeb({
      [FEED]: () => xml(feed),
      [story(1)]: () => html('border'),
      [story(2)]: () => html('border'),
      [story(3)]: () => html('border'),
    });
    const seen: unknown[] = [];
    await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, {
        isCoverage: (item) => {
          seen.push(item);
          return item.categories.includes('Pakistan') || item.categories.includes('Afghanistan');
        },
        limits: { maxArticlesPerSource: 2 },
      }),
    );
    expect(seen).toContainEqual({
      title: 'new',
      summary: 'Strikes overnight',
      categories: ['Pakistan'],
      published: '2026-02-27T08:00:00.000Z',
    });
    // Two allowed: the newest dated item, then the next dated one; the undated waits.
    expect(web.requests.slice(1).map((r) => r.url)).toEqual([story(3), story(1)]);
  });

  it('reports articles read and reports kept in its progress', async () => {
    const routes: Record<string, Route> = {};
    const progress: { articlesRead?: number; reportsKept?: number }[] = [];
    await refreshSources(
      [busySource('a', 2, routes), busySource('b', 1, routes)],
      deps(fakeWeb(routes).fetch, { onProgress: (p) => progress.push(p) }),
    );
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2, articlesRead: 3, reportsKept: 3 });
  });
});

describe('refreshSources: articles read once', () => {
  it('does not fetch again an article a recent refresh read and did not keep', async () => {
    const web = fakeWeb({
      [FEED]: () => xml(rssFeed([1, 2].map((n) => ({ title: `border ${n}`, link: story(n) })))),
      [story(1)]: () => html('cricket after all'),
      [story(2)]: () => html('border'),
    });
    const first = await refreshSources([source('a', [FEED])], deps(web.fetch));
    expect(first.a!.readLinks).toEqual(
      expect.arrayContaining([linkKey(story(1)), linkKey(story(2))]),
    );
    const before = web.requests.length;
    // Story 2 was kept (the store knows it), story 1 was read and not kept: neither is fetched again.
    const second = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { health: first, known: async (url) => url === story(2) }),
    );
    expect(web.requests.length - before).toBe(1); // the feed only
    expect(second.a).toMatchObject({ itemsMatched: 2, articlesRead: 0, articlesLeft: 0 });
  });

  it('remembers at most the configured number of links, newest first', async () => {
    const old = Array.from({ length: FEEDS_CONFIG.rememberedLinksPerSource }, (_, i) =>
      linkKey(`https://old.example.com/${i}`),
    );
    const web = fakeWeb({
      [FEED]: () => xml(rssFeed([{ title: 'border', link: story(1) }])),
      [story(1)]: () => html('border'),
    });
    const health = await refreshSources(
      [source('a', [FEED])],
      deps(web.fetch, { health: { a: { ...emptyHealth('a'), readLinks: old } } }),
    );
    expect(health.a!.readLinks).toHaveLength(FEEDS_CONFIG.rememberedLinksPerSource);
    expect(health.a!.readLinks![0]).toBe(linkKey(story(1)));
  });

  it('keys links as eight hex digits, different for different links', () => {
    expect(linkKey(story(1))).toMatch(/^[0-9a-f]{8}$/);
    expect(linkKey(story(1))).not.toBe(linkKey(story(2)));
    expect(linkKey(story(1))).toBe(linkKey(story(1)));
  });
});

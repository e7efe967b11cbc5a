import { describe, expect, it } from 'vitest';
import { createRateLimiter, discoverGdelt, gdeltUrl, GDELT_ERRORS } from '../../../lib/feeds/gdelt';
import { fakeWeb } from './fake-web';

const URL_ = gdeltUrl();
const json = (body: unknown, type = 'application/json') =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    headers: { 'content-type': type },
  });

function deps(route: () => Response | Promise<Response>) {
  const web = fakeWeb({ [URL_]: route });
  const slept: number[] = [];
  let clock = 0;
  return {
    web,
    slept,
    tick: (ms: number) => (clock += ms),
    d: {
      fetch: web.fetch,
      now: () => clock,
      sleep: async (ms: number) => void slept.push(ms),
      limiter: createRateLimiter(5000),
    },
  };
}

describe('discoverGdelt', () => {
  it('asks the DOC 2.0 API for a JSON article list about both countries', () => {
    const u = new URL(URL_);
    expect(u.origin + u.pathname).toBe('https://api.gdeltproject.org/api/v2/doc/doc');
    expect(Object.fromEntries(u.searchParams)).toMatchObject({
      mode: 'artlist',
      format: 'json',
      maxrecords: '50',
    });
    expect(u.searchParams.get('query')).toMatch(/Pakistan/);
    expect(u.searchParams.get('timespan')).toBeTruthy();
  });

  it('turns articles into feed items, with dates, skipping bad and repeated URLs', async () => {
    const { d } = deps(() =>
      json({
        articles: [
          {
            url: 'https://www.example.com/a',
            title: ' Border shelling ',
            seendate: '20260227T101500Z',
            domain: 'example.com',
          },
          { url: 'https://www.example.com/a', title: 'again' },
          { url: 'not a url', title: 'x' },
          { url: 'javascript:alert(1)', title: 'x' },
          { title: 'no url' },
          { url: 'https://news.example.org/b', title: 'Talks', seendate: 'soon' },
        ],
      }),
    );
    expect(await discoverGdelt(d)).toEqual({
      ok: true,
      items: [
        {
          title: 'Border shelling',
          link: 'https://www.example.com/a',
          published: '2026-02-27T10:15:00.000Z',
          summary: '',
        },
        { title: 'Talks', link: 'https://news.example.org/b', published: null, summary: '' },
      ],
    });
  });

  it.each([
    ['an empty object', json({})],
    ['an empty body', json('')],
    ['no articles key', json({ other: 1 })],
  ])('gives no items for %s', async (_, response) => {
    const { d } = deps(() => response);
    expect(await discoverGdelt(d)).toEqual({ ok: true, items: [] });
  });

  it.each([
    [
      'its rate-limit sentence',
      () => json('Please limit requests to one every 5 seconds.', 'text/html'),
      /^GDELT did not answer the search: Please limit requests/,
    ],
    [
      'an HTML error page',
      () => json('<html><body><h1>Invalid query</h1></body></html>', 'text/html'),
      /^GDELT did not answer the search: Invalid query$/,
    ],
    ['broken JSON', () => json('{"articles": [ {"url": "x", }'), new RegExp(GDELT_ERRORS.badJson)],
    [
      'articles that are not a list',
      () => json({ articles: 'many' }),
      new RegExp(GDELT_ERRORS.unexpected),
    ],
    ['a server error', () => new Response('', { status: 502 }), /server error \(502 Bad Gateway\)/],
    ['no connection', () => Promise.reject(new TypeError('fetch failed')), /could not be reached/],
  ])('reports %s as a clear error', async (_, route, message) => {
    const { d } = deps(route);
    const r = await discoverGdelt(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('waits so that requests are at least 5 seconds apart', async () => {
    const { d, slept, tick, web } = deps(() => json({}));
    await discoverGdelt(d);
    tick(1000);
    await discoverGdelt(d);
    await discoverGdelt(d);
    tick(20_000);
    await discoverGdelt(d);
    expect(slept).toEqual([4000, 9000]);
    expect(web.requests).toHaveLength(4);
  });
});

describe('createRateLimiter', () => {
  it.each([
    [
      [0, 0, 0],
      [0, 5000, 10000],
    ],
    [
      [0, 6000, 7000],
      [0, 0, 4000],
    ],
  ])('at times %j waits %j', (times, waits) => {
    const limiter = createRateLimiter(5000);
    expect(times.map((t) => limiter.reserve(t))).toEqual(waits);
  });
});

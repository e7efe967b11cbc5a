import { describe, expect, it } from 'vitest';
import { DISCOVERY_SOURCE, refreshDiscovery } from '../../../lib/feeds/refresh-discovery';
import { createRateLimiter } from '../../../lib/feeds/gdelt';
import type { Analysis } from '../../../lib/types';
import type { Source } from '../../../lib/sources/types';

const ARTICLE_HTML =
  '<html><head><title>Border clash</title></head><body><p>Story</p></body></html>';

function fakeFetch(
  routes: Record<string, { status?: number; type: string; body: string }>,
): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const key = Object.keys(routes).find((k) => url.startsWith(k));
    if (!key)
      return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const r = routes[key]!;
    return new Response(r.body, { status: r.status ?? 200, headers: { 'content-type': r.type } });
  }) as typeof fetch;
}

const analysis = (url: string) => ({ url, coverage: { detected: true } }) as unknown as Analysis;

describe('refreshDiscovery', () => {
  it('reads the articles GDELT lists through the gate and keeps them under the discovery source', async () => {
    const kept: { url: string; source: Source }[] = [];
    const list = {
      articles: [
        {
          url: 'https://news.example.org/a',
          title: 'Pakistan and Afghanistan border clashes',
          seendate: '20260227T101500Z',
        },
        {
          url: 'https://news.example.org/b',
          title: 'Cricket: Afghanistan beat Pakistan',
          seendate: '20260227T101500Z',
        },
      ],
    };
    const health = await refreshDiscovery({
      fetch: fakeFetch({
        'https://api.gdeltproject.org/': { type: 'application/json', body: JSON.stringify(list) },
        'https://news.example.org/': { type: 'text/html', body: ARTICLE_HTML },
      }),
      now: () => 1_000,
      limiter: createRateLimiter(0),
      isCoverage: (item) => /clash/i.test(item.title),
      analyzeHtml: (_html, url) => analysis(url),
      keep: async (a, source) => {
        kept.push({ url: a.url!, source });
        return true;
      },
    });
    expect(kept).toEqual([{ url: 'https://news.example.org/a', source: DISCOVERY_SOURCE }]);
    expect(health).toMatchObject({
      sourceId: DISCOVERY_SOURCE.id,
      itemsFound: 2,
      reportsKept: 1,
      error: null,
    });
  });

  it('records GDELT answering with an HTML error page as a failure in words, with backoff', async () => {
    const health = await refreshDiscovery({
      fetch: fakeFetch({
        'https://api.gdeltproject.org/': {
          type: 'text/html',
          body: '<html><body>Your query was too short.</body></html>',
        },
      }),
      now: () => 5_000,
      limiter: createRateLimiter(0),
      isCoverage: () => true,
      analyzeHtml: (_h, url) => analysis(url),
      keep: async () => true,
    });
    expect(health.error).toMatch(/GDELT/);
    expect(health.consecutiveFailures).toBe(1);
    expect(health.nextAttemptAt).toBeGreaterThan(5_000);
  });
});

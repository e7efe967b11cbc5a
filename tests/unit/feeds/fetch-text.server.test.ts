/**
 * The careful fetch against a real HTTP server on 127.0.0.1, with Node's own
 * fetch: what a fake cannot show (sockets that stay open, real redirects,
 * a real 50 MB stream).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchText } from '../../../lib/feeds/fetch-text';
import { refreshSources } from '../../../lib/feeds/refresh';
import { FETCH_ERRORS } from '../../../lib/feeds/fetch-policy';
import { rssFeed } from './fake-web';

let server: http.Server;
let base = '';
let bytesSentForHuge = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed') {
      if (req.headers['if-none-match'] === '"abc"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"abc"' });
      res.end(rssFeed([{ title: 'Border talks', link: '/story/1' }]));
    } else if (path === '/story/1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(Buffer.from('<html><body>Caf\xe9 on the border</body></html>', 'latin1'));
    } else if (path === '/never') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss><channel>');
      // Never ends.
    } else if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const write = () => {
        while (bytesSentForHuge < 50 * 1024 * 1024) {
          bytesSentForHuge += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      write();
    } else if (path.startsWith('/loop')) {
      res.writeHead(302, { location: '/loop' }).end();
    } else if (path === '/hop') {
      res.writeHead(301, { location: '/feed' }).end();
    } else if (path === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end('png');
    } else if (path === '/page') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!DOCTYPE html><html><body>Home</body></html>');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchText against a real server', () => {
  it('reads a feed, with its validators, and gets 304 when it has not changed', async () => {
    const first = await fetchText(fetch, `${base}/feed`, { kind: 'feed' });
    expect(first).toMatchObject({ ok: true, status: 200, etag: '"abc"', url: `${base}/feed` });
    const second = await fetchText(fetch, `${base}/feed`, {
      kind: 'feed',
      headers: { 'If-None-Match': '"abc"' },
    });
    expect(second).toEqual({ ok: true, status: 304 });
  });

  it('follows a redirect and reports the final address', async () => {
    expect(await fetchText(fetch, `${base}/hop`, { kind: 'feed' })).toMatchObject({
      ok: true,
      url: `${base}/feed`,
    });
  });

  it('decodes the charset the server declares', async () => {
    const r = await fetchText(fetch, `${base}/story/1`, { kind: 'article' });
    expect(r.ok && r.status === 200 && r.text).toContain('Café on the border');
  });

  it('gives up on a response that never ends', async () => {
    const started = Date.now();
    expect(await fetchText(fetch, `${base}/never`, { kind: 'feed', timeoutMs: 300 })).toEqual({
      ok: false,
      error: FETCH_ERRORS.timeout,
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops reading a 50 MB body at 3 MB', async () => {
    expect(await fetchText(fetch, `${base}/huge`, { kind: 'feed' })).toEqual({
      ok: false,
      error: 'The feed is larger than 3 MB.',
    });
    expect(bytesSentForHuge).toBeLessThan(50 * 1024 * 1024);
  });

  it('names a redirect loop', async () => {
    expect(await fetchText(fetch, `${base}/loop`, { kind: 'feed' })).toEqual({
      ok: false,
      error: FETCH_ERRORS.redirectLoop,
    });
  });

  it('refuses the wrong content type', async () => {
    expect(await fetchText(fetch, `${base}/image`, { kind: 'feed' })).toEqual({
      ok: false,
      error: 'This address returned image/png, not a feed.',
    });
    expect(await fetchText(fetch, `${base}/feed`, { kind: 'article' })).toEqual({
      ok: false,
      error: 'This address returned application/rss+xml, not a web page.',
    });
  });

  it('names a closed port', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await fetchText(fetch, `http://127.0.0.1:${port}/feed`, { kind: 'feed' })).toEqual({
      ok: false,
      error: FETCH_ERRORS.network,
    });
  });
});

describe('refreshSources against a real server', () => {
  it('reads the good source and reports each bad one in words', async () => {
    const mk = (id: string, path: string) => ({
      id,
      name: id,
      domain: 'example.com',
      feeds: [`${base}${path}`],
      region: 'international' as const,
      enabled: true,
      trusted: false,
      builtin: false,
    });
    const kept: string[] = [];
    const health = await refreshSources(
      [
        mk('good', '/feed'),
        mk('never', '/never'),
        mk('huge', '/huge'),
        mk('loop', '/loop'),
        mk('image', '/image'),
        mk('page', '/page'),
      ],
      {
        fetch,
        now: () => 1000,
        health: {},
        isCoverage: (i) => i.title.includes('Border'),
        analyzeHtml: (html, url) => ({
          url,
          coverage: { detected: true, score: 1, signals: [] },
          article: { title: '', outlet: '', domain: '', published: null, text: html, byline: null },
          figures: [],
        }),
        keep: async (a) => (kept.push(a.url!), true),
        limits: { timeoutMs: 500 },
      },
    );
    expect(kept).toEqual([`${base}/story/1`]);
    expect(health.good).toMatchObject({ error: null, reportsKept: 1, itemsFound: 1 });
    expect(health.never!.error).toBe(FETCH_ERRORS.timeout);
    expect(health.huge!.error).toBe('The feed is larger than 3 MB.');
    expect(health.loop!.error).toBe(FETCH_ERRORS.redirectLoop);
    expect(health.image!.error).toBe('This address returned image/png, not a feed.');
    expect(health.page!.error).toBe('This address returned a web page, not a feed.');
  });
});

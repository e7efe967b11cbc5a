import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  feedOrigin,
  NO_ACCESS_ERROR,
  splitByAccess,
  withAccessErrors,
} from '../../../entrypoints/background/feed-access';
import type { Source, SourceHealth } from '../../../lib/sources/types';
import { emptyHealth } from '../../../lib/sources/types';

const source = (id: string, feeds: string[]): Source => ({
  id,
  name: id,
  domain: `${id}.example`,
  feeds,
  region: 'international',
  enabled: true,
  trusted: false,
  builtin: false,
});

describe('feedOrigin', () => {
  it.each([
    ['https://feeds.example.org/rss/world.xml', 'https://feeds.example.org/*'],
    ['http://news.example.com:8080/feed?x=1', 'http://news.example.com/*'],
    ['ftp://files.example.com/feed', null],
    ['not a url', null],
  ])('%s → %s', (feed, origin) => {
    expect(feedOrigin(feed)).toBe(origin);
  });
});

describe('splitByAccess', () => {
  const allowed = new Set(['https://open.example/*']);
  const mayFetch = (feed: string) => allowed.has(feedOrigin(feed) ?? '');

  it('keeps sources whose feeds may all be fetched, blocks those with none, trims the rest', () => {
    const open = source('open', ['https://open.example/a', 'https://open.example/b']);
    const closed = source('closed', ['https://closed.example/rss']);
    const mixed = source('mixed', ['https://open.example/m', 'https://closed.example/m']);
    const split = splitByAccess([open, closed, mixed], mayFetch);
    expect(split.readable).toEqual([open, { ...mixed, feeds: ['https://open.example/m'] }]);
    expect(split.blocked).toEqual([closed]);
    expect(split.partly).toEqual({ mixed: { blocked: 1, total: 2 } });
  });

  it('treats a source without feeds as readable (nothing to fetch)', () => {
    const pagesOnly = source('pages', []);
    expect(splitByAccess([pagesOnly], () => false).readable).toEqual([pagesOnly]);
  });

  it('loses no feed and invents none (property)', () => {
    const feed = fc
      .tuple(fc.constantFrom('open', 'closed', 'other'), fc.nat(9))
      .map(([host, n]) => `https://${host}.example/${n}`);
    fc.assert(
      fc.property(fc.array(fc.array(feed, { maxLength: 4 }), { maxLength: 6 }), (lists) => {
        const sources = lists.map((feeds, i) => source(`s${i}`, feeds));
        const split = splitByAccess(sources, mayFetch);
        const readableFeeds = split.readable.flatMap((s) => s.feeds);
        expect(readableFeeds.every(mayFetch)).toBe(true);
        const all = sources.flatMap((s) => s.feeds);
        expect(readableFeeds.length).toBe(all.filter(mayFetch).length);
        expect(split.readable.length + split.blocked.length).toBe(sources.length);
      }),
    );
  });
});

describe('withAccessErrors', () => {
  const now = 1_000_000;

  it('fails blocked sources with the clear error and no backoff', () => {
    const closed = source('closed', ['https://closed.example/rss']);
    const previous: SourceHealth = { ...emptyHealth('closed'), consecutiveFailures: 2 };
    const split = { readable: [], blocked: [closed], partly: {} };
    const next = withAccessErrors({ closed: previous }, split, now);
    expect(next.closed).toMatchObject({
      error: NO_ACCESS_ERROR,
      lastAttempt: now,
      consecutiveFailures: 3,
      nextAttemptAt: null,
    });
  });

  it('says how many feeds were left out of a source that otherwise refreshed well', () => {
    const ok: SourceHealth = { ...emptyHealth('mixed'), lastSuccess: now, error: null };
    const split = { readable: [], blocked: [], partly: { mixed: { blocked: 1, total: 3 } } };
    expect(withAccessErrors({ mixed: ok }, split, now).mixed!.error).toBe(
      `1 of 3 feeds could not be read: ${NO_ACCESS_ERROR}`,
    );
  });

  it('keeps a partly blocked source’s own error, and leaves other sources alone', () => {
    const failing: SourceHealth = { ...emptyHealth('mixed'), error: 'The feed answered 500.' };
    const other: SourceHealth = { ...emptyHealth('other'), lastSuccess: now };
    const split = { readable: [], blocked: [], partly: { mixed: { blocked: 1, total: 2 } } };
    const next = withAccessErrors({ mixed: failing, other }, split, now);
    expect(next.mixed).toEqual(failing);
    expect(next.other).toEqual(other);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { openReportStore, seedReference, type ReportStore } from '../../../lib/store/reports';
import type { Report } from '../../../lib/types';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-01T12:00:00Z');
let dbCount = 0;
const freshName = () => `reports-test-${++dbCount}`;
const open: ReportStore[] = [];

async function store(opts: Parameters<typeof openReportStore>[0] = {}) {
  const s = await openReportStore({ name: freshName(), ...opts });
  open.push(s);
  return s;
}

afterEach(() => {
  for (const s of open.splice(0)) s.close();
  vi.restoreAllMocks();
});

function report(n: number, over: Partial<Report> = {}): Report {
  return {
    url: `https://www.example.com/news/${n}`,
    outlet: 'Example News',
    domain: 'example.com',
    title: `Story ${n}`,
    published: '2026-02-27',
    event: '2026-02-26',
    origin: 'page',
    seenAt: NOW - n * 1000,
    coverageScore: 0.9,
    signals: ['Kabul'],
    figures: [],
    ...over,
  };
}

describe('openReportStore', () => {
  it('stores and finds a report under any form of its URL', async () => {
    const s = await store();
    await s.put(report(1, { url: 'https://www.example.com/news/1/?utm_source=feed#top' }));
    expect((await s.get('https://www.example.com/news/1'))?.title).toBe('Story 1');
    expect((await s.get('https://www.example.com/news/1?utm_medium=x'))?.title).toBe('Story 1');
    expect(await s.get('https://www.example.com/news/2')).toBeUndefined();
    expect(await s.count()).toBe(1);
  });

  it('keeps one report per URL: a newer read replaces the old, an older one does not', async () => {
    const s = await store();
    await s.put(report(1, { title: 'First read', seenAt: 1000 }));
    await s.put(report(1, { title: 'Second read', seenAt: 2000 }));
    await s.put(report(1, { title: 'Stale read', seenAt: 1500 }));
    expect(await s.count()).toBe(1);
    expect((await s.get(report(1).url))?.title).toBe('Second read');
  });

  it('finds reports within a window of days around an event date', async () => {
    const s = await store();
    await s.put(report(1, { event: '2026-02-20' }));
    await s.put(report(2, { event: '2026-02-24' }));
    await s.put(report(3, { event: '2026-02-26' }));
    await s.put(report(4, { event: '2026-03-01' }));
    await s.put(report(5, { event: null }));
    await s.put(report(6, { event: '2025-10-12' }));
    const urls = (await s.byEventWindow('2026-02-26', 3)).map((r) => r.url).sort();
    expect(urls).toEqual([report(2).url, report(3).url, report(4).url]);
    expect(await s.byEventWindow('2026-02-26', 0)).toHaveLength(1);
    expect(await s.byEventWindow('not a date', 3)).toEqual([]);
  });

  it('finds an outlet by name or by domain, newest read first', async () => {
    const s = await store();
    await s.put(report(1, { outlet: 'Dawn', domain: 'dawn.com', seenAt: 10 }));
    await s.put(report(2, { outlet: 'Dawn', domain: 'dawn.com', seenAt: 20 }));
    await s.put(report(3, { outlet: 'Geo News', domain: 'geo.tv' }));
    expect((await s.byOutlet('dawn.com')).map((r) => r.seenAt)).toEqual([20, 10]);
    expect(await s.byOutlet('Dawn')).toHaveLength(2);
  });

  it('deletes by origin, by URL, and clears', async () => {
    const s = await store();
    await s.put(report(1, { origin: 'feed' }));
    await s.put(report(2, { origin: 'feed' }));
    await s.put(report(3, { origin: 'page' }));
    expect(await s.deleteByOrigin('feed')).toBe(2);
    expect((await s.all()).map((r) => r.origin)).toEqual(['page']);
    await s.delete(report(3).url + '#x');
    expect(await s.count()).toBe(0);
    await s.put(report(4));
    await s.clear();
    expect(await s.count()).toBe(0);
  });

  it('prunes reports older than maxAgeDays, then the oldest beyond maxReports, never reference reports', async () => {
    const s = await store({ maxReports: 3, maxAgeDays: 30 });
    await s.put(report(1, { seenAt: NOW - 40 * DAY }));
    await s.put(report(2, { seenAt: NOW - 400 * DAY, origin: 'reference' }));
    for (let i = 3; i <= 7; i++) await s.put(report(i, { seenAt: NOW - i * DAY }));
    expect(await s.prune(NOW)).toBe(3);
    const left = (await s.all()).map((r) => r.url).sort();
    expect(left).toEqual([report(2).url, report(3).url, report(4).url, report(5).url].sort());
  });

  it('defaults to a cap of at least 10,000 reports', async () => {
    const s = await store();
    for (let i = 0; i < 50; i++) await s.put(report(i));
    expect(await s.prune(NOW)).toBe(0);
  });

  it('when storage is full, evicts the oldest tenth and retries once', async () => {
    const s = await store();
    for (let i = 1; i <= 20; i++) await s.put(report(i));
    const proto = (
      globalThis as unknown as {
        IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } };
      }
    ).IDBObjectStore.prototype;
    const original = proto.put;
    let failures = 1;
    vi.spyOn(proto, 'put').mockImplementation(function (this: unknown, ...args: unknown[]) {
      if (failures-- > 0) throw new DOMException('Storage is full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await s.put(report(0, { seenAt: NOW + 1 }));
    expect(await s.get(report(0).url)).toBeDefined();
    expect(await s.count()).toBe(19);
    // The two oldest reads (largest n) went.
    expect(await s.get(report(20).url)).toBeUndefined();
    expect(await s.get(report(19).url)).toBeUndefined();
  });

  it('does not retry other errors', async () => {
    const s = await store();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('nope', 'DataError');
    });
    await expect(s.put(report(1))).rejects.toThrow('nope');
  });
});

describe('schema migration v1 → v2', () => {
  it('adds the origin index and marks v1 reports as pages the reader opened', async () => {
    const name = freshName();
    // The v1 schema as it shipped.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const store = db.createObjectStore('reports', { keyPath: 'url' });
        for (const index of ['event', 'domain', 'outlet', 'published', 'seenAt'])
          store.createIndex(index, index);
      },
    });
    const { origin: _drop, ...withoutOrigin } = report(1);
    await v1.put('reports', withoutOrigin);
    await v1.put('reports', { ...report(2), origin: 'feed' });
    v1.close();

    const s = await openReportStore({ name });
    open.push(s);
    expect((await s.get(report(1).url))?.origin).toBe('page');
    expect((await s.get(report(2).url))?.origin).toBe('feed');
    expect(await s.deleteByOrigin('page')).toBe(1);
    expect(await s.count()).toBe(1);
  });
});

describe('seedReference', () => {
  const reference = [report(101, { origin: 'reference' }), report(102, { origin: 'reference' })];

  it('is idempotent', async () => {
    const s = await store();
    expect(await seedReference(s, reference)).toEqual({ written: 2, skipped: 0, removed: 0 });
    expect(await seedReference(s, reference)).toEqual({ written: 0, skipped: 0, removed: 0 });
    expect(await s.count()).toBe(2);
  });

  it("keeps the reader's own read of a reference URL", async () => {
    const s = await store();
    await s.put(report(101, { origin: 'page', title: 'As the reader read it' }));
    expect(await seedReference(s, reference)).toEqual({ written: 1, skipped: 1, removed: 0 });
    expect((await s.get(report(101).url))?.title).toBe('As the reader read it');
  });

  it('replaces an older reference set and removes claims no longer in it', async () => {
    const s = await store();
    await seedReference(s, reference);
    const next = [{ ...reference[0]!, title: 'Corrected' }, report(103, { origin: 'reference' })];
    expect(await seedReference(s, next)).toEqual({ written: 2, skipped: 0, removed: 1 });
    expect((await s.all()).map((r) => r.title).sort()).toEqual(['Corrected', 'Story 103']);
  });

  it('writes the whole set in one transaction and never reads the whole store', async () => {
    const s = await store();
    for (let i = 1; i <= 5; i++) await s.put(report(i, { origin: 'page' }));
    const many = Array.from({ length: 40 }, (_, i) => report(200 + i, { origin: 'reference' }));
    const putMany = vi.spyOn(s, 'putMany');
    const put = vi.spyOn(s, 'put');
    const all = vi.spyOn(s, 'all');
    expect(await seedReference(s, many)).toEqual({ written: 40, skipped: 0, removed: 0 });
    expect(putMany).toHaveBeenCalledTimes(1);
    expect(put).not.toHaveBeenCalled();
    expect(all).not.toHaveBeenCalled();
    expect(await s.count()).toBe(45);
    expect((await s.urlsOfOrigin('reference')).length).toBe(40);
  });

  it('falls back to one write at a time when the batch fails, losing nothing stored', async () => {
    const s = await store();
    await s.put(report(1, { origin: 'page' }));
    vi.spyOn(s, 'putMany').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    expect(await seedReference(s, reference)).toEqual({ written: 2, skipped: 0, removed: 0 });
    expect(await s.count()).toBe(3);
    expect((await s.get(report(1).url))?.origin).toBe('page');
  });
});

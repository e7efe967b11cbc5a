import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { compareReports } from '../../../lib/compare/compare-reports';
import { COMPARE_CONFIG } from '../../../lib/compare/config';
import { matchReports, sameEventCandidates } from '../../../lib/compare/match-reports';
import { loadReference } from '../../../lib/reference/claims';
import { canonicalUrl } from '../../../lib/compare/canonical-url';
import { compareStored } from '../../../lib/store/compare-stored';
import { candidateOf, headOf, slotOf } from '../../../lib/store/report-index';
import { openReportStore, type ReportStore } from '../../../lib/store/reports';
import type { Report } from '../../../lib/types';
import { syntheticReports } from '../../../scripts/bench/synthetic-reports';

let dbCount = 0;
const freshName = () => `report-index-test-${++dbCount}`;
const open: ReportStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function storeWith(reports: readonly Report[], name = freshName()): Promise<ReportStore> {
  const s = await openReportStore({ name });
  open.push(s);
  await s.putMany(reports);
  return s;
}

const TRUSTED = new Set(['dawn.com', 'reuters.com']);
const NOW = Date.parse('2026-03-02T00:00:00Z');

/** The comparison as the background computed it before the index: whole reports of the window. */
async function compareWhole(store: ReportStore, page: Report) {
  const window = page.event
    ? await store.byEventWindow(page.event, COMPARE_CONFIG.eventWindowDays)
    : [];
  const matches = matchReports(page, window, { trustedDomains: TRUSTED, now: NOW });
  return compareReports([page, ...matches], { trustedDomains: TRUSTED });
}

/** Each reference report, as if the reader had just opened it under another URL. */
const pages = (): Report[] =>
  loadReference()
    .filter((r) => r.figures.length > 0)
    .map((r) => ({ ...r, url: `${r.url}?page`, origin: 'page' as const, seenAt: NOW }));

function storeTable(): Array<[string, Report[], string?]> {
  const reference = loadReference();
  const feb = reference.find((r) => r.event?.startsWith('2026-02'))?.event ?? '2026-02-26';
  const oct = reference.find((r) => r.event?.startsWith('2025-10'))?.event ?? '2025-10-11';
  const synthetic = syntheticReports(400, { event: feb, share: 0.3, seed: 5 });
  return [
    ['empty', []],
    ['the reference set', reference],
    ['reference + 400 synthetic (February-heavy)', [...reference, ...synthetic]],
    [
      'October-heavy, some without an event or figures',
      syntheticReports(300, { event: oct, share: 0.4, seed: 9 }).map((r, i) =>
        i % 7 === 0 ? { ...r, event: null } : i % 5 === 0 ? { ...r, figures: [] } : r,
      ),
    ],
    [
      // Over the cap of one day: only the newest are read, with many equal publication days.
      'a known episode with more reports than matching ranks',
      syntheticReports(600, { event: feb, share: 0.6, seed: 17 }),
    ],
    [
      'a day that is no known episode, its window crowded',
      // Half on the page's day (over the cap), the rest on the days either side.
      syntheticReports(700, { event: '2026-01-09', share: 0.5, seed: 23 }).map((r, i) => ({
        ...r,
        event: ['2026-01-09', '2026-01-09', '2026-01-10', '2026-01-08'][i % 4]!,
      })),
      '2026-01-09',
    ],
    [
      'many reads of few outlets (one per outlet kept)',
      synthetic.map((r, i) => ({ ...r, domain: i % 2 ? 'dawn.com' : 'tolonews.com' })),
    ],
  ];
}

describe('compareStored: the index gives the same comparison as whole reports', () => {
  // Generous timeout: fake-indexeddb is slow, and a shared machine slower still.
  it.each(storeTable())('%s', { timeout: 30_000 }, async (_, reports, event) => {
    const s = await storeWith(reports);
    let matched = 0;
    for (const page of pages().map((p) => (event ? { ...p, event } : p))) {
      const expected = await compareWhole(s, page);
      const actual = await compareStored(page, s, { trustedDomains: TRUSTED, now: NOW });
      expect(actual).toEqual(expected);
      matched += expected.reports.length - 1;
    }
    // Not a comparison of two empty answers.
    if (reports.length > 0) expect(matched).toBeGreaterThan(0);
  });

  it('reads whole reports only for the matches', async () => {
    const s = await storeWith(loadReference());
    let read: readonly string[] = [];
    const spy = {
      matchCandidates: s.matchCandidates.bind(s),
      getMany: (urls: readonly string[]) => {
        read = urls;
        return s.getMany(urls);
      },
    };
    const page = pages()[0]!;
    const comparison = await compareStored(page, spy, { trustedDomains: TRUSTED, now: NOW });
    expect(read).toHaveLength(comparison.reports.length - 1);
    expect(read.length).toBeLessThanOrEqual(COMPARE_CONFIG.match.maxResults);
  });
});

describe('matchCandidates', () => {
  const reports = syntheticReports(200, { event: '2026-02-26', share: 0.5, seed: 3 });

  it('returns the episode’s reports as matching picks them from the window, without sentences', async () => {
    const s = await storeWith(reports);
    const page = { ...pages()[0]!, event: '2026-02-26' };
    // Fewer than the cap: all of them, in the event index's order.
    const whole = sameEventCandidates(
      { event: page.event, url: '' },
      await s.byEventWindow(page.event, 2),
    );
    expect(whole.length).toBeGreaterThan(20);
    expect(whole.length).toBeLessThan(COMPARE_CONFIG.match.maxFuseCandidates);
    const light = await s.matchCandidates(page, 2);
    expect(light.map((r) => r.url)).toEqual(whole.map((r) => r.url));
    const slots = new Set(page.figures.map(slotOf));
    for (const [i, r] of light.entries()) {
      const w = whole[i]!;
      expect(r.title).toBe(w.title);
      expect(r.signals).toEqual(w.signals);
      // Exactly the whole report's figures in the page's slots, phrase and sentence left out.
      const inSlots = w.figures.filter((f) =>
        slots.has(`${f.measure}|${f.subject}|${f.claimant ?? ''}`),
      );
      expect(
        r.figures.map((f) => [f.measure, f.subject, f.claimant, f.value, f.qualifier]),
      ).toEqual(
        expect.arrayContaining(
          inSlots.map((f) => [f.measure, f.subject, f.claimant, f.value, f.qualifier]),
        ),
      );
      expect(r.figures).toHaveLength(inSlots.length);
      expect(r.figures.every((f) => f.sentence === '' && f.text === '')).toBe(true);
    }
  });

  it(
    'reads at most the newest the matching ranks when an episode has more',
    { timeout: 30_000 },
    async () => {
      const crowded = syntheticReports(500, { event: '2026-02-26', share: 0.8, seed: 29 });
      const s = await storeWith(crowded);
      const page = { ...pages()[0]!, event: '2026-02-26' };
      const whole = sameEventCandidates(page, await s.byEventWindow(page.event, 2));
      const light = await s.matchCandidates(page, 2);
      const cap = COMPARE_CONFIG.match.maxFuseCandidates;
      expect(whole.length).toBeGreaterThan(cap + 2);
      expect(light).toHaveLength(cap + 2);
      // The newest, newest first.
      const time = (r: Report) => (r.published ? Date.parse(r.published) : r.seenAt);
      const newest = [...whole].sort((a, b) => time(b) - time(a));
      expect(time(light.at(-1)!)).toBeGreaterThanOrEqual(time(newest[cap + 1]!));
    },
  );

  it('has nothing for a page without an event or with a malformed one', async () => {
    const s = await storeWith(reports);
    expect(await s.matchCandidates({ event: null, figures: [] }, 2)).toEqual([]);
    expect(await s.matchCandidates({ event: '26 Feb', figures: [] }, 2)).toEqual([]);
  });

  it('forgets the rows of replaced, deleted, evicted and cleared reports', async () => {
    const name = freshName();
    const s = await openReportStore({ name, maxReports: 50 });
    open.push(s);
    const feb = reports.filter((r) => r.event === '2026-02-26');
    await s.putMany(feb);
    const page = { event: '2026-02-26', figures: feb.flatMap((r) => r.figures) };
    const rowCount = async () => {
      const db = await openDB(name);
      const heads = (await db.getAllKeys('heads')).sort();
      db.close();
      return heads;
    };
    const expectedRows = async () => {
      return (await s.all()).map((r) => r.url).sort();
    };
    // A newer read of the same URL with fewer figures replaces the old rows.
    await s.put({ ...feb[0]!, seenAt: feb[0]!.seenAt + 1, figures: feb[0]!.figures.slice(0, 1) });
    expect(await rowCount()).toEqual(await expectedRows());
    await s.delete(feb[1]!.url);
    expect((await s.matchCandidates(page, 0)).map((r) => r.url)).not.toContain(feb[1]!.url);
    expect(await rowCount()).toEqual(await expectedRows());
    await s.deleteByOrigin('feed');
    expect(await rowCount()).toEqual(await expectedRows());
    await s.prune(Date.parse('2026-03-01'));
    expect(await s.count()).toBeLessThanOrEqual(50);
    expect(await rowCount()).toEqual(await expectedRows());
    const left = new Set((await s.all()).map((r) => r.url));
    expect((await s.matchCandidates(page, 0)).map((r) => r.url).sort()).toEqual([...left].sort());
    await s.clear();
    expect(await rowCount()).toEqual([]);
  });

  it('keeps the rows in step when storage is full and the oldest are evicted', async () => {
    const name = freshName();
    const s = await storeWith(reports.slice(0, 30), name);
    const proto = IDBObjectStore.prototype;
    const original = proto.put;
    let failures = 1;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (failures-- > 0) throw new DOMException('Storage is full', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      await s.put({ ...reports[40]!, seenAt: Date.parse('2026-04-01') });
    } finally {
      proto.put = original;
    }
    expect(await s.count()).toBe(28);
    const db = await openDB(name);
    const heads = (await db.getAllKeys('heads')).sort();
    db.close();
    expect(heads).toEqual((await s.all()).map((r) => r.url).sort());
  });
});

describe('schema migration to v3 (the index)', () => {
  // As old versions stored them: under canonical URLs (put always canonicalised).
  const reports = [
    ...loadReference(),
    ...syntheticReports(150, { event: '2026-02-26', share: 0.4, seed: 21 }),
  ].map((r) => ({ ...r, url: canonicalUrl(r.url) }));

  it.each([1, 2])('from v%i: the index answers as a store written at v3 does', async (version) => {
    const name = freshName();
    const old = await openDB(name, version, {
      // The schemas as they shipped: v1, and v2 with the origin index.
      upgrade(db) {
        const store = db.createObjectStore('reports', { keyPath: 'url' });
        for (const index of ['event', 'domain', 'outlet', 'published', 'seenAt'])
          store.createIndex(index, index);
        if (version >= 2) store.createIndex('origin', 'origin');
      },
    });
    for (const r of reports) {
      if (version === 1) {
        const { origin: _drop, ...withoutOrigin } = r;
        await old.put('reports', withoutOrigin);
      } else await old.put('reports', r);
    }
    old.close();

    const migrated = await openReportStore({ name });
    open.push(migrated);
    const fresh = await storeWith(
      version === 1 ? reports.map((r) => ({ ...r, origin: 'page' as const })) : reports,
    );
    expect(await migrated.count()).toBe(reports.length);
    for (const page of pages()) {
      expect(await migrated.matchCandidates(page, 2)).toEqual(await fresh.matchCandidates(page, 2));
      expect(await compareStored(page, migrated, { trustedDomains: TRUSTED, now: NOW })).toEqual(
        await compareWhole(migrated, page),
      );
    }
    const db = await openDB(name);
    expect((await db.getAllKeys('heads')).sort()).toEqual(reports.map((r) => r.url).sort());
    db.close();
  });

  it('creates an empty index for a new store', async () => {
    const name = freshName();
    const s = await openReportStore({ name });
    open.push(s);
    const db = await openDB(name);
    expect([...db.objectStoreNames].sort()).toEqual(['heads', 'reports']);
    db.close();
  });

  it('an index record carries what matching reads, and v1 reports count as pages', () => {
    for (const r of loadReference()) {
      const light = candidateOf(headOf(r));
      const { figures, coverageScore: _c, ...rest } = r;
      expect(light).toMatchObject(rest);
      expect(
        light.figures.map((f) => [
          f.measure,
          f.subject,
          f.claimant,
          f.value,
          f.upper,
          f.qualifier,
          f.unit,
        ]),
      ).toEqual(
        figures.map((f) => [
          f.measure,
          f.subject,
          f.claimant,
          f.value,
          f.upper,
          f.qualifier,
          f.unit,
        ]),
      );
    }
    const { origin: _drop, ...v1 } = loadReference()[0]!;
    expect(candidateOf(headOf(v1 as Report)).origin).toBe('page');
  });
});

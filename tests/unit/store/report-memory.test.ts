import { afterEach, describe, expect, it } from 'vitest';
import { compareReports } from '../../../lib/compare/compare-reports';
import { COMPARE_CONFIG } from '../../../lib/compare/config';
import { matchReports } from '../../../lib/compare/match-reports';
import { loadReference } from '../../../lib/reference/claims';
import { compareStored } from '../../../lib/store/compare-stored';
import { headOf } from '../../../lib/store/report-index';
import { reportMemory } from '../../../lib/store/report-memory';
import { openReportStore, type ReportStore } from '../../../lib/store/reports';
import type { Report } from '../../../lib/types';
import { syntheticReports } from '../../../scripts/bench/synthetic-reports';

let dbCount = 0;
const freshName = () => `report-memory-test-${++dbCount}`;
const open: ReportStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function opened(name: string, maxReports?: number): Promise<ReportStore> {
  const s = await openReportStore({ name, ...(maxReports ? { maxReports } : {}) });
  open.push(s);
  return s;
}

const TRUSTED = new Set(['dawn.com', 'reuters.com']);
const NOW = Date.parse('2026-03-02T00:00:00Z');
const FEB = loadReference().find((r) => r.event?.startsWith('2026-02'))?.event ?? '2026-02-26';

/** The uncached answer: every whole report of the window from IndexedDB, matched and compared. */
async function compareWhole(store: ReportStore, page: Report) {
  const window = await store.byEventWindow(page.event!, COMPARE_CONFIG.eventWindowDays);
  const matches = matchReports(page, window, { trustedDomains: TRUSTED, now: NOW });
  return compareReports([page, ...matches], { trustedDomains: TRUSTED });
}

/** A few reference reports with figures, as pages of the crowded episode the reader just opened. */
const pages = (): Report[] =>
  loadReference()
    .filter((r) => r.figures.length > 0)
    .slice(0, 4)
    .map((r) => ({ ...r, url: `${r.url}?page`, event: FEB, origin: 'page' as const, seenAt: NOW }));

/** Asserts the remembering store answers as IndexedDB does, and as a connection with no memory. */
async function expectSameAsUncached(s: ReportStore, name: string): Promise<number> {
  const fresh = await opened(name);
  let matched = 0;
  for (const page of pages()) {
    const actual = await compareStored(page, s, { trustedDomains: TRUSTED, now: NOW });
    expect(actual).toEqual(await compareWhole(s, page));
    expect(await s.matchCandidates(page, COMPARE_CONFIG.eventWindowDays)).toEqual(
      await fresh.matchCandidates(page, COMPARE_CONFIG.eventWindowDays),
    );
    matched += actual.reports.length - 1;
  }
  return matched;
}

/** A new report of the episode, read and published after everything stored (the newest). */
const newReport = (n: number, over: Partial<Report> = {}): Report => {
  const [template] = syntheticReports(1, { event: FEB, share: 1, seed: 100 + n });
  return {
    ...template!,
    url: `https://www.example.org/new/${n}`,
    published: '2026-03-01',
    seenAt: NOW + n * 1000,
    ...over,
  };
};

// Generous timeouts: fake-indexeddb is slow, and a shared machine slower still.
describe('the store remembers what it read and stays exact', { timeout: 60_000 }, () => {
  it.each([
    ['a day over the cap (only its newest are read)', 600, 0.6],
    ['a day under the cap (read whole)', 120, 0.5],
  ])('%s: after adds, replacements, deletions, eviction and clearing', async (_, n, share) => {
    const name = freshName();
    const s = await opened(name, n + 20);
    await s.putMany([...loadReference(), ...syntheticReports(n, { event: FEB, share, seed: 5 })]);
    expect(await expectSameAsUncached(s, name)).toBeGreaterThan(0);

    // New reports of the episode: the newest, so they enter what matching ranks.
    for (let i = 1; i <= 3; i++) await s.put(newReport(i));
    await s.putMany([newReport(4), newReport(5, { title: 'Kabul border clash toll rises' })]);
    expect(await expectSameAsUncached(s, name)).toBeGreaterThan(0);

    // A newer read of a stored URL replaces it; then one of the newest is forgotten.
    await s.put(newReport(2, { seenAt: NOW + 60_000, published: '2026-02-20' }));
    await s.delete(newReport(3).url);
    expect(await expectSameAsUncached(s, name)).toBeGreaterThan(0);

    // Eviction past the cap (the newest-read go last), and a whole origin deleted.
    for (let i = 6; i <= 40; i++) await s.put(newReport(i));
    expect(await s.prune(NOW)).toBeGreaterThan(0);
    expect(await expectSameAsUncached(s, name)).toBeGreaterThan(0);
    expect(await s.deleteByOrigin('reference')).toBeGreaterThan(0);
    await expectSameAsUncached(s, name);

    // Cleared: nothing remembered survives; then refilled.
    await s.clear();
    for (const page of pages())
      expect(
        (await compareStored(page, s, { trustedDomains: TRUSTED, now: NOW })).reports,
      ).toHaveLength(1);
    await s.putMany(loadReference());
    expect(await expectSameAsUncached(s, name)).toBeGreaterThan(0);
  });

  it('forgets what it read when another connection writes', async () => {
    const name = freshName();
    const s = await opened(name);
    await s.putMany(loadReference());
    const page = pages()[0]!;
    const before = await compareStored(page, s, { trustedDomains: TRUSTED, now: NOW });
    const other = await opened(name);
    await other.clear();
    // The other connection's notice arrives as a task.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const after = await compareStored(page, s, { trustedDomains: TRUSTED, now: NOW });
    expect(before.reports.length).toBeGreaterThan(1);
    expect(after.reports).toHaveLength(1);
  });

  it('a restarted worker (a new connection) reads IndexedDB, and answers the same', async () => {
    const name = freshName();
    const s = await opened(name);
    await s.putMany([...loadReference(), newReport(1)]);
    await expectSameAsUncached(s, name);
    s.close();
    const restarted = await opened(name);
    expect(await expectSameAsUncached(restarted, name)).toBeGreaterThan(0);
  });

  it('whole reports handed out are copies: changing one changes no later answer', async () => {
    const name = freshName();
    const s = await opened(name);
    await s.putMany(loadReference());
    const url = loadReference()[0]!.url;
    const [first] = await s.getMany([url]);
    first!.title = 'changed by a caller';
    expect((await s.getMany([url]))[0]!.title).toBe(loadReference()[0]!.title);
  });
});

describe('reportMemory', () => {
  const head = (url: string, rank: number) =>
    headOf({ ...newReport(rank), url, event: FEB, published: null, seenAt: -rank });

  it('keeps a partial day in index order, and forgets it when one of its records is removed', () => {
    const memory = reportMemory(2);
    memory.rememberDay(FEB, [head('b', 1), head('c', 2)], memory.generation);
    memory.apply([{ added: head('a', 0) }]);
    expect(memory.day(FEB)?.map((k) => k.head.url)).toEqual(['a', 'b']);
    // A record older than all it holds changes nothing it holds.
    memory.apply([{ added: head('z', 9) }]);
    expect(memory.day(FEB)?.map((k) => k.head.url)).toEqual(['a', 'b']);
    memory.apply([{ removed: { url: 'b', event: FEB } }]);
    expect(memory.day(FEB)).toBeUndefined();
  });

  it('does not remember a read that overlapped a change', () => {
    const memory = reportMemory(5);
    const from = memory.generation;
    memory.apply([{ added: head('a', 0) }]);
    memory.rememberDay(FEB, [head('b', 1)], from);
    memory.rememberReports([newReport(1)], from);
    expect(memory.day(FEB)).toBeUndefined();
    expect(memory.report(newReport(1).url)).toBeUndefined();
  });
});

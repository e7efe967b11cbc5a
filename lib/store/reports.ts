/**
 * The report store: every report Crosscheck has read (pages the reader
 * opened, feed articles, discovery, and the bundled reference claims), in
 * IndexedDB, keyed by canonical URL.
 *
 * Schema versions:
 *  - v1: object store `reports` (key `url`), indexes event, domain, outlet, published, seenAt.
 *  - v2: adds the `origin` index; v1 records, which were all pages the reader
 *        opened, get `origin: 'page'`.
 *  - v3: adds the index the comparison reads (report-index.ts): object store
 *        `heads` (key `url`, index event) and `figures` (one row per figure,
 *        keyed by slot, event and value), filled from the stored reports.
 *        Every write, deletion and eviction keeps the three in step, in one
 *        transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { canonicalUrl } from '../compare/canonical-url';
import type { Report, ReportOrigin } from '../types';
import { DAY_MS, STORE_CONFIG } from './config';
import {
  candidatesFrom,
  figureRowsOf,
  headOf,
  slotQueriesOf,
  type FigureRow,
  type FigureRowKey,
  type ReportHead,
} from './report-index';

export const REPORTS_DB_VERSION = 3;

interface ReportsDB extends DBSchema {
  reports: {
    key: string;
    value: Report;
    indexes: {
      event: string;
      domain: string;
      outlet: string;
      published: string;
      seenAt: number;
      origin: string;
    };
  };
  heads: {
    key: string;
    value: ReportHead;
    indexes: { event: string };
  };
  figures: {
    key: FigureRowKey;
    value: FigureRow;
  };
}

type StoreName = 'reports' | 'heads' | 'figures';
const ALL_STORES: StoreName[] = ['reports', 'heads', 'figures'];

type DB = IDBPDatabase<ReportsDB>;

export interface ReportStoreOptions {
  /** Database name (tests use their own). */
  name?: string;
  /** Cap on stored reports beyond the reference set (default 20,000). */
  maxReports?: number;
  /** Reports read longer ago are pruned (default 180 days). */
  maxAgeDays?: number;
}

export interface ReportStore {
  /**
   * Stores a report under its canonical URL. A newer read of the same URL
   * replaces the old one; an older read never replaces a newer one. When the
   * browser's storage is full, the oldest tenth is evicted and the write
   * retried once.
   */
  put(report: Report): Promise<void>;
  /** The report for a URL (any form of it: tracking parameters and fragments are ignored). */
  get(url: string): Promise<Report | undefined>;
  /** Reports whose event date lies within `days` days either side of `eventDate` (YYYY-MM-DD). */
  byEventWindow(eventDate: string, days: number): Promise<Report[]>;
  /**
   * Light candidates for matching `current`, from the index alone: every
   * report whose event lies within `days` days of the page's, with its
   * title, signals and dates, and only its figures in the page's slots
   * (no phrases or sentences). The same reports, in the same order, as
   * byEventWindow; load the whole reports of the matches with getMany.
   */
  matchCandidates(current: Pick<Report, 'event' | 'figures'>, days: number): Promise<Report[]>;
  /** The reports for these URLs (canonical, as stored), in order; missing ones left out. */
  getMany(urls: readonly string[]): Promise<Report[]>;
  /** Stores many reports in one transaction (same rules as put, without the quota retry). */
  putMany(reports: readonly Report[]): Promise<void>;
  /** Reports of one outlet, by its name or its domain, newest read first. */
  byOutlet(outletOrDomain: string): Promise<Report[]>;
  /** Forgets the report for a URL. */
  delete(url: string): Promise<void>;
  count(): Promise<number>;
  all(): Promise<Report[]>;
  clear(): Promise<void>;
  /** Deletes the reports of one origin; returns how many. */
  deleteByOrigin(origin: ReportOrigin): Promise<number>;
  /**
   * Drops reports read more than maxAgeDays before `now`, then the oldest
   * beyond maxReports. Reference reports are never pruned (they are the
   * offline baseline). Returns how many were deleted.
   */
  prune(now: number): Promise<number>;
  close(): void;
}

const isQuotaError = (e: unknown): boolean =>
  typeof e === 'object' &&
  e !== null &&
  ((e as { name?: unknown }).name === 'QuotaExceededError' ||
    (e as { code?: unknown }).code === 22);

type UpgradeTx = IDBPTransaction<ReportsDB, StoreName[], 'versionchange'>;
type WriteTx = IDBPTransaction<ReportsDB, StoreName[], 'readwrite' | 'versionchange'>;

/** Writes a report's head and figure rows. */
async function indexReport(tx: WriteTx, report: Report): Promise<void> {
  const writes: Promise<unknown>[] = [tx.objectStore('heads').put(headOf(report))];
  const figures = tx.objectStore('figures');
  for (const row of figureRowsOf(report)) writes.push(figures.put(row));
  await Promise.all(writes);
}

/** Removes a report's head and figure rows (derived from the report as stored). */
async function unindexReport(tx: WriteTx, report: Report): Promise<void> {
  const writes: Promise<unknown>[] = [tx.objectStore('heads').delete(report.url)];
  const figures = tx.objectStore('figures');
  for (const row of figureRowsOf(report)) writes.push(figures.delete(row.key));
  await Promise.all(writes);
}

/** Schema migrations, one step per version. */
async function upgrade(db: DB, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const store = db.createObjectStore('reports', { keyPath: 'url' });
    store.createIndex('event', 'event');
    store.createIndex('domain', 'domain');
    store.createIndex('outlet', 'outlet');
    store.createIndex('published', 'published');
    store.createIndex('seenAt', 'seenAt');
  }
  if (oldVersion < 2) {
    const store = tx.objectStore('reports');
    store.createIndex('origin', 'origin');
    if (oldVersion >= 1) {
      let cursor = await store.openCursor();
      while (cursor) {
        if (!cursor.value.origin) await cursor.update({ ...cursor.value, origin: 'page' });
        cursor = await cursor.continue();
      }
    }
  }
  if (oldVersion < 3) {
    const heads = db.createObjectStore('heads', { keyPath: 'url' });
    heads.createIndex('event', 'event');
    db.createObjectStore('figures', { keyPath: 'key' });
    if (oldVersion >= 1) {
      let cursor = await tx.objectStore('reports').openCursor();
      while (cursor) {
        await indexReport(tx, cursor.value);
        cursor = await cursor.continue();
      }
    }
  }
}

const windowOf = (eventDate: string, days: number): IDBKeyRange | null => {
  const centre = Date.parse(`${eventDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(eventDate) || Number.isNaN(centre) || !(days >= 0)) return null;
  return IDBKeyRange.bound(isoDay(centre - days * DAY_MS), isoDay(centre + days * DAY_MS));
};

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Opens (creating or migrating) the report store.
 *
 * @example
 * const store = await openReportStore();
 * await store.put(report);
 * const sameEvent = await store.byEventWindow('2026-02-26', 3);
 */
export async function openReportStore(opts: ReportStoreOptions = {}): Promise<ReportStore> {
  const maxReports = opts.maxReports ?? STORE_CONFIG.maxReports;
  const maxAgeDays = opts.maxAgeDays ?? STORE_CONFIG.maxAgeDays;
  const db: DB = await openDB<ReportsDB>(opts.name ?? STORE_CONFIG.dbName, REPORTS_DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      void upgrade(database, oldVersion, tx);
    },
  });

  /** Deletes up to `limit` of the oldest-read non-reference reports, optionally only those read before `before`. */
  async function evictOldest(limit: number, before?: number): Promise<number> {
    if (limit <= 0) return 0;
    const tx = db.transaction(ALL_STORES, 'readwrite');
    const range = before === undefined ? undefined : IDBKeyRange.upperBound(before, true);
    let cursor = await tx.objectStore('reports').index('seenAt').openCursor(range);
    let deleted = 0;
    while (cursor && deleted < limit) {
      if (cursor.value.origin !== 'reference') {
        await Promise.all([cursor.delete(), unindexReport(tx, cursor.value)]);
        deleted++;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return deleted;
  }

  /** Writes a report and its index rows in `tx`, unless a newer read of its URL is stored. */
  async function writeIn(tx: WriteTx, record: Report): Promise<void> {
    const reports = tx.objectStore('reports');
    const existing = await reports.get(record.url);
    const replaces =
      !existing ||
      existing.seenAt <= record.seenAt ||
      (existing.origin === 'reference' && record.origin === 'reference');
    if (!replaces) return;
    if (existing) await unindexReport(tx, existing);
    await Promise.all([reports.put(record), indexReport(tx, record)]);
  }

  async function write(record: Report): Promise<void> {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    await writeIn(tx, record);
    await tx.done;
  }

  const store: ReportStore = {
    async put(report) {
      const record: Report = { ...report, url: canonicalUrl(report.url) };
      try {
        await write(record);
      } catch (e) {
        if (!isQuotaError(e)) throw e;
        const count = await db.count('reports');
        await evictOldest(Math.max(1, Math.ceil(count * STORE_CONFIG.quotaEvictShare)));
        await write(record);
      }
    },
    async get(url) {
      return db.get('reports', canonicalUrl(url));
    },
    async byEventWindow(eventDate, days) {
      const range = eventDate ? windowOf(eventDate, days) : null;
      return range ? db.getAllFromIndex('reports', 'event', range) : [];
    },
    async matchCandidates(current, days) {
      const range = current.event ? windowOf(current.event, days) : null;
      if (!range) return [];
      const from = range.lower as string;
      const to = range.upper as string;
      const tx = db.transaction(['heads', 'figures']);
      const figures = tx.objectStore('figures');
      // One key range per slot of the page: [slot, first day] … [slot, last day, anything].
      const [heads, ...perSlot] = await Promise.all([
        tx.objectStore('heads').index('event').getAll(range),
        ...slotQueriesOf(current).map(({ measure, subject, claimant }) =>
          figures.getAll(
            IDBKeyRange.bound(
              [measure, subject, claimant, from],
              [measure, subject, claimant, to, []],
            ),
          ),
        ),
      ]);
      await tx.done;
      return candidatesFrom(heads, perSlot.flat());
    },
    async getMany(urls) {
      const tx = db.transaction('reports');
      const found = await Promise.all(urls.map((url) => tx.store.get(url)));
      await tx.done;
      return found.filter((r): r is Report => r !== undefined);
    },
    async putMany(reports) {
      const tx = db.transaction(ALL_STORES, 'readwrite');
      for (const report of reports) await writeIn(tx, { ...report, url: canonicalUrl(report.url) });
      await tx.done;
    },
    async byOutlet(name) {
      const [byDomain, byName] = await Promise.all([
        db.getAllFromIndex('reports', 'domain', name),
        db.getAllFromIndex('reports', 'outlet', name),
      ]);
      const seen = new Map<string, Report>();
      for (const r of [...byDomain, ...byName]) seen.set(r.url, r);
      return [...seen.values()].sort((a, b) => b.seenAt - a.seenAt);
    },
    async delete(url) {
      const tx = db.transaction(ALL_STORES, 'readwrite');
      const reports = tx.objectStore('reports');
      const existing = await reports.get(canonicalUrl(url));
      if (existing) await Promise.all([reports.delete(existing.url), unindexReport(tx, existing)]);
      await tx.done;
    },
    count: () => db.count('reports'),
    all: () => db.getAll('reports'),
    async clear() {
      const tx = db.transaction(ALL_STORES, 'readwrite');
      await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
    },
    async deleteByOrigin(origin) {
      const tx = db.transaction(ALL_STORES, 'readwrite');
      let cursor = await tx.objectStore('reports').index('origin').openCursor(origin);
      let deleted = 0;
      while (cursor) {
        await Promise.all([cursor.delete(), unindexReport(tx, cursor.value)]);
        deleted++;
        cursor = await cursor.continue();
      }
      await tx.done;
      return deleted;
    },
    async prune(now) {
      const old = await evictOldest(Number.POSITIVE_INFINITY, now - maxAgeDays * DAY_MS);
      const [total, reference] = await Promise.all([
        db.count('reports'),
        db.countFromIndex('reports', 'origin', 'reference'),
      ]);
      const excess = await evictOldest(total - reference - maxReports);
      return old + excess;
    },
    close: () => db.close(),
  };
  return store;
}

/** What `seedReference` did. */
export interface SeedResult {
  /** Reference reports written (new or changed). */
  written: number;
  /** Reference reports left out because the reader has read that URL. */
  skipped: number;
  /** Old reference reports no longer in the set, removed. */
  removed: number;
}

/**
 * Loads the bundled reference reports (origin 'reference'). Idempotent:
 * running it again with the same set changes nothing; with a new set (after
 * an update) it replaces the old one. A URL the reader has read keeps the
 * reader's report.
 *
 * @example
 * await seedReference(await openReportStore(), loadReference());
 */
export async function seedReference(
  store: ReportStore,
  reports: readonly Report[],
): Promise<SeedResult> {
  const result: SeedResult = { written: 0, skipped: 0, removed: 0 };
  const wanted = new Set<string>();
  for (const report of reports) {
    const record: Report = { ...report, url: canonicalUrl(report.url), origin: 'reference' };
    wanted.add(record.url);
    const existing = await store.get(record.url);
    if (existing && existing.origin !== 'reference') {
      result.skipped++;
      continue;
    }
    if (existing && JSON.stringify(existing) === JSON.stringify(record)) continue;
    await store.put(record);
    result.written++;
  }
  for (const report of await store.all()) {
    if (report.origin === 'reference' && !wanted.has(report.url)) {
      await store.delete(report.url);
      result.removed++;
    }
  }
  return result;
}

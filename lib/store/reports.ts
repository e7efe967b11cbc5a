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
 *        `heads` (key `url`, index `recent` on [event, −time]), one compact record per report,
 *        filled from the stored reports. Every write, deletion and eviction
 *        keeps both in step, in one transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { canonicalUrl } from '../compare/canonical-url';
import type { Report, ReportOrigin } from '../types';
import { DAY_MS, STORE_CONFIG } from './config';
import { candidateOf, headOf, slotOf, type ReportHead } from './report-index';
import { reportMemory, type IndexChange, type KnownHead } from './report-memory';
import { COMPARE_CONFIG } from '../compare/config';
import { episodeOf, type Episode } from '../compare/event-date';
import { EVENTS } from '../conflict/events';

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
    indexes: { recent: [string, number] };
  };
}

type StoreName = 'reports' | 'heads';
const ALL_STORES: StoreName[] = ['reports', 'heads'];

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
   * Light candidates for matching `current`, from the index alone: the
   * reports of its episode as matching picks them (sameEventCandidates), at
   * most the newest COMPARE_CONFIG.match.maxFuseCandidates (+2) of a day,
   * with title, signals and dates, and only their figures in the page's
   * slots (no phrases or sentences). matchReports ranks these exactly as it
   * ranks byEventWindow's whole reports; load the whole reports of the
   * matches with getMany.
   */
  matchCandidates(
    current: Pick<Report, 'event' | 'figures'>,
    days: number,
    events?: readonly Episode[],
  ): Promise<Report[]>;
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
  /** The URLs of the reports of one origin, from the index alone. */
  urlsOfOrigin(origin: ReportOrigin): Promise<string[]>;
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

/** Writes a report's index record (noted in `changes` for the store's memory). */
async function indexReport(tx: WriteTx, report: Report, changes?: IndexChange[]): Promise<void> {
  const head = headOf(report);
  changes?.push({ added: head });
  await tx.objectStore('heads').put(head);
}

/** Removes a report's index record (noted in `changes` for the store's memory). */
async function unindexReport(tx: WriteTx, report: Report, changes?: IndexChange[]): Promise<void> {
  changes?.push({ removed: { url: report.url, event: report.event } });
  await tx.objectStore('heads').delete(report.url);
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
    heads.createIndex('recent', ['event', 'rank']);
    if (oldVersion >= 1) {
      let cursor = await tx.objectStore('reports').openCursor();
      while (cursor) {
        await indexReport(tx, cursor.value);
        cursor = await cursor.continue();
      }
    }
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every day from `from` to `to` (YYYY-MM-DD), inclusive. */
function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); isoDay(t) <= to; t += DAY_MS) out.push(isoDay(t));
  return out;
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
  // What this connection read, updated by its own writes (report-memory.ts).
  const limit = COMPARE_CONFIG.match.maxFuseCandidates + 2;
  const memory = reportMemory(limit);
  // Another connection's writes (a second context, a benchmark) make it forget everything.
  const channel =
    typeof BroadcastChannel === 'function'
      ? new BroadcastChannel(`${opts.name ?? STORE_CONFIG.dbName}:changed`)
      : null;
  if (channel) channel.onmessage = () => memory.forget();

  /** Runs a write transaction; its index changes reach the memory only once it committed. */
  async function writing<T>(run: (tx: WriteTx, changes: IndexChange[]) => Promise<T>): Promise<T> {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    const changes: IndexChange[] = [];
    try {
      const value = await run(tx, changes);
      await tx.done;
      memory.apply(changes);
      if (changes.length) channel?.postMessage(null);
      return value;
    } catch (e) {
      // Whatever part of it happened, memory must not guess.
      memory.forget();
      channel?.postMessage(null);
      throw e;
    }
  }

  /** A day's newest `limit` index records (all of them when fewer): from memory, else IndexedDB. */
  async function dayHeads(day: string, recent: () => ReturnType<typeof recentIndex>) {
    const known = memory.day(day);
    if (known) return known;
    const from = memory.generation;
    const heads = await recent().getAll(
      IDBKeyRange.bound([day, -Infinity], [day, Infinity]),
      limit,
    );
    return memory.rememberDay(day, heads, from);
  }
  const recentIndex = () => db.transaction('heads').store.index('recent');

  /** Deletes up to `limit` of the oldest-read non-reference reports, optionally only those read before `before`. */
  async function evictOldest(most: number, before?: number): Promise<number> {
    if (most <= 0) return 0;
    return writing(async (tx, changes) => {
      const range = before === undefined ? undefined : IDBKeyRange.upperBound(before, true);
      let cursor = await tx.objectStore('reports').index('seenAt').openCursor(range);
      let deleted = 0;
      while (cursor && deleted < most) {
        if (cursor.value.origin !== 'reference') {
          await Promise.all([cursor.delete(), unindexReport(tx, cursor.value, changes)]);
          deleted++;
        }
        cursor = await cursor.continue();
      }
      return deleted;
    });
  }

  /** Writes a report and its index rows in `tx`, unless a newer read of its URL is stored. */
  async function writeIn(tx: WriteTx, record: Report, changes: IndexChange[]): Promise<void> {
    const reports = tx.objectStore('reports');
    const existing = await reports.get(record.url);
    const replaces =
      !existing ||
      existing.seenAt <= record.seenAt ||
      (existing.origin === 'reference' && record.origin === 'reference');
    if (!replaces) return;
    if (existing) await unindexReport(tx, existing, changes);
    await Promise.all([reports.put(record), indexReport(tx, record, changes)]);
  }

  async function write(record: Report): Promise<void> {
    await writing((tx, changes) => writeIn(tx, record, changes));
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
    async matchCandidates(current, days, events = EVENTS) {
      const range = current.event ? windowOf(current.event, days) : null;
      if (!range || !current.event) return [];
      // The days whose reports matching keeps (sameEventCandidates): the
      // episode's own day for a known episode, else the window's days that
      // are not a known episode's.
      const known = new Set(events.map((e) => e.start));
      const keptDays = episodeOf(current.event, events)
        ? [current.event]
        : daysOf(range.lower as string, range.upper as string).filter((d) => !known.has(d));
      // Matching ranks at most the `cap` newest of them: read that many per
      // day, plus the page itself and one to tell whether there are more.
      // One read transaction for the days memory does not hold.
      let recent: ReturnType<typeof recentIndex> | undefined;
      const perDay = (
        await Promise.all(keptDays.map((d) => dayHeads(d, () => (recent ??= recentIndex()))))
      ).map((h) => h.slice(0, limit));
      const heads: KnownHead[] = perDay.flat();
      if (perDay.every((h) => h.length < limit)) {
        // Everything: in the order the event index gives (event, then URL).
        heads.sort((a, b) => cmp(a.head.event!, b.head.event!) || cmp(a.head.url, b.head.url));
      } else {
        // Only the newest of a day: newest first (matching caps them in that order).
        heads.sort(
          (a, b) =>
            a.head.rank - b.head.rank ||
            cmp(a.head.event!, b.head.event!) ||
            cmp(a.head.url, b.head.url),
        );
      }
      const slots = new Set(current.figures.map(slotOf));
      return heads.map((k) => candidateOf(k.head, slots, k.packed));
    },
    async getMany(urls) {
      const known = urls.map((url) => memory.report(url));
      const missing = urls.filter((_, i) => !known[i]);
      let read: (Report | undefined)[] = [];
      if (missing.length) {
        const from = memory.generation;
        const tx = db.transaction('reports');
        read = await Promise.all(missing.map((url) => tx.store.get(url)));
        await tx.done;
        memory.rememberReports(
          read.filter((r): r is Report => r !== undefined),
          from,
        );
      }
      // Copies: callers own what they get, as they did from IndexedDB.
      return known
        .map((r) => r ?? read.shift())
        .filter((r): r is Report => r !== undefined)
        .map((r) => structuredClone(r));
    },
    async putMany(reports) {
      await writing(async (tx, changes) => {
        for (const report of reports)
          await writeIn(tx, { ...report, url: canonicalUrl(report.url) }, changes);
      });
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
      await writing(async (tx, changes) => {
        const reports = tx.objectStore('reports');
        const existing = await reports.get(canonicalUrl(url));
        if (existing)
          await Promise.all([reports.delete(existing.url), unindexReport(tx, existing, changes)]);
      });
    },
    count: () => db.count('reports'),
    all: () => db.getAll('reports'),
    async clear() {
      memory.forget();
      const tx = db.transaction(ALL_STORES, 'readwrite');
      try {
        await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
      } finally {
        // Again: a read that began before the clear must not be remembered.
        memory.forget();
        channel?.postMessage(null);
      }
    },
    async urlsOfOrigin(origin) {
      return db.getAllKeysFromIndex('reports', 'origin', origin);
    },
    async deleteByOrigin(origin) {
      return writing(async (tx, changes) => {
        let cursor = await tx.objectStore('reports').index('origin').openCursor(origin);
        let deleted = 0;
        while (cursor) {
          await Promise.all([cursor.delete(), unindexReport(tx, cursor.value, changes)]);
          deleted++;
          cursor = await cursor.continue();
        }
        return deleted;
      });
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
    close() {
      channel?.close();
      memory.forget();
      db.close();
    },
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
  const records = reports.map((report): Report => ({
    ...report,
    url: canonicalUrl(report.url),
    origin: 'reference',
  }));
  // One read and one write transaction for the whole set, not two per report: the set is written
  // on install, while the first pages may already be compared against it.
  const stored = new Map(
    (await store.getMany(records.map((r) => r.url))).map((r) => [r.url, r] as const),
  );
  const changed: Report[] = [];
  for (const record of records) {
    const existing = stored.get(record.url);
    if (existing && existing.origin !== 'reference') {
      result.skipped++;
      continue;
    }
    if (existing && JSON.stringify(existing) === JSON.stringify(record)) continue;
    changed.push(record);
  }
  if (changed.length > 0) {
    try {
      await store.putMany(changed);
    } catch {
      // A full disk: one by one, each write making room as `put` does.
      for (const record of changed) await store.put(record);
    }
  }
  result.written = changed.length;
  const wanted = new Set(records.map((r) => r.url));
  for (const url of await store.urlsOfOrigin('reference')) {
    if (wanted.has(url)) continue;
    await store.delete(url);
    result.removed++;
  }
  return result;
}

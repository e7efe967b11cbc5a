/**
 * The popup with a full store: 10,000 synthetic reports written into the
 * extension's own IndexedDB (through its service worker), a coverage page
 * open in a tab, then `popup.html?tab=N` opened again and again; each time
 * from navigation start to the first comparison row (`[data-status]`)
 * painted. Also times, inside the extension, what that row waits for: the
 * store's event-window query, and the whole `get-tab-view` answer (query +
 * match + compare).
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { COMPARE_CONFIG } from '../../lib/compare/config';
import { REPORTS_DB_VERSION } from '../../lib/store/reports';
import { STORE_CONFIG } from '../../lib/store/config';
import type { Report, TabView } from '../../lib/types';
import { startFixtureServer } from '../lib/fixture-server';
import { launchChromium, type ChromiumSession } from '../lib/launch-chromium';
import { BENCH_CONFIG, runsOf } from './config';
import { CHROME_BUILD, FIXTURE_PAGES } from './paths';
import { serveCoveragePages } from './served-pages';
import { summarize, type Summary } from './stats';
import { syntheticReports } from './synthetic-reports';

export interface PopupResult {
  storedReports: number;
  page: string;
  event: string | null;
  rows: number;
  /** Navigation start → first row painted, read in the popup. */
  paintMs: Summary;
  /** The same, by the benchmark's clock (goto → row visible). */
  wallMs: Summary;
  /** byEventWindow's IndexedDB query in the service worker. */
  storeQueryMs: Summary;
  storeQueryReports: number;
  /** get-tab-view round trip from an extension page (query + match + compare). */
  tabViewMs: Summary;
}

/** Writes reports into the extension's database, in one transaction per chunk. */
async function seedStore(session: ChromiumSession, reports: readonly Report[]): Promise<number> {
  for (let i = 0; i < reports.length; i += BENCH_CONFIG.seedChunk) {
    const chunk = reports.slice(i, i + BENCH_CONFIG.seedChunk);
    await session.worker.evaluate(
      `new Promise((resolve, reject) => {
        const open = indexedDB.open(${JSON.stringify(STORE_CONFIG.dbName)}, ${REPORTS_DB_VERSION});
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('reports', 'readwrite');
          for (const r of ${JSON.stringify(chunk)}) tx.objectStore('reports').put(r);
          tx.oncomplete = () => { db.close(); resolve(undefined); };
          tx.onerror = () => reject(tx.error);
        };
      })`,
    );
  }
  return (await session.worker.evaluate(
    `new Promise((resolve) => {
      const open = indexedDB.open(${JSON.stringify(STORE_CONFIG.dbName)}, ${REPORTS_DB_VERSION});
      open.onsuccess = () => { const req = open.result.transaction('reports').objectStore('reports').count(); req.onsuccess = () => { open.result.close(); resolve(req.result); }; };
    })`,
  )) as number;
}

/** Records, in the popup, when the first row is in the DOM and then painted. */
const PAINT_PROBE = `(() => {
  const seen = () => {
    if (window.__rowPaintedAt !== undefined || !document.querySelector('[data-status]')) return false;
    window.__rowPaintedAt = null;
    requestAnimationFrame(() => setTimeout(() => { window.__rowPaintedAt = performance.now(); }, 0));
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
})()`;

async function openPopupOnce(
  session: ChromiumSession,
  tabId: number,
): Promise<{ paint: number; wall: number; rows: number }> {
  const page: Page = await session.context.newPage();
  try {
    await page.addInitScript(PAINT_PROBE);
    const t0 = performance.now();
    await page.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-status]', { state: 'visible', timeout: 30_000 });
    const wall = performance.now() - t0;
    await page
      .waitForFunction('typeof window.__rowPaintedAt === "number"', undefined, { timeout: 5_000 })
      .catch(() => undefined);
    const paint = (await page.evaluate('window.__rowPaintedAt ?? NaN')) as number;
    const rows = (await page.evaluate(
      'document.querySelectorAll("[data-status]").length',
    )) as number;
    return { paint, wall, rows };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function benchPopup(quick: boolean): Promise<PopupResult> {
  const set = serveCoveragePages(FIXTURE_PAGES, 1_000);
  // A February 2026 page: the episode with the most reports, like a reader's store.
  const target = set.pages.find((p) => p.slug.includes('2026-02-27')) ?? set.pages[0]!;
  const server = await startFixtureServer({ root: set.root });
  const session = await launchChromium({
    extensionPath: CHROME_BUILD,
    hosts: server.hosts,
    port: server.port,
  });
  const control = await session.context.newPage();
  try {
    await control.goto(`${session.extensionOrigin}/popup.html?tab=2147483646`, {
      waitUntil: 'load',
    });
    const tabView = (tabId: number) =>
      control.evaluate(
        `chrome.runtime.sendMessage({ type: 'get-tab-view', data: { tabId: ${tabId} } })`,
      ) as Promise<TabView | undefined>;
    // Let the install-time reference seeding finish before adding ours.
    await control.waitForTimeout(1_000);

    const article = await session.context.newPage();
    await article.goto(target.url, { waitUntil: 'load' });
    const tabId = (await session.worker.evaluate(
      `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(target.url)})?.id ?? -1)`,
    )) as number;
    let view: TabView | undefined;
    for (let i = 0; i < 100; i++) {
      view = await tabView(tabId);
      if (view?.phase === 'ready' || view?.phase === 'not-coverage' || view?.phase === 'error')
        break;
      await control.waitForTimeout(100);
    }
    if (view?.phase !== 'ready')
      throw new Error(`${target.url} is in phase ${view?.phase}, not ready`);
    const event = view.comparison?.reports[0]?.event ?? null;

    const stored = await seedStore(
      session,
      syntheticReports(BENCH_CONFIG.storedReports, {
        event: event ?? '2026-02-26',
        share: BENCH_CONFIG.sameEventShare,
        seed: 11,
      }),
    );

    const runs = runsOf('popupOpens', quick);
    const paint: number[] = [];
    const wall: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs + BENCH_CONFIG.warmupRuns; i++) {
      const r = await openPopupOnce(session, tabId);
      if (i >= BENCH_CONFIG.warmupRuns) {
        paint.push(r.paint);
        wall.push(r.wall);
      }
      rows = r.rows;
    }

    const query = (await session.worker.evaluate(
      `(async () => {
        const db = await new Promise((resolve, reject) => {
          const open = indexedDB.open(${JSON.stringify(STORE_CONFIG.dbName)}, ${REPORTS_DB_VERSION});
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const centre = Date.parse(${JSON.stringify(`${event ?? '2026-02-26'}T00:00:00Z`)});
        const day = (ms) => new Date(ms).toISOString().slice(0, 10);
        const range = IDBKeyRange.bound(day(centre - ${COMPARE_CONFIG.eventWindowDays} * 864e5), day(centre + ${COMPARE_CONFIG.eventWindowDays} * 864e5));
        const ms = [];
        let found = 0;
        for (let i = 0; i < ${runsOf('storeQueries', quick) + BENCH_CONFIG.warmupRuns}; i++) {
          const t = performance.now();
          const all = await new Promise((resolve, reject) => {
            const req = db.transaction('reports').objectStore('reports').index('event').getAll(range);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          if (i >= ${BENCH_CONFIG.warmupRuns}) ms.push(performance.now() - t);
          found = all.length;
        }
        db.close();
        return { ms, found };
      })()`,
    )) as { ms: number[]; found: number };

    const viewMs: number[] = [];
    for (let i = 0; i < runsOf('storeQueries', quick) + BENCH_CONFIG.warmupRuns; i++) {
      const t = performance.now();
      await tabView(tabId);
      if (i >= BENCH_CONFIG.warmupRuns) viewMs.push(performance.now() - t);
    }

    return {
      storedReports: stored,
      page: target.slug,
      event,
      rows,
      paintMs: summarize(paint),
      wallMs: summarize(wall),
      storeQueryMs: summarize(query.ms),
      storeQueryReports: query.found,
      tabViewMs: summarize(viewMs),
    };
  } finally {
    await session.close();
    await server.close();
    rmSync(set.root, { recursive: true, force: true });
  }
}

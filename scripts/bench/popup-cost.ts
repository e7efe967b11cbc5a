/**
 * The popup with a full store: synthetic reports written into the
 * extension's own IndexedDB by the extension's own store code (with its
 * index), at each size of BENCH_CONFIG.storedReports, a coverage page open
 * in a tab, then `popup.html?tab=N` opened again and again; each time from
 * navigation start to the first comparison row (`[data-status]`) painted.
 *
 * The worst case is measured: before every opening the bench build's
 * background is told the store changed, so it compares afresh instead of
 * returning the tab's cached comparison. Its baseline, in the same run: the
 * same opening with nothing changed (cached comparison). Inside the service
 * worker it also times what the answer waits for: the index query, the
 * comparison from the index, and, as the baseline, the way it was done
 * before the index (every whole report of the event window, then match and
 * compare).
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TabView } from '../../lib/types';
import { startFixtureServer } from '../lib/fixture-server';
import { launchChromium, type ChromiumSession } from '../lib/launch-chromium';
import { BENCH_CONFIG, runsOf } from './config';
import { CHROME_BUILD, FIXTURE_PAGES } from './paths';
import { buildProbeBundle } from './probe-bundle';
import { serveCoveragePages } from './served-pages';
import { summarize, type Summary } from './stats';

export interface PopupLevel {
  storedReports: number;
  rows: number;
  /** Navigation start → first row painted, read in the popup; store changed before each opening. */
  paintMs: Summary;
  /** The same with nothing changed since the page was read (the tab's cached comparison). */
  cachedPaintMs: Summary;
  /** The worst case by the benchmark's clock (goto → row visible). */
  wallMs: Summary;
  /** get-tab-view round trip from an extension page, store changed before each (query + match + compare). */
  tabViewMs: Summary;
  /** The same with nothing changed (cached comparison). */
  cachedTabViewMs: Summary;
  /** In the service worker: the index query alone (matchCandidates). */
  indexQueryMs: Summary;
  indexCandidates: number;
  /** In the service worker: index query + match + whole reports of the matches + compare. */
  indexCompareMs: Summary;
  /** Before the index: every whole report of the event window + match + compare. */
  wholeCompareMs: Summary;
  wholeReports: number;
}

export interface PopupResult {
  page: string;
  event: string | null;
  /** False when the build had no bench hook: then every opening used the cached comparison. */
  staleForced: boolean;
  levels: PopupLevel[];
}

/** Tells the bench build's background that the store changed (null when the hook is absent). */
const MARK_CHANGED = `typeof globalThis.__crosscheckBench?.markStoreChanged === 'function'
  ? (globalThis.__crosscheckBench.markStoreChanged(), true)
  : false`;

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
  const storeProbe = await buildProbeBundle('scripts/bench/store-probe.ts');
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
    if (view?.phase !== 'ready' || !view.analysis)
      throw new Error(`${target.url} is in phase ${view?.phase}, not ready`);
    const event = view.comparison?.reports[0]?.event ?? null;
    const analysis = view.analysis;

    await session.worker.evaluate(storeProbe);
    const staleForced = (await session.worker.evaluate(MARK_CHANGED)) as boolean;
    const markChanged = () => session.worker.evaluate(MARK_CHANGED);

    const sizes = [...BENCH_CONFIG.storedReports].sort((a, b) => a - b);
    const total = sizes.at(-1)!;
    const synthetic = {
      event: event ?? '2026-02-26',
      share: BENCH_CONFIG.sameEventShare,
      seed: 11,
    };
    const levels: PopupLevel[] = [];
    let seeded = 0;
    for (const size of sizes) {
      // The first `size` reports of one synthetic store: each level adds to the last.
      const stored = (await session.worker.evaluate(
        `__crosscheckStoreProbe.seed(${JSON.stringify({ ...synthetic, total, from: seeded, to: size, chunk: BENCH_CONFIG.seedChunk })})`,
      )) as number;
      seeded = size;

      const runs = runsOf('popupOpens', quick);
      const paint: number[] = [];
      const cachedPaint: number[] = [];
      const wall: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs + BENCH_CONFIG.warmupRuns; i++) {
        // Alternated, so drift in machine load hits both alike.
        await markChanged();
        const r = await openPopupOnce(session, tabId);
        const c = await openPopupOnce(session, tabId);
        if (i >= BENCH_CONFIG.warmupRuns) {
          paint.push(r.paint);
          wall.push(r.wall);
          cachedPaint.push(c.paint);
        }
        rows = r.rows;
      }

      const queries = runsOf('storeQueries', quick);
      const inWorker = (await session.worker.evaluate(
        `__crosscheckStoreProbe.time(${JSON.stringify(analysis)}, ${queries}, ${BENCH_CONFIG.warmupRuns})`,
      )) as {
        indexMs: number[];
        compareMs: number[];
        wholeMs: number[];
        candidates: number;
        whole: number;
      };

      const viewMs: number[] = [];
      const cachedViewMs: number[] = [];
      for (let i = 0; i < queries + BENCH_CONFIG.warmupRuns; i++) {
        await markChanged();
        let t = performance.now();
        await tabView(tabId);
        const stale = performance.now() - t;
        t = performance.now();
        await tabView(tabId);
        const cached = performance.now() - t;
        if (i >= BENCH_CONFIG.warmupRuns) {
          viewMs.push(stale);
          cachedViewMs.push(cached);
        }
      }

      levels.push({
        storedReports: stored,
        rows,
        paintMs: summarize(paint),
        cachedPaintMs: summarize(cachedPaint),
        wallMs: summarize(wall),
        tabViewMs: summarize(viewMs),
        cachedTabViewMs: summarize(cachedViewMs),
        indexQueryMs: summarize(inWorker.indexMs),
        indexCandidates: inWorker.candidates,
        indexCompareMs: summarize(inWorker.compareMs),
        wholeCompareMs: summarize(inWorker.wholeMs),
        wholeReports: inWorker.whole,
      });
    }
    return { page: target.slug, event, staleForced, levels };
  } finally {
    await session.close();
    await server.close();
    rmSync(set.root, { recursive: true, force: true });
  }
}

/**
 * The popup with a full store: synthetic reports written into the
 * extension's own IndexedDB by the extension's own store code (with its
 * index), at each size of BENCH_CONFIG.storedReports, a coverage page open
 * in a tab, then `popup.html?tab=N` opened again and again; each time from
 * navigation start to the first comparison row (`[data-status]`) painted.
 *
 * The worst case is measured: before every opening a new report of the
 * page's episode is stored (the newest, so matching ranks it) and the bench
 * build's background is told the store changed, so it compares afresh
 * instead of returning the tab's cached comparison. Its baselines, in the same run:
 * the same opening with nothing changed (cached comparison), the popup's
 * own first paint ("Opening…", before any data: its start-up floor), and,
 * with `--popup-baseline REF`, the same openings of the extension as an
 * earlier commit built it, loaded in the same browser and opened in turn
 * with the current one. Inside the service worker it also times what the
 * answer waits for: the index query, the comparison from the index, and,
 * as the baseline, the way it was done before the index (every whole
 * report of the event window, then match and compare).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { TabView } from '../../lib/types';
import { startFixtureServer } from '../lib/fixture-server';
import { launchChromium, type ChromiumSession } from '../lib/launch-chromium';
import type { BaselineBuild } from './baseline-build';
import { writeFloorExtension } from './empty-extension';
import { BENCH_CONFIG, runsOf } from './config';
import { CHROME_BUILD, FIXTURE_PAGES, PROJECT_ROOT } from './paths';
import { buildProbeBundle } from './probe-bundle';
import { serveCoveragePages } from './served-pages';
import { summarize, type Summary } from './stats';

/** The openings and messages timed for one build of the extension. */
export interface PopupTimes {
  /** Navigation start → first row painted, read in the popup; store changed before each opening. */
  paintMs: Summary;
  /** The same with nothing changed since the page was read (the tab's cached comparison). */
  cachedPaintMs: Summary;
  /** get-tab-view round trip from an extension page, store changed before each (query + match + compare). */
  tabViewMs: Summary;
  /** The same with nothing changed (cached comparison). */
  cachedTabViewMs: Summary;
}

export interface PopupLevel extends PopupTimes {
  storedReports: number;
  rows: number;
  /** The worst case by the benchmark's clock (goto → row visible). */
  wallMs: Summary;
  /**
   * Navigation start → every table of values painted, store changed (the
   * popup paints the first screen's rows first; absent in older results).
   */
  completePaintMs?: Summary;
  /** Navigation start → the popup's first paint ("Opening…", no data yet): its own start. */
  firstPaintMs: Summary;
  /** The floor: an extension page with the popup's markup and stylesheet, no script, first paint. */
  floorPaintMs: Summary;
  /** The floor: a message round trip to a service worker that answers at once. */
  floorMessageMs: Summary;
  /** In the service worker: the index query alone (matchCandidates). */
  indexQueryMs: Summary;
  indexCandidates: number;
  /** In the service worker: index query + match + whole reports of the matches + compare. */
  indexCompareMs: Summary;
  /** Before the index: every whole report of the event window + match + compare. */
  wholeCompareMs: Summary;
  wholeReports: number;
  /** The same openings and messages of the earlier commit's build (--popup-baseline). */
  previous?: PopupTimes;
}

export interface PopupResult {
  page: string;
  event: string | null;
  /** False when the build had no bench hook: then every opening used the cached comparison. */
  staleForced: boolean;
  /** The earlier commit opened in turn with this one ("main (a6762b7)"), or null. */
  baseline: string | null;
  levels: PopupLevel[];
}

/** Tells the bench build's background that the store changed (null when the hook is absent). */
const MARK_CHANGED = `typeof globalThis.__crosscheckBench?.markStoreChanged === 'function'
  ? (globalThis.__crosscheckBench.markStoreChanged(), true)
  : false`;

/** What the probe writes to the console when the first row has painted. */
const ROW_PAINTED = '__crosscheckRowPainted';

/**
 * Records, in the popup, when the first row is in the DOM and then painted
 * (the first screen), and when no table is withheld any more and that is
 * painted (complete). Each is a promise the bench awaits: extension pages
 * forbid the string evaluation a polled predicate would need.
 */
const PAINT_PROBE = `(() => {
  const painted = () => new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  let row, complete, rowSeen = false;
  window.__rowPainted = new Promise((resolve) => { row = resolve; });
  window.__completePainted = new Promise((resolve) => { complete = resolve; });
  const observer = new MutationObserver(() => {
    if (!rowSeen && document.querySelector('[data-status]')) {
      rowSeen = true;
      // Said on the console too: the bench waits for that, with nothing of its own running
      // in the page (a polled selector would inject the driver's scripts and force layouts
      // in every frame of the opening it times).
      painted().then((t) => { row(t); console.debug('${ROW_PAINTED}'); });
    }
    if (rowSeen && !document.querySelector('main[aria-busy="true"]')) {
      observer.disconnect();
      painted().then(complete);
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** A promise in the page settled within the time given, else NaN. */
const settled = (promise: string, ms = 5_000) =>
  `Promise.race([${promise}, new Promise((resolve) => setTimeout(() => resolve(NaN), ${ms}))])`;

/** The page's first contentful paint from navigation start, once there is one. */
const FIRST_PAINT = settled(`new Promise((resolve) => new PerformanceObserver((list, observer) => {
  const entry = list.getEntriesByName('first-contentful-paint')[0];
  if (entry) { observer.disconnect(); resolve(entry.startTime); }
}).observe({ type: 'paint', buffered: true }))`);

/** Whether a checkout's report store has this checkout's schema version. */
function sameStoreSchema(root: string): boolean {
  const version = (dir: string) =>
    /REPORTS_DB_VERSION = (\d+)/.exec(
      readFileSync(path.join(dir, 'lib/store/reports.ts'), 'utf8'),
    )?.[1];
  return version(root) !== undefined && version(root) === version(PROJECT_ROOT);
}

/** One build of the extension in the browser: its worker, a page of its own to message from. */
interface Side {
  origin: string;
  worker: Worker;
  control: Page;
}

async function openPopupOnce(
  session: ChromiumSession,
  origin: string,
  tabId: number,
): Promise<{
  paint: number;
  completePaint: number;
  firstPaint: number;
  wall: number;
  rows: number;
}> {
  const page: Page = await session.context.newPage();
  try {
    await page.addInitScript(PAINT_PROBE);
    const signalled = page.waitForEvent('console', {
      predicate: (m) => m.text() === ROW_PAINTED,
      timeout: 30_000,
    });
    const t0 = performance.now();
    await page.goto(`${origin}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
    await signalled;
    const wall = performance.now() - t0;
    const paint = (await page.evaluate(settled('window.__rowPainted'))) as number;
    const completePaint = (await page.evaluate(settled('window.__completePainted'))) as number;
    const firstPaint = (await page.evaluate(FIRST_PAINT)) as number;
    const rows = (await page.evaluate(
      'document.querySelectorAll("[data-status]").length',
    )) as number;
    return { paint, completePaint, firstPaint, wall, rows };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The floor page's first contentful paint, from navigation start. */
async function openFloorOnce(session: ChromiumSession, origin: string): Promise<number> {
  const page: Page = await session.context.newPage();
  try {
    await page.goto(`${origin}/floor.html`, { waitUntil: 'load' });
    return (await page.evaluate(FIRST_PAINT)) as number;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * A message's round trip timed where the popup waits for it, in the extension
 * page: a clock in Node would add the DevTools protocol's own round trip and
 * the copy of the whole answer (about 20 KB) back to Node.
 */
const timedInPage = (page: Page, message: object) =>
  page.evaluate(
    `(async () => { const t = performance.now(); await chrome.runtime.sendMessage(${JSON.stringify(message)}); return performance.now() - t; })()`,
  ) as Promise<number>;

const tabViewOf = (side: Side, tabId: number) =>
  side.control.evaluate(
    `chrome.runtime.sendMessage({ type: 'get-tab-view', data: { tabId: ${tabId} } })`,
  ) as Promise<TabView | undefined>;

/** Waits until the side's background has read the page; its analysis. */
async function readyView(side: Side, tabId: number, url: string): Promise<TabView> {
  let view: TabView | undefined;
  for (let i = 0; i < 100; i++) {
    view = await tabViewOf(side, tabId);
    if (view?.phase === 'ready' || view?.phase === 'not-coverage' || view?.phase === 'error') break;
    await side.control.waitForTimeout(100);
  }
  if (view?.phase !== 'ready' || !view.analysis)
    throw new Error(`${url} is in phase ${view?.phase}, not ready`);
  return view;
}

const samples = () => ({
  paint: [] as number[],
  cachedPaint: [] as number[],
  view: [] as number[],
  cachedView: [] as number[],
});

const timesOf = (s: ReturnType<typeof samples>): PopupTimes => ({
  paintMs: summarize(s.paint),
  cachedPaintMs: summarize(s.cachedPaint),
  tabViewMs: summarize(s.view),
  cachedTabViewMs: summarize(s.cachedView),
});

export async function benchPopup(
  quick: boolean,
  baseline: BaselineBuild | null = null,
): Promise<PopupResult> {
  const set = serveCoveragePages(FIXTURE_PAGES, 1_000);
  // A February 2026 page: the episode with the most reports, like a reader's store.
  const target = set.pages.find((p) => p.slug.includes('2026-02-27')) ?? set.pages[0]!;
  const server = await startFixtureServer({ root: set.root });
  const storeProbe = await buildProbeBundle('scripts/bench/store-probe.ts');
  // The earlier commit's store is written with this probe when its schema is the same (so its
  // worst case is the same real change); else with the commit's own probe.
  const baselineProbe =
    baseline && !sameStoreSchema(baseline.root)
      ? await buildProbeBundle('scripts/bench/store-probe.ts', baseline.root)
      : storeProbe;
  const floorDir = writeFloorExtension(CHROME_BUILD);
  const session = await launchChromium({
    extensionPath: CHROME_BUILD,
    hosts: server.hosts,
    port: server.port,
    // The floor last: the earlier commit's build, when there is one, is alsoLoaded[0].
    alsoLoad: [...(baseline ? [baseline.extensionPath] : []), floorDir],
  });
  try {
    const sideOf = async (origin: string, worker: Worker): Promise<Side> => {
      const control = await session.context.newPage();
      await control.goto(`${origin}/popup.html?tab=2147483646`, { waitUntil: 'load' });
      return { origin, worker, control };
    };
    const current = await sideOf(session.extensionOrigin, session.worker);
    const other = baseline ? session.alsoLoaded[0] : undefined;
    const previous = other ? await sideOf(other.extensionOrigin, other.worker) : null;
    const floorOrigin = session.alsoLoaded.at(-1)!.extensionOrigin;
    const floorControl = await session.context.newPage();
    await floorControl.goto(`${floorOrigin}/floor.html`, { waitUntil: 'load' });
    const sides = previous ? [current, previous] : [current];
    // Let the install-time reference seeding finish before adding ours.
    await current.control.waitForTimeout(1_000);

    const article = await session.context.newPage();
    await article.goto(target.url, { waitUntil: 'load' });
    const tabId = (await session.worker.evaluate(
      `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(target.url)})?.id ?? -1)`,
    )) as number;
    const view = await readyView(current, tabId, target.url);
    if (previous) await readyView(previous, tabId, target.url);
    const event = view.comparison?.reports[0]?.event ?? null;
    const analysis = view.analysis!;

    await current.worker.evaluate(storeProbe);
    if (previous) await previous.worker.evaluate(baselineProbe);
    const markChanged = (side: Side) => side.worker.evaluate(MARK_CHANGED) as Promise<boolean>;
    const staleForced = (await Promise.all(sides.map(markChanged))).every(Boolean);
    const episode = event ?? '2026-02-26';
    /** The worst case: a new report of the page's episode stored, and the background told. */
    const changeStore = async (side: Side) => {
      await side.worker.evaluate(
        `typeof __crosscheckStoreProbe.touch === 'function' && __crosscheckStoreProbe.touch(${JSON.stringify(episode)})`,
      );
      await markChanged(side);
    };

    const sizes = [...BENCH_CONFIG.storedReports].sort((a, b) => a - b);
    const total = sizes.at(-1)!;
    const synthetic = {
      event: episode,
      share: BENCH_CONFIG.sameEventShare,
      seed: 11,
    };
    const levels: PopupLevel[] = [];
    let seeded = 0;
    for (const size of sizes) {
      // The first `size` reports of one synthetic store: each level adds to the last.
      const seed = `__crosscheckStoreProbe.seed(${JSON.stringify({ ...synthetic, total, from: seeded, to: size, chunk: BENCH_CONFIG.seedChunk })})`;
      const stored = (await current.worker.evaluate(seed)) as number;
      if (previous) await previous.worker.evaluate(seed);
      seeded = size;

      const runs = runsOf('popupOpens', quick);
      const timed = sides.map(samples);
      const wall: number[] = [];
      const firstPaint: number[] = [];
      const completePaint: number[] = [];
      const floorPaint: number[] = [];
      const floorMessage: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs + BENCH_CONFIG.warmupRuns; i++) {
        // Alternated (worst case, cached; this build, the earlier one, in turns), so
        // drift in machine load hits all alike.
        const order = i % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          const s = timed[sides.indexOf(side)]!;
          await changeStore(side);
          const r = await openPopupOnce(session, side.origin, tabId);
          const c = await openPopupOnce(session, side.origin, tabId);
          if (i < BENCH_CONFIG.warmupRuns) continue;
          s.paint.push(r.paint);
          s.cachedPaint.push(c.paint);
          if (side === current) {
            wall.push(r.wall);
            firstPaint.push(r.firstPaint, c.firstPaint);
            completePaint.push(r.completePaint);
            rows = r.rows;
          }
        }
        const f = await openFloorOnce(session, floorOrigin);
        if (i >= BENCH_CONFIG.warmupRuns) floorPaint.push(f);
      }

      const queries = runsOf('storeQueries', quick);
      const inWorker = (await current.worker.evaluate(
        `__crosscheckStoreProbe.time(${JSON.stringify(analysis)}, ${queries}, ${BENCH_CONFIG.warmupRuns})`,
      )) as {
        indexMs: number[];
        compareMs: number[];
        wholeMs: number[];
        candidates: number;
        whole: number;
      };

      for (let i = 0; i < queries + BENCH_CONFIG.warmupRuns; i++) {
        const order = i % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          const s = timed[sides.indexOf(side)]!;
          await changeStore(side);
          const ask = { type: 'get-tab-view', data: { tabId } };
          const stale = await timedInPage(side.control, ask);
          const cached = await timedInPage(side.control, ask);
          if (i >= BENCH_CONFIG.warmupRuns) {
            s.view.push(stale);
            s.cachedView.push(cached);
          }
        }
        const floor = await timedInPage(floorControl, { type: 'floor' });
        if (i >= BENCH_CONFIG.warmupRuns) floorMessage.push(floor);
      }

      levels.push({
        storedReports: stored,
        rows,
        ...timesOf(timed[0]!),
        wallMs: summarize(wall),
        firstPaintMs: summarize(firstPaint),
        completePaintMs: summarize(completePaint),
        floorPaintMs: summarize(floorPaint),
        floorMessageMs: summarize(floorMessage),
        indexQueryMs: summarize(inWorker.indexMs),
        indexCandidates: inWorker.candidates,
        indexCompareMs: summarize(inWorker.compareMs),
        wholeCompareMs: summarize(inWorker.wholeMs),
        wholeReports: inWorker.whole,
        ...(previous ? { previous: timesOf(timed[1]!) } : {}),
      });
    }
    return { page: target.slug, event, staleForced, baseline: baseline?.label ?? null, levels };
  } finally {
    await session.close();
    await server.close();
    rmSync(set.root, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

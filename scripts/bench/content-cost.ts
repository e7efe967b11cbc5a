/**
 * What Crosscheck costs a reader on pages that are not coverage
 * (Readability's real-world test pages served under a listed news domain),
 * in real headless Chromium:
 *
 *  - added main-thread script time: CDP `Performance.getMetrics`
 *    ScriptDuration with the extension minus the same page in a browser
 *    without it (the gate, where the background runs it; nothing where the
 *    page's title and address ruled it out);
 *  - the gate alone: the `crosscheck:gate` User Timing measure the gate
 *    leaves where it ran (entrypoints/content-gate.ts);
 *  - the platform's floor: the same ScriptDuration difference for an
 *    extension whose content script is EMPTY, declared for the listed news
 *    sites (empty-extension.ts), loaded in the same run, interleaved;
 *  - a second floor: one `document.body.textContent` read on the same page,
 *    timed in the page.
 *
 * Timers in a page that is not cross-origin isolated are coarsened to
 * 100 µs with jitter; medians over many loads and pages are still fair, and
 * the floor is also given as the mean of 10 back-to-back reads.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { rmSync } from 'node:fs';
import { startFixtureServer } from '../lib/fixture-server';
import { launchChromium } from '../lib/launch-chromium';
import { BENCH_CONFIG, runsOf } from './config';
import { writeEmptyExtension } from './empty-extension';
import { launchPlainChromium } from './launch-plain';
import { CHROME_BUILD } from './paths';
import { serveReadabilityPages } from './served-pages';
import { summarize, type Summary } from './stats';

/** Time after `load` before reading metrics: the content script runs at document_idle. */
const SETTLE_MS = 300;
const GATE_MEASURE = 'crosscheck:gate';
const FLOOR_REPEATS = 10;

interface LoadSample {
  scriptMs: number;
  taskMs: number;
  gateMs: number | null;
  textContentMs: number;
  textContentMeanMs: number;
  textChars: number;
  /** The page's badge was set: its gate passed (and the analyzer ran). */
  gatePassed: boolean;
}

export interface ContentPageResult {
  slug: string;
  bytes: number;
  textChars: number;
  /** Medians over loads. */
  addedScriptMs: number;
  addedTaskMs: number;
  /** Medians over loads: an empty content script's added script time. */
  emptyScriptMs: number;
  gateMs: number | null;
  textContentMs: number;
  textContentMeanMs: number;
}

export interface ContentResult {
  pages: ContentPageResult[];
  loadsPerPage: number;
  /** Over pages (each page's median over loads). */
  addedScriptMs: Summary;
  addedTaskMs: Summary;
  /** Over pages: an empty content script's added script time (the platform's floor). */
  emptyScriptMs: Summary;
  /** Median over pages of added script time / the empty content script's. */
  addedVsEmpty: number;
  gateMs: Summary;
  textContentMs: Summary;
  textContentMeanMs: Summary;
  /** Median over pages of gate / textContent (single read). */
  gateVsTextContent: number;
  /** Median over pages of added script time / textContent (mean read). */
  addedVsTextContent: number;
  /** Pages where the gate passed (the analyzer then ran too; left out). */
  gatePassed: string[];
  /** Pages where the gate ran at all (their title and address did not rule them out). */
  gateRan: string[];
}

async function loadOnce(
  context: BrowserContext,
  url: string,
  worker?: Worker,
): Promise<LoadSample> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    // Metrics first: anything we evaluate in the page afterwards would count.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const inPage = await page.evaluate(
      ({ name, repeats }) => {
        const entry = performance.getEntriesByName(name).at(-1);
        const body = document.body;
        const t0 = performance.now();
        const chars = (body?.textContent ?? '').length;
        const t1 = performance.now();
        let total = 0;
        for (let i = 0; i < repeats; i++) total += (body?.textContent ?? '').length;
        const t2 = performance.now();
        return {
          gateMs: entry ? entry.duration : null,
          textContentMs: t1 - t0,
          textContentMeanMs: (t2 - t1) / repeats,
          textChars: total >= 0 ? chars : 0,
        };
      },
      { name: GATE_MEASURE, repeats: FLOOR_REPEATS },
    );
    await cdp.detach().catch(() => undefined);
    // A page whose gate passed gets a badge (and the analyzer): not the always-on cost.
    const gatePassed = worker
      ? ((await worker
          .evaluate(
            `chrome.tabs.query({}).then(async (tabs) => {
              const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
              return tab?.id !== undefined && (await chrome.action.getBadgeText({ tabId: tab.id })) !== '';
            })`,
          )
          .catch(() => false)) as boolean)
      : false;
    return {
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      ...inPage,
      gatePassed,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

const med = (xs: readonly number[]) => summarize(xs).median;

export async function benchContent(benchDir: string, quick: boolean): Promise<ContentResult> {
  const host = BENCH_CONFIG.servedHost;
  const set = serveReadabilityPages(benchDir, host, runsOf('contentPages', quick));
  const server = await startFixtureServer({ root: set.root });
  const ext = await launchChromium({
    extensionPath: CHROME_BUILD,
    hosts: server.hosts,
    port: server.port,
  });
  const plain = await launchPlainChromium(server.hosts, server.port);
  const emptyDir = writeEmptyExtension(CHROME_BUILD);
  const empty = await launchChromium({
    extensionPath: emptyDir,
    hosts: server.hosts,
    port: server.port,
  });
  const loads = runsOf('contentLoads', quick);
  const pages: ContentPageResult[] = [];
  const gatePassed: string[] = [];
  const gateRan: string[] = [];
  try {
    // Warm both browsers (first navigation pays process start-up).
    for (let i = 0; i < BENCH_CONFIG.warmupRuns; i++) {
      await loadOnce(ext.context, set.pages[0]!.url);
      await loadOnce(plain.context, set.pages[0]!.url);
      await loadOnce(empty.context, set.pages[0]!.url);
    }
    for (const p of set.pages) {
      const withExt: LoadSample[] = [];
      const without: LoadSample[] = [];
      const withEmpty: LoadSample[] = [];
      // Interleaved, so drift in machine load hits all three alike.
      for (let i = 0; i < loads; i++) {
        withExt.push(await loadOnce(ext.context, p.url, ext.worker));
        without.push(await loadOnce(plain.context, p.url));
        withEmpty.push(await loadOnce(empty.context, p.url));
      }
      const gates = withExt.map((s) => s.gateMs).filter((x): x is number => x !== null);
      const passed = withExt.some((s) => s.gatePassed);
      if (passed) gatePassed.push(p.slug);
      if (gates.length) gateRan.push(p.slug);
      pages.push({
        slug: p.slug,
        bytes: p.bytes,
        textChars: without[0]?.textChars ?? 0,
        addedScriptMs: med(withExt.map((s) => s.scriptMs)) - med(without.map((s) => s.scriptMs)),
        addedTaskMs: med(withExt.map((s) => s.taskMs)) - med(without.map((s) => s.taskMs)),
        emptyScriptMs: med(withEmpty.map((s) => s.scriptMs)) - med(without.map((s) => s.scriptMs)),
        gateMs: gates.length ? med(gates) : null,
        textContentMs: med(without.map((s) => s.textContentMs)),
        textContentMeanMs: med(without.map((s) => s.textContentMeanMs)),
      });
    }
  } finally {
    await ext.close();
    await plain.close();
    await empty.close();
    await server.close();
    rmSync(set.root, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  }
  const counted = pages.filter((p) => !gatePassed.includes(p.slug));
  const ratio = (a: (p: ContentPageResult) => number | null, b: (p: ContentPageResult) => number) =>
    med(counted.filter((p) => a(p) !== null && b(p) > 0).map((p) => a(p)! / b(p)));
  return {
    pages,
    loadsPerPage: loads,
    addedScriptMs: summarize(counted.map((p) => p.addedScriptMs)),
    addedTaskMs: summarize(counted.map((p) => p.addedTaskMs)),
    emptyScriptMs: summarize(counted.map((p) => p.emptyScriptMs)),
    // Ratio of the medians over pages: per-page ratios of two small noisy differences are unstable.
    addedVsEmpty:
      summarize(counted.map((p) => p.addedScriptMs)).median /
      summarize(counted.map((p) => p.emptyScriptMs)).median,
    gateMs: summarize(counted.map((p) => p.gateMs).filter((x): x is number => x !== null)),
    textContentMs: summarize(counted.map((p) => p.textContentMs)),
    textContentMeanMs: summarize(counted.map((p) => p.textContentMeanMs)),
    gateVsTextContent: ratio(
      (p) => p.gateMs,
      (p) => p.textContentMs,
    ),
    addedVsTextContent: ratio(
      (p) => p.addedScriptMs,
      (p) => p.textContentMeanMs,
    ),
    gatePassed,
    gateRan,
  };
}

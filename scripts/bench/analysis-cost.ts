/**
 * The analysis of a page beside Readability's parse alone on the same pages:
 * the fixture pages labelled as coverage, served under their own news URLs
 * in a browser without the extension (so nothing else runs), with the probe
 * bundle (page-probe.ts) injected. N runs each, alternating, after warm-up.
 *
 * The extension splits the analysis: the analyzer in the tab reads the
 * article (`extractArticle`, the DOM work: the page's main thread pays it)
 * and the background reads its coverage and figures (`analyzeArticle`, in
 * the extension's own process). Both shares are timed here in the page, so
 * that they compare with each other and with Readability on the same
 * engine and load; the whole (`analyzeDocument`, as the CLI runs it) is
 * timed beside them.
 */
import { rmSync } from 'node:fs';
import { startFixtureServer } from '../lib/fixture-server';
import { BENCH_CONFIG, runsOf } from './config';
import { launchPlainChromium } from './launch-plain';
import { FIXTURE_PAGES } from './paths';
import { buildProbeBundle } from './probe-bundle';
import { serveCoveragePages } from './served-pages';
import { summarize, type Summary } from './stats';

export interface AnalysisPageResult {
  slug: string;
  bytes: number;
  figures: number;
  detected: boolean;
  analyzeMs: Summary;
  /** The page's share: extractArticle, as the analyzer runs it in the tab. */
  pageShareMs: Summary;
  /** The background's share: analyzeArticle on the page's article. */
  textShareMs: Summary;
  readabilityMs: Summary;
  /** The page's share, first run on the page (cold code, as the injected analyzer pays it). */
  firstPageShareMs: number;
  /** The background's share, first run (cold code: a background that just started). */
  firstTextShareMs: number;
}

export interface AnalysisResult {
  pages: AnalysisPageResult[];
  runsPerPage: number;
  /** Over pages, each page's median. */
  analyzeMs: Summary;
  pageShareMs: Summary;
  textShareMs: Summary;
  readabilityMs: Summary;
  firstPageShareMs: Summary;
  firstTextShareMs: Summary;
  /** Median over pages of the whole analysis / Readability. */
  ratio: number;
  /** Median over pages of the page's share / Readability: what the page's main thread pays. */
  pageRatio: number;
}

/** Runs in the page: times each share, the whole and Readability alone, alternating. */
const TIME_IN_PAGE = `(async ({ runs, warmup, url }) => {
  const b = globalThis.__crosscheckBench;
  let t = performance.now();
  const article = b.extractArticle(document, url);
  const firstPage = performance.now() - t;
  t = performance.now();
  const first = b.analyzeArticle(article, url);
  const firstText = performance.now() - t;
  const analyze = [], page = [], text = [], readability = [];
  for (let i = 0; i < runs + warmup; i++) {
    t = performance.now();
    b.analyzeDocument(document, { url });
    const a = performance.now() - t;
    t = performance.now();
    const art = b.extractArticle(document, url);
    const p = performance.now() - t;
    t = performance.now();
    b.analyzeArticle(art, url);
    const x = performance.now() - t;
    t = performance.now();
    b.readabilityParse(document);
    const r = performance.now() - t;
    if (i >= warmup) { analyze.push(a); page.push(p); text.push(x); readability.push(r); }
  }
  return { firstPage, firstText, analyze, page, text, readability, figures: first.figures.length, detected: first.coverage.detected };
})`;

export async function benchAnalysis(quick: boolean): Promise<AnalysisResult> {
  const bundle = await buildProbeBundle();
  const set = serveCoveragePages(FIXTURE_PAGES, quick ? 8 : 1_000);
  const server = await startFixtureServer({ root: set.root });
  const plain = await launchPlainChromium(server.hosts, server.port);
  const runs = runsOf('analysisRuns', quick);
  const pages: AnalysisPageResult[] = [];
  try {
    for (const p of set.pages) {
      const page = await plain.context.newPage();
      try {
        await page.goto(p.url, { waitUntil: 'load' });
        await page.addScriptTag({ content: bundle });
        const r = (await page.evaluate(
          `${TIME_IN_PAGE}(${JSON.stringify({ runs, warmup: BENCH_CONFIG.warmupRuns, url: p.url })})`,
        )) as {
          firstPage: number;
          firstText: number;
          analyze: number[];
          page: number[];
          text: number[];
          readability: number[];
          figures: number;
          detected: boolean;
        };
        pages.push({
          slug: p.slug,
          bytes: p.bytes,
          figures: r.figures,
          detected: r.detected,
          analyzeMs: summarize(r.analyze),
          pageShareMs: summarize(r.page),
          textShareMs: summarize(r.text),
          readabilityMs: summarize(r.readability),
          firstPageShareMs: r.firstPage,
          firstTextShareMs: r.firstText,
        });
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  } finally {
    await plain.close();
    await server.close();
    rmSync(set.root, { recursive: true, force: true });
  }
  return {
    pages,
    runsPerPage: runs,
    analyzeMs: summarize(pages.map((p) => p.analyzeMs.median)),
    pageShareMs: summarize(pages.map((p) => p.pageShareMs.median)),
    textShareMs: summarize(pages.map((p) => p.textShareMs.median)),
    readabilityMs: summarize(pages.map((p) => p.readabilityMs.median)),
    firstPageShareMs: summarize(pages.map((p) => p.firstPageShareMs)),
    firstTextShareMs: summarize(pages.map((p) => p.firstTextShareMs)),
    ratio: summarize(pages.map((p) => p.analyzeMs.median / p.readabilityMs.median)).median,
    pageRatio: summarize(pages.map((p) => p.pageShareMs.median / p.readabilityMs.median)).median,
  };
}

/**
 * The full analysis as the analyzer runs it (`analyzeDocument(document)` in
 * the page), beside Readability's parse alone on the same pages: the fixture
 * pages labelled as coverage, served under their own news URLs in a
 * browser without the extension (so nothing else runs), with the probe
 * bundle (page-probe.ts) injected. N runs each, alternating, after warm-up.
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
  readabilityMs: Summary;
  /** The first analysis on the page (cold code, as the injected analyzer pays it). */
  firstAnalyzeMs: number;
}

export interface AnalysisResult {
  pages: AnalysisPageResult[];
  runsPerPage: number;
  /** Over pages, each page's median. */
  analyzeMs: Summary;
  readabilityMs: Summary;
  firstAnalyzeMs: Summary;
  /** Median over pages of analyze / Readability. */
  ratio: number;
}

/** Runs in the page: times analyzeDocument and Readability alone, alternating. */
const TIME_IN_PAGE = `(async ({ runs, warmup, url }) => {
  const b = globalThis.__crosscheckBench;
  let t = performance.now();
  const first = b.analyzeDocument(document, { url });
  const firstMs = performance.now() - t;
  const analyze = [], readability = [];
  for (let i = 0; i < runs + warmup; i++) {
    t = performance.now();
    b.analyzeDocument(document, { url });
    const a = performance.now() - t;
    t = performance.now();
    b.readabilityParse(document);
    const r = performance.now() - t;
    if (i >= warmup) { analyze.push(a); readability.push(r); }
  }
  return { firstMs, analyze, readability, figures: first.figures.length, detected: first.coverage.detected };
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
          firstMs: number;
          analyze: number[];
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
          readabilityMs: summarize(r.readability),
          firstAnalyzeMs: r.firstMs,
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
    readabilityMs: summarize(pages.map((p) => p.readabilityMs.median)),
    firstAnalyzeMs: summarize(pages.map((p) => p.firstAnalyzeMs)),
    ratio: summarize(pages.map((p) => p.analyzeMs.median / p.readabilityMs.median)).median,
  };
}

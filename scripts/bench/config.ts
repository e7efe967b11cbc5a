/**
 * The benchmark's tuning: how many runs, how much data, and the budgets.
 * Budgets are what a reader should pay at most; the benchmark prints a
 * verdict against each but never fails on a number.
 */
export const BENCH_CONFIG = Object.freeze({
  /** Runs per measurement: full and --quick. */
  runs: Object.freeze({
    /** Page loads per non-coverage page, with and without the extension. */
    contentLoads: { full: 5, quick: 2 },
    /** Non-coverage pages (Readability test pages) used, at most. */
    contentPages: { full: 40, quick: 12 },
    /** analyzeDocument / Readability runs per coverage page. */
    analysisRuns: { full: 15, quick: 5 },
    /** Popup openings. */
    popupOpens: { full: 15, quick: 5 },
    /** match + compare runs in Node. */
    compareRuns: { full: 40, quick: 10 },
    /** byEventWindow queries in the service worker. */
    storeQueries: { full: 20, quick: 5 },
    /** CLI batch runs over the Zyte pages. */
    cliRuns: { full: 3, quick: 1 },
  }),
  /** Runs discarded before timing (JIT warm-up). */
  warmupRuns: 2,
  /** Stored reports for the compare and popup sections: each size is measured (20,000 is the store's cap). */
  storedReports: Object.freeze([10_000, 20_000]),
  /** Share of stored reports in the page's own event (the rest spread over other episodes). */
  sameEventShare: 0.05,
  /** Reports per service-worker write (keeps each CDP message a few MB). */
  seedChunk: 1_000,
  /** Where pages of the non-coverage set are served (a listed news domain, so the content script runs). */
  servedHost: 'www.dawn.com',
  /** Budgets (see docs/bench-results.md). */
  budgets: Object.freeze({
    contentMainThreadMs: 1,
    contentVsTextContent: 1.5,
    contentScriptKb: 20,
    analysisVsReadability: 1.5,
    analysisMs: 20,
    compareMs: 30,
    popupMs: 100,
    /** The background's get-tab-view answer when it compares afresh, at the store's cap. */
    tabViewMs: 20,
    /** Content script main-thread time against an empty content script injected the same way. */
    contentVsEmpty: 1.2,
    cliPagesPerSecond: 50,
  }),
});

export type RunKind = keyof typeof BENCH_CONFIG.runs;

/** The run count for a measurement in this mode. */
export function runsOf(kind: RunKind, quick: boolean): number {
  const r = BENCH_CONFIG.runs[kind];
  return quick ? r.quick : r.full;
}

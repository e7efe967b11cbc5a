/**
 * Entry of the service-worker probe bundle (built by probe-bundle.ts with
 * esbuild): the extension's own store code and the synthetic store, exposed
 * on `globalThis.__crosscheckStoreProbe` so the benchmark writes reports the
 * way the extension does (with its index) and times the queries where they
 * run. Never part of the extension.
 */
import { compareReports } from '../../lib/compare/compare-reports';
import { COMPARE_CONFIG } from '../../lib/compare/config';
import { matchReports } from '../../lib/compare/match-reports';
import { toReport } from '../../lib/compare/to-report';
import { compareStored } from '../../lib/store/compare-stored';
import { openReportStore } from '../../lib/store/reports';
import type { Analysis, Report } from '../../lib/types';
import { syntheticReports, type SyntheticOptions } from './synthetic-reports';

const TRUSTED = new Set(['reuters.com', 'apnews.com', 'dawn.com']);
let touches = 0;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

/**
 * A real change of the page's episode: one new report of `event`, read and
 * published now (so it is among the newest the index hands to matching),
 * under a URL never used before. The popup's worst case.
 */
function touchReport(event: string): Report {
  const [template] = syntheticReports(1, { event, share: 1, seed: ++touches });
  const now = Date.now();
  return {
    ...template!,
    url: `https://www.example.org/bench/${now}-${touches}`,
    published: new Date(now).toISOString(),
    seenAt: now,
  };
}

const probe = {
  /** Writes reports [from, to) of the synthetic store, in chunks of `chunk` per transaction. */
  async seed(
    options: SyntheticOptions & { total: number; from: number; to: number; chunk: number },
  ) {
    const all = syntheticReports(options.total, options);
    const store = await openReportStore();
    try {
      for (let i = options.from; i < options.to; i += options.chunk)
        await store.putMany(all.slice(i, Math.min(options.to, i + options.chunk)));
      return await store.count();
    } finally {
      store.close();
    }
  },
  /** The popup's worst case: a new report of the episode stored (touchReport). */
  async touch(event: string) {
    const report = touchReport(event);
    // Through the worker's own store when the build exposes it (as pages and feeds write,
    // so what the store remembers is updated); else, an earlier build, on a connection of its own.
    const hook = (
      globalThis as { __crosscheckBench?: { putReport?: (r: Report) => Promise<void> } }
    ).__crosscheckBench;
    if (typeof hook?.putReport === 'function') return hook.putReport(report);
    const store = await openReportStore();
    try {
      await store.put(report);
    } finally {
      store.close();
    }
  },
  /**
   * Times, `runs` times after `warmup`, for the page's analysis: the index
   * query (matchCandidates), the whole comparison from the index
   * (compareStored), and the way it was done before the index (every whole
   * report of the event window, then match and compare).
   */
  async time(analysis: Analysis, runs: number, warmup: number) {
    const current = toReport(analysis, { origin: 'page', seenAt: Date.now() });
    const store = await openReportStore();
    const out = { indexMs: [] as number[], compareMs: [] as number[], wholeMs: [] as number[] };
    let candidates = 0;
    let whole = 0;
    try {
      for (let i = 0; i < runs + warmup; i++) {
        // The worst case each time: a new report of the episode stored first (on this
        // connection, so what it remembers is updated as the worker's is).
        if (current.event) await store.put(touchReport(current.event));
        const opts = { trustedDomains: TRUSTED, now: Date.now() };
        const [indexMs, light] = await timed(() =>
          store.matchCandidates(current, COMPARE_CONFIG.eventWindowDays),
        );
        const [compareMs] = await timed(() => compareStored(current, store, opts));
        const [wholeMs, reports] = await timed(async () => {
          const window = await store.byEventWindow(current.event!, COMPARE_CONFIG.eventWindowDays);
          compareReports([current, ...matchReports(current, window, opts)], opts);
          return window;
        });
        if (i >= warmup) {
          out.indexMs.push(indexMs);
          out.compareMs.push(compareMs);
          out.wholeMs.push(wholeMs);
        }
        candidates = light.length;
        whole = reports.length;
      }
      return { ...out, candidates, whole };
    } finally {
      store.close();
    }
  },
};

export type StoreProbe = typeof probe;
(globalThis as unknown as { __crosscheckStoreProbe: StoreProbe }).__crosscheckStoreProbe = probe;

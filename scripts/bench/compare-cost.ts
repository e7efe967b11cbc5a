/**
 * Matching and comparing one page against a store of 10,000 and 20,000 reports, in
 * Node (the pure part the background runs after its store query). Two
 * cases: the candidates the store's event-window query returns (the real
 * path), and every stored report handed to matchReports at once (the worst case).
 */
import { compareReports } from '../../lib/compare/compare-reports';
import { COMPARE_CONFIG } from '../../lib/compare/config';
import { matchReports } from '../../lib/compare/match-reports';
import { loadReference } from '../../lib/reference/claims';
import type { Report } from '../../lib/types';
import { BENCH_CONFIG, runsOf } from './config';
import { summarize, type Summary } from './stats';
import { syntheticReports } from './synthetic-reports';

export interface CompareLevel {
  stored: number;
  /** Candidates in the event window (what the store query returns). */
  windowCandidates: number;
  /** Reports matched and compared (real path). */
  matched: number;
  rows: number;
  /** match + compare over the event-window candidates. */
  windowMs: Summary;
  /** match + compare over all stored reports. */
  allMs: Summary;
}

export interface CompareResult {
  /** One per size of BENCH_CONFIG.storedReports. */
  levels: CompareLevel[];
}

/** The page being compared: a reference report, as if the reader had just opened it. */
export function pageReport(): Report {
  const ref = loadReference()[0]!;
  return { ...ref, url: `${ref.url}?bench=page`, origin: 'page', seenAt: Date.parse('2026-02-28') };
}

/** What byEventWindow returns: reports whose event lies within `days` days of `event`. */
export function inEventWindow(reports: readonly Report[], event: string, days: number): Report[] {
  const centre = Date.parse(`${event}T00:00:00Z`);
  const lo = new Date(centre - days * 86_400_000).toISOString().slice(0, 10);
  const hi = new Date(centre + days * 86_400_000).toISOString().slice(0, 10);
  return reports.filter((r) => r.event !== null && r.event >= lo && r.event <= hi);
}

function timeMatchCompare(current: Report, candidates: readonly Report[], runs: number) {
  const trustedDomains = new Set(['reuters.com', 'apnews.com', 'dawn.com']);
  const now = Date.parse('2026-03-01');
  const ms: number[] = [];
  let matched = 0;
  let rows = 0;
  for (let i = 0; i < runs + BENCH_CONFIG.warmupRuns; i++) {
    const t0 = performance.now();
    const matches = matchReports(current, candidates, { trustedDomains, now });
    const comparison = compareReports([current, ...matches], { trustedDomains });
    const dt = performance.now() - t0;
    if (i >= BENCH_CONFIG.warmupRuns) ms.push(dt);
    matched = matches.length;
    rows = comparison.rows.length;
  }
  return { ms: summarize(ms), matched, rows };
}

export function benchCompare(quick: boolean): CompareResult {
  const current = pageReport();
  const sizes = [...BENCH_CONFIG.storedReports].sort((a, b) => a - b);
  const all = syntheticReports(sizes.at(-1)!, {
    event: current.event!,
    share: BENCH_CONFIG.sameEventShare,
  });
  const runs = runsOf('compareRuns', quick);
  return {
    levels: sizes.map((size) => {
      const stored = all.slice(0, size);
      const window = inEventWindow(stored, current.event!, COMPARE_CONFIG.eventWindowDays);
      const real = timeMatchCompare(current, window, runs);
      const every = timeMatchCompare(current, stored, runs);
      return {
        stored: stored.length,
        windowCandidates: window.length,
        matched: real.matched,
        rows: real.rows,
        windowMs: real.ms,
        allMs: every.ms,
      };
    }),
  };
}

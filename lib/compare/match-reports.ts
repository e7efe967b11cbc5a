/**
 * Which stored reports are about the same story as this page. Same event is
 * required (reports of different episodes are never joined, however alike);
 * within the event, candidates are ranked by how alike their titles and named
 * actors and places are (Fuse.js), by how many of this page's figure slots
 * they fill with an overlapping value, and a little by recency. One report per
 * outlet (its most recent), trusted outlets first, capped.
 */
import { EVENTS } from '../conflict/events';
import type { Report, ReportFigure } from '../types';
import { isTrusted } from './compare-reports';
import { COMPARE_CONFIG, TITLE_STOP_WORDS } from './config';
import { episodeOf, type Episode } from './event-date';
import { isoDay } from './iso-day';
import { canonicalUnit, figureInterval, overlaps, type Interval } from './interval';
import { fuseScores } from './fuse-scores';

export interface MatchOptions {
  trustedDomains: ReadonlySet<string>;
  /** Current time (ms since epoch), for the recency bonus. */
  now: number;
  events?: readonly Episode[];
}

const M = COMPARE_CONFIG.match;
const DAY_MS = 86_400_000;

/**
 * Candidates of the same event as `event` (and not `url`), in one cheap pass:
 * equal keys for a known episode, dates within the window otherwise.
 */
export function sameEventCandidates(
  current: Pick<Report, 'event' | 'url'>,
  candidates: readonly Report[],
  events: readonly Episode[] = EVENTS,
): Report[] {
  const event = current.event;
  if (event === null) return [];
  if (episodeOf(event, events))
    return candidates.filter((c) => c.event === event && c.url !== current.url);
  const day = isoDay(event);
  if (day === null) return candidates.filter((c) => c.event === event && c.url !== current.url);
  const known = new Set(events.map((e) => e.start));
  const w = COMPARE_CONFIG.eventWindowDays;
  return candidates.filter((c) => {
    if (c.url === current.url || c.event === null || known.has(c.event)) return false;
    const d = isoDay(c.event);
    return d !== null && Math.abs(d - day) <= w;
  });
}

/** Publication (else reading) time of a report in ms. */
export function reportTime(r: Pick<Report, 'published' | 'seenAt'>): number {
  const t = r.published ? Date.parse(r.published) : NaN;
  return Number.isNaN(t) ? r.seenAt : t;
}

/** Significant words of a title, for the Fuse query. */
function titleTokens(title: string): string[] {
  return [
    ...new Set(
      title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= M.minTokenLength && !TITLE_STOP_WORDS.has(w)),
    ),
  ];
}

/**
 * Fuse extended-search query: any of the terms, as include-matches (`'term`).
 * Include-matching is ten times faster than fuzzy bitap and enough here:
 * signals are canonical names already (aliases resolved in to-report), and a
 * title word's stem matches its plurals ("strike" in "strikes").
 */
function fuseQuery(current: Report): string {
  const terms = [...current.signals.map((s) => s.toLowerCase()), ...titleTokens(current.title)];
  return [...new Set(terms)]
    .slice(0, M.maxQueryTerms)
    .map((t) => `'${t.includes(' ') ? `"${t.replace(/"/g, '')}"` : t}`)
    .join(' | ');
}

/**
 * Text similarity 0..1 from a Fuse score. Fuse multiplies per-match scores,
 * so −ln(score) grows with every term matched; dividing by the page's score
 * against itself makes 1 "matches as much as the page itself".
 */
function textSimilarity(score: number | undefined, selfScore: number): number {
  if (score === undefined || selfScore >= 1) return 0;
  const self = -Math.log(Math.max(selfScore, Number.MIN_VALUE));
  const s = -Math.log(Math.max(score, Number.MIN_VALUE));
  return Math.max(0, Math.min(1, s / self));
}

type SlotIntervals = Map<string, Interval[]>;

/** A figure's slot key; the unit only matters for `other` (a distance is not a percentage). */
function slotKey(f: ReportFigure): string {
  const unit = f.measure === 'other' ? canonicalUnit(f.unit) : null;
  return `${f.measure}|${f.subject}|${f.claimant ?? ''}|${unit ?? ''}`;
}

function slotIntervals(r: Report): SlotIntervals {
  const out: SlotIntervals = new Map();
  for (const f of r.figures) {
    const key = slotKey(f);
    const interval = figureInterval(f).interval;
    const list = out.get(key);
    if (list) list.push(interval);
    else out.set(key, [interval]);
  }
  return out;
}

/** Share of the current page's slots that the candidate fills with an overlapping value (0..1). */
function figureOverlap(current: SlotIntervals, candidate: Report): number {
  if (current.size === 0) return 0;
  const hits = new Set<string>();
  for (const f of candidate.figures) {
    const key = slotKey(f);
    const mine = current.get(key);
    if (!mine || hits.has(key)) continue; // intervals only for slots the page has
    const theirs = figureInterval(f).interval;
    if (mine.some((a) => overlaps(a, theirs, COMPARE_CONFIG.interval.unitTolerance))) hits.add(key);
  }
  return hits.size / current.size;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sa = new Set(a.map((s) => s.toLowerCase()));
  const sb = new Set(b.map((s) => s.toLowerCase()));
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  return inter / (sa.size + sb.size - inter);
}

export interface ScoredMatch {
  report: Report;
  score: number;
  trusted: boolean;
}

/**
 * The ranked matches with their scores (for the benchmark and for tests);
 * matchReports returns just the reports.
 */
export function scoreMatches(
  current: Report,
  candidates: readonly Report[],
  opts: MatchOptions,
): ScoredMatch[] {
  let pool = sameEventCandidates(current, candidates, opts.events ?? EVENTS);
  if (pool.length === 0) return [];
  // Each report's time, parsed once (recency, the cap and one report per outlet read it).
  const times = new Map(pool.map((r) => [r, reportTime(r)] as const));
  const timeOf = (r: Report) => times.get(r)!;
  if (pool.length > M.maxFuseCandidates) {
    pool = [...pool].sort((a, b) => timeOf(b) - timeOf(a)).slice(0, M.maxFuseCandidates);
  }

  const textScore = new Map<Report, number>();
  const query = fuseQuery(current);
  if (query) {
    const selfScore = fuseScores([current], query).get(current) ?? 1;
    for (const [r, score] of fuseScores(pool, query))
      textScore.set(r, textSimilarity(score, selfScore));
  }

  const mine = slotIntervals(current);
  const scored: ScoredMatch[] = [];
  for (const r of pool) {
    const ageDays = Math.max(0, (opts.now - timeOf(r)) / DAY_MS);
    const score =
      M.textWeight * (textScore.get(r) ?? 0) +
      M.figureWeight * figureOverlap(mine, r) +
      M.signalWeight * jaccard(current.signals, r.signals) +
      M.recencyWeight * Math.pow(0.5, ageDays / M.recencyHalfLifeDays);
    if (score < M.minScore) continue;
    scored.push({ report: r, score, trusted: isTrusted(r.domain, opts.trustedDomains) });
  }

  // One report per outlet: its most recent one.
  const perOutlet = new Map<string, ScoredMatch>();
  for (const s of scored) {
    const key = s.report.domain || s.report.outlet;
    const prev = perOutlet.get(key);
    if (!prev || timeOf(s.report) > timeOf(prev.report)) perOutlet.set(key, s);
  }
  return [...perOutlet.values()]
    .sort((a, b) => Number(b.trusted) - Number(a.trusted) || b.score - a.score)
    .slice(0, M.maxResults);
}

/**
 * Stored reports about the same story as `current`, best first (trusted
 * outlets first), at most COMPARE_CONFIG.match.maxResults.
 *
 * @example compareReports([page, ...matchReports(page, stored, { trustedDomains, now: Date.now() })], { trustedDomains })
 */
export function matchReports(
  current: Report,
  candidates: readonly Report[],
  opts: MatchOptions,
): Report[] {
  return scoreMatches(current, candidates, opts).map((s) => s.report);
}

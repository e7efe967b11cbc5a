import type { Report } from '../types';
import { COMPARE_CONFIG } from './config';

type TallyReport = Pick<Report, 'event'> & {
  figures?: readonly Pick<
    Report['figures'][number],
    'measure' | 'subject' | 'value' | 'qualifier'
  >[];
};

const C = COMPARE_CONFIG.tallies;

/** The distinctive counts of a report as keys (measure, subject, value): exact and large enough to be telling. */
function tallies(r: TallyReport): Set<string> {
  const out = new Set<string>();
  for (const f of r.figures ?? []) {
    if (f.measure === 'other' || f.qualifier === 'vague') continue;
    if (f.value < C.minValue) continue;
    out.add(`${f.measure}|${f.subject}|${f.value}`);
  }
  return out;
}

/**
 * Every report's event, with the undated ones (event null) given the event
 * of the dated reports whose running tallies they repeat: a report with no
 * date and no episode words that gives the same several counts as reports of
 * one episode ("58 soldiers killed, 30 wounded, 25 posts taken") is
 * reporting that episode. One shared count is not enough (the same toll
 * recurs across rounds), and a tie between episodes leaves the report
 * undated.
 *
 * @example eventsByTallies([{ event: '2025-10-11', figures: [a, b] }, { event: null, figures: [a, b] }]) // ['2025-10-11', '2025-10-11']
 */
export function eventsByTallies(reports: readonly TallyReport[]): (string | null)[] {
  const keys = reports.map(tallies);
  return reports.map((r, i) => {
    if (r.event !== null) return r.event;
    const mine = keys[i]!;
    if (mine.size < C.minShared) return null;
    // Per event, the most counts this report shares with any one report of it.
    const best = new Map<string, number>();
    reports.forEach((o, j) => {
      if (o.event === null) return;
      let shared = 0;
      for (const k of keys[j]!) if (mine.has(k)) shared++;
      if (shared > (best.get(o.event) ?? 0)) best.set(o.event, shared);
    });
    const ranked = [...best].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (!first || first[1] < C.minShared || (second && second[1] === first[1])) return null;
    return first[0];
  });
}

/**
 * The report with its event filled from known reports (the bundled
 * reference set, the store's) when it has none and its tallies point to one
 * episode (eventsByTallies); otherwise the report as it was.
 *
 * @example withTalliedEvent(undatedPage, REFERENCE_REPORTS).event // '2025-10-11'
 */
export function withTalliedEvent<R extends TallyReport>(
  report: R,
  known: readonly TallyReport[],
): R {
  if (report.event !== null) return report;
  const event = eventsByTallies([report, ...known])[0] ?? null;
  return event === null ? report : { ...report, event };
}

/**
 * A page compared with the stored reports of its episode, read the way the
 * store is laid out for it: matching ranks light candidates from the index
 * (heads and the page's slots only), and only the matches shown are read
 * whole. Gives the same comparison as matching and comparing the whole
 * reports of the event window.
 */
import { compareReports } from '../compare/compare-reports';
import { COMPARE_CONFIG } from '../compare/config';
import { matchReports, type MatchOptions } from '../compare/match-reports';
import type { Episode } from '../compare/event-date';
import type { Comparison, Report } from '../types';

/** The part of the report store the comparison reads. */
export interface IndexedReports {
  matchCandidates(
    current: Pick<Report, 'event' | 'figures'>,
    days: number,
    events?: readonly Episode[],
  ): Promise<Report[]>;
  getMany(urls: readonly string[]): Promise<Report[]>;
}

/**
 * @example
 * const comparison = await compareStored(page, store, { trustedDomains, now: Date.now() });
 */
export async function compareStored(
  current: Report,
  store: IndexedReports,
  opts: MatchOptions,
): Promise<Comparison> {
  const candidates = await store.matchCandidates(
    current,
    COMPARE_CONFIG.eventWindowDays,
    opts.events,
  );
  const matches = matchReports(current, candidates, opts);
  const whole = matches.length ? await store.getMany(matches.map((m) => m.url)) : [];
  return compareReports([current, ...whole], {
    trustedDomains: opts.trustedDomains,
    ...(opts.events ? { events: opts.events } : {}),
  });
}

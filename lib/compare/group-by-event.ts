import type { Report } from '../types';
import { sameEvent, type Episode } from './event-date';
import { EVENTS } from '../conflict/events';

/**
 * Reports split into events, as lists of indices in input order. A report
 * joins the first group whose first report is the same event; a report with
 * no event is a group of its own (never joined: we cannot tell its episode).
 *
 * @example groupByEvent([oct, feb, feb2]) // [[0], [1, 2]]
 */
export function groupByEvent(
  reports: readonly Pick<Report, 'event'>[],
  events: readonly Episode[] = EVENTS,
): number[][] {
  const groups: number[][] = [];
  reports.forEach((r, i) => {
    const group = groups.find((g) => sameEvent(reports[g[0]!]!.event, r.event, events));
    if (group) group.push(i);
    else groups.push([i]);
  });
  return groups;
}

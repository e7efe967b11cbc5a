import type { Report } from '../types';
import { sameEvent, type Episode } from './event-date';
import { EVENTS } from '../conflict/events';
import { eventsByTallies } from './events-by-tallies';

/**
 * Reports split into events, as lists of indices in input order. A report
 * joins the first group whose first report is the same event; a report with
 * no event joins the episode whose reports repeat its running tallies
 * (events-by-tallies.ts), else is a group of its own (we cannot tell its
 * episode).
 *
 * @example groupByEvent([oct, feb, feb2]) // [[0], [1, 2]]
 */
export function groupByEvent(
  reports: readonly (Pick<Report, 'event'> & Partial<Pick<Report, 'figures'>>)[],
  events: readonly Episode[] = EVENTS,
): number[][] {
  const groups: number[][] = [];
  const dated = eventsByTallies(reports);
  dated.forEach((event, i) => {
    const group = groups.find((g) => sameEvent(dated[g[0]!]!, event, events));
    if (group) group.push(i);
    else groups.push([i]);
  });
  return groups;
}

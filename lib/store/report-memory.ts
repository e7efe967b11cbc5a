/**
 * What the worker's report store has already read, kept in memory and
 * updated by the store's own writes, so the popup's worst case (a new report
 * of the page's episode since the page was read) costs that report's record,
 * not a re-read of the episode's few hundred index records.
 *
 * Per day of an event: the index records IndexedDB gave (parsed), newest
 * first in the index's order (rank, then URL), either the whole day
 * (`complete`) or only its newest `limit`. A write inserts its record in
 * order (a partial list drops its oldest); a removal from a partial list
 * forgets the day (the next record down is unknown), from a whole day
 * just drops it. Whole reports read for matches are kept too (at most
 * STORE_CONFIG.memoryReports), dropped when their URL is written or removed.
 *
 * Never stale: changes are applied only once their transaction committed;
 * a read that overlapped a change is not remembered (generation); clearing,
 * a failed write, or a change by another connection forgets everything; a
 * restarted worker starts empty and reads IndexedDB. Pure: no IndexedDB.
 */
import type { Report } from '../types';
import { STORE_CONFIG } from './config';
import { unpack, type Packed, type ReportHead } from './report-index';

/** An index record and its parsed payload. */
export interface KnownHead {
  head: ReportHead;
  packed: Packed;
}

interface Day {
  heads: KnownHead[];
  /** True when `heads` is every record of the day, not only its newest `limit`. */
  complete: boolean;
}

/** One committed change of the index: a record written, or a report's record removed. */
export type IndexChange = { added: ReportHead } | { removed: Pick<Report, 'url' | 'event'> };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The index's order within a day: [event, rank], then the key (URL). */
const order = (a: ReportHead, b: ReportHead) => a.rank - b.rank || cmp(a.url, b.url);

export interface ReportMemory {
  /** Bumped by every change: a read begun before a change must not be remembered. */
  readonly generation: number;
  /** A day's remembered records (at least `limit` of them unless the day has fewer), or undefined. */
  day(day: string): readonly KnownHead[] | undefined;
  /** Remembers what a read of one day returned with `limit`, if nothing changed since `generation`. */
  rememberDay(day: string, heads: readonly ReportHead[], generation: number): KnownHead[];
  report(url: string): Report | undefined;
  rememberReports(reports: readonly Report[], generation: number): void;
  /** Applies the changes of one committed transaction. */
  apply(changes: readonly IndexChange[]): void;
  /** Forgets everything (clear, a failed write, another connection's change). */
  forget(): void;
}

/** @example const memory = reportMemory(COMPARE_CONFIG.match.maxFuseCandidates + 2); */
export function reportMemory(limit: number): ReportMemory {
  const days = new Map<string, Day>();
  const reports = new Map<string, Report>();
  let generation = 0;

  const add = (head: ReportHead) => {
    const day = head.event === null ? undefined : days.get(head.event);
    if (!day) return;
    drop(day, head.url);
    const at = day.heads.findIndex((k) => order(head, k.head) < 0);
    const known = { head, packed: unpack(head) };
    if (at < 0) day.heads.push(known);
    else day.heads.splice(at, 0, known);
    if (!day.complete && day.heads.length > limit) day.heads.pop();
  };
  /** Removes a URL's record from a day; true when it was there. */
  const drop = (day: Day, url: string): boolean => {
    const at = day.heads.findIndex((k) => k.head.url === url);
    if (at >= 0) day.heads.splice(at, 1);
    return at >= 0;
  };

  return {
    get generation() {
      return generation;
    },
    day(d) {
      return days.get(d)?.heads;
    },
    rememberDay(d, heads, from) {
      const known = heads.map((head) => ({ head, packed: unpack(head) }));
      if (from === generation) days.set(d, { heads: known, complete: heads.length < limit });
      return known;
    },
    report(url) {
      const found = reports.get(url);
      if (found) {
        // Most recently used last: the oldest are dropped first.
        reports.delete(url);
        reports.set(url, found);
      }
      return found;
    },
    rememberReports(list, from) {
      if (from !== generation) return;
      for (const r of list) reports.set(r.url, r);
      while (reports.size > STORE_CONFIG.memoryReports)
        reports.delete(reports.keys().next().value!);
    },
    apply(changes) {
      if (!changes.length) return;
      generation++;
      for (const change of changes) {
        if ('added' in change) {
          reports.delete(change.added.url);
          add(change.added);
          continue;
        }
        const { url, event } = change.removed;
        reports.delete(url);
        const day = event === null ? undefined : days.get(event);
        if (day && drop(day, url) && !day.complete) days.delete(event!);
      }
    },
    forget() {
      generation++;
      days.clear();
      reports.clear();
    },
  };
}

/**
 * What the background does when the report store cannot be opened: IndexedDB
 * may refuse in a private window (InvalidStateError in older Firefox
 * versions, or with `browser.privatebrowsing.autostart`) or when the
 * profile's quota is exhausted. The page's own figures still show; the
 * comparison falls back to the bundled reference set, held in memory. Pure:
 * the store and the reference set are parameters.
 */
import type { Report } from '../../lib/types';
import { DAY_MS } from '../../lib/store/config';

/** Shown in the popup when the comparison had to use the reference set only. */
export const STORE_UNAVAILABLE_NOTE =
  'Stored reports are unavailable in this window; comparison uses the reference set only.';

/** An opened store, or why there is none. */
export type StoreAccess<S> = { store: S; note: null } | { store: null; note: string };

/**
 * Settles the opening of a store into a value that never rejects.
 *
 * @example
 * const access = await settleStore(openReportStore());
 * if (!access.store) console.warn(access.note);
 */
export async function settleStore<S>(opening: Promise<S>): Promise<StoreAccess<S>> {
  try {
    return { store: await opening, note: null };
  } catch (error) {
    console.warn('Crosscheck: the report store could not be opened', error);
    return { store: null, note: STORE_UNAVAILABLE_NOTE };
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Reports whose event date lies within `days` days either side of
 * `eventDate`: the store's `byEventWindow`, over an array held in memory.
 *
 * @example
 * reportsInEventWindow(loadReference(), '2026-02-27', 2)
 */
export function reportsInEventWindow(
  reports: readonly Report[],
  eventDate: string,
  days: number,
): Report[] {
  const centre = Date.parse(`${eventDate}T00:00:00Z`);
  if (!DAY.test(eventDate) || Number.isNaN(centre) || !(days >= 0)) return [];
  const from = isoDay(centre - days * DAY_MS);
  const to = isoDay(centre + days * DAY_MS);
  return reports.filter((r) => r.event !== null && r.event >= from && r.event <= to);
}

/** The part of a store the comparison reads. */
export interface EventWindowSource {
  byEventWindow(eventDate: string, days: number): Promise<Report[]>;
}

/**
 * The reports a page is compared with: from the store when it opened, else
 * from the reference set; none when the page has no event date.
 */
export async function comparisonCandidates(
  store: EventWindowSource | null,
  reference: () => readonly Report[],
  event: string | null,
  days: number,
): Promise<Report[]> {
  if (!event) return [];
  return store ? store.byEventWindow(event, days) : reportsInEventWindow(reference(), event, days);
}

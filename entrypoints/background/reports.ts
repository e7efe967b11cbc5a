/**
 * The report store as the background uses it: one open database, the
 * reference set seeded on install, and the comparison for a page.
 */
import { openReportStore, seedReference, type ReportStore } from '../../lib/store/reports';
import { loadReference } from '../../lib/reference/claims';
import { matchReports } from '../../lib/compare/match-reports';
import { compareReports } from '../../lib/compare/compare-reports';
import { getSources, sourcesItem } from '../../lib/store/settings';
import type { Comparison, Report } from '../../lib/types';
import { COMPARE_CONFIG } from '../../lib/compare/config';
import { compareStored } from '../../lib/store/compare-stored';
import { comparisonCandidates, settleStore, type StoreAccess } from './store-fallback';

let accessPromise: Promise<StoreAccess<ReportStore>> | null = null;

/**
 * When the store last changed, for reusing a tab's comparison when the popup
 * opens. It starts at the worker's start: a worker that was stopped may have
 * missed nothing, but recomputing once is cheap and always right.
 */
let storeChangedAt = Date.now();

export function markStoreChanged(): void {
  storeChangedAt = Date.now();
}

export function storeChangedSince(time: number): boolean {
  return storeChangedAt >= time;
}

/**
 * The report store, or why it could not be opened (never rejects). A failed
 * opening is tried again on the next call: quota may have been freed.
 */
export function storeAccess(): Promise<StoreAccess<ReportStore>> {
  const opening = (accessPromise ??= settleStore(openReportStore()));
  void opening.then((access) => {
    if (!access.store && accessPromise === opening) accessPromise = null;
  });
  return opening;
}

/** The report store; rejects when it cannot be opened (callers that cannot do without it). */
export async function reportStore(): Promise<ReportStore> {
  const access = await storeAccess();
  if (!access.store) throw new Error(access.note);
  return access.store;
}

/** The reference set being written to the store, while it is. */
let seeding: Promise<void> | null = null;

/** Seeds the reference set; without a store there is nothing to seed (it is used from memory). */
export function seedReferenceReports(): Promise<void> {
  const run = (async () => {
    const { store } = await storeAccess();
    if (!store) return;
    await seedReference(store, loadReference());
    markStoreChanged();
  })();
  // Never rejects: a failed seeding is the caller's to report, not every comparison's.
  const tracked = run
    .catch(() => undefined)
    .finally(() => {
      if (seeding === tracked) seeding = null;
    });
  seeding = tracked;
  return run;
}

let trustedPromise: Promise<Set<string>> | null = null;

/** Forgets the trusted domains read last (the sources changed). */
export function forgetTrustedDomains(): void {
  trustedPromise = null;
}

/** Forgets them whenever the stored sources change (options page, import); returns the unwatch. */
export function watchTrustedDomains(): () => void {
  return sourcesItem.watch(forgetTrustedDomains);
}

/**
 * The domains of the reader's trusted sources. Read once and kept until the
 * sources change (watchTrustedDomains): every popup opening asks, and a
 * storage read goes through the browser's busiest thread.
 */
export function trustedDomains(): Promise<Set<string>> {
  const reading = (trustedPromise ??= getSources().then(
    (sources) => new Set(sources.filter((s) => s.trusted).map((s) => s.domain)),
  ));
  reading.catch(() => {
    if (trustedPromise === reading) trustedPromise = null;
  });
  return reading;
}

/** A key that changes when the reader's trusted sources change (they mark the comparison). */
export function trustedKey(trusted: ReadonlySet<string>): string {
  return [...trusted].sort().join(' ');
}

/** This page's report beside the stored reports of the same event. */
export async function compareWithStore(
  current: Report,
  now: number,
  trusted?: ReadonlySet<string>,
): Promise<Comparison> {
  const { store } = await storeAccess();
  trusted ??= await trustedDomains();
  // A page read just after install waits for the reference set being written
  // (hundreds of reports), or it is compared with a store that has none of them yet.
  if (seeding) await seeding;
  // From the store's index: whole reports are read only for the matches shown.
  if (store) return compareStored(current, store, { trustedDomains: trusted, now });
  // Without a store (private window, quota), the bundled reference set in memory.
  const candidates = await comparisonCandidates(
    null,
    loadReference,
    current.event,
    COMPARE_CONFIG.eventWindowDays,
  );
  const matches = matchReports(current, candidates, { trustedDomains: trusted, now });
  return compareReports([current, ...matches], { trustedDomains: trusted });
}

/**
 * The report store as the background uses it: one open database, the
 * reference set seeded on install, and the comparison for a page.
 */
import { openReportStore, seedReference, type ReportStore } from '../../lib/store/reports';
import { loadReference } from '../../lib/reference/claims';
import { matchReports } from '../../lib/compare/match-reports';
import { compareReports } from '../../lib/compare/compare-reports';
import { getSources } from '../../lib/store/settings';
import type { Comparison, Report } from '../../lib/types';
import { COMPARE_CONFIG } from '../../lib/compare/config';

let storePromise: Promise<ReportStore> | null = null;

export function reportStore(): Promise<ReportStore> {
  storePromise ??= openReportStore();
  return storePromise;
}

export async function seedReferenceReports(): Promise<void> {
  await seedReference(await reportStore(), loadReference());
}

export async function trustedDomains(): Promise<Set<string>> {
  const sources = await getSources();
  return new Set(sources.filter((s) => s.trusted).map((s) => s.domain));
}

/** This page's report beside the stored reports of the same event. */
export async function compareWithStore(current: Report, now: number): Promise<Comparison> {
  const [store, trusted] = await Promise.all([reportStore(), trustedDomains()]);
  const candidates = current.event
    ? await store.byEventWindow(current.event, COMPARE_CONFIG.eventWindowDays)
    : [];
  const matches = matchReports(current, candidates, { trustedDomains: trusted, now });
  return compareReports([current, ...matches], { trustedDomains: trusted });
}

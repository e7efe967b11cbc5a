/**
 * Steps several tests share, written once for both browsers.
 */
import { DEFAULT_SOURCES } from '../../../lib/sources/default-sources';
import type { Behaviour } from '../../../scripts/lib/fixture-server';
import type { RefreshProgress, TabPhase, TabView } from '../../../lib/types';
import type { Harness } from './harness';
import { poll } from './poll';
import { brokenRoutes } from './sites';
import type { UiPage } from './ui-page';

/** Broken-feed routes for the default sources' real feed addresses. */
export function defaultBrokenRoutes(): Record<string, Behaviour> {
  return brokenRoutes(Object.fromEntries(DEFAULT_SOURCES.map((s) => [s.domain, s.feeds])));
}

export interface OpenedTab {
  page: UiPage;
  tabId: number;
  view: TabView;
}

/** Opens `url` in a new tab and waits until the background has settled on one of `phases`. */
export async function openAndSettle(
  harness: Harness,
  url: string,
  phases: readonly TabPhase[] = ['ready', 'not-coverage', 'error'],
): Promise<OpenedTab> {
  const page = await harness.open(url);
  const tabId = await harness.tabIdOf(url);
  const view = await harness.waitForPhase(tabId, phases);
  return { page, tabId, view };
}

/** Waits for a refresh that finished after `since` (ms since epoch). */
export function waitForRefreshAfter(
  harness: Harness,
  since: number,
  timeout = 120_000,
): Promise<RefreshProgress> {
  return poll(
    () => harness.refreshProgress(),
    (p) => !p.running && (p.finishedAt ?? 0) >= since,
    { timeout, interval: 500, message: 'the feed refresh to finish' },
  );
}

/** Outlet names of the other reports a tab's comparison holds (report 0 is the page itself). */
export function otherOutlets(view: TabView): string[] {
  return (view.comparison?.reports ?? []).slice(1).map((r) => r.outlet);
}

/**
 * Opens `url` in a new tab and finds its id as the one tab that was not
 * there before: without host access (and without the `tabs` permission) the
 * extension cannot see the tab's address, so `tabIdOf` cannot match it.
 */
export async function openWithoutAccess(
  harness: Harness,
  url: string,
): Promise<{ page: UiPage; tabId: number }> {
  const ids = () =>
    harness.inExtension(async () => {
      const g = globalThis as unknown as {
        browser?: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      };
      return (await (g.browser ?? g.chrome).tabs.query({})).map((t) => t.id ?? -1);
    }, null);
  const before = new Set(await ids());
  const page = await harness.open(url);
  const fresh = await poll(
    async () => (await ids()).filter((id) => !before.has(id)),
    (found) => found.length === 1,
    { message: `the one new tab showing ${url}` },
  );
  return { page, tabId: fresh[0]! };
}

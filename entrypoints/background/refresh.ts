/**
 * Background refresh of the reader's sources: on an alarm, on install, and
 * when the reader presses "Refresh now". One run at a time; progress is
 * kept here for the options page to poll.
 */
import { browser } from 'wxt/browser';
import { refreshSources, type RefreshDeps } from '../../lib/feeds/refresh';
import { DISCOVERY_SOURCE, refreshDiscovery } from '../../lib/feeds/refresh-discovery';
import { getSources, healthItem } from '../../lib/store/settings';
import { prefsItem } from '../../lib/store/prefs';
import { gateFeedItem } from '../../lib/coverage/gate-feed-item';
import { analyzeOwnedDocument } from '../../lib/analyze';
import { parseHtml } from '../../lib/dom/parse-html';
import { toReport } from '../../lib/compare/to-report';
import type { RefreshProgress } from '../../lib/types';
import type { Source } from '../../lib/sources/types';
import { markStoreChanged, reportStore } from './reports';
import { feedOrigin, splitByAccess, withAccessErrors, type AccessSplit } from './feed-access';

export const REFRESH_ALARM = 'crosscheck-refresh';

/** Firefox's event page has DOMParser; Chrome's service worker does not. */
function parseDocument(html: string): Document {
  if (typeof DOMParser !== 'undefined') return new DOMParser().parseFromString(html, 'text/html');
  return parseHtml(html);
}

async function hasBroadPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: ['*://*/*'] }).catch(() => false);
}

/** Which feeds Crosscheck may fetch now (the reader can withdraw host access at any time). */
async function splitSourcesByAccess(sources: readonly Source[]): Promise<AccessSplit> {
  const origins = [
    ...new Set(sources.flatMap((s) => s.feeds.map(feedOrigin).filter((o) => o !== null))),
  ];
  const granted = new Set<string>();
  await Promise.all(
    origins.map(async (origin) => {
      const ok = await browser.permissions.contains({ origins: [origin] }).catch(() => false);
      if (ok) granted.add(origin);
    }),
  );
  return splitByAccess(sources, (feed) => {
    const origin = feedOrigin(feed);
    return origin !== null && granted.has(origin);
  });
}

export function createRefresher() {
  let current: RefreshProgress = {
    running: false,
    done: 0,
    total: 0,
    current: null,
    startedAt: null,
    finishedAt: null,
    articlesRead: 0,
    reportsKept: 0,
  };
  let running: Promise<void> | null = null;

  async function run(manual: boolean) {
    const [sources, health, store, prefs] = await Promise.all([
      getSources(),
      healthItem.getValue(),
      reportStore(),
      prefsItem.getValue(),
    ]);
    const enabled = sources.filter((s) => s.enabled);
    const access = await splitSourcesByAccess(enabled);
    current = {
      ...current,
      running: true,
      done: 0,
      // Sources with feeds (refreshSources reports the due ones once it starts).
      total: access.readable.filter((s) => s.feeds.length > 0).length,
      current: null,
      startedAt: Date.now(),
      articlesRead: 0,
      reportsKept: 0,
    };
    try {
      const deps: Omit<RefreshDeps, 'health'> = {
        fetch: (input, init) => fetch(input, init),
        now: () => Date.now(),
        manual,
        // The feed gate errs towards fetching: title, summary, categories and a certain date.
        isCoverage: (item) => gateFeedItem(item).passed,
        analyzeHtml: (html, url) => analyzeOwnedDocument(parseDocument(html), { url }),
        known: async (url) => (await store.get(url)) !== undefined,
        keep: async (analysis, source) => {
          if (!analysis.coverage.detected) return false;
          const origin = source.id === DISCOVERY_SOURCE.id ? 'discovery' : 'feed';
          await store.put(toReport(analysis, { origin, seenAt: Date.now() }));
          markStoreChanged();
          return true;
        },
      };
      const refreshed = await refreshSources(access.readable, {
        ...deps,
        health,
        onProgress: (p) => {
          current = {
            ...current,
            done: p.done,
            total: p.total,
            current: p.current ?? null,
            articlesRead: p.articlesRead ?? current.articlesRead,
            reportsKept: p.reportsKept ?? current.reportsKept,
          };
        },
      });
      // Feeds left out for lack of permission get a clear error instead of a network one.
      const next = withAccessErrors(refreshed, access, Date.now());
      // Discovery only when the reader opted in and granted the broad permission it needs.
      if (prefs.discovery && (await hasBroadPermission())) {
        current = { ...current, current: DISCOVERY_SOURCE.name };
        next[DISCOVERY_SOURCE.id] = await refreshDiscovery({
          ...deps,
          previous: health[DISCOVERY_SOURCE.id],
        });
      }
      await healthItem.setValue(next);
      await store.prune(Date.now());
      markStoreChanged();
    } finally {
      current = { ...current, running: false, current: null, finishedAt: Date.now() };
    }
  }

  return {
    progress: (): RefreshProgress => current,
    start({ manual }: { manual: boolean }): RefreshProgress {
      // Running from this moment (settings and permissions are read first): the popup says so.
      if (!running) current = { ...current, running: true, done: 0, current: null };
      running ??= run(manual)
        .catch((error) => console.error('Crosscheck refresh failed', error))
        .finally(() => {
          running = null;
        });
      return { ...current, running: true };
    },
    async schedule() {
      const prefs = await prefsItem.getValue();
      await browser.alarms.create(REFRESH_ALARM, {
        periodInMinutes: prefs.refreshMinutes,
        delayInMinutes: prefs.refreshMinutes,
      });
    },
  };
}

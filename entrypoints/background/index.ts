/**
 * Wiring only: messages → lib, alarms → refresh, tab state → badge.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../../lib/messaging';
import { createTabs } from './tabs';
import { createRefresher, REFRESH_ALARM } from './refresh';
import { dropLegacyContentScripts } from './content-scripts';
import {
  forgetTrustedDomains,
  markStoreChanged,
  reportStore,
  seedReferenceReports,
  watchTrustedDomains,
} from './reports';
import { showOnPage } from './show-on-page';
import { watchHighlightPref } from './marks';
import type { Report } from '../../lib/types';

export default defineBackground({
  type: 'module',
  main() {
    const tabs = createTabs();
    watchTrustedDomains();
    watchHighlightPref();
    const refresher = createRefresher();

    onMessage({
      'page-article': (data, sender) => tabs.onArticle(data, sender),
      'page-article-failed': (data, sender) => tabs.onArticleFailed(data, sender),
      'get-tab-view': ({ tabId }) => tabs.view(tabId),
      'analyse-tab': ({ tabId }) => tabs.analyseOnRequest(tabId),
      'show-on-page': ({ tabId, sentence, phrase }) => showOnPage(tabId, sentence, phrase),
      'refresh-now': () => refresher.start({ manual: true }),
      'get-refresh-progress': () => refresher.progress(),
      'clear-reports': () => tabs.clearReports(),
      'sources-changed': async () => {
        forgetTrustedDomains();
        await refresher.schedule();
        return { ok: true as const };
      },
    });

    // `npm run bench` builds with WXT_BENCH to time the popup's worst case (the
    // store changed since the page was read); shipped builds expose nothing.
    if (import.meta.env.WXT_BENCH === 'true')
      (globalThis as unknown as { __crosscheckBench: unknown }).__crosscheckBench = {
        markStoreChanged,
        // Stores a report the way a page or a feed does: through the worker's own store.
        putReport: async (report: Report) => (await reportStore()).put(report),
      };

    browser.runtime.onInstalled.addListener(async () => {
      // The first refresh starts at once (failures only show in options); the reference
      // set is seeded meanwhile: neither waits for the other.
      void refresher.start({ manual: false });
      await seedReferenceReports();
      await dropLegacyContentScripts();
      await refresher.schedule();
    });
    browser.runtime.onStartup.addListener(() => void refresher.schedule());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REFRESH_ALARM) void refresher.start({ manual: false });
    });
    browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
    // The tab reports its address and title here on covered sites (host
    // permission): the background decides whether the gate runs in it at all.
    browser.tabs.onUpdated.addListener((tabId, change) => tabs.onUpdated(tabId, change));
    void tabs.lookAtOpenTabs();
  },
});

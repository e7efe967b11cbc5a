import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from '../support/harness';
import { defaultBrokenRoutes, openAndSettle, waitForRefreshAfter } from '../support/flows';
import { OptionsPage } from '../support/options-page';
import { poll } from '../support/poll';
import { PopupPage } from '../support/popup-page';
import { BROKEN_SOURCES, HEALTHY_FEED_SOURCES, PAGES, SCREENSHOTS } from '../support/sites';

describe('Chromium: feeds of the default sources, healthy and broken', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('chromium', { routes: defaultBrokenRoutes() });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('"Refresh now" reads healthy feeds and shows each broken source’s error', async () => {
    const options = await OptionsPage.open(harness);
    const clicked = Date.now();
    await options.refreshNow();
    await waitForRefreshAfter(harness, clicked);

    // The healthy feeds' articles were fetched.
    const fetched = harness.server.requests.map((r) => `${r.host}${r.path}`);
    expect(fetched).toContain(new URL(PAGES.bbcFeb).host + new URL(PAGES.bbcFeb).pathname);
    expect(fetched).toContain(
      new URL(PAGES.guardianFeb).host + new URL(PAGES.guardianFeb).pathname,
    );

    const rows = await poll(
      async () => {
        await options.reload();
        return options.rows();
      },
      (all) => Object.keys(BROKEN_SOURCES).every((d) => all.find((r) => r.domain === d)?.error),
      { timeout: 20_000, message: 'an error on every broken source' },
    );
    for (const domain of Object.keys(BROKEN_SOURCES)) {
      const row = rows.find((r) => r.domain === domain)!;
      expect(row.error, `${domain} (${BROKEN_SOURCES[domain]!.label})`).toMatch(/\w{3,}/);
    }
    for (const domain of Object.keys(HEALTHY_FEED_SOURCES)) {
      expect(rows.find((r) => r.domain === domain)?.error ?? null, domain).toBeNull();
    }

    // README screenshot: the Sources section with each source's health, broken ones included.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.page.setViewport(820, 1100);
    await options.page.setColorScheme('light');
    // From a feed that never answers: its timeout error, then a healthy feed's reports kept.
    await options.page.evaluate(
      () => document.querySelector('[data-domain="arynews.tv"]')?.scrollIntoView(),
      null,
    );
    await options.page.screenshot(path.join(SCREENSHOTS, 'options-sources.png'), {
      fullPage: false,
    });
    await options.page.close();
  });

  it('shows the feeds’ reports in the popup of a page about the same event', async () => {
    const { tabId, view } = await openAndSettle(harness, PAGES.dawnFeb, ['ready']);
    const urls = (view.comparison?.reports ?? []).map((r) => r.url);
    expect(urls).toContain(PAGES.bbcFeb);
    expect(urls).toContain(PAGES.guardianFeb);

    const popup = await PopupPage.open(harness, tabId);
    await popup.waitForPhase(['ready']);
    for (const outlet of Object.values(HEALTHY_FEED_SOURCES))
      expect(await popup.showsOutlet(outlet)).toBe(true);
    await popup.close();
  });
});

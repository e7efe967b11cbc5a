/**
 * Firefox lets the reader withdraw an MV3 add-on's host permissions at any
 * time ("Access your data for sites" in the add-ons manager), and some
 * versions leave install-time ones ungranted. Here they are withdrawn from an
 * extension page, which is what the add-ons manager does, and Crosscheck must
 * say so: in options, in the popup, and on each source whose feeds it may no
 * longer fetch. (Chrome refuses this removal: see chromium/access.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, removeProfile, type Harness } from '../support/harness';
import { firefoxProfileWith, NO_PERMISSION_PROMPTS } from '../support/firefox-prefs';
import { openWithoutAccess, waitForRefreshAfter } from '../support/flows';
import { OptionsPage } from '../support/options-page';
import { poll } from '../support/poll';
import { PopupPage } from '../support/popup-page';
import { HEALTHY_FEED_SOURCES, PAGES } from '../support/sites';
import { listedOrigins } from '../../../entrypoints/options/site-access';
import { DEFAULT_SOURCES } from '../../../lib/sources/default-sources';
import { NO_ACCESS_ERROR } from '../../../entrypoints/background/feed-access';

describe('Firefox: news sites’ access withdrawn and given back', () => {
  let harness: Harness;
  const profile = firefoxProfileWith(NO_PERMISSION_PROMPTS);
  beforeAll(async () => {
    harness = await launchHarness('firefox', { userDataDir: profile });
  });
  afterAll(async () => {
    await harness?.close();
    removeProfile(profile);
  });

  it('shows no notice while access is granted (a temporary install grants it)', async () => {
    const options = await OptionsPage.open(harness);
    expect(await options.holds(listedOrigins())).toBe(true);
    expect(await options.accessNotice()).toBeNull();
    await options.page.close();
  });

  it('shows the notice at the top of options as soon as access is withdrawn', async () => {
    const options = await OptionsPage.open(harness);
    const result = await options.withdrawAccess(listedOrigins());
    expect(result).toEqual({ removed: true, error: null });
    expect(await options.holds(listedOrigins())).toBe(false);
    // No reload: the page hears permissions.onRemoved.
    await options.waitForAccessNotice(true);
    const notice = (await options.accessNotice())!;
    expect(notice).toMatch(/icon will not light up/);
    expect(notice).toMatch(/feeds cannot be refreshed/);
    expect(notice).toContain('Allow access to news sites');
    // At the top: before the sources.
    const first = await options.page.evaluate(() => {
      const notice = document.querySelector('[data-access="missing"]')!;
      const sources = document.getElementById('sources')!;
      return Boolean(notice.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, null);
    expect(first).toBe(true);
    await options.page.close();
  });

  it('leaves a listed news page unread, and the popup says why', async () => {
    const { page, tabId } = await openWithoutAccess(harness, PAGES.aljazeeraFeb);
    const popup = await PopupPage.open(harness, tabId);
    // The content script may not run there any more: nothing reports on the tab.
    expect(await popup.waitForPhase(['unsupported'])).toBe('unsupported');
    const text = await popup.text();
    expect(text).toContain('no access to news sites');
    expect(
      await popup.page.evaluate(
        () => document.querySelector<HTMLAnchorElement>('[data-access] a')?.pathname ?? null,
        null,
      ),
    ).toBe('/options.html');
    await popup.close();
    await page.close();
  });

  it('records a clear error on each source whose feeds it may not fetch', async () => {
    const options = await OptionsPage.open(harness);
    const clicked = Date.now();
    const served = harness.server.requests.length;
    await options.refreshNow();
    await waitForRefreshAfter(harness, clicked);
    const domains = Object.keys(HEALTHY_FEED_SOURCES);
    const rows = await poll(
      async () => {
        await options.reload();
        return options.rows();
      },
      (all) => domains.every((d) => all.find((r) => r.domain === d)?.error),
      { message: 'an access error on the feed sources' },
    );
    for (const domain of domains)
      expect(rows.find((r) => r.domain === domain)?.error, domain).toContain(NO_ACCESS_ERROR);
    // Nothing was asked of a feed host it may not read: the check comes before the fetch.
    const feedPaths = new Set(
      DEFAULT_SOURCES.flatMap((s) => s.feeds).map(
        (f) => `${new URL(f).host}${new URL(f).pathname}`,
      ),
    );
    const asked = harness.server.requests.slice(served).map((r) => `${r.host}${r.path}`);
    expect(asked.filter((r) => feedPaths.has(r))).toEqual([]);
    await options.page.close();
  });

  it('asks for access from the notice’s button, and the notice goes away', async () => {
    const options = await OptionsPage.open(harness);
    await options.waitForAccessNotice(true);
    // A real click: Firefox refuses permissions.request outside a user gesture.
    await options.allowAccess();
    await options.waitForAccessNotice(false);
    expect(await options.holds(listedOrigins())).toBe(true);

    // Feeds can be read again: the next refresh clears the access errors.
    const clicked = Date.now();
    await options.refreshNow();
    await waitForRefreshAfter(harness, clicked);
    const domains = Object.keys(HEALTHY_FEED_SOURCES);
    const rows = await poll(
      async () => {
        await options.reload();
        return options.rows();
      },
      (all) => domains.every((d) => all.find((r) => r.domain === d)?.error === null),
      { message: 'the access errors cleared' },
    );
    expect(rows.filter((r) => domains.includes(r.domain)).map((r) => r.error)).toEqual(
      domains.map(() => null),
    );
    await options.page.close();
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from '../support/harness';
import { openAndSettle } from '../support/flows';
import { PopupPage } from '../support/popup-page';
import { PAGES, SCREENSHOTS } from '../support/sites';

describe('Chromium: comparing reports the reader opened', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('chromium');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists the first outlet in the second outlet’s popup, with mismatches and contested claims', async () => {
    const first = await openAndSettle(harness, PAGES.aljazeeraFeb, ['ready']);
    const firstOutlet = first.view.analysis!.article.outlet;
    const second = await openAndSettle(harness, PAGES.dawnFeb, ['ready']);
    const view = await harness.tabView(second.tabId);

    // The background's comparison: the first report is matched by URL …
    const urls = view.comparison!.reports.map((r) => r.url);
    expect(urls).toContain(PAGES.aljazeeraFeb);
    const firstIndex = urls.indexOf(PAGES.aljazeeraFeb);
    const shared = view.comparison!.rows.filter(
      (r) => r.values.some((v) => v.report === firstIndex) && r.values.some((v) => v.report === 0),
    );
    // … the same party's figure reported differently is an outlet mismatch …
    expect(shared.some((r) => r.status === 'conflict' && r.claimant !== null && !r.update)).toBe(
      true,
    );
    // … and the parties' disagreement is marked contested.
    expect(view.comparison!.rows.some((r) => r.contested)).toBe(true);

    const popup = await PopupPage.open(harness, second.tabId);
    await popup.waitForPhase(['ready']);
    expect(await popup.showsOutlet(firstOutlet)).toBe(true);
    const rows = await popup.rows();
    const conflicts = rows.filter((r) => r.status === 'conflict');
    expect(conflicts.some((r) => r.outlets.includes(firstOutlet))).toBe(true);
    expect(rows.some((r) => r.contested)).toBe(true);

    // README screenshots: the popup at its usual width, tall enough to show the
    // page's figures and the first compared rows (an outlet mismatch, then
    // contested claims). The whole popup runs to ~3,000 px and 350 KB.
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.page.setViewport(520, 1095);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.setColorScheme(scheme);
      await popup.page.screenshot(path.join(SCREENSHOTS, `popup-comparison-${scheme}.png`), {
        fullPage: false,
      });
    }
    await popup.close();
  });

  it('does not join the October 2025 clashes with the February 2026 war', async () => {
    const october = await openAndSettle(harness, PAGES.dawnOct, ['ready']);
    const view = await harness.tabView(october.tabId);
    const urls = (view.comparison?.reports ?? []).map((r) => r.url);
    expect(urls).not.toContain(PAGES.aljazeeraFeb);
    expect(urls).not.toContain(PAGES.dawnFeb);

    const popup = await PopupPage.open(harness, october.tabId);
    await popup.waitForPhase(['ready']);
    expect(await popup.linksTo(PAGES.aljazeeraFeb)).toBe(false);
    expect(await popup.linksTo(PAGES.dawnFeb)).toBe(false);
    await popup.close();
  });
});

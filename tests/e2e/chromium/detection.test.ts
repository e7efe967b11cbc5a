import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from '../support/harness';
import { openAndSettle, otherOutlets } from '../support/flows';
import { poll } from '../support/poll';
import { PopupPage } from '../support/popup-page';
import { PAGES } from '../support/sites';

describe('Chromium: coverage detection, badge and popup per tab (fresh install)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('chromium');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('marks a coverage page with a badge and reads its figures', async () => {
    const { tabId, view } = await openAndSettle(harness, PAGES.aljazeeraFeb);
    expect(view.phase).toBe('ready');
    expect(view.analysis?.figures.length).toBeGreaterThan(0);
    const badge = await poll(
      () => harness.badgeText(tabId),
      (t) => (t ?? '') !== '' && t !== '…',
      {
        message: 'a badge on the coverage page',
      },
    );
    expect(badge).not.toBe('');
  });

  it('leaves the badge empty on an off-topic page from the same outlet', async () => {
    const { tabId, view } = await openAndSettle(harness, PAGES.dawnCricket);
    expect(view.phase).toBe('not-coverage');
    expect(await harness.badgeText(tabId)).toBe('');
  });

  it('marks a page in Urdu as coverage and says its figures are read in English only', async () => {
    const { tabId, view } = await openAndSettle(harness, PAGES.bbcUrdu);
    expect(view.phase).toBe('ready');
    expect(view.analysis?.coverage.detected).toBe(true);
    expect(view.analysis?.figures).toEqual([]);
    const badge = await poll(
      () => harness.badgeText(tabId),
      (t) => (t ?? '') !== '' && t !== '…',
      { message: 'a badge on the Urdu coverage page' },
    );
    expect(badge).toBe('✓');
    const popup = await PopupPage.open(harness, tabId);
    expect(await popup.waitForPhase(['ready'])).toBe('ready');
    expect(await popup.text()).toContain('This article is not in English');
    await popup.close();
  });

  it('shows each tab its own state in popup.html?tab=N', async () => {
    const coverage = await harness.tabIdOf(PAGES.aljazeeraFeb);
    const offTopic = await harness.tabIdOf(PAGES.dawnCricket);

    const ready = await PopupPage.open(harness, coverage);
    expect(await ready.waitForPhase(['ready'])).toBe('ready');
    expect(await ready.figureCount()).toBeGreaterThan(0);
    const view = await harness.tabView(coverage);
    expect(await ready.text()).toContain(view.analysis!.article.title.slice(0, 40));
    await ready.close();

    const quiet = await PopupPage.open(harness, offTopic);
    expect(await quiet.waitForPhase(['not-coverage'])).toBe('not-coverage');
    expect(await quiet.rows()).toEqual([]);
    await quiet.close();
  });

  it('compares with the bundled reference claims right after install, offline', async () => {
    const tabId = await harness.tabIdOf(PAGES.aljazeeraFeb);
    const view = await harness.tabView(tabId);
    const references = (view.comparison?.reports ?? []).filter((r) => r.origin === 'reference');
    expect(references.length).toBeGreaterThan(0);

    const popup = await PopupPage.open(harness, tabId);
    await popup.waitForPhase(['ready']);
    expect((await popup.rows()).length).toBeGreaterThan(0);
    for (const outlet of new Set(otherOutlets(view)))
      expect(await popup.showsOutlet(outlet)).toBe(true);
    await popup.close();
  });
});

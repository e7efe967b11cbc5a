import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from '../support/harness';
import { openAndSettle } from '../support/flows';
import { poll } from '../support/poll';
import { PopupPage } from '../support/popup-page';
import { PAGES } from '../support/sites';

describe('Chromium: "Show on page" selects a figure in the article', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('chromium');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('selects the first figure’s phrase in the page, without changing the page', async () => {
    const { page, tabId, view } = await openAndSettle(harness, PAGES.aljazeeraFeb);
    expect(view.phase).toBe('ready');
    const before = await page.evaluate(() => document.body.innerHTML.length, null);

    const popup = await PopupPage.open(harness, tabId);
    expect(await popup.waitForPhase(['ready'])).toBe('ready');
    await popup.page.press('.figure__show');

    // The first figure in the popup's order (grouped by claimant) is whichever was listed first.
    const listed = await popup.page.evaluate(
      () => document.querySelector('.figure__show')?.getAttribute('aria-label') ?? '',
      null,
    );
    const selected = await poll(
      () => page.evaluate(() => document.getSelection()?.toString() ?? '', null),
      (s) => s.trim() !== '',
      { message: 'a selection in the article' },
    );
    const phrases = view.analysis!.figures.map((f) => f.text.replace(/\s+/g, ' '));
    expect(phrases).toContain(selected.replace(/\s+/g, ' ').trim());
    expect(listed).toMatch(/^Show on page: ./);
    expect(await page.evaluate(() => document.body.innerHTML.length, null)).toBe(before);
    await popup.close();
  });
});

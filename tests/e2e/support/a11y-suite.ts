/**
 * Accessibility of the popup and the options page, the same in both
 * browsers: axe-core finds no serious or critical violation in light or dark
 * mode, and every control is reached with Tab and shows its focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchHarness, type BrowserKind, type Harness } from './harness';
import { openAndSettle } from './flows';
import { PopupPage } from './popup-page';
import { PAGES } from './sites';
import type { UiPage } from './ui-page';

type Scheme = 'light' | 'dark' | 'default';

/**
 * Chromium emulates both colour schemes. Puppeteer cannot emulate media
 * features over WebDriver BiDi (Firefox), so there the page is checked in the
 * browser's own scheme; the stylesheet is the same in both browsers.
 */
let schemes: readonly Scheme[] = ['light', 'dark'];

async function axeBothSchemes(page: UiPage, what: string): Promise<void> {
  for (const scheme of schemes) {
    if (scheme !== 'default') await page.setColorScheme(scheme);
    const found = await seriousViolations(page);
    expect(found, `${what}, ${scheme}: ${JSON.stringify(found, null, 1)}`).toEqual([]);
  }
}

/** Tabs through the page; returns the controls reached and whether each showed a focus outline. */
async function tabThrough(page: UiPage, max = 200) {
  const seen: { id: string; outline: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.key('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (!el.dataset.e2eTab) el.dataset.e2eTab = String(Math.random()).slice(2);
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { id: el.dataset.e2eTab, outline };
    }, null);
    if (!at) continue;
    if (seen.some((s) => s.id === at.id)) break;
    seen.push(at);
  }
  return seen;
}

export function describeA11y(kind: BrowserKind, label: string): void {
  describe(`${label}: popup and options are accessible`, () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await launchHarness(kind);
      schemes = kind === 'chromium' ? ['light', 'dark'] : ['default'];
    });
    afterAll(async () => {
      await harness?.close();
    });

    it('popup on a compared coverage page: no serious or critical axe violation, light and dark (Chromium)', async () => {
      await openAndSettle(harness, PAGES.aljazeeraFeb, ['ready']);
      const { tabId } = await openAndSettle(harness, PAGES.dawnFeb, ['ready']);
      const popup = await PopupPage.open(harness, tabId);
      await popup.waitForPhase(['ready']);
      await axeBothSchemes(popup.page, 'popup, folded');
      // Open every disclosure (sentences, the folded rows) and check again.
      await popup.page.evaluate(() => {
        for (let round = 0; round < 3; round++)
          document
            .querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')
            .forEach((b) => b.click());
      }, null);
      await axeBothSchemes(popup.page, 'popup, unfolded');
      await popup.close();
    });

    it('popup on an off-topic page: no serious or critical axe violation', async () => {
      const { tabId } = await openAndSettle(harness, PAGES.dawnCricket, ['not-coverage']);
      const popup = await PopupPage.open(harness, tabId);
      await popup.waitForPhase(['not-coverage']);
      await axeBothSchemes(popup.page, 'popup, not coverage');
      await popup.close();
    });

    it('options: no serious or critical axe violation, light and dark (Chromium)', async () => {
      const options = await harness.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelectorAll('#sources li').length > 0, null);
      await axeBothSchemes(options, 'options');
      await options.close();
    });

    it('every popup control is reached with Tab and shows its focus', async () => {
      const { tabId } = await openAndSettle(harness, PAGES.dawnFeb, ['ready']);
      const popup = await PopupPage.open(harness, tabId);
      await popup.waitForPhase(['ready']);
      const controls = await popup.page.evaluate(
        () =>
          document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled])')
            .length,
        null,
      );
      const reached = await tabThrough(popup.page);
      expect(reached.length).toBe(controls);
      expect(reached.filter((r) => !r.outline)).toEqual([]);
      await popup.close();
    });
  });
}

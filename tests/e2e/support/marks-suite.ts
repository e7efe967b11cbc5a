/**
 * The in-page marks, tested the same way in both browsers (the files in
 * chromium/ and firefox/ call this with their browser).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TabView } from '../../../lib/types';
import { launchHarness, type BrowserKind, type Harness } from './harness';
import { openAndSettle } from './flows';
import {
  cardSeenByPage,
  crosscheckHighlights,
  fromPage,
  markRect,
  waitForMarks,
  waitForNoMarks,
  type SeenHighlight,
} from './marks';
import { poll } from './poll';
import { PopupPage } from './popup-page';
import { PAGES, SCREENSHOTS, SITES_ROOT } from './sites';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const phrasesOf = (view: TabView) => new Set(view.analysis!.figures.map((f) => collapse(f.text)));

/** The page's figures other outlets report differently, by the background's own comparison. */
const disputedPhrases = (view: TabView) =>
  view
    .comparison!.rows.filter((r) => r.status === 'conflict' && !r.update)
    .flatMap((r) => r.values.filter((v) => v.report === 0).map((v) => collapse(v.text)));

const HOSTILE_PATH = 'www.dawn.com/news/1980041-marks-hostile';
export const HOSTILE_MARKS_PAGE = `https://${HOSTILE_PATH}`;

/**
 * The Dawn fixture page with a first script that replaces everything a page
 * could use against the marks: the highlight registry and constructor, Range
 * reading, observers, shadow roots and listeners. It keeps the real registry
 * (as `__realHighlights`) to report what a page can read of it.
 */
function hostileMarksPage(): string {
  const html = readFileSync(path.join(SITES_ROOT, 'www.dawn.com/news/1980041.html'), 'utf8');
  const script = `<script>
  (function () {
    window.__errors = []; addEventListener('error', function (e) { __errors.push(String(e.message)); });
    window.__realHighlights = CSS.highlights;
    window.__fakeSets = [];
    var fake = { set: function (n) { __fakeSets.push(n); throw new Error('hijacked set'); },
      get: function () { return undefined; }, has: function () { return false; },
      delete: function () { return false; }, clear: function () {}, forEach: function () {} };
    Object.defineProperty(CSS, 'highlights', { value: fake, configurable: true });
    window.Highlight = function () { throw new Error('hijacked Highlight'); };
    HighlightRegistry.prototype.set = function (n) { __fakeSets.push(n); throw new Error('hijacked'); };
    Range.prototype.toString = function () { return 'hijacked'; };
    Range.prototype.getBoundingClientRect = function () { throw new Error('hijacked rect'); };
    window.MutationObserver = function () { throw new Error('hijacked MutationObserver'); };
    Element.prototype.attachShadow = function () { throw new Error('hijacked attachShadow'); };
    Document.prototype.createTreeWalker = function () { throw new Error('hijacked walker'); };
  })();
  </script>`;
  return html.replace(/<head>/i, `<head>${script}`);
}

export function describeMarks(kind: BrowserKind, label: string): void {
  describe(`${label}: disputed figures marked in the article`, () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await launchHarness(kind, {
        routes: {
          [HOSTILE_PATH]: {
            kind: 'body',
            contentType: 'text/html; charset=utf-8',
            body: hostileMarksPage(),
          },
        },
      });
    });
    afterAll(async () => {
      await harness?.close();
    });
    // Each test opens its own tabs; closing them keeps one tab per address,
    // so a tab id found by address is the tab the test is looking at.
    let opened: { page: { close(): Promise<void> } }[] = [];
    const settle: typeof openAndSettle = async (...args) => {
      const tab = await openAndSettle(...args);
      opened.push(tab);
      return tab;
    };
    afterEach(async () => {
      await Promise.all(opened.map((t) => t.page.close().catch(() => undefined)));
      opened = [];
    });

    it('marks the disputed figures of a coverage page, each over its exact phrase, without changing the page', async () => {
      const { page, tabId } = await settle(harness, PAGES.dawnFeb, ['ready']);
      await waitForMarks(harness, tabId);
      // The background's comparison the marks are planned from. Reading it may
      // compare afresh (the store changed since), which re-plans the marks:
      // wait for the marks of this comparison, not the first ones.
      const view = await harness.tabView(tabId);
      const outletsDisputed = disputedPhrases(view);
      const partiesDisputed = view
        .comparison!.rows.filter((r) => r.contested && !(r.status === 'conflict' && !r.update))
        .flatMap((r) => r.values.filter((v) => v.report === 0).map((v) => collapse(v.text)));
      expect(outletsDisputed.length + partiesDisputed.length).toBeGreaterThan(0);
      const phrases = phrasesOf(view);
      const named = (ms: SeenHighlight[], name: string) =>
        ms.find((m) => m.name === name)?.texts ?? [];
      const marks = await waitForMarks(
        harness,
        tabId,
        20_000,
        (ms) =>
          outletsDisputed.every((p) => named(ms, 'crosscheck-outlets-disagree').includes(p)) &&
          partiesDisputed.every((p) => named(ms, 'crosscheck-parties-disagree').includes(p)),
      ).catch(() => crosscheckHighlights(harness, tabId));
      expect(marks.every((m) => m.name.startsWith('crosscheck-'))).toBe(true);
      for (const t of marks.flatMap((m) => m.texts)) expect(phrases).toContain(t);
      const textsOf = (name: string) => named(marks, name);
      for (const p of outletsDisputed) expect(textsOf('crosscheck-outlets-disagree')).toContain(p);
      for (const p of partiesDisputed) expect(textsOf('crosscheck-parties-disagree')).toContain(p);
      // No element, attribute or text of the page changed.
      const html = await page.evaluate(() => document.documentElement.outerHTML.length, null);
      await page.waitFor(() => document.readyState === 'complete', null);
      expect(await page.evaluate(() => document.documentElement.outerHTML.length, null)).toBe(html);
    });

    it('opens a card on a click on a mark (closed shadow root), and Escape closes it', async () => {
      const { page, tabId } = await settle(harness, PAGES.dawnFeb, ['ready']);
      await waitForMarks(harness, tabId);
      if (kind === 'chromium') await page.setViewport(900, 640);
      const at = await markRect(harness, tabId);
      expect(at).not.toBeNull();
      await page.clickAt(at!.x, at!.y);
      const opened = await poll(
        () => cardSeenByPage(page),
        (c) => c.present,
        { message: 'the card to open' },
      );
      // The page sees a host element, never what is inside it.
      expect(opened).toEqual({ present: true, open: false, text: '' });
      if (kind === 'chromium') {
        // README: the marks and a card in the article.
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot(path.join(SCREENSHOTS, 'page-marks.png'), { fullPage: false });
      }
      await page.key('Escape');
      await poll(
        () => cardSeenByPage(page),
        (c) => !c.present,
        { message: 'Escape to close the card' },
      );
    });

    it('opens the card from the popup’s "Show on page" on a disputed figure (the keyboard path)', async () => {
      const { page, tabId } = await settle(harness, PAGES.dawnFeb, ['ready']);
      await waitForMarks(harness, tabId);
      const popup = await PopupPage.open(harness, tabId);
      await popup.waitForPhase(['ready']);
      await popup.page.press('#disputed .figure__show');
      await poll(
        () => cardSeenByPage(page),
        (c) => c.present,
        { message: 'the card opened from the popup' },
      );
      await page.key('Escape');
      await poll(
        () => cardSeenByPage(page),
        (c) => !c.present,
        { message: 'Escape to close the card' },
      );
      await popup.close();
    });

    it('follows a paragraph the page re-renders (only the added nodes are searched)', async () => {
      const { page, tabId } = await settle(harness, PAGES.dawnFeb, ['ready']);
      const before = await waitForMarks(harness, tabId);
      const first = before.find((m) => m.texts.length > 0)!.texts[0]!;
      // A live page swaps in a fresh copy of the paragraph that holds the first mark.
      const swapped = await page.evaluate((phrase: string) => {
        const p = [...document.querySelectorAll('p')].find((x) =>
          (x.textContent ?? '').replace(/\s+/g, ' ').includes(phrase),
        );
        if (!p) return false;
        p.replaceWith(p.cloneNode(true));
        return true;
      }, first);
      expect(swapped).toBe(true);
      const after = await poll(
        () => crosscheckHighlights(harness, tabId),
        (h) => h.flatMap((m) => m.texts).includes(first),
        { message: `the mark on "${first}" after the paragraph was replaced` },
      );
      expect(after.flatMap((m) => m.texts).sort()).toEqual(before.flatMap((m) => m.texts).sort());
    });

    it('marks nothing on a coverage page without a disputed figure, nor on an off-topic page', async () => {
      // The marks work in this browser (a positive control) …
      const control = await settle(harness, PAGES.dawnFeb, ['ready']);
      await waitForMarks(harness, control.tabId);
      // … a coverage page with a figure no other report disputes gets none …
      const calm = await settle(harness, PAGES.dawnQuiet, ['ready']);
      expect(calm.view.analysis!.figures.length).toBeGreaterThan(0);
      expect(disputedPhrases(calm.view)).toEqual([]);
      expect((calm.view.comparison?.rows ?? []).some((r) => r.contested)).toBe(false);
      // … and neither does cricket.
      const offTopic = await settle(harness, PAGES.dawnCricket, ['not-coverage']);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await crosscheckHighlights(harness, calm.tabId)).toEqual([]);
      expect(await crosscheckHighlights(harness, offTopic.tabId)).toEqual([]);
    });

    it('removes every mark at once when the reader turns them off in Options, and brings them back', async () => {
      const { page, tabId } = await settle(harness, PAGES.dawnFeb, ['ready']);
      const before = await waitForMarks(harness, tabId);
      // Where every paragraph stands with marks on, to compare with marks off: no layout shift.
      const layout = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('p, h1, h2')]
              .map((e) => {
                const r = e.getBoundingClientRect();
                return `${Math.round(r.top + scrollY)}:${Math.round(r.height)}`;
              })
              .join(' '),
          null,
        );
      const withMarks = await layout();
      const options = await harness.openExtensionPage('options.html');
      const box = '#marks input[type="checkbox"]';
      await options.waitFor((s: string) => {
        const b = document.querySelector<HTMLInputElement>(s);
        return b !== null && !b.disabled && b.checked;
      }, box);
      await options.press(box);
      await waitForNoMarks(harness, tabId);
      expect(await layout()).toBe(withMarks);
      // A page opened while marks are off gets none either.
      const later = await settle(harness, PAGES.aljazeeraFeb, ['ready']);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await crosscheckHighlights(harness, later.tabId)).toEqual([]);
      await options.press(box);
      const back = await waitForMarks(harness, tabId);
      expect(back.flatMap((m) => m.texts).sort()).toEqual(before.flatMap((m) => m.texts).sort());
      await options.close();
    });

    it('keeps its marks on a page whose scripts replace the highlight API and DOM built-ins', async () => {
      const { page, tabId, view } = await settle(harness, HOSTILE_MARKS_PAGE, ['ready']);
      const marks = await waitForMarks(harness, tabId);
      const phrases = phrasesOf(view);
      for (const t of marks.flatMap((m) => m.texts)) expect(phrases).toContain(t);
      const seen = await page.evaluate(
        () => ({
          fakeSets: (window as unknown as { __fakeSets: string[] }).__fakeSets,
          errors: (window as unknown as { __errors: string[] }).__errors,
        }),
        null,
      );
      // The page's replacements never saw a call from Crosscheck, and nothing was thrown at it.
      expect(seen.fakeSets).toEqual([]);
      expect(seen.errors).toEqual([]);
      // What the page can learn from the real registry: Crosscheck's names (and which of its own
      // text they cover); nothing of the comparison itself.
      const visible = await fromPage(page);
      expect(visible.names.every((n) => n.startsWith('crosscheck-'))).toBe(true);
    });
  });
}

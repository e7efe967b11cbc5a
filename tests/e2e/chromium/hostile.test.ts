/**
 * Hostile pages in real Chromium: Crosscheck must never run page text,
 * never break the page, never trust what a page says about itself, and
 * still give a correct (or empty) answer in bounded time. Pages live in
 * tests/e2e/fixtures/hostile/ (our own words) and are served under a
 * listed news domain; the huge and deep pages are generated here.
 *
 * How execution is detected: every payload in page text sets
 * `window.__pwned` (or the title to PWNED) if it ever runs, in the page or
 * in the popup; every page records its own errors in `window.__errors`
 * from the first line of <head>.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../scripts/lib/fixture-server';
import type { TabPhase, TabView } from '../../../lib/types';
import { launchHarness, type Harness } from '../support/harness';
import { poll } from '../support/poll';
import { PopupPage } from '../support/popup-page';
import { PROJECT_ROOT } from '../support/sites';
import type { UiPage } from '../support/ui-page';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/e2e/fixtures/hostile');
const HOST = 'www.dawn.com';
const url = (name: string) => `https://${HOST}/hostile/${name}`;
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

/** Budgets: generous, they catch hangs, not slowness (the bench measures speed). */
const SETTLE_MS = 45_000;
const HUGE_BYTES = 20 * 1024 * 1024;
const DEEP = 10_000;
const SETTLED: readonly TabPhase[] = ['ready', 'not-coverage', 'error'];

const RECORDER = fixture('markup.html').match(/<script>window\.__errors[\s\S]*?<\/script>/)![0];

/** A coverage article followed by 20 MB of comment-like filler. */
function hugePage(): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORDER}<title>Border clashes near Chaman: Pakistan and the Afghan Taliban give rival tolls</title></head><body><main>${fixture('article.html')}</main><section class="comments">`;
  const line =
    '<p class="comment">A reader writes that the weather was fine and the cricket was better, again and again.</p>\n';
  const count = Math.ceil((HUGE_BYTES - head.length) / line.length);
  return head + line.repeat(count) + '</section></body></html>';
}

/**
 * The HTML parser flattens trees deeper than a few hundred levels, so the
 * page builds its 10,000-deep tree with DOM calls before the content script
 * runs (document_idle). The tree is hidden: Chromium's own layout crashes
 * the tab on a rendered tree a few thousand deep, with or without any
 * extension. It sits first inside the article, so every walker of ours
 * (gate, clone, Readability) must get through it before the text.
 */
function deepPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${RECORDER}<title>Border clashes near Chaman: Pakistan and the Afghan Taliban give rival tolls</title></head><body><main>${fixture('article.html')}</main><script>
    (function () {
      var article = document.querySelector('article'), root = document.createElement('div'), node = root;
      root.hidden = true;
      for (var i = 0; i < ${DEEP}; i++) { var d = document.createElement('div'); node.appendChild(d); node = d; }
      node.textContent = 'The bottom of a very deep tree.';
      article.insertBefore(root, article.firstChild);
      var depth = 0; for (var n = node; n; n = n.parentElement) depth++;
      window.__depth = depth;
    })();
  </script></body></html>`;
}

const file = (name: string, contentType?: string): Behaviour => ({
  kind: 'file',
  file: path.join(FIXTURES, name),
  ...(contentType ? { contentType } : {}),
});

const ROUTES: Record<string, Behaviour> = {
  [`${HOST}/hostile/markup`]: file('markup.html'),
  [`${HOST}/hostile/builtins`]: file('builtins.html'),
  [`${HOST}/hostile/off-topic`]: file('off-topic.html'),
  [`${HOST}/hostile/coverage-with-frame`]: file('coverage-with-frame.html'),
  [`${HOST}/hostile/coverage-article`]: {
    kind: 'body',
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html><head><meta charset="utf-8"><title>Border clashes near Chaman</title></head><body><main>${fixture('article.html')}</main></body></html>`,
  },
  [`${HOST}/hostile/spa`]: file('spa.html'),
  [`${HOST}/hostile/spa-second`]: file('spa.html'),
  [`${HOST}/hostile/spa-orchards`]: file('spa.html'),
  [`${HOST}/hostile/fake-messages`]: file('fake-messages.html'),
  [`${HOST}/hostile/feed.xml`]: file('feed.xml', 'application/xml; charset=utf-8'),
  [`${HOST}/hostile/drawing.svg`]: file('drawing.svg', 'image/svg+xml'),
  [`${HOST}/hostile/notes.txt`]: file('notes.txt', 'text/plain; charset=utf-8'),
  [`${HOST}/hostile/huge`]: {
    kind: 'body',
    contentType: 'text/html; charset=utf-8',
    body: hugePage(),
  },
  [`${HOST}/hostile/deep`]: {
    kind: 'body',
    contentType: 'text/html; charset=utf-8',
    body: deepPage(),
  },
};

interface PageMarks {
  errors: string[];
  pwned: unknown;
  title: string;
}

/** What the page recorded about itself: its errors, and whether page text ran. */
const marks = (page: UiPage) =>
  page.evaluate(
    () => ({
      errors: (window as unknown as { __errors?: string[] }).__errors ?? [
        'no recorder on this page',
      ],
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
    }),
    null,
  ) as Promise<PageMarks>;

/** The popup ran nothing from the page and holds no element made from page markup. */
async function expectInertPopup(popup: PopupPage) {
  const seen = await popup.page.evaluate(
    () => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => /^on/i.test(a.name)),
      ).length,
      foreign: document.querySelectorAll(
        'iframe, object, embed, img[src="x"], svg[onload], a[href^="javascript:" i]',
      ).length,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
    }),
    null,
  );
  expect(seen).toEqual({
    pwned: null,
    title: expect.not.stringMatching(/PWNED/) as unknown,
    handlers: 0,
    foreign: 0,
    inlineScripts: 0,
  });
}

describe('Chromium: hostile pages', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('chromium', { routes: ROUTES });
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  async function openSettled(
    address: string,
    phases = SETTLED,
  ): Promise<{ page: UiPage; tabId: number; view: TabView }> {
    const page = await harness.open(address);
    const tabId = await harness.tabIdOf(address);
    const view = await harness.waitForPhase(tabId, phases, SETTLE_MS);
    return { page, tabId, view };
  }

  it('shows markup from the headline, byline and figures as text, and runs none of it', async () => {
    const { page, tabId, view } = await openSettled(url('markup'));
    expect(view.phase).toBe('ready');
    expect(view.analysis!.figures.length).toBeGreaterThan(0);
    expect(await marks(page)).toEqual({
      errors: [],
      pwned: null,
      title: expect.stringContaining('<img src=x') as unknown,
    });

    const popup = await PopupPage.open(harness, tabId);
    expect(await popup.waitForPhase(['ready'])).toBe('ready');
    await expectInertPopup(popup);
    // The payload is shown as the characters the page wrote.
    const title = view.analysis!.article.title;
    expect(title).toMatch(/<(script|img)\b/);
    expect(await popup.text()).toContain(title);
    await popup.page.setViewport(520, 700);
    await expectInertPopup(popup);
    await popup.close();
    expect((await marks(page)).pwned).toBeNull();
    await page.close();
  });

  it('is not fooled by a page that replaced Array, JSON, Promise, fetch, MutationObserver and DOM methods', async () => {
    const openedAt = Date.now();
    const { page, view } = await openSettled(url('builtins'));
    const settledAt = Date.now();
    expect(view.phase).toBe('ready');
    expect(view.analysis!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([19, 7, 11]));
    // The test's own page.evaluate needs the real built-ins (and would trip
    // the traps): the page puts them back 8 s after it starts, well after the
    // analysis, and says when. Wait that long without touching the page.
    await new Promise((r) => setTimeout(r, Math.max(0, openedAt + 9_000 - Date.now())));
    const seen = await poll(
      () =>
        page.evaluate(
          () => ({
            trapped: (window as unknown as { __trapped?: string }).__trapped ?? '',
            errors: (window as unknown as { __errors: string[] }).__errors,
            restoredAt: (window as unknown as { __restoredAt?: number }).__restoredAt ?? 0,
          }),
          null,
        ),
      (v) => v.restoredAt > 0,
      { timeout: 20_000, message: 'the page to restore its built-ins' },
    );
    expect(seen.restoredAt).toBeGreaterThan(settledAt);
    // Nothing of ours called the page's replacements (they record every call).
    expect({ trapped: seen.trapped, errors: seen.errors }).toEqual({ trapped: '', errors: [] });
    await page.close();
  });

  it('reads a 20 MB page within the budget, without breaking it', async () => {
    const { page, view } = await openSettled(url('huge'));
    expect(['ready', 'not-coverage']).toContain(view.phase);
    if (view.phase === 'ready')
      expect(view.analysis!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([19, 7]));
    expect((await marks(page)).errors).toEqual([]);
    await page.close();
  });

  it('survives a 10,000-deep DOM', async () => {
    const { page, view } = await openSettled(url('deep'));
    expect(
      await page.evaluate(() => (window as unknown as { __depth: number }).__depth, null),
    ).toBeGreaterThan(DEEP);
    expect(view.phase).toBe('ready');
    expect(view.analysis!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([19, 7]));
    expect((await marks(page)).errors).toEqual([]);
    await page.close();
  });

  it('ignores a coverage article inside an iframe of an off-topic page', async () => {
    const address = `${url('off-topic')}?frame=/hostile/coverage-article`;
    const { page, tabId, view } = await openSettled(address);
    await page.waitFor(
      () =>
        (document.querySelector('iframe') as HTMLIFrameElement | null)?.contentDocument
          ?.readyState === 'complete',
      null,
      { message: 'the coverage article loaded in the iframe' },
    );
    // Give a frame the time it would need to report, then look again.
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await harness.tabView(tabId)).phase).toBe('not-coverage');
    expect(view.analysis).toBeNull();
    expect(await harness.badgeText(tabId)).toBe('');
    expect((await marks(page)).errors).toEqual([]);
    await page.close();
  });

  it('analyses a coverage page from its top document, whatever its iframes hold', async () => {
    const { page, tabId, view } = await openSettled(url('coverage-with-frame'), ['ready']);
    expect(view.analysis!.article.title).toMatch(/Chaman/);
    expect(view.analysis!.article.text).not.toMatch(/monsoon|wickets/);
    await poll(
      () => harness.badgeText(tabId),
      (t) => (t ?? '') !== '',
      { message: 'a badge' },
    );
    expect((await marks(page)).errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['XML', 'feed.xml'],
    ['SVG', 'drawing.svg'],
    ['plain text', 'notes.txt'],
  ])('leaves a %s document alone: no badge, no analysis', async (_kind, name) => {
    const page = await harness.open(url(name));
    const tabId = await harness.tabIdOf(url(name));
    // The content script decides at document_idle; wait past it, then look.
    await new Promise((r) => setTimeout(r, 2_500));
    const view = await harness.tabView(tabId);
    expect(['unsupported', 'not-coverage']).toContain(view.phase);
    expect(view.analysis).toBeNull();
    expect(await harness.badgeText(tabId)).toBe('');
    await page.close();
  });

  it('follows a single-page site to its next article (history.pushState)', async () => {
    const { page, tabId, view } = await openSettled(url('spa'), ['ready']);
    expect(view.analysis!.article.title).toMatch(/Chaman/);
    await page.evaluate(() => (window as unknown as { showSecond(): void }).showSecond(), null);
    const next = await poll(
      () => harness.tabView(tabId),
      (v) => v.phase === 'ready' && /Torkham/.test(v.analysis?.article.title ?? ''),
      { timeout: SETTLE_MS, message: 'the analysis of the second article' },
    );
    expect(next.url).toBe(url('spa-second'));
    expect(next.analysis!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([4, 3]));
    expect(next.analysis!.article.text).not.toMatch(/Chaman/);

    const popup = await PopupPage.open(harness, tabId);
    await popup.waitForPhase(['ready']);
    expect(await popup.text()).toMatch(/Torkham/);
    await popup.close();
    expect((await marks(page)).errors).toEqual([]);
    await page.close();
  });

  it('drops the last article when a single-page site moves to a page its headline rules out', async () => {
    const { page, tabId } = await openSettled(url('spa'), ['ready']);
    expect(await harness.badgeText(tabId)).not.toBe('');
    await page.evaluate(() => (window as unknown as { showOffTopic(): void }).showOffTopic(), null);
    const next = await poll(
      () => harness.tabView(tabId),
      (v) => v.url === url('spa-orchards'),
      { timeout: SETTLE_MS, message: 'the verdict on the off-topic page' },
    );
    expect(next.phase).toBe('not-coverage');
    expect(next.analysis).toBeNull();
    expect(await harness.badgeText(tabId)).toBe('');
    expect((await marks(page)).errors).toEqual([]);
    await page.close();
  });

  it('ignores envelopes a page posts or sends with our extension id', async () => {
    const before = (await harness.tabView(2147483646)).storedReports;
    const id = harness.extensionOrigin.replace(/^chrome-extension:\/\//, '');
    const address = `${url('fake-messages')}#id=${id}`;
    const { page, tabId, view } = await openSettled(address, ['not-coverage']);
    // Send them again now that the content script is surely listening.
    await page.evaluate(() => (window as unknown as { sendFakes(): void }).sendFakes(), null);
    await new Promise((r) => setTimeout(r, 1_500));
    const after = await harness.tabView(tabId);
    expect(after.phase).toBe('not-coverage');
    expect(after.analysis).toBeNull();
    expect(view.analysis).toBeNull();
    expect(after.storedReports).toBe(before);
    expect(await harness.badgeText(tabId)).toBe('');
    const attempts = await page.evaluate(
      () => (window as unknown as { __attempts: string[] }).__attempts,
      null,
    );
    // The page has no channel to us at all (no externally_connectable).
    expect(attempts.every((a) => !a.startsWith('answered') || a === 'answered undefined')).toBe(
      true,
    );
    expect((await marks(page)).errors).toEqual([]);
    await page.close();
  });
});

/**
 * One page interface over Playwright (Chromium) and Puppeteer (Firefox), so
 * page objects and tests do not care which browser runs them. Functions
 * given to `evaluate`/`waitFor` run in the page: they must be self-contained.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { poll } from './poll';

export type PageFn<A, R> = (arg: A) => R | Promise<R>;

export interface UiPage {
  url(): string;
  evaluate<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  /**
   * Runs a script's source text through the browser's automation channel
   * (not the page's own script loading, so extension pages' CSP does not
   * apply): how the axe-core library is put into a page.
   */
  addSource(source: string): Promise<void>;
  /** Waits until `fn(arg)` is truthy in the page (across reloads and navigations). */
  waitFor<A>(
    fn: PageFn<A, unknown>,
    arg: A,
    options?: { timeout?: number; message?: string },
  ): Promise<void>;
  reload(): Promise<void>;
  /**
   * A real click on the first element matching `selector`, through the
   * browser's input pipeline: a user gesture, which permission requests
   * need (an `element.click()` from a script is not one).
   */
  press(selector: string): Promise<void>;
  /** A real mouse click at a point of the viewport (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real key press ("Escape", "Tab", "Enter") on whatever has focus. */
  key(name: string): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Saves a PNG: the viewport, the whole page (`fullPage`, the default), or
   * just the first element matching `selector` (scrolled into view).
   */
  screenshot(file: string, options?: { fullPage?: boolean; selector?: string }): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_WAIT = 20_000;

export function fromPlaywright(page: PlaywrightPage): UiPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    async addSource(source) {
      await page.evaluate(`${source}\n;void 0`);
    },
    async waitFor(fn, arg, options = {}) {
      await poll(() => page.evaluate(fn as (a: unknown) => unknown, arg), Boolean, {
        timeout: options.timeout ?? DEFAULT_WAIT,
        message: options.message ?? `page condition on ${page.url()}`,
      });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async press(selector) {
      await page.click(selector);
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async key(name) {
      await page.keyboard.press(name);
    },
    async setColorScheme(scheme) {
      await page.emulateMedia({ colorScheme: scheme });
    },
    async setViewport(width, height) {
      await page.setViewportSize({ width, height });
    },
    async screenshot(file, options = {}) {
      if (options.selector) await page.locator(options.selector).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
    },
    close: () => page.close(),
  };
}

/**
 * Firefox over BiDi: `goto` to a moz-extension:// page never resolves (no
 * load event reaches BiDi), so extension pages are loaded with
 * `gotoWithoutWaiting` and then polled.
 */
export function fromPuppeteer(page: PuppeteerPage): UiPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    async addSource(source) {
      await page.evaluate(`${source}\n;void 0`);
    },
    async waitFor(fn, arg, options = {}) {
      await poll(() => page.evaluate(fn as (a: unknown) => unknown, arg), Boolean, {
        timeout: options.timeout ?? DEFAULT_WAIT,
        message: options.message ?? `page condition on ${page.url()}`,
      });
    },
    async reload() {
      // BiDi may never report the load of a moz-extension:// page: reload from
      // inside and wait for a new document (the old one carries a mark).
      await page.evaluate(() => {
        (window as unknown as { __e2eOld?: boolean }).__e2eOld = true;
        setTimeout(() => location.reload(), 0);
      });
      await poll(
        () =>
          page.evaluate(
            () =>
              !(window as unknown as { __e2eOld?: boolean }).__e2eOld &&
              document.readyState === 'complete',
          ),
        Boolean,
        { timeout: DEFAULT_WAIT, message: `reload of ${page.url()}` },
      );
    },
    async press(selector) {
      await page.click(selector);
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async key(name) {
      await page.keyboard.press(name as Parameters<PuppeteerPage['keyboard']['press']>[0]);
    },
    async setColorScheme(scheme) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async screenshot(file, options = {}) {
      const path = file as `${string}.png`;
      if (options.selector) {
        const element = await page.$(options.selector);
        if (!element) throw new Error(`nothing matches ${options.selector} on ${page.url()}`);
        await element.screenshot({ path });
      } else await page.screenshot({ path, fullPage: options.fullPage ?? true });
    },
    close: () => page.close(),
  };
}

/** Starts loading `url` without awaiting the navigation, then waits for the document. */
export async function gotoWithoutWaiting(page: PuppeteerPage, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await waitForDocument(page, url);
}

async function waitForDocument(page: PuppeteerPage, url: string): Promise<void> {
  const target = url.split('#')[0]!;
  await poll(
    () => page.evaluate(() => ({ href: location.href, ready: document.readyState })),
    (s) => s.href.split('#')[0] === target && s.ready === 'complete',
    { timeout: DEFAULT_WAIT, message: `document ${url}` },
  );
}

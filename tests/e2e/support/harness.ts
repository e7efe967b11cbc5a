/**
 * One entry point for both browsers: launch with the built extension and
 * the fixture web, open pages and extension pages, find tab ids, ask the
 * background for a tab's view, read the badge. Tests and page objects use
 * only this and UiPage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startFixtureServer,
  type Behaviour,
  type FixtureServer,
} from '../../../scripts/lib/fixture-server';
import { launchChromium, type ChromiumSession } from '../../../scripts/lib/launch-chromium';
import { launchFirefox, type FirefoxSession } from '../../../scripts/lib/launch-firefox';
import type { RefreshProgress, TabView } from '../../../lib/types';
import { poll } from './poll';
import { CHROME_BUILD, FIREFOX_BUILD, SITES_ROOT } from './sites';
import { fromPlaywright, fromPuppeteer, gotoWithoutWaiting, type UiPage } from './ui-page';

export type BrowserKind = 'chromium' | 'firefox';

export interface HarnessOptions {
  routes?: Readonly<Record<string, Behaviour>>;
  /** Folder of `<host>/<path>` files the server answers from (default: the e2e sites). */
  root?: string;
  /** Keep the profile in this folder (to relaunch it); default: a temporary one. */
  userDataDir?: string;
}

export interface Harness {
  kind: BrowserKind;
  server: FixtureServer;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  extensionOrigin: string;
  /** A new tab showing `url`, loaded. */
  open(url: string): Promise<UiPage>;
  /** A new tab showing an extension page (`popup.html?tab=3`, `options.html`), loaded. */
  openExtensionPage(pathAndQuery: string): Promise<UiPage>;
  /** The tab id of the (first) tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** The background's view of a tab (the popup's data), through the typed message. */
  tabView(tabId: number): Promise<TabView>;
  /** Polls tabView until its phase is one of `phases`. */
  waitForPhase(
    tabId: number,
    phases: readonly TabView['phase'][],
    timeout?: number,
  ): Promise<TabView>;
  refreshProgress(): Promise<RefreshProgress>;
  /** Badge text the background set on a tab, read through the action API (never the drawn toolbar). */
  badgeText(tabId: number): Promise<string | null>;
  /** Runs in an extension page (chrome.* / browser.* available there). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Closes the browser and opens it again on the same profile (Chromium). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The few extension APIs the harness calls (browser.* in Firefox, chrome.* in Chromium). */
interface ExtTab {
  id?: number;
  url?: string;
}
interface ExtApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<ExtTab[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}
interface Ext {
  browser?: ExtApi;
  chrome: ExtApi;
}

/** A tab id no real tab has: the control page's popup view stays empty. */
const CONTROL_PAGE = 'popup.html?tab=2147483646';

/**
 * @example
 * const h = await launchHarness('chromium');
 * const page = await h.open(PAGES.dawnFeb);
 * const view = await h.waitForPhase(await h.tabIdOf(PAGES.dawnFeb), ['ready']);
 */
export async function launchHarness(
  kind: BrowserKind,
  options: HarnessOptions = {},
): Promise<Harness> {
  const server = await startFixtureServer({
    root: options.root ?? SITES_ROOT,
    routes: options.routes,
  });
  try {
    return kind === 'chromium'
      ? await chromiumHarness(server, options)
      : await firefoxHarness(server, options);
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** A temporary profile folder that a test relaunches; remove it with `removeProfile`. */
export function makeProfileDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'crosscheck-profile-'));
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Shared by both browsers: things done through an extension page. */
function common(inExtension: Harness['inExtension']) {
  const tabView = (tabId: number) =>
    inExtension(
      (id: number) =>
        // The popup's own message (lib/messaging.ts envelope).
        (
          (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome
        ).runtime.sendMessage({
          type: 'get-tab-view',
          data: { tabId: id },
        }) as Promise<TabView>,
      tabId,
    );
  /** The background answers nothing when it drops a message (lib/messaging.ts checkMessage): say so. */
  const answered = async <T>(what: string, value: Promise<T>): Promise<T> => {
    const result = await value;
    if (result === undefined || result === null) {
      throw new Error(
        `the background gave no answer to ${what} sent from an extension page opened in a tab`,
      );
    }
    return result;
  };
  return {
    tabView: (tabId: number) => answered('get-tab-view', tabView(tabId)),
    /** The text the background set on the tab's badge (browser.action in Firefox, chrome.action in Chromium). */
    badgeText: (tabId: number): Promise<string | null> =>
      inExtension(
        (id: number) =>
          (
            (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome
          ).action.getBadgeText({ tabId: id }),
        tabId,
      ),
    async tabIdOf(url: string): Promise<number> {
      const tabs = await poll(
        () =>
          inExtension(
            (target: string): Promise<number[]> =>
              ((globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome).tabs
                .query({})
                .then((all: ExtTab[]) =>
                  all.filter((t) => (t.url ?? '').split('#')[0] === target).map((t) => t.id ?? -1),
                ),
            url.split('#')[0]!,
          ),
        (ids) => ids.length > 0,
        { message: `a tab showing ${url}` },
      );
      return tabs[0]!;
    },
    waitForPhase(tabId: number, phases: readonly TabView['phase'][], timeout = 30_000) {
      return poll(
        () => tabView(tabId),
        (v) => phases.includes(v?.phase),
        {
          timeout,
          message: `tab ${tabId} in phase ${phases.join('|')}`,
        },
      );
    },
    refreshProgress: () =>
      answered(
        'get-refresh-progress',
        inExtension(
          () =>
            (
              (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome
            ).runtime.sendMessage({
              type: 'get-refresh-progress',
              data: {},
            }) as Promise<RefreshProgress>,
          null,
        ),
      ),
  };
}

async function chromiumHarness(server: FixtureServer, options: HarnessOptions): Promise<Harness> {
  let session: ChromiumSession;
  let control: UiPage | null = null;
  const launch = async () => {
    session = await launchChromium({
      extensionPath: CHROME_BUILD,
      hosts: server.hosts,
      port: server.port,
      userDataDir: options.userDataDir,
    });
    control = null;
  };
  await launch();

  const openExtensionPage = async (pathAndQuery: string) => {
    const page = await session.context.newPage();
    await page.goto(`${session.extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`, {
      waitUntil: 'load',
    });
    return fromPlaywright(page);
  };
  const inExtension: Harness['inExtension'] = async (fn, arg) => {
    control ??= await openExtensionPage(CONTROL_PAGE);
    return control.evaluate(fn, arg);
  };

  return {
    kind: 'chromium',
    server,
    get extensionOrigin() {
      return session.extensionOrigin;
    },
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return fromPlaywright(page);
    },
    openExtensionPage,
    ...common(inExtension),
    inExtension,
    async restart() {
      if (!options.userDataDir) throw new Error('restart needs a userDataDir to keep');
      await session.close();
      await launch();
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
}

async function firefoxHarness(server: FixtureServer, options: HarnessOptions): Promise<Harness> {
  let session: FirefoxSession;
  let control: UiPage | null = null;
  const launch = async () => {
    session = await launchFirefox({
      extensionPath: FIREFOX_BUILD,
      port: server.port,
      userDataDir: options.userDataDir,
    });
    control = null;
  };
  await launch();

  const openExtensionPage = async (pathAndQuery: string) => {
    const page = await session.browser.newPage();
    await gotoWithoutWaiting(page, `${session.extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`);
    return fromPuppeteer(page);
  };
  const inExtension: Harness['inExtension'] = async (fn, arg) => {
    control ??= await openExtensionPage(CONTROL_PAGE);
    return control.evaluate(fn, arg);
  };

  return {
    kind: 'firefox',
    server,
    get extensionOrigin() {
      return session.extensionOrigin;
    },
    async open(url) {
      const page = await session.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return fromPuppeteer(page);
    },
    openExtensionPage,
    // The toolbar badge is not readable over BiDi: WebDriver BiDi reaches
    // pages, never the browser's own toolbar, so Firefox tests cannot look at
    // the badge as drawn. What they can read is the text the background set,
    // through browser.action.getBadgeText from an extension page (common(),
    // as in Chromium). Coverage and comparison are still asserted
    // through the popup (popup.html?tab=N) first: it renders the same
    // background state the badge is computed from, and is what a reader sees.
    ...common(inExtension),
    inExtension,
    async restart() {
      if (!options.userDataDir) throw new Error('restart needs a userDataDir to keep');
      await session.close();
      await launch();
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
}

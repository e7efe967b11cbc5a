/**
 * Firefox ESR with the built extension installed over WebDriver BiDi
 * (puppeteer-core, no geckodriver). News hosts reach the local fixture
 * server through a proxy pref: the server answers absolute-URI requests and
 * CONNECT tunnels (see fixture-server.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export interface FirefoxOptions {
  /** Unpacked extension folder (`.output/firefox-mv3`). */
  extensionPath: string;
  /** The fixture server's port on 127.0.0.1 (used as the proxy for every host). */
  port: number;
  userDataDir?: string;
  headless?: boolean;
  executablePath?: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>` (the uuid is fixed in advance by a pref). */
  extensionOrigin: string;
  geckoId: string;
  close(): Promise<void>;
}

export const FIREFOX_CANDIDATES = Object.freeze(['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** A fixed internal UUID gives the extension a known address. */
export const EXTENSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  const found = FIREFOX_CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(`Firefox not found (tried ${FIREFOX_CANDIDATES.join(', ')}); set FIREFOX_PATH`);
  return found;
}

/** The add-on id the build declares (browser_specific_settings.gecko.id). */
export function geckoIdOf(extensionPath: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json declares no gecko id`);
  return id;
}

/**
 * @example
 * const s = await launchFirefox({ extensionPath: '.output/firefox-mv3', port: server.port });
 */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const extensionPath = path.resolve(options.extensionPath);
  const geckoId = geckoIdOf(extensionPath);
  const ownProfile = options.userDataDir === undefined;
  const userDataDir =
    options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'crosscheck-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? findFirefox(),
    headless: options.headless ?? true,
    userDataDir,
    // BiDi refuses moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    // The fixture server's certificate is self-signed.
    acceptInsecureCerts: true,
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Every host goes through the fixture server (it is a proxy too).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
      // Fixture pages are plain http under real news names: no https upgrade.
      'dom.security.https_only_mode': false,
      'dom.security.https_first': false,
      'browser.fixup.fallback-to-https': false,
    },
  });
  try {
    await browser.installExtension(extensionPath);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
    geckoId,
    async close() {
      await browser.close().catch(() => undefined);
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The baseline browser: the same Chromium and flags as
 * scripts/lib/launch-chromium.ts, news hosts pointed at the same local
 * server, but no extension.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium, hostResolverRules } from '../lib/launch-chromium';

export interface PlainSession {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchPlainChromium(
  hosts: readonly string[],
  port: number,
): Promise<PlainSession> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      `--host-resolver-rules=${hostResolverRules(hosts, port)}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  return {
    browser,
    context,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

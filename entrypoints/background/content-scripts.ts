/**
 * Sites the reader added beyond the default news domains are read like the
 * defaults: the background looks at their tabs once the reader has granted
 * the site's permission (tabs.ts), and nothing is registered in their pages.
 * Earlier versions registered the gate there as a content script that
 * outlives restarts: it is removed once.
 */
import { browser } from 'wxt/browser';

const LEGACY_SCRIPT_ID = 'crosscheck-added-sites';

export async function dropLegacyContentScripts(): Promise<void> {
  await browser.scripting
    .unregisterContentScripts({ ids: [LEGACY_SCRIPT_ID] })
    .catch(() => undefined);
}

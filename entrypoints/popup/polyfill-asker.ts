import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import type { Asker } from './first-question';

/** The popup's own way of asking its first question, through the typed messaging module. */
export const polyfillAsker: Asker = {
  activeTabId: async () =>
    (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
  view: (tabId) => sendMessage('get-tab-view', { tabId }),
};

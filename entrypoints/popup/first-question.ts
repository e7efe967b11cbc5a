import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';

/** The popup's first question: the tab it is about, and the answer still on its way. */
export interface FirstQuestion {
  tabId: number | null;
  /** get-tab-view's answer; rejections are also caught here, so none goes unhandled. */
  view: Promise<unknown>;
}

/** `popup.html?tab=N` shows tab N (end-to-end tests open the popup in a page); otherwise null. */
export function requestedTabOf(search: string): number | null {
  const requested = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  return Number.isInteger(requested) && requested >= 0 ? requested : null;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Asks for the tab's view at once. The popup's entry imports this before its
 * UI code, so the round trip to the background overlaps the evaluation of
 * that code and the first render instead of following them.
 */
export async function askFirst(requestedTab: number | null): Promise<FirstQuestion> {
  const tabId = requestedTab ?? (await activeTabId().catch(() => null));
  if (tabId === null) return { tabId, view: Promise.resolve(undefined) };
  const view = sendMessage('get-tab-view', { tabId });
  view.catch(() => undefined);
  return { tabId, view };
}

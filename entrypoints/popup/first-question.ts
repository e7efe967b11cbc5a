/**
 * The popup's first question, shared by the early script in the popup's head
 * (entrypoints/popup-question.ts) and the popup's own code. No runtime
 * imports: the early script must stay tiny, so the browser's API comes in.
 */

/** The popup's first question: the tab it is about, and the answer still on its way. */
export interface FirstQuestion {
  tabId: number | null;
  /** get-tab-view's answer; rejections are also caught here, so none goes unhandled. */
  view: Promise<unknown>;
}

/** How the question is asked: the active tab's id, and get-tab-view for a tab. */
export interface Asker {
  activeTabId(): Promise<number | null>;
  view(tabId: number): Promise<unknown>;
}

/** Where the early script leaves its question for the popup's entry (ask-now.ts). */
export const EARLY_QUESTION = 'crosscheckFirstQuestion';

/** `popup.html?tab=N` shows tab N (end-to-end tests open the popup in a page); otherwise null. */
export function requestedTabOf(search: string): number | null {
  const requested = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  return Number.isInteger(requested) && requested >= 0 ? requested : null;
}

/**
 * Asks for the tab's view at once, so that the round trip to the background
 * overlaps the loading and evaluation of the popup's code and its first
 * render instead of following them.
 */
export async function askFirst(requestedTab: number | null, asker: Asker): Promise<FirstQuestion> {
  const tabId = requestedTab ?? (await asker.activeTabId().catch(() => null));
  if (tabId === null) return { tabId, view: Promise.resolve(undefined) };
  const view = asker.view(tabId);
  view.catch(() => undefined);
  return { tabId, view };
}

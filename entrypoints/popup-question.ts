/**
 * The popup's first question, sent as soon as this script has loaded: a
 * small async classic script in the popup's head runs the moment it
 * arrives, without waiting for the page's parse to end, for its stylesheet
 * (deferred scripts wait for both) or for the popup's module graph, so the
 * background's answer is on its way (often back) by the time that code has
 * run. Tiny on purpose, with no polyfill and no validation code: the
 * browser's own promise-based API (`browser` in Firefox, `chrome` in
 * Chrome) is enough for one query and one message, and the answer is
 * checked where it is used (entrypoints/popup/App.tsx).
 * The popup's entry picks the question up (popup/ask-now.ts) and asks
 * itself when this script has not run yet; an async script may in principle
 * run after the module, so it then asks nothing (the entry left its mark).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { EnvelopeOf } from '../lib/messaging';
import { askFirst, EARLY_QUESTION, requestedTabOf, type Asker } from './popup/first-question';

interface NativeApi {
  tabs: { query(q: { active: true; currentWindow: true }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export default defineUnlistedScript(() => {
  try {
    const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
    const api = scope.browser ?? scope.chrome;
    // The entry ran first and asked itself (ask-now.ts).
    if (!api || EARLY_QUESTION in scope) return;
    const asker: Asker = {
      activeTabId: async () =>
        (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null,
      view: (tabId) => {
        const message: EnvelopeOf<'get-tab-view'> = { type: 'get-tab-view', data: { tabId } };
        return api.runtime.sendMessage(message);
      },
    };
    const question = askFirst(requestedTabOf(location.search), asker);
    question.catch(() => undefined);
    Object.assign(globalThis, { [EARLY_QUESTION]: question });
  } catch {
    // The popup's entry asks itself.
  }
});

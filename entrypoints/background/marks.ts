/** Tells a tab which of its figures to mark (lib/page/plan-marks.ts); the analyzer there draws them. */
import { browser } from 'wxt/browser';
import { sendToTab } from '../../lib/messaging';
import { planMarks } from '../../lib/page/plan-marks';
import { getPrefs, prefsItem } from '../../lib/store/prefs';
import type { Analysis, Comparison } from '../../lib/types';

/** The card a click on a mark opens (entrypoints/mark-card.tsx): only pages with marks load it. */
const CARD_FILE = '/mark-card.js';

/** Never throws: a tab that closed or moved on simply has no listener. */
export async function pushMarks(
  tabId: number,
  url: string,
  analysis: Analysis | null,
  comparison: Comparison | null,
): Promise<number> {
  try {
    const marks = analysis ? planMarks(analysis, comparison) : [];
    const { highlight } = await getPrefs();
    // Before the marks, so that a mark is never drawn without its card. Without the card (a page
    // that refuses scripts now) the marks are still drawn and the popup still lists them.
    if (marks.length > 0)
      await browser.scripting
        .executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_FILE] })
        .catch(() => undefined);
    const answer = await sendToTab(tabId, 'page-marks', { url, marks, highlight });
    return answer?.marked ?? 0;
  } catch {
    return 0;
  }
}

/**
 * When the reader turns marks on or off (popup or options), every open tab
 * hears it at once. The analyzer in a tab does not read storage itself, so
 * that the script injected into pages stays small; tabs without it simply
 * do not answer.
 */
export function watchHighlightPref(): void {
  prefsItem.watch((prefs) => {
    const highlight = (prefs as { highlight?: unknown } | null)?.highlight !== false;
    void browser.tabs
      .query({})
      .then((tabs) =>
        Promise.all(
          tabs.map((t) =>
            t.id === undefined
              ? null
              : sendToTab(t.id, 'marks-enabled', { highlight }).catch(() => null),
          ),
        ),
      )
      .catch(() => undefined);
  });
}

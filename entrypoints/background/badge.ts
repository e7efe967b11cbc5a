/** Applies the badge lib/badge computes to a tab. */
import { browser } from 'wxt/browser';
import type { Comparison } from '../../lib/types';
import type { TabState } from '../../lib/store/tab-state';
import { badgeFor } from '../../lib/badge/badge-for';

export async function setBadge(tabId: number, state: TabState, comparison: Comparison | null) {
  const badge = badgeFor(state, comparison);
  try {
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour });
    await browser.action.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab may have closed meanwhile.
  }
}

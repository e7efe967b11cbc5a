/**
 * What the background knows about each tab, kept in session storage so it
 * survives the service worker being stopped between the page's analysis
 * and the reader opening the popup. Cleared when the browser closes.
 */
import { browser } from 'wxt/browser';
import type { Analysis, Comparison, GateResult, TabPhase } from '../types';

export interface TabState {
  url: string | null;
  phase: TabPhase;
  gate: GateResult | null;
  analysis: Analysis | null;
  error: string | null;
  updatedAt: number;
  /** The last comparison, reused while the store and trusted sources are unchanged. */
  comparison?: { value: Comparison; at: number; trustedKey: string } | null;
}

const key = (tabId: number) => `tab:${tabId}`;

/**
 * States that could not go to session storage (no session area, quota full,
 * storage error) are kept here instead. Read first, so a state kept here is
 * never shadowed by an older one in the session area.
 */
const memory = new Map<string, TabState>();
/**
 * What this worker last wrote to or read from the session area, so that the
 * popup's question is answered without a round trip through the browser
 * (only the background writes tab states). Empty again when the worker
 * restarts: then the session area answers.
 */
const mirror = new Map<string, TabState>();
/** Bumped by every write and removal: a read that overlapped one does not fill the mirror. */
let writes = 0;
// Firefox before 115 and some test doubles have no session area (we require 140, but stay safe).
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

/**
 * The state without what can be recomputed: the article text (the largest
 * part) and the cached comparison. What is written when the whole state
 * does not fit in the session area's quota (10 MB, shared by all tabs).
 */
export function slimTabState(state: TabState): TabState {
  const slim: TabState = { ...state, comparison: null };
  if (state.analysis)
    slim.analysis = { ...state.analysis, article: { ...state.analysis.article, text: '' } };
  return slim;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const kept = memory.get(key(tabId)) ?? mirror.get(key(tabId));
  if (kept) return kept;
  const area = session();
  if (!area) return null;
  try {
    const before = writes;
    const stored = await area.get(key(tabId));
    const state = (stored[key(tabId)] as TabState | undefined) ?? null;
    if (state && writes === before) mirror.set(key(tabId), state);
    return state;
  } catch {
    return null;
  }
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  const area = session();
  if (!area) {
    memory.set(key(tabId), state);
    return;
  }
  // A read meanwhile gets the newest state, not the one being replaced.
  writes++;
  mirror.set(key(tabId), state);
  try {
    await area.set({ [key(tabId)]: state });
    memory.delete(key(tabId));
    return;
  } catch {
    // Quota exceeded (or the area refused): try without what can be recomputed.
  }
  try {
    const slim = slimTabState(state);
    await area.set({ [key(tabId)]: slim });
    memory.delete(key(tabId));
    mirror.set(key(tabId), slim);
  } catch {
    // Still refused: keep the whole state in memory (lost only if the worker stops).
    memory.set(key(tabId), state);
    mirror.delete(key(tabId));
    await area.remove(key(tabId)).catch(() => undefined);
  }
}

export async function removeTabState(tabId: number): Promise<void> {
  writes++;
  memory.delete(key(tabId));
  mirror.delete(key(tabId));
  await session()
    ?.remove(key(tabId))
    .catch(() => undefined);
}

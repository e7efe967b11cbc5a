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
  const kept = memory.get(key(tabId));
  if (kept) return kept;
  const area = session();
  if (!area) return null;
  try {
    const stored = await area.get(key(tabId));
    return (stored[key(tabId)] as TabState | undefined) ?? null;
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
  try {
    await area.set({ [key(tabId)]: state });
    memory.delete(key(tabId));
    return;
  } catch {
    // Quota exceeded (or the area refused): try without what can be recomputed.
  }
  try {
    await area.set({ [key(tabId)]: slimTabState(state) });
    memory.delete(key(tabId));
  } catch {
    // Still refused: keep the whole state in memory (lost only if the worker stops).
    memory.set(key(tabId), state);
    await area.remove(key(tabId)).catch(() => undefined);
  }
}

export async function removeTabState(tabId: number): Promise<void> {
  memory.delete(key(tabId));
  await session()
    ?.remove(key(tabId))
    .catch(() => undefined);
}

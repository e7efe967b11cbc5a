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

// Firefox before 115 and some test doubles have no session area: fall back to memory.
const memory = new Map<string, TabState>();
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const area = session();
  if (!area) return memory.get(key(tabId)) ?? null;
  const stored = await area.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  const area = session();
  if (!area) {
    memory.set(key(tabId), state);
    return;
  }
  try {
    await area.set({ [key(tabId)]: state });
  } catch {
    // Session quota (10 MB) is shared by all tabs: keep the state without the article text.
    const slim: TabState = state.analysis
      ? {
          ...state,
          analysis: { ...state.analysis, article: { ...state.analysis.article, text: '' } },
        }
      : state;
    await area.set({ [key(tabId)]: slim }).catch(() => memory.set(key(tabId), state));
  }
}

export async function removeTabState(tabId: number): Promise<void> {
  memory.delete(key(tabId));
  await session()?.remove(key(tabId));
}

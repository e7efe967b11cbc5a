/**
 * In-page marks as a test sees them, in either browser. `isolated` reads the
 * highlight registry from the extension's own world of the page (where the
 * analyzer registered them), through `scripting.executeScript` from an
 * extension page; `fromPage` reads what the page's own scripts can see.
 */
import type { Harness } from './harness';
import type { UiPage } from './ui-page';
import { poll } from './poll';

export interface SeenHighlight {
  name: string;
  /** Each range's text, whitespace collapsed. */
  texts: string[];
}

interface ScriptingApi {
  scripting: {
    executeScript(details: {
      target: { tabId: number; frameIds?: number[] };
      func: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
}

/** Every highlight registered in the tab's top frame, as the extension's world sees it. */
export function isolatedHighlights(harness: Harness, tabId: number): Promise<SeenHighlight[]> {
  return harness.inExtension(async (id: number) => {
    const g = globalThis as unknown as { browser?: ScriptingApi; chrome: ScriptingApi };
    const api = g.browser ?? g.chrome;
    const [first] = await api.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      // Runs in the page's extension world: self-contained, no outer names.
      func: () => {
        const out: { name: string; texts: string[] }[] = [];
        CSS.highlights.forEach((highlight, name) => {
          const texts: string[] = [];
          highlight.forEach((r) => {
            texts.push(String((r as Range).toString()).replace(/\s+/g, ' ').trim());
          });
          out.push({ name, texts });
        });
        return out;
      },
    });
    return (first?.result ?? []) as SeenHighlight[];
  }, tabId);
}

/** Highlights whose names are Crosscheck's. */
export async function crosscheckHighlights(
  harness: Harness,
  tabId: number,
): Promise<SeenHighlight[]> {
  return (await isolatedHighlights(harness, tabId)).filter((h) => h.name.startsWith('crosscheck-'));
}

/** Waits until the tab shows Crosscheck marks; returns them. */
export function waitForMarks(
  harness: Harness,
  tabId: number,
  timeout = 20_000,
): Promise<SeenHighlight[]> {
  return poll(
    () => crosscheckHighlights(harness, tabId),
    (h) => h.some((x) => x.texts.length > 0),
    { timeout, interval: 300, message: `Crosscheck marks in tab ${tabId}` },
  );
}

/** Waits until the tab shows no Crosscheck marks. */
export function waitForNoMarks(harness: Harness, tabId: number, timeout = 10_000) {
  return poll(
    () => crosscheckHighlights(harness, tabId),
    (h) => h.every((x) => x.texts.length === 0),
    { timeout, interval: 300, message: `no Crosscheck marks in tab ${tabId}` },
  );
}

/** Sets the reader's "mark disputed figures" preference through storage, as Options does. */
export function setHighlightPref(harness: Harness, on: boolean): Promise<void> {
  return harness.inExtension(async (value: boolean) => {
    interface Local {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
    const g = globalThis as unknown as {
      browser?: { storage: { local: Local } };
      chrome: { storage: { local: Local } };
    };
    const local = (g.browser ?? g.chrome).storage.local;
    const { prefs } = (await local.get('prefs')) as { prefs?: object };
    await local.set({ prefs: { refreshMinutes: 30, discovery: false, ...prefs, highlight: value } });
  }, on);
}

/** What the page's own scripts can read of the registry (the main world). */
export function fromPage(page: UiPage): Promise<{ names: string[]; readable: string[] }> {
  return page.evaluate(() => {
    const names: string[] = [];
    const readable: string[] = [];
    try {
      const registry = (window as unknown as { __realHighlights?: HighlightRegistry })
        .__realHighlights ?? CSS.highlights;
      registry.forEach((h, name) => {
        names.push(name);
        try {
          h.forEach((r) => readable.push(String((r as Range).toString())));
        } catch {
          // not readable
        }
      });
    } catch {
      // no registry here
    }
    return { names, readable };
  }, null);
}

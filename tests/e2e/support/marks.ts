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
        // Firefox's content-script (Xray) view of the page's objects has no
        // iterators or callbacks: there, look up Crosscheck's names and read
        // each highlight's ranges through its waived (`wrappedJSObject`) view.
        const KNOWN = ['crosscheck-outlets-disagree', 'crosscheck-parties-disagree'];
        type Waivable = Highlight & { wrappedJSObject?: Highlight };
        let entries: [string, Highlight][];
        try {
          entries = [...CSS.highlights.entries()];
        } catch {
          entries = KNOWN.filter((n) => CSS.highlights.has(n)).map((n) => [
            n,
            CSS.highlights.get(n)!,
          ]);
        }
        // Each range back behind its Xray (XPCNativeWrapper): the browser's own
        // methods, not whatever the page put on Range.prototype.
        const native = (r: unknown) => {
          const wrap = (globalThis as { XPCNativeWrapper?: (o: unknown) => unknown })
            .XPCNativeWrapper;
          return (wrap ? wrap(r) : r) as Range;
        };
        return entries.map(([name, h]) => ({
          name,
          texts: [...((h as Waivable).wrappedJSObject ?? h).values()].map((r) =>
            String(native(r).toString()).replace(/\s+/g, ' ').trim(),
          ),
        }));
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

/**
 * Waits until the tab shows Crosscheck marks (and, when given, marks that
 * satisfy `until`: a comparison refreshed after the first marks re-plans
 * them); returns them.
 */
export function waitForMarks(
  harness: Harness,
  tabId: number,
  timeout = 20_000,
  until: (marks: SeenHighlight[]) => boolean = () => true,
): Promise<SeenHighlight[]> {
  return poll(
    () => crosscheckHighlights(harness, tabId),
    (h) => h.some((x) => x.texts.length > 0) && until(h),
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
    await local.set({
      prefs: { refreshMinutes: 30, discovery: false, ...prefs, highlight: value },
    });
  }, on);
}

/** What the page's own scripts can read of the registry (the main world). */
export function fromPage(page: UiPage): Promise<{ names: string[]; readable: string[] }> {
  return page.evaluate(() => {
    const names: string[] = [];
    const readable: string[] = [];
    try {
      const registry =
        (window as unknown as { __realHighlights?: HighlightRegistry }).__realHighlights ??
        CSS.highlights;
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

/** Where the first Crosscheck mark of a kind is drawn (viewport coordinates), seen from the extension's world. */
export function markRect(
  harness: Harness,
  tabId: number,
): Promise<{ x: number; y: number; text: string } | null> {
  return harness.inExtension(async (id: number) => {
    const g = globalThis as unknown as { browser?: ScriptingApi; chrome: ScriptingApi };
    const api = g.browser ?? g.chrome;
    const [first] = await api.scripting.executeScript({
      target: { tabId: id, frameIds: [0] },
      func: () => {
        const KNOWN = ['crosscheck-outlets-disagree', 'crosscheck-parties-disagree'];
        for (const name of KNOWN) {
          const h = CSS.highlights.get(name) as
            (Highlight & { wrappedJSObject?: Highlight }) | undefined;
          if (!h) continue;
          const wrap = (globalThis as { XPCNativeWrapper?: (o: unknown) => unknown })
            .XPCNativeWrapper;
          for (const r of [...(h.wrappedJSObject ?? h).values()]) {
            const range = (wrap ? wrap(r) : r) as Range;
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0];
            if (rect)
              return {
                x: rect.left + Math.min(4, rect.width / 2),
                y: rect.top + rect.height / 2,
                text: range.toString(),
              };
          }
        }
        return null;
      },
    });
    return (first?.result ?? null) as { x: number; y: number; text: string } | null;
  }, tabId);
}

/** The card's host as the page sees it: present or not, and whether the page can look inside. */
export function cardSeenByPage(
  page: UiPage,
): Promise<{ present: boolean; open: boolean; text: string }> {
  return page.evaluate(() => {
    const host = document.querySelector('crosscheck-card');
    return {
      present: host !== null,
      open: host?.shadowRoot != null,
      text: host?.textContent ?? '',
    };
  }, null);
}

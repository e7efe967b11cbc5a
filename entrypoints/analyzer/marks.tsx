/**
 * In-page marks, wired: the background sends the page's disputed figures
 * (`page-marks`), lib/page/page-marks.ts finds them and registers the
 * highlights, and a click on a mark opens a small card (entrypoints/mark-card.tsx,
 * injected by the background with the marks). Installed once per page by the
 * analyzer; it runs in the extension's isolated world, whose
 * `CSS.highlights`, `Highlight`, DOM prototypes and listeners a page script
 * cannot replace. Nothing here throws into the page.
 *
 * The page's DOM is left alone: highlights are painted by the browser, and
 * their styles come from a stylesheet the background inserts with
 * `scripting.insertCSS` (not a <style> element). The one element ever added
 * is the card's host, only while the reader has a card open.
 */
import { onMessageVia, pageRuntime } from '../../lib/messaging';
import { createMarker, type Marker, type PlacedMark } from '../../lib/page/page-marks';
import type { PageMark } from '../../lib/page/plan-marks';

export interface PageMarks {
  /** Opens the card of the mark a range (the popup's "Show on page" selection) falls on. */
  reveal(range: Range): boolean;
}

declare global {
  var crosscheckMarks: PageMarks | undefined;
}

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): Caret | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const p = d.caretPositionFromPoint?.(x, y);
  if (p) return { node: p.offsetNode, offset: p.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function installMarks(): void {
  if (globalThis.crosscheckMarks) return;
  const marker: Marker<PageMark> = createMarker<PageMark>({
    doc: document,
    registry: CSS.highlights as never,
    newHighlight: () => new Highlight(),
  });
  // The card's script comes with the marks; until it has run there is nothing to open or close.
  const card = {
    open: (placed: PlacedMark<PageMark>, focus: boolean) =>
      globalThis.crosscheckCard?.open(placed, focus),
    close: () => globalThis.crosscheckCard?.close(),
    isOpen: () => globalThis.crosscheckCard?.isOpen() === true,
    contains: (n: EventTarget | null) => globalThis.crosscheckCard?.contains(n) === true,
  };
  let observer: MutationObserver | null = null;

  /**
   * While there are marks, watches the nodes the page adds: a mark whose text
   * the page removed (a re-rendered paragraph) or that was never found (a
   * live blog's later paragraph) is looked for in those nodes only, never in
   * the whole page again. With nothing waiting, a batch costs one check.
   */
  const watch = () => {
    if (marker.size() === 0) {
      observer?.disconnect();
      observer = null;
      return;
    }
    if (observer || !document.body) return;
    observer = new MutationObserver((records) => {
      try {
        if (marker.pending() === 0) return;
        const added: Node[] = [];
        for (const r of records) for (const n of r.addedNodes) added.push(n);
        if (added.length > 0) marker.added(added);
      } catch {
        // Never let an error reach the page.
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  };

  // Marks are drawn unless the reader turned them off (prefs.highlight); the
  // background reads that preference and tells us, with the marks and on every change.
  const enable = (on: boolean) => {
    if (marker.enabled() !== on) marker.setEnabled(on);
    if (!on) card.close();
  };

  onMessageVia(pageRuntime(), {
    'page-marks': ({ url, marks, highlight }) => {
      // Marks of another article (the page moved on since): drop them all.
      const mine = url === location.href ? marks : [];
      card.close();
      enable(highlight);
      const marked = marker.set(mine);
      watch();
      return { marked };
    },
    'marks-enabled': ({ highlight }) => {
      enable(highlight);
      return { ok: true as const };
    },
  });

  document.addEventListener(
    'click',
    (event) => {
      try {
        if (card.contains(event.target)) return;
        const caret = marker.enabled() ? caretAt(event.clientX, event.clientY) : null;
        const hit = caret ? marker.at(caret.node, caret.offset) : null;
        if (hit) card.open(hit, false);
        else card.close();
      } catch {
        card.close();
      }
    },
    { capture: true, passive: true },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.isOpen()) card.close();
    },
    { capture: true },
  );

  globalThis.crosscheckMarks = {
    reveal(range) {
      if (!marker.enabled()) return false;
      const hit = marker.overlapping(range);
      if (hit) card.open(hit, true);
      return hit !== null;
    },
  };
}

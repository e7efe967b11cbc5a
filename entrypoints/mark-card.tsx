/**
 * The card a click on an in-page mark opens, injected by the background
 * only into pages that have marks (entrypoints/background/marks.ts), so the
 * analyzer every coverage page runs carries no UI library. Same isolated
 * world as the analyzer's marks (entrypoints/analyzer/marks.tsx), which
 * find it as `globalThis.crosscheckCard`. The one element it ever adds to
 * the page is the card's host, only while a card is open.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MarkCard } from '../components/MarkCard';
import type { PlacedMark } from '../lib/page/page-marks';
import type { PageMark } from '../lib/page/plan-marks';

export interface CardHost {
  open(placed: PlacedMark<PageMark>, focus: boolean): void;
  close(): void;
  isOpen(): boolean;
  /** Whether an event target is the card's host (clicks inside the card keep it open). */
  contains(target: EventTarget | null): boolean;
}

declare global {
  var crosscheckCard: CardHost | undefined;
}

const CARD_TAG = 'crosscheck-card';
const CARD_GAP_PX = 6;

function createCard(): CardHost {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let returnFocus: Element | null = null;

  function close() {
    if (!host) return;
    if (shadow) render(null, shadow);
    host.remove();
    host = null;
    shadow = null;
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    returnFocus = null;
  }

  function open(placed: PlacedMark<PageMark>, focus: boolean) {
    close();
    returnFocus = document.activeElement;
    const rect = placed.range.getBoundingClientRect();
    host = document.createElement(CARD_TAG);
    // Out of the page's flow: opening the card shifts nothing.
    host.style.cssText = [
      'position:absolute',
      `top:${Math.round(rect.bottom + window.scrollY + CARD_GAP_PX)}px`,
      `left:${Math.round(Math.max(0, rect.left + window.scrollX))}px`,
      'z-index:2147483647',
      'display:block',
      'margin:0',
      'padding:0',
    ].join(';');
    // Closed: page scripts cannot reach into the card.
    shadow = host.attachShadow({ mode: 'closed' });
    render(<MarkCard mark={placed.mark} onClose={close} />, shadow);
    document.documentElement.appendChild(host);
    if (focus) shadow.querySelector<HTMLElement>('.card')?.focus();
  }

  return {
    open,
    close,
    isOpen: () => host !== null,
    contains: (n) => n === host,
  };
}

export default defineUnlistedScript(() => {
  // Injected again with each new set of marks: the first card stays the one.
  globalThis.crosscheckCard ??= createCard();
});

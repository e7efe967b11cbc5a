/**
 * The always-on part: runs on listed news sites, reads a few kilobytes of
 * the page and asks the cheap gate whether it covers the conflict. Only
 * pages that pass get the full analyzer, injected by the background. It
 * never changes the page and never lets an error reach it.
 *
 * Why it is this lean (npm run bench measures it against an empty content
 * script injected the same way):
 *  - An unlisted script declared in the manifest (wxt.config.ts), not a WXT
 *    content script: WXT's content-script context (its start-up messages to
 *    the page, listeners and extension-API reads) cost more main-thread time
 *    than the gate itself.
 *  - A page that fails on its first look sends nothing: the message, and
 *    the extension API it wakes in the isolated world, were most of the
 *    rest. When the popup opens on such a tab, the background runs this
 *    script again and reads the first look's verdict from its return value
 *    (null: not an HTML page). After a single-page navigation every
 *    verdict is reported (the tab's previous one must not stay).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gate } from '../lib/coverage/gate';
import { readGateInput } from '../lib/page/read-gate-input';
import { sendMessage } from '../lib/messaging';
import type { GateResult } from '../lib/types';

/** Name of the User Timing measure around the gate (read by scripts/bench). */
const GATE_MEASURE = 'crosscheck:gate';

/** Document types that can hold an article. */
const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

/** Wait after a single-page navigation before looking (the new article renders). */
const SPA_SETTLE_MS = 600;

/** The extension was reloaded or removed: this copy must stop. */
const orphaned = () =>
  !(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;

export default defineUnlistedScript((): GateResult | null => {
  let lastUrl = '';
  let firstLook = true;
  const check = (): GateResult | null => {
    if (location.href === lastUrl) return null;
    if (!firstLook && orphaned()) return null;
    lastUrl = location.href;
    try {
      // Only HTML documents: XML, SVG and plain-text views have no article
      // (Chrome shows text and XML inside generated HTML, so ask the type).
      if (!HTML_TYPES.has(document.contentType) || !document.body) return null;
      const start = performance.now();
      const result = gate(readGateInput(document));
      const end = performance.now();
      const report = result.passed || !firstLook;
      firstLook = false;
      if (report)
        sendMessage('page-gate', {
          url: location.href,
          title: document.title.slice(0, 500),
          gate: result,
        }).catch(() => undefined);
      // `npm run bench` builds with WXT_BENCH to read the gate's cost from a
      // User Timing entry; shipped builds add nothing the page could see.
      if (import.meta.env.WXT_BENCH === 'true') performance.measure(GATE_MEASURE, { start, end });
      return result;
    } catch {
      // Never let an error reach the page.
      return null;
    }
  };
  const first = check();
  // Single-page sites change article without a load: follow them (the
  // Navigation API where there is one, else a once-a-second look at the URL).
  const later = () => setTimeout(check, SPA_SETTLE_MS);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function')
    nav.addEventListener('navigatesuccess', later);
  else
    setInterval(() => {
      if (location.href !== lastUrl) later();
    }, 1_000);
  // The script's value, read by the background when it runs the gate on demand.
  return first;
});

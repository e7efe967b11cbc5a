/**
 * The gate, run in a tab by the background (entrypoints/background/tabs.ts)
 * only when the tab's address and title did not already rule the page out
 * (lib/coverage/address-may-cover.ts): it reads a few kilobytes of the page
 * and returns the cheap gate's verdict as the script's value (null: not an
 * HTML page). It never changes the page and never lets an error reach it.
 *
 * Why nothing is declared in the manifest any more (npm run bench measures
 * the page's cost against an empty content script declared for the same
 * sites): even an empty content script costs the page its injection, and
 * most pages on news sites are ruled out by their headline alone, which the
 * background already sees for the sites it holds permissions for. Single-page
 * navigations are followed there too (the tab reports its new address).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gate } from '../lib/coverage/gate';
import { readGateInput } from '../lib/page/read-gate-input';
import type { GateResult } from '../lib/types';

/** Name of the User Timing measure around the gate (read by scripts/bench). */
const GATE_MEASURE = 'crosscheck:gate';

/** Document types that can hold an article. */
const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

export default defineUnlistedScript((): GateResult | null => {
  try {
    // Only HTML documents: XML, SVG and plain-text views have no article
    // (Chrome shows text and XML inside generated HTML, so ask the type).
    if (!HTML_TYPES.has(document.contentType) || !document.body) return null;
    const start = performance.now();
    const result = gate(readGateInput(document));
    // `npm run bench` builds with WXT_BENCH to read the gate's cost from a
    // User Timing entry; shipped builds add nothing the page could see.
    if (import.meta.env.WXT_BENCH === 'true')
      performance.measure(GATE_MEASURE, { start, end: performance.now() });
    return result;
  } catch {
    // Never let an error reach the page.
    return null;
  }
});

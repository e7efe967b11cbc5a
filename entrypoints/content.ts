/**
 * The always-on part: runs on listed news sites, reads a few kilobytes of
 * the page and asks the cheap gate whether it covers the conflict. Only
 * pages that pass get the full analyzer, injected by the background. It
 * never changes the page and never lets an error reach it.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { gate } from '../lib/coverage/gate';
import { readGateInput } from '../lib/page/read-gate-input';
import { sendMessage } from '../lib/messaging';
import { NEWS_DOMAINS } from '../lib/sources/news-domains';
import { hostMatchPatterns } from '../lib/sources/match-patterns';

/** Name of the User Timing measure around the gate (read by scripts/bench). */
const GATE_MEASURE = 'crosscheck:gate';

/** Document types that can hold an article. */
const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

export default defineContentScript({
  matches: hostMatchPatterns(NEWS_DOMAINS),
  runAt: 'document_idle',
  // Only the top article: frames are ads, embeds and comment widgets.
  allFrames: false,
  main(ctx) {
    let lastUrl = '';
    const check = () => {
      if (ctx.isInvalid || location.href === lastUrl) return;
      lastUrl = location.href;
      try {
        // Only HTML documents: XML, SVG and plain-text views have no article
        // (Chrome shows text and XML inside generated HTML, so ask the type).
        if (!HTML_TYPES.has(document.contentType) || !document.body) return;
        const start = performance.now();
        const result = gate(readGateInput(document));
        const end = performance.now();
        sendMessage('page-gate', {
          url: location.href,
          title: document.title.slice(0, 500),
          gate: result,
        }).catch(() => undefined);
        // `npm run bench` builds with WXT_BENCH to read the gate's cost from a
        // User Timing entry; shipped builds add nothing the page could see.
        if (import.meta.env.WXT_BENCH === 'true') performance.measure(GATE_MEASURE, { start, end });
      } catch {
        // Never let an error reach the page.
      }
    };
    check();
    // Single-page sites change article without a load: follow them.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, 600));
  },
});

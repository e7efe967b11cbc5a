/**
 * The full analysis, injected by the background only into tabs whose page
 * passed the cheap gate. Runs in the extension's isolated world, so page
 * scripts that overwrite built-ins cannot reach it; reads the page through a
 * clone and never changes it.
 */
import * as v from 'valibot';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeDocument } from '../../lib/analyze';
import { AnalysisSchema, pageRuntime, sendMessageVia } from '../../lib/messaging';
import type { Figure } from '../../lib/types';
import { installMarks } from './marks';

/**
 * What the background's validator takes: finite, non-negative amounts.
 * Messages are JSON (NaN and Infinity arrive as null), and one figure it
 * rejects ("-3 percent", a 400-digit run) would sink the whole report.
 */
const acceptable = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0);
const finite = (f: Figure) => acceptable(f.value) && acceptable(f.upper);

export default defineUnlistedScript(() => {
  const url = location.href;
  const runtime = pageRuntime();
  try {
    // Listens for the marks before the analysis goes out: the answer may come at once.
    installMarks();
  } catch {
    // A browser without the Highlight API still gets the popup.
  }
  try {
    const raw = analyzeDocument(document, { url });
    // Hostile or odd text can yield a figure the background's validator
    // rejects; drop such figures rather than the page, and if the report
    // would still be rejected, say so (the tab must not wait forever).
    const analysis = { ...raw, figures: raw.figures.filter(finite) };
    const checked = v.safeParse(AnalysisSchema, analysis);
    if (!checked.success)
      throw new Error(`the analysis is malformed (${checked.issues[0].message})`);
    sendMessageVia(runtime, 'page-analysis', { url, analysis }).catch(() => undefined);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    sendMessageVia(runtime, 'page-analysis-failed', { url, error: message.slice(0, 500) }).catch(
      () => undefined,
    );
  }
});

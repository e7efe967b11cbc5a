/**
 * axe-core over an extension page, in either browser. Only serious and
 * critical violations are returned: the suite's target is none of them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { UiPage } from './ui-page';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

/** Serious and critical violations on the page as it stands (WCAG 2.x A and AA rules, best practices). */
export async function seriousViolations(page: UiPage): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe, null);
  if (loaded !== 'object') await page.addSource(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeResult {
      passes: unknown[];
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    }
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }
    ).axe;
    // label-content-name-mismatch is experimental in axe (off by default): a
    // control's accessible name must contain its visible words (voice control).
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    // A run that checked nothing would pass: make sure rules ran.
    if (result.passes.length === 0) throw new Error('axe ran no rule on this page');
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
  }, null);
}

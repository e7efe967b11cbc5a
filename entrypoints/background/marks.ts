/** Tells a tab which of its figures to mark (lib/page/plan-marks.ts); the analyzer there draws them. */
import { sendToTab } from '../../lib/messaging';
import { planMarks } from '../../lib/page/plan-marks';
import type { Analysis, Comparison } from '../../lib/types';

/** Never throws: a tab that closed or moved on simply has no listener. */
export async function pushMarks(
  tabId: number,
  url: string,
  analysis: Analysis | null,
  comparison: Comparison | null,
): Promise<number> {
  try {
    const marks = analysis ? planMarks(analysis, comparison) : [];
    const answer = await sendToTab(tabId, 'page-marks', { url, marks });
    return answer?.marked ?? 0;
  } catch {
    return 0;
  }
}

/**
 * The feed refresh in words for the popup: while it runs, other outlets'
 * reports are still arriving, and the reader should know the comparison
 * will grow.
 */
import type { RefreshProgress } from '../types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A sentence while the refresh runs; null when it does not.
 *
 * @example describeRefresh({ running: true, done: 12, total: 40, reportsKept: 3, … })
 * // "Still reading the sources' feeds: 12 of 40 sources read, 3 reports found so far. Other outlets' reports appear here as they arrive."
 */
export function describeRefresh(progress: RefreshProgress | null | undefined): string | null {
  if (!progress?.running) return null;
  const sources =
    progress.total > 0 ? `${progress.done} of ${progress.total} sources read` : 'starting';
  const kept = progress.reportsKept
    ? `, ${plural(progress.reportsKept, 'report', 'reports')} found so far`
    : '';
  return `Still reading the sources' feeds: ${sources}${kept}. Other outlets' reports appear here as they arrive.`;
}

/**
 * Optional discovery: articles GDELT lists for the conflict go through the
 * same gate → fetch → analyse → keep path as feed items, under a pseudo-source
 * whose health the options page shows beside the opt-in.
 */
import { emptyHealth, type SourceHealth } from '../sources/types';
import { DISCOVERY_SOURCE } from '../sources/discovery-source';

export { DISCOVERY_SOURCE };
import { createLimiter } from './create-limiter';
import { discoverGdelt, type GdeltDeps } from './gdelt';
import { failed, readArticles, refreshLimits, type RefreshDeps } from './refresh';

/**
 * @example
 * health[DISCOVERY_SOURCE.id] = await refreshDiscovery({ ...refreshDeps, previous: health[DISCOVERY_SOURCE.id] });
 */
export async function refreshDiscovery(
  deps: Omit<RefreshDeps, 'health' | 'onProgress'> &
    Pick<GdeltDeps, 'sleep' | 'limiter'> & { previous?: SourceHealth; query?: string },
): Promise<SourceHealth> {
  const previous = deps.previous ?? emptyHealth(DISCOVERY_SOURCE.id);
  const attemptAt = deps.now();
  const found = await discoverGdelt(deps, deps.query);
  if (!found.ok) return failed(previous, attemptAt, found.error);
  const limits = refreshLimits(deps);
  const limiter = createLimiter({ perHost: limits.perHost, total: limits.total });
  const kept = await readArticles(
    found.items,
    DISCOVERY_SOURCE,
    { ...deps, health: {} },
    limiter,
    limits,
  );
  return {
    ...previous,
    lastAttempt: attemptAt,
    lastSuccess: attemptAt,
    itemsFound: found.items.length,
    reportsKept: kept,
    error: null,
    consecutiveFailures: 0,
    nextAttemptAt: null,
  };
}

/**
 * Optional discovery: articles GDELT lists for the conflict go through the
 * same gate → fetch → analyse → keep path as feed items, under a pseudo-source
 * whose health the options page shows beside the opt-in.
 */
import { emptyHealth, type Source, type SourceHealth } from '../sources/types';
import { createLimiter } from './create-limiter';
import { discoverGdelt, type GdeltDeps } from './gdelt';
import { failed, readArticles, refreshLimits, type RefreshDeps } from './refresh';

export const DISCOVERY_SOURCE: Readonly<Source> = Object.freeze({
  id: 'gdelt-discovery',
  name: 'Discovery (GDELT)',
  domain: 'api.gdeltproject.org',
  feeds: [],
  region: 'international',
  enabled: true,
  trusted: false,
  builtin: true,
});

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
  const kept = await readArticles(found.items, DISCOVERY_SOURCE, { ...deps, health: {} }, limiter, limits);
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

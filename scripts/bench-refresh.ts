/**
 * How long the first refresh on install takes, in real headless Chromium
 * (or Firefox) with the built extension: every default source's feed is
 * answered locally (five sources failing, two of them never answering),
 * and each healthy source's feed also lists N on-topic items linking to
 * whole coverage pages, so the refresh meets more articles than its caps
 * allow. A benchmark, not a test: it prints what it measured.
 *
 *   npm run bench:refresh [-- --firefox] [-- --articles N]   (build first: npm run build)
 */
import { launchHarness } from '../tests/e2e/support/harness';
import { PIPELINE_ROOT, pipelineRoutes } from '../tests/e2e/support/pipeline-web';
import { waitForRefreshAfter } from '../tests/e2e/support/flows';

const kind = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const at = process.argv.indexOf('--articles');
const perSource = at >= 0 ? Number(process.argv[at + 1]) : 4;

const installedAt = Date.now();
const harness = await launchHarness(kind, {
  root: PIPELINE_ROOT,
  routes: pipelineRoutes({ extraArticlesPerSource: perSource }),
});
try {
  const p = await waitForRefreshAfter(harness, installedAt, 300_000);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const articles = harness.server.requests.filter((r) => r.path.startsWith('/crosscheck-load/'));
  console.log(
    [
      `${kind}: first refresh of ${p.total} sources with feeds (${perSource} extra on-topic items each)`,
      `  refresh: ${seconds((p.finishedAt ?? 0) - (p.startedAt ?? 0))} (install to end: ${seconds((p.finishedAt ?? 0) - installedAt)})`,
      `  articles read: ${p.articlesRead ?? '?'} (load pages fetched: ${articles.length}), reports kept: ${p.reportsKept ?? '?'}`,
    ].join('\n'),
  );
} finally {
  await harness.close();
}

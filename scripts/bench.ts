/**
 * `npm run bench`: what Crosscheck costs a reader, measured in real headless
 * Chromium with the built extension, and in Node. Prints a table with
 * budget verdicts and writes bench-results.json and docs/bench-results.md.
 * A benchmark, not a test: it never fails on a number.
 *
 *   npm run bench -- [--quick] [--only sizes,content,analysis,popup,compare,cli] [--bench DIR] [--no-build] [--popup-baseline REF]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchAnalysis } from './bench/analysis-cost';
import { buildBaseline } from './bench/baseline-build';
import { parseBenchArgs, type Section } from './bench/args';
import { bundleSizes, zipSizes } from './bench/bundle-sizes';
import { benchCli } from './bench/cli-throughput';
import { benchCompare } from './bench/compare-cost';
import { benchContent } from './bench/content-cost';
import { CHROME_BUILD, PROJECT_ROOT, RESULTS_JSON, RESULTS_MD, benchDataDir } from './bench/paths';
import { benchPopup } from './bench/popup-cost';
import {
  budgetTable,
  renderMarkdown,
  sectionTables,
  verdictsOf,
  type BenchResults,
} from './bench/results';
import { findChromium } from './lib/launch-chromium';

function npm(script: string, env: Record<string, string> = {}): void {
  const r = spawnSync('npm', ['run', '--silent', script], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`npm run ${script} failed (exit ${r.status})`);
}

function chromiumVersion(): string | null {
  try {
    return execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const wants = (s: Section) => args.only.includes(s);
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    quick: args.quick,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      node: process.version,
      chromium: chromiumVersion(),
      loadAverage: os.loadavg(),
    },
    errors: {},
  };
  const browserSections = (['sizes', 'content', 'popup'] as const).some(wants);
  if (browserSections && !args.noBuild) {
    console.error('Building the extension (npm run build, npm run zip)…');
    npm('build');
    if (wants('sizes')) npm('zip');
  }
  const needsData = wants('content') || wants('cli');
  const benchDir = needsData ? benchDataDir(args.bench) : '';

  const run = async (section: Section, fn: () => Promise<void> | void) => {
    if (!wants(section)) return;
    console.error(`Running ${section}…`);
    const t0 = performance.now();
    try {
      await fn();
    } catch (error) {
      results.errors[section] =
        error instanceof Error ? error.message.split('\n')[0]! : String(error);
      console.error(`  ${section} failed: ${results.errors[section]}`);
    }
    console.error(`  ${section} took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };

  await run('sizes', () => {
    results.sizes = {
      bundles: bundleSizes(CHROME_BUILD),
      zips: zipSizes(path.join(PROJECT_ROOT, '.output')),
    };
  });
  await run('compare', () => {
    results.compare = benchCompare(args.quick);
  });
  // Before the browsers: their processes linger a little after closing.
  await run('cli', async () => {
    results.cli = await benchCli(benchDir, args.quick);
  });
  // The browser sections run a bench build (WXT_BENCH): the gate's User Timing
  // mark and the background's store-changed hook exist only there, so shipped
  // builds leave nothing a page could read. The shipped build is restored after.
  const benchBuild = !args.noBuild && (wants('content') || wants('popup'));
  if (benchBuild) npm('build', { WXT_BENCH: 'true' });
  try {
    await run('content', async () => {
      results.content = await benchContent(benchDir, args.quick);
    });
    await run('analysis', async () => {
      results.analysis = await benchAnalysis(args.quick);
    });
    await run('popup', async () => {
      // The earlier commit's build, opened in turn with this one (before/after in one run).
      const baseline = args.popupBaseline ? buildBaseline(args.popupBaseline) : null;
      try {
        results.popup = await benchPopup(args.quick, baseline);
      } finally {
        baseline?.remove();
      }
    });
  } finally {
    if (benchBuild) npm('build');
  }

  results.verdicts = verdictsOf(results);
  console.log(
    [
      '',
      '## Budgets',
      '',
      budgetTable(results.verdicts),
      '',
      ...sectionTables(results).flatMap((s) => [s, '']),
    ].join('\n'),
  );
  writeFileSync(RESULTS_JSON, JSON.stringify(results, null, 2) + '\n');
  // A partial run (--only) keeps the committed page as it is.
  if (args.only.length === 6) writeFileSync(RESULTS_MD, renderMarkdown(results));
  console.error(
    `Wrote ${path.relative(PROJECT_ROOT, RESULTS_JSON)}${args.only.length === 6 ? ` and ${path.relative(PROJECT_ROOT, RESULTS_MD)}` : ''}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

/**
 * Where the benchmark finds the project, its build and the benchmark data.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_BUILD = path.join(PROJECT_ROOT, '.output/chrome-mv3');
export const FIXTURE_PAGES = path.join(PROJECT_ROOT, 'tests/fixtures/pages');
export const RESULTS_JSON = path.join(PROJECT_ROOT, 'bench-results.json');
export const RESULTS_MD = path.join(PROJECT_ROOT, 'docs/bench-results.md');

/** `--bench DIR`, else $CROSSCHECK_BENCH_DIR, else ../shared/bench beside the project. */
export function benchDataDir(fromArgs: string | null): string {
  const dir = path.resolve(
    fromArgs ?? process.env.CROSSCHECK_BENCH_DIR ?? path.join(PROJECT_ROOT, '../shared/bench'),
  );
  if (!existsSync(dir)) throw new Error(`No benchmark data at ${dir} (use --bench DIR)`);
  return dir;
}

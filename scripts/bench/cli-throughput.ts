/**
 * CLI batch throughput: every Zyte benchmark page, gunzipped to a temporary
 * folder, analysed by one `crosscheck analyze` process (as evaluations run
 * it). Wall time includes the process start, as a user pays it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runsOf } from './config';
import { PROJECT_ROOT } from './paths';
import { summarize, type Summary } from './stats';

export interface CliResult {
  pages: number;
  /** Output lines that were errors. */
  failed: number;
  seconds: Summary;
  pagesPerSecond: Summary;
}

/** Gunzips `*.html.gz` from `dir` into a new temporary folder; returns the file paths. */
export function gunzipAll(dir: string, prefix: string): { root: string; files: string[] } {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const out = path.join(root, f.replace(/\.gz$/, ''));
      writeFileSync(out, gunzipSync(readFileSync(path.join(dir, f))));
      return out;
    });
  return { root, files };
}

function runBatch(files: readonly string[]): Promise<{ ms: number; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // What `npm run crosscheck` runs, without npm's own start-up around it.
    const child = spawn(process.execPath, ['scripts/run-crosscheck.mjs', 'analyze', ...files], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', () => {
      const ms = performance.now() - t0;
      resolve({ ms, lines: Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean) });
    });
  });
}

export async function benchCli(benchDir: string, quick: boolean): Promise<CliResult> {
  const { root, files } = gunzipAll(
    path.join(benchDir, 'article-extraction-benchmark/html'),
    'crosscheck-bench-cli-',
  );
  try {
    const seconds: number[] = [];
    let failed = 0;
    // Untimed: the first run after a source change compiles the CLI bundle once.
    await runBatch(files.slice(0, 1));
    for (let i = 0; i < runsOf('cliRuns', quick); i++) {
      const { ms, lines } = await runBatch(files);
      seconds.push(ms / 1000);
      failed = lines.filter((l) => l.startsWith('{"file"') && l.includes('"error"')).length;
      if (lines.length !== files.length) failed = Math.max(failed, files.length - lines.length);
    }
    return {
      pages: files.length,
      failed,
      seconds: summarize(seconds),
      pagesPerSecond: summarize(seconds.map((s) => files.length / s)),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

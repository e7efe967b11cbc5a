/**
 * The extension as an earlier commit built it, for `--popup-baseline REF`:
 * the popup section opens its popup alternately with the current one, in
 * the same browser, so "before" and "after" share the machine's load. The
 * commit's files are exported (git archive) into a temporary folder that
 * borrows this checkout's node_modules, then built with the bench hook.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

export interface BaselineBuild {
  /** The commit as asked for and as resolved ("main (a6762b7)"). */
  label: string;
  /** The exported checkout (its scripts build the commit's own store probe). */
  root: string;
  /** The built Chrome MV3 extension. */
  extensionPath: string;
  remove(): void;
}

export function buildBaseline(ref: string): BaselineBuild {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-baseline-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: PROJECT_ROOT });
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const r = spawnSync('node', ['scripts/wxt.mjs', 'build'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WXT_BENCH: 'true' },
    });
    const extensionPath = path.join(dir, '.output/chrome-mv3');
    if (r.status !== 0 || !existsSync(path.join(extensionPath, 'manifest.json')))
      throw new Error(`building ${ref} failed (exit ${r.status})`);
    return {
      label: ref === commit ? commit : `${ref} (${commit})`,
      root: dir,
      extensionPath,
      remove,
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * The CLI runs from a bundle (scripts/run-crosscheck.mjs) in which linkedom
 * and Readability are inlined with the build's rewrites applied. Importing a
 * package's own file (`@mozilla/readability/Readability.js`) once slipped
 * past the inlining: the CLI then loaded upstream Readability, which
 * serialises and re-parses the page between attempts. This walks the built
 * bundle's import graph and checks that neither package is loaded from
 * node_modules and that the rewritten code is what runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'node_modules', '.cache', 'crosscheck-cli');

/** Every module reachable from `entry` by relative static or dynamic import. */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const todo = [entry];
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    const code = readFileSync(path.join(OUT, name), 'utf8');
    seen.set(name, code);
    for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*)["']\.\/([^"']+)["']/g))
      todo.push(m[1]!);
  }
  return seen;
}

beforeAll(() => {
  // Running the CLI once (re)builds the bundle when a source is newer.
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'run-crosscheck.mjs'), '--help'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(r.status).toBe(0);
});

describe('the CLI bundle', () => {
  it.each(['crosscheck.mjs', 'analyze-worker.mjs'])(
    '%s loads linkedom and Readability inlined, with the rewrites applied',
    (entry) => {
      expect(existsSync(path.join(OUT, entry))).toBe(true);
      const modules = [...reachable(entry).values()];
      const external =
        /(?:from\s*|import\s*\(\s*)["'](?:linkedom|@mozilla\/readability)(?:\/[^"']*)?["']/;
      expect(modules.filter((code) => external.test(code))).toEqual([]);
      const all = modules.join('\n');
      expect(all).toContain('pageCacheHtml = page.cloneNode(true)');
      expect(all).not.toContain('pageCacheHtml = page.innerHTML');
    },
  );
});

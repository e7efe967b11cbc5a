/**
 * Scans the built extensions' JavaScript for what a store reviewer (and
 * our CSP) forbids: string evaluation and HTML-string sinks. Fails with a
 * message saying how to build when nothing is built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return /\.(m?js|html)$/.test(entry.name) ? [full] : [];
  });
}

/** Patterns that must not occur in shipped code, with what each catches. */
const FORBIDDEN: readonly [string, RegExp][] = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function(', /new\s+Function\s*\(/],
  ['setTimeout/setInterval with a string', /set(?:Timeout|Interval)\(\s*["'`]/],
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*=(?!=)/],
  ['insertAdjacentHTML calls', /\.insertAdjacentHTML\s*\(/],
  ['document.write', /document\.write(?:ln)?\s*\(/],
  ['remote script', /<script[^>]+src=["']?https?:/i],
];

describe.each(['chrome-mv3', 'firefox-mv3'])('built code in .output/%s', (build) => {
  const dir = path.join(ROOT, '.output', build);
  if (!existsSync(dir)) {
    // Fails, not skips: a scan of nothing finds nothing.
    it('is built', () => {
      expect.fail(
        `.output/${build} is missing: run \`npm run build${build.startsWith('firefox') ? ':firefox' : ''}\` before the unit tests (npm test and CI build first)`,
      );
    });
    return;
  }
  const files = jsFiles(dir);

  it('has scripts to scan', () => {
    expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
  });

  it.each(FORBIDDEN)('contains no %s', (_label, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => path.relative(dir, f))).toEqual([]);
  });
});

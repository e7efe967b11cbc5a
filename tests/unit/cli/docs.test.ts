/**
 * docs/cli.md stays complete: every option, every field the CLI prints,
 * every vocabulary value and the limits as configured appear in it; the
 * README links to it and shows the CLI with `--silent`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CLAIMANTS, MEASURES, QUALIFIERS, SUBJECTS } from '../../../lib/types';
import { ANALYZE_HELP } from '../../../scripts/cli/analyze';
import { COMPARE_HELP } from '../../../scripts/cli/compare';
import { CLI_CONFIG } from '../../../scripts/cli/config';

// Each test starts the CLI as a process: slow on a busy machine, so no 5 s limit.
vi.setConfig({ testTimeout: 60_000 });

const ROOT = path.resolve(__dirname, '../../..');
const DOC = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SITES = path.join(ROOT, 'tests/e2e/fixtures/sites');
const PAGES = [
  path.join(SITES, 'www.aljazeera.com/news/2026/2/27/pakistan-afghanistan-border-fighting.html'),
  path.join(SITES, 'www.dawn.com/news/1980041.html'),
];

function cli(...args: string[]): unknown {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run-crosscheck.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CROSSCHECK_WORKERS: '0' },
  });
  expect(r.status, r.stderr).toBe(0);
  // One document (indented), or NDJSON (then its first line).
  return r.stdout.startsWith('{\n') ? JSON.parse(r.stdout) : JSON.parse(r.stdout.split('\n')[0]!);
}

/** Field paths of a JSON value: `article.title`, `figures[].value` … */
function fieldPaths(v: unknown, prefix = ''): string[] {
  if (Array.isArray(v)) return v.length ? fieldPaths(v[0], `${prefix}[]`) : [];
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    return [p, ...fieldPaths(x, p)];
  });
}

/** The doc names a field in backticks, alone or within a path (`value`, `figures[].value`, `coverage.score`). */
function documented(field: string): boolean {
  const last = field.split('.').pop()!.replace('[]', '');
  return new RegExp(`\`(?:[\\w\\[\\].]*\\.)?${last}(?:\`|\\.|\\[\\])`).test(DOC);
}

describe('docs/cli.md', () => {
  it('names every option of both commands', () => {
    const options = new Set(
      [...`${ANALYZE_HELP}\n${COMPARE_HELP}`.matchAll(/(?<![\w-])(--?[a-z][\w-]*)/g)].map(
        (m) => m[1]!,
      ),
    );
    expect([...options]).toEqual(
      expect.arrayContaining(['--url', '--all', '--trusted', '--help', '-h']),
    );
    for (const o of options) expect(DOC, o).toContain(`${o}`);
    expect(DOC).toMatch(/\| `-` +\| Standard input/);
  });

  it("documents every field of analyze's output, single and batch", () => {
    const single = cli('analyze', PAGES[1]!);
    const batch = cli('analyze', ...PAGES);
    const fields = new Set([...fieldPaths(single), ...fieldPaths(batch)]);
    expect(fields).toContain('figures[].claimantName');
    expect(fields).toContain('file');
    for (const f of fields) expect(documented(f), f).toBe(true);
  });

  it("documents every field of compare's output", () => {
    const fields = fieldPaths(cli('compare', ...PAGES));
    expect(fields).toContain('rows[].values[].sentence');
    for (const f of fields) expect(documented(f), f).toBe(true);
  });

  it('lists every vocabulary value', () => {
    for (const v of [
      ...MEASURES,
      ...SUBJECTS,
      ...QUALIFIERS,
      ...CLAIMANTS,
      'agree',
      'compatible',
      'conflict',
    ])
      expect(DOC, v).toContain(`\`${v}\``);
  });

  it('states the limits as configured', () => {
    expect(DOC).toContain(`${CLI_CONFIG.maxInputBytes / (1024 * 1024)} MB per input`);
    expect(DOC).toContain(`${CLI_CONFIG.maxTextChars.toLocaleString('en')} characters`);
    expect(DOC).toContain(`| ${CLI_CONFIG.maxFigures.toLocaleString('en')} `);
  });

  it('is linked from the README, which no longer points outside the repository', () => {
    expect(README).toContain('(docs/cli.md)');
    expect(README).not.toMatch(/shared\/contract/);
    const calls = README.match(/npm run[^\n`]*crosscheck --/g) ?? [];
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) expect(c).toContain('--silent');
  });
});

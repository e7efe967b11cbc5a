import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../../scripts/cli/compare';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) },
    out,
    err,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-compare-'));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
const empty = join(dir, 'empty.html');
const binary = join(dir, 'bin.html');
writeFileSync(
  a,
  'Pakistan said 12 of its soldiers were killed in clashes with Afghan forces along the Durand Line.',
);
writeFileSync(
  b,
  'The Taliban said 55 Pakistani soldiers were killed in the border fighting near Khost.',
);
writeFileSync(empty, '');
writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0]));

describe('crosscheck compare', () => {
  it('prints the contract JSON: reports and rows', async () => {
    const { io, out, err } = capture();
    expect(await runCompare([a, b], io)).toBe(0);
    expect(err.join('')).toBe('');
    const json = JSON.parse(out.join('')) as {
      reports: Record<string, unknown>[];
      rows: Record<string, unknown>[];
    };
    expect(json.reports).toHaveLength(2);
    for (const r of json.reports)
      for (const k of ['outlet', 'domain', 'title', 'published', 'event', 'url'])
        expect(r).toHaveProperty(k);
    expect(Array.isArray(json.rows)).toBe(true);
    for (const row of json.rows) {
      expect(['agree', 'compatible', 'conflict']).toContain(row.status);
      expect(typeof row.contested).toBe('boolean');
      expect(typeof row.update).toBe('boolean');
    }
  });

  it.each([
    ['a missing file', [a, join(dir, 'nope.html')]],
    ['an empty file', [a, empty]],
    ['a binary file', [binary, a]],
    ['an unknown option', [a, b, '--frobnicate']],
    ['no file at all', []],
  ])('rejects %s: one line on stderr, exit 2, nothing on stdout', async (_name, args) => {
    const { io, out, err } = capture();
    expect(await runCompare(args, io)).toBe(2);
    expect(out.join('')).toBe('');
    const msg = err.join('');
    expect(msg.trim().split('\n')).toHaveLength(1);
  });
});

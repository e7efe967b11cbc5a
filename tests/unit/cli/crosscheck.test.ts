import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
// As readers run it (npm run crosscheck): the compiled-once bundle runner.
const RUNNER = path.join(ROOT, 'scripts', 'run-crosscheck.mjs');
let dir = '';

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [RUNNER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CROSSCHECK_WORKERS: '0' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COVERAGE_PAGE = `<!DOCTYPE html><html><head>
<title>Afghan and Pakistani forces clash on the border | Example Wire</title>
<link rel="canonical" href="https://www.dawn.com/news/123">
<meta property="article:published_time" content="2026-02-27T10:00:00Z">
</head><body><article>
<h1>Afghan and Pakistani forces clash on the border</h1>
<p>Pakistani troops and Afghan Taliban forces exchanged heavy fire along the Durand Line overnight, officials on both sides said on Friday morning.</p>
<p>Pakistan's military said it had destroyed several Afghan border posts in retaliation for attacks on its own positions near Chaman.</p>
<p>The Taliban government in Kabul said Pakistani air strikes had hit homes in Khost and Paktika and accused Islamabad of violating its airspace.</p>
</article></body></html>`;

const OFF_TOPIC_PAGE = `<!DOCTYPE html><html><head><title>Ten ways to cook lentils</title></head><body><article>
<p>Lentils are cheap, quick to cook and keep for months in a dry cupboard, which makes them a staple in many kitchens around the world.</p>
<p>Red lentils break down into a soft puree, while green and brown ones hold their shape and suit salads and stews better than soups.</p>
</article></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-'));
  writeFileSync(path.join(dir, 'war.html'), COVERAGE_PAGE);
  writeFileSync(path.join(dir, 'lentils.html'), OFF_TOPIC_PAGE);
  writeFileSync(
    path.join(dir, 'story.txt'),
    'Pakistani troops and Afghan Taliban forces clashed along the Durand Line.\n\nPakistan said its air strikes hit posts in Khost.',
  );
  writeFileSync(path.join(dir, 'empty.html'), '');
  writeFileSync(
    path.join(dir, 'binary.html'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
  );
  writeFileSync(path.join(dir, 'plain.html'), 'just some words, no markup at all');
});

describe('crosscheck analyze', () => {
  it('prints one JSON document for one page, with the contract fields', () => {
    const r = run('analyze', path.join(dir, 'war.html'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.url).toBe('https://www.dawn.com/news/123');
    expect(out.coverage.detected).toBe(true);
    expect(out.article).toMatchObject({
      outlet: 'Dawn',
      domain: 'dawn.com',
      title: 'Afghan and Pakistani forces clash on the border',
    });
    expect(out.article.published).toMatch(/^2026-02-27/);
    expect(Array.isArray(out.figures)).toBe(true);
  });

  it('lets --url override the page address', () => {
    const out = JSON.parse(
      run('analyze', path.join(dir, 'war.html'), '--url', 'https://www.aljazeera.com/news/1')
        .stdout,
    );
    expect(out.url).toBe('https://www.aljazeera.com/news/1');
    expect(out.article.outlet).toBe('Al Jazeera');
  });

  it('exits 0 for a page that is not coverage, and --all still runs figures', () => {
    const r = run('analyze', path.join(dir, 'lentils.html'), '--all');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).coverage.detected).toBe(false);
  });

  it('takes a .txt file as the article text', () => {
    const out = JSON.parse(run('analyze', path.join(dir, 'story.txt')).stdout);
    expect(out.article.text).toMatch(/^Pakistani troops/);
    expect(out.url).toBeNull();
  });

  it.each([
    ['missing', 'nope.html', /no such file/],
    ['empty', 'empty.html', /empty/],
    ['binary', 'binary.html', /binary/],
    ['not HTML', 'plain.html', /not HTML/],
  ])('rejects a %s file: one stderr line, exit 2, empty stdout', (_what, file, message) => {
    const r = run('analyze', path.join(dir, file));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(file);
  });

  it('prints NDJSON in order for many files, with error lines, and exits 2 at the end', () => {
    const files = ['war.html', 'nope.html', 'lentils.html', 'story.txt'].map((f) =>
      path.join(dir, f),
    );
    const r = run('analyze', ...files);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].coverage.detected).toBe(true);
    expect(lines[1]).toEqual({ file: files[1], error: expect.stringMatching(/no such file/) });
    expect(lines[2].coverage.detected).toBe(false);
    expect(lines[3].article.text).toMatch(/^Pakistani troops/);
  });

  it('exits 0 for a batch where every file is fine', () => {
    const r = run('analyze', path.join(dir, 'war.html'), path.join(dir, 'lentils.html'));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it.each([[['analyze']], [['analyze', '--bogus', 'x.html']], [['frobnicate']], [[]]])(
    'rejects bad usage %j with exit 2',
    (args) => {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toBe('');
    },
  );
});

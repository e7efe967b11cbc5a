/**
 * The command line's manners: help, stdin, --url checks, `file` on batch
 * lines, size limits and the .txt headline. Runs the CLI as readers do
 * (node scripts/run-crosscheck.mjs, the compiled-once bundle).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_CONFIG } from '../../../scripts/cli/config';
import { headlineOf } from '../../../scripts/cli/headline-of';

// Each test starts the CLI as a process: slow on a busy machine, so no 5 s limit.
vi.setConfig({ testTimeout: 60_000 });

const ROOT = path.resolve(__dirname, '../../..');
const RUNNER = path.join(ROOT, 'scripts', 'run-crosscheck.mjs');
let dir = '';

function run(args: string[], input?: string | Buffer, workers = '0') {
  const r = spawnSync(process.execPath, [RUNNER, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CROSSCHECK_WORKERS: workers },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const at = (f: string) => path.join(dir, f);

const PAGE = `<!DOCTYPE html><html><head><title>Border clash | Wire</title>
<link rel="canonical" href="https://www.dawn.com/news/77"></head><body><article>
<h1>Border clash</h1>
<p>Pakistani troops and Afghan Taliban forces exchanged fire along the Durand Line, and Pakistan's military said 12 soldiers were killed near Chaman.</p>
<p>The Taliban government in Kabul said at least 30 Afghan civilians were wounded in Pakistani strikes on Khost and Paktika.</p>
</article></body></html>`;

const STORY =
  'Pakistan and Afghanistan trade fire on the border\n\nPakistani troops and Afghan Taliban forces clashed along the Durand Line. Pakistan said 12 soldiers were killed near Chaman.';

/** Sentences dense in figures, repeated: a conflict text far beyond any real article. */
function floodText(chars: number): string {
  const s =
    'Pakistan said 12 Afghan Taliban fighters were killed near the Durand Line and 7 soldiers were wounded in Kurram. ';
  return s.repeat(Math.ceil(chars / s.length));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-manners-'));
  writeFileSync(at('war.html'), PAGE);
  writeFileSync(at('story.txt'), STORY);
  writeFileSync(
    at('sentence-first.txt'),
    'Pakistani troops clashed with Afghan forces on Friday.\n\nMore followed.',
  );
  writeFileSync(at('flood.txt'), floodText(CLI_CONFIG.maxTextChars * 2));
  writeFileSync(at('figures.txt'), floodText(CLI_CONFIG.maxTextChars - 1000));
  writeFileSync(
    at('huge.html'),
    `<html><body><p>${'x'.repeat(CLI_CONFIG.maxInputBytes)}</p></body></html>`,
  );
  writeFileSync(
    at('bomb.html.gz'),
    gzipSync(Buffer.from(`<html><body>${' '.repeat(CLI_CONFIG.maxInputBytes + 10)}</body></html>`)),
  );
});

describe('--help and -h', () => {
  it.each([['--help'], ['-h'], ['help']])(
    '%s prints the overall help on stdout, exit 0',
    (flag) => {
      const r = run([flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/analyze/);
      expect(r.stdout).toMatch(/compare/);
      expect(r.stdout).toContain('docs/cli.md');
    },
  );

  it.each([
    [['analyze', '--help'], /--url URL/],
    [['analyze', '-h'], /--all/],
    [['help', 'analyze'], /--url URL/],
    [['compare', '--help'], /--trusted/],
    [['compare', '-h'], /--trusted/],
    [['help', 'compare'], /--trusted/],
  ])('%j prints that command help, exit 0', (args, pattern) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(pattern);
    expect(r.stdout).toMatch(/^usage: crosscheck (analyze|compare)/);
  });

  it('help wins over missing files', () => {
    expect(run(['analyze', 'nope.html', '--help']).code).toBe(0);
  });
});

describe('- reads standard input', () => {
  it('HTML on stdin is analysed as a page', () => {
    const r = run(['analyze', '-'], PAGE);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.url).toBe('https://www.dawn.com/news/77');
    expect(out.coverage.detected).toBe(true);
  });

  it('plain text on stdin is the article text, with its headline', () => {
    const out = JSON.parse(run(['analyze', '-', '--url', 'https://www.geo.tv/x'], STORY).stdout);
    expect(out.article.text).toBe(STORY);
    expect(out.article.title).toBe('Pakistan and Afghanistan trade fire on the border');
    expect(out.article.outlet).toBe('Geo News');
  });

  it('stdin in a batch gives a line with file "-"', () => {
    const r = run(['analyze', at('war.html'), '-'], STORY);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([at('war.html'), '-']);
  });

  it('stdin in a batch large enough for worker threads is read once, in order', () => {
    const files = Array.from({ length: 12 }, () => at('war.html'));
    const r = run(['analyze', ...files, '-'], STORY, '2');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(13);
    expect(lines[12].file).toBe('-');
    expect(lines[12].article.text).toBe(STORY);
    expect(lines[11].file).toBe(at('war.html'));
  });

  it('a batch on worker threads prints what the main thread alone prints, in the order given', () => {
    // Pages of growing size: the threads take the largest first, the output keeps the order given.
    const files: string[] = [];
    for (let n = 1; n <= 13; n++) {
      const paras = Array.from(
        { length: n },
        (_, k) =>
          `<p>Report ${k + 1}: Pakistan said ${n + k} Afghan Taliban fighters were killed.</p>`,
      ).join('');
      writeFileSync(at(`grow-${n}.html`), PAGE.replace('</article>', `${paras}</article>`));
      files.push(at(`grow-${n}.html`));
    }
    const batch = ['analyze', ...files, at('missing.html'), at('story.txt')];
    const serial = run(batch, undefined, '0');
    const threads = run(batch, undefined, '2');
    expect(serial.code).toBe(2);
    expect(threads.code).toBe(2);
    expect(threads.stdout).toBe(serial.stdout);
    const names = serial.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { file: string }).file);
    expect(names).toEqual([...files, at('missing.html'), at('story.txt')]);
  });

  it('compare takes - as one of its pages', () => {
    const r = run(['compare', at('war.html'), '-'], STORY);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).reports).toHaveLength(2);
  });

  it.each([
    ['empty stdin', '', /stdin: nothing on stdin/],
    ['binary stdin', Buffer.from([0x89, 0x50, 0, 0, 1, 2, 3]), /stdin: binary data/],
  ])('%s: one stderr line, exit 2', (_what, input, message) => {
    const r = run(['analyze', '-'], input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses - twice', () => {
    const r = run(['analyze', '-', '-'], STORY);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/only once/);
  });
});

describe('--url is checked', () => {
  it.each([['not-a-url'], ['dawn.com/news/1'], ['ftp://www.dawn.com/x'], ['javascript:alert(1)']])(
    '--url %s: clear error, exit 2, nothing on stdout',
    (url) => {
      const r = run(['analyze', at('war.html'), '--url', url]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--url ${url}: not an absolute http(s) address`);
    },
  );

  it('--url= form is checked too', () => {
    const r = run(['analyze', at('war.html'), '--url=nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--url nope/);
  });

  it('--url without a value is an error', () => {
    const r = run(['analyze', at('war.html'), '--url']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--url needs a URL/);
  });

  it('an http address is accepted', () => {
    const r = run(['analyze', at('war.html'), '--url', 'http://www.dawn.com/news/5']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe('http://www.dawn.com/news/5');
  });
});

describe('batch lines', () => {
  it('every line names its file, success or error', () => {
    const files = [at('war.html'), at('missing.html'), at('story.txt')];
    const r = run(['analyze', ...files]);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0].coverage.detected).toBe(true);
    expect(lines[1].error).toMatch(/no such file/);
    expect(lines[2].article.title).toBe('Pakistan and Afghanistan trade fire on the border');
  });

  it('a single document carries no file field (the fixed single-page format)', () => {
    const out = JSON.parse(run(['analyze', at('war.html')]).stdout);
    expect(out).not.toHaveProperty('file');
    expect(out.truncated).toBe(false);
  });
});

describe('size limits', () => {
  it('an input over the byte limit is refused with the limit named', () => {
    const r = run(['analyze', at('huge.html')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/huge\.html: larger than the 10 MB input limit/);
  });

  it('a gzip file that unpacks beyond the limit is refused', () => {
    const r = run(['analyze', at('bomb.html.gz')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.html\.gz: larger than the 10 MB input limit/);
  });

  it('stdin over the byte limit is refused', () => {
    const r = run(['analyze', '-'], Buffer.alloc(CLI_CONFIG.maxInputBytes + 1, 'a'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stdin: larger than the 10 MB input limit/);
  });

  it('article text beyond the limit is cut and flagged truncated; figures stay inside it', () => {
    const r = run(['analyze', at('flood.txt')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.truncated).toBe(true);
    expect(out.article.text.length).toBeLessThanOrEqual(CLI_CONFIG.maxTextChars);
    expect(out.article.text.length).toBeGreaterThan(CLI_CONFIG.maxTextChars / 2);
    expect(out.figures.length).toBeLessThanOrEqual(CLI_CONFIG.maxFigures);
    for (const f of out.figures.slice(-5)) {
      expect(out.article.text.slice(f.start, f.end)).toBe(f.text);
    }
    // Bounded answer: the text cap plus the figure cap, never the input again and again.
    expect(r.stdout.length).toBeLessThan(3 * 1024 * 1024);
  });

  it('more figures than the cap: the first ones are kept and the result flagged', () => {
    const out = JSON.parse(run(['analyze', at('figures.txt')]).stdout);
    expect(out.article.text.length).toBeLessThan(CLI_CONFIG.maxTextChars);
    expect(out.figures).toHaveLength(CLI_CONFIG.maxFigures);
    expect(out.truncated).toBe(true);
    expect(out.figures[0].start).toBeLessThan(out.figures[1].start);
  });
});

describe('.txt headline', () => {
  it('a headline-like first line becomes the title; the text stays whole', () => {
    const out = JSON.parse(run(['analyze', at('story.txt')]).stdout);
    expect(out.article.title).toBe('Pakistan and Afghanistan trade fire on the border');
    expect(out.article.text).toBe(STORY);
  });

  it('a first sentence is not a title', () => {
    const out = JSON.parse(run(['analyze', at('sentence-first.txt')]).stdout);
    expect(out.article.title).toBe('');
  });

  it.each([
    ['Border posts shelled overnight\n\nBody.', 'Border posts shelled overnight'],
    [
      '\uFEFF  Kabul says 40 killed in strikes  \r\nBody text here.',
      'Kabul says 40 killed in strikes',
    ],
    ['\n\nWhy did the truce fail?\nBody.', 'Why did the truce fail?'],
    ['Only one line, no body', ''],
    ['The army said on Friday that it had hit posts.\nMore.', ''],
    ['According to officials:\nMore.', ''],
    ['yyrXWORG9tO76MsXXsMBWO5x3VxE4fbIwzzdv+CvXHgZ5pYjFNaJYSWguP0B0WnzLYxwx14DEqp6\nabc', ''],
    ['12 34 56\nbody', ''],
    [`${'word '.repeat(40)}\nbody`, ''],
  ])('headlineOf(%j) = %j', (text, title) => {
    expect(headlineOf(text)).toBe(title);
  });
});

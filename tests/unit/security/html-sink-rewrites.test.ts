/**
 * The build rewrites third-party innerHTML assignments
 * (scripts/build/html-sink-rewrites.ts). These tests prove each rule still
 * finds its snippet in the installed dependency, that nothing else slips
 * through, and that the rewritten Readability reads pages exactly as
 * upstream does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HTML_SINK_REWRITES } from '../../../scripts/build/html-sink-rewrites';
import { applySinkRewrites } from '../../../scripts/build/rewrite-html-sinks';
import { parseHtml } from '../../../lib/dom/parse-html';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const modulePath = (suffix: string) => path.join(ROOT, suffix.replace(/^\/+/, ''));
const MODULES = [...new Set(HTML_SINK_REWRITES.map((r) => r.module))];
const ASSIGNMENT = /\.(?:inner|outer)HTML\s*=(?!=)/;

describe('each rewrite rule', () => {
  it.each(MODULES)(
    'applies cleanly to the installed %s and leaves no HTML-string assignment',
    (mod) => {
      const source = readFileSync(modulePath(mod), 'utf8');
      const rewritten = applySinkRewrites(modulePath(mod), source);
      expect(rewritten).not.toBeNull();
      expect(rewritten).not.toBe(source);
      expect(ASSIGNMENT.test(rewritten!)).toBe(false);
    },
  );

  it('explains itself', () => {
    for (const rule of HTML_SINK_REWRITES) expect(rule.why.length).toBeGreaterThan(40);
  });
});

describe('applySinkRewrites', () => {
  const rule = {
    module: '/node_modules/x/a.js',
    why: 'test rule',
    find: 'a.innerHTML = b;',
    replace: 'set(a, b);',
  };

  it('leaves modules without a rule alone', () => {
    expect(applySinkRewrites('/p/node_modules/y/b.js', 'a.innerHTML = b;', [rule])).toBeNull();
  });

  it('rewrites the one expected snippet, ignoring a query on the id and Windows separators', () => {
    expect(
      applySinkRewrites('C:\\p\\node_modules\\x\\a.js?v=1', 'x; a.innerHTML = b; y', [rule]),
    ).toBe('x; set(a, b); y');
  });

  it.each([
    ['is missing (upstream changed)', 'a.textContent = b;'],
    ['occurs twice (a second sink appeared)', 'a.innerHTML = b; a.innerHTML = b;'],
  ])('fails the build when the snippet %s', (_why, code) => {
    expect(() => applySinkRewrites('/p/node_modules/x/a.js', code, [rule])).toThrow(
      /html-sink-rewrites/,
    );
  });

  it('refuses a pattern without the g flag (it could not count matches)', () => {
    const bad = { ...rule, find: /innerHTML/ };
    expect(() => applySinkRewrites('/p/node_modules/x/a.js', 'innerHTML', [bad])).toThrow(/g flag/);
  });

  it('does not read $-sequences in a string replacement as group references', () => {
    const dollar = { ...rule, replace: 'f("$&$1")' };
    expect(applySinkRewrites('/p/node_modules/x/a.js', 'a.innerHTML = b;', [dollar])).toBe(
      'f("$&$1")',
    );
  });
});

describe('rewritten Readability', () => {
  type ReadabilityCtor = new (
    doc: Document,
    options?: object,
  ) => {
    parse(): { title?: string | null; textContent?: string | null; content?: string | null } | null;
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-readability-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const upstreamFile = modulePath('/node_modules/@mozilla/readability/Readability.js');
  const rewrittenFile = path.join(dir, 'Readability.js');
  writeFileSync(
    rewrittenFile,
    applySinkRewrites(upstreamFile, readFileSync(upstreamFile, 'utf8'))!,
  );
  const load = createRequire(import.meta.url);
  const Upstream = load(upstreamFile) as ReadabilityCtor;
  const Rewritten = load(rewrittenFile) as ReadabilityCtor;

  const read = (Ctor: ReadabilityCtor, html: string) => {
    const result = new Ctor(parseHtml(html), { charThreshold: 500 }).parse();
    return {
      title: result?.title ?? null,
      text: result?.textContent ?? null,
      html: result?.content ?? null,
    };
  };

  const pagesDir = path.join(ROOT, 'tests/fixtures/pages');
  const pages = readdirSync(pagesDir)
    .map((slug) => path.join(pagesDir, slug, 'page.html'))
    .filter((file) => {
      try {
        readFileSync(file);
        return true;
      } catch {
        return false;
      }
    })
    .slice(0, 12);

  it.each(pages.map((p) => [path.basename(path.dirname(p)), p]))(
    'reads %s as upstream does',
    (_slug, file) => {
      const html = readFileSync(file, 'utf8');
      expect(read(Rewritten, html)).toEqual(read(Upstream, html));
    },
  );

  // Short pages fail every attempt, so the page is restored from the cache
  // three times; a noscript image exercises the unwrapping branch.
  const para = (n: number) => `<p>Paragraph ${n} says a little, with a comma, and stops.</p>`;
  it.each([
    [
      'a page too short for any attempt',
      `<html><body><div class="comments">${para(1)}</div><article>${para(2)}</article></body></html>`,
    ],
    [
      'noscript images beside placeholders',
      `<html><body><article>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}<div><img data-x="1"></div><noscript><img src="a.jpg" alt="x"></noscript><span><img src="lazy.png"></span><noscript><img src="b.webp"></noscript>${para(99)}</article></body></html>`,
    ],
  ])('restores and unwraps as upstream does: %s', (_label, html) => {
    expect(read(Rewritten, html)).toEqual(read(Upstream, html));
  });
});

/**
 * Benchmark pages laid out for the shared fixture server
 * (scripts/lib/fixture-server.ts): `<root>/<host>/bench/<slug>.html`, so
 * that they load under a listed news domain and the content script runs.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ServedPage {
  slug: string;
  url: string;
  bytes: number;
}

export interface ServedSet {
  root: string;
  pages: ServedPage[];
}

/**
 * Page scripts are removed: they would fail offline anyway, and the page's
 * own script time would drown the few hundred microseconds we measure.
 */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}

/** Evenly spaced picks, so a partial run still spans the set. */
export function spread<T>(xs: readonly T[], n: number): T[] {
  if (n >= xs.length) return [...xs];
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}

/** Readability's real-world test pages (not coverage of the conflict), served under `host`. */
export function serveReadabilityPages(benchDir: string, host: string, max: number): ServedSet {
  const dir = path.join(benchDir, 'readability-test-pages/test/test-pages');
  const slugs = spread(
    readdirSync(dir)
      .filter((s) => existsSync(path.join(dir, s, 'source.html.gz')))
      .sort(),
    max,
  );
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-pages-'));
  mkdirSync(path.join(root, host, 'bench'), { recursive: true });
  const pages = slugs.map((slug) => {
    const html = stripScripts(
      gunzipSync(readFileSync(path.join(dir, slug, 'source.html.gz'))).toString('utf8'),
    );
    writeFileSync(path.join(root, host, 'bench', `${slug}.html`), html);
    return { slug, url: `http://${host}/bench/${slug}`, bytes: Buffer.byteLength(html) };
  });
  return { root, pages };
}

/** Fixture pages labelled as coverage, each under its own URL's host. */
export function serveCoveragePages(fixturesDir: string, max: number): ServedSet {
  const root = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-coverage-'));
  const pages: ServedPage[] = [];
  for (const slug of readdirSync(fixturesDir).sort()) {
    const expectedFile = path.join(fixturesDir, slug, 'expected.json');
    const pageFile = path.join(fixturesDir, slug, 'page.html');
    if (!existsSync(expectedFile) || !existsSync(pageFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
      url?: string;
      coverage?: { detected?: boolean };
    };
    if (expected.coverage?.detected !== true || !expected.url) continue;
    const url = new URL(expected.url);
    // Served over http at the same host and path: our server answers both.
    const file = path.join(root, url.hostname, `${url.pathname.replace(/\/+$/, '')}.html`);
    mkdirSync(path.dirname(file), { recursive: true });
    const html = stripScripts(readFileSync(pageFile, 'utf8'));
    writeFileSync(file, html);
    pages.push({
      slug,
      url: `http://${url.hostname}${url.pathname.replace(/\/+$/, '')}`,
      bytes: Buffer.byteLength(html),
    });
    if (pages.length >= max) break;
  }
  return { root, pages };
}

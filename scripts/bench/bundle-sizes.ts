/**
 * Bytes each entrypoint makes the browser load: its own file plus every
 * chunk it imports (followed through static imports) and, for HTML pages,
 * their scripts and stylesheets. Raw (minified, as built) and gzipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  entry: string;
  /** Files counted, relative to the build folder. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** Entrypoints by name → file in the build (HTML pages are followed to their scripts). */
export const ENTRYPOINTS = Object.freeze({
  content: 'content-gate.js',
  analyzer: 'analyzer.js',
  background: 'background.js',
  popup: 'popup.html',
  options: 'options.html',
});

const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{0,2}\/[^"'`]+\.js)["'`]/g;
const HTML_REF_RE = /<(?:script|link)\b[^>]*\b(?:src|href)="(\/[^"]+\.(?:js|css))"/g;

/** The file and everything it pulls in, relative to `buildDir`. */
export function dependencyClosure(buildDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    const normal = path.posix.normalize(rel).replace(/^\/+/, '');
    if (seen.has(normal) || !existsSync(path.join(buildDir, normal))) return;
    seen.add(normal);
    const text = readFileSync(path.join(buildDir, normal), 'utf8');
    const re = normal.endsWith('.html') ? HTML_REF_RE : normal.endsWith('.js') ? IMPORT_RE : null;
    if (!re) return;
    for (const m of text.matchAll(re)) {
      const ref = m[1]!;
      visit(ref.startsWith('/') ? ref : path.posix.join(path.posix.dirname(normal), ref));
    }
  };
  visit(entry);
  return [...seen];
}

export function bundleSize(buildDir: string, name: string, entry: string): BundleSize {
  const files = dependencyClosure(buildDir, entry);
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const data = readFileSync(path.join(buildDir, f));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { entry: name, files, bytes, gzipBytes };
}

export function bundleSizes(buildDir: string): BundleSize[] {
  return Object.entries(ENTRYPOINTS).map(([name, entry]) => bundleSize(buildDir, name, entry));
}

/** Zip files in `.output` (store packages and sources), with sizes. */
export function zipSizes(outputDir: string): { file: string; bytes: number }[] {
  if (!existsSync(outputDir)) return [];
  return readdirSync(outputDir)
    .filter((f) => f.endsWith('.zip'))
    .map((f) => ({ file: f, bytes: statSync(path.join(outputDir, f)).size }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

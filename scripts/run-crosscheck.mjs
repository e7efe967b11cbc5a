// Runs the crosscheck CLI from a bundle compiled once with esbuild (into
// node_modules/.cache), rebuilt only when a source file is newer. Compiling
// the TypeScript on every run (tsx) cost about a second per process and
// again in every worker thread. linkedom and Readability are bundled in, with
// the same output-neutral rewrites the extension build applies to them
// (scripts/build/): Readability keeps its page copy as nodes instead of an
// HTML string, and linkedom nodes skip an unused per-node listener map.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'node_modules', '.cache', 'crosscheck-cli');
const entries = {
  crosscheck: path.join(root, 'scripts', 'crosscheck.ts'),
  'analyze-worker': path.join(root, 'scripts', 'cli', 'analyze-worker.ts'),
};
const sources = [
  path.join(root, 'lib'),
  path.join(root, 'scripts', 'cli'),
  entries.crosscheck,
  path.join(root, 'scripts', 'build'),
  path.join(root, 'package.json'),
  // This file: how the bundle is built.
  fileURLToPath(import.meta.url),
];

function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const name of readdirSync(p)) m = Math.max(m, newest(path.join(p, name)));
  return m;
}

const bundle = path.join(outDir, 'crosscheck.mjs');
const stale =
  !existsSync(bundle) ||
  !existsSync(path.join(outDir, 'analyze-worker.mjs')) ||
  Math.max(...sources.map(newest)) > statSync(bundle).mtimeMs;

/** Bundles `inline` packages (the rest stay external) and applies `rules` to their modules. */
function rewritePlugin(inline, rules, applySinkRewrites) {
  // A package's own files too (`pkg/file.js`): lib/ imports Readability's module directly.
  const names = new RegExp(
    `^(?:${inline.map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})(?:/.*)?$`,
  );
  return {
    name: 'crosscheck-cli-rewrites',
    setup(b) {
      b.onResolve({ filter: names }, (args) => ({
        path: fileURLToPath(import.meta.resolve(args.path)),
      }));
      b.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, (args) => {
        const code = applySinkRewrites(args.path, readFileSync(args.path, 'utf8'), rules);
        return code === null ? undefined : { contents: code, loader: 'js' };
      });
    },
  };
}

if (stale) {
  const { build } = await import('esbuild');
  const { tsImport } = await import('tsx/esm/api');
  const load = (file) =>
    tsImport(pathToFileURL(path.join(root, 'scripts', 'build', file)).href, import.meta.url);
  const { applySinkRewrites } = await load('rewrite-html-sinks.ts');
  const { HTML_SINK_REWRITES } = await load('html-sink-rewrites.ts');
  const { LINKEDOM_SPEED_REWRITES } = await load('linkedom-speed-rewrites.ts');
  // Build beside, then rename into place: several runs may start at once.
  const tmp = `${outDir}.${process.pid}`;
  await build({
    entryPoints: entries,
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Shared code in chunks loaded on demand: the main thread of a large
    // batch only hands pages to worker threads and never loads the analyser.
    splitting: true,
    target: 'node20',
    packages: 'external',
    plugins: [
      rewritePlugin(
        ['linkedom', '@mozilla/readability'],
        [...HTML_SINK_REWRITES, ...LINKEDOM_SPEED_REWRITES],
        applySinkRewrites,
      ),
    ],
    logLevel: 'error',
  });
  mkdirSync(outDir, { recursive: true });
  // Chunks (content-hashed names) and the worker first: the main bundle's
  // presence is what marks the build complete.
  const built = new Set(readdirSync(tmp));
  for (const name of built) {
    if (name !== 'crosscheck.mjs' && name !== 'analyze-worker.mjs')
      renameSync(path.join(tmp, name), path.join(outDir, name));
  }
  renameSync(path.join(tmp, 'analyze-worker.mjs'), path.join(outDir, 'analyze-worker.mjs'));
  renameSync(path.join(tmp, 'crosscheck.mjs'), bundle);
  rmSync(tmp, { recursive: true, force: true });
  // Chunks of earlier builds: removed once no run that started with them can
  // still be loading them (an hour on).
  for (const name of readdirSync(outDir)) {
    const file = path.join(outDir, name);
    if (!built.has(name) && Date.now() - statSync(file).mtimeMs > 3_600_000)
      rmSync(file, { force: true });
  }
}
await import(pathToFileURL(bundle).href);

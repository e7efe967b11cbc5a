/**
 * Builds a probe entry (scripts/bench/page-probe.ts by default) into one
 * IIFE script for `page.addScriptTag({ content })` or a worker's evaluate.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

export async function buildProbeBundle(entry = 'scripts/bench/page-probe.ts'): Promise<string> {
  const result = await build({
    entryPoints: [path.join(PROJECT_ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    // As the extension build does (wxt.config.ts): linkedom's CSS parser is never needed.
    alias: { '@acemir/cssom': path.join(PROJECT_ROOT, 'lib/dom/cssom-stub.ts') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

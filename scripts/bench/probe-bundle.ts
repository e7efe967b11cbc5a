/**
 * Builds a probe entry (scripts/bench/page-probe.ts by default) into one
 * IIFE script for `page.addScriptTag({ content })` or a worker's evaluate.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

export async function buildProbeBundle(
  entry = 'scripts/bench/page-probe.ts',
  /** The checkout to build from (an earlier commit's export, for the popup's baseline). */
  root = PROJECT_ROOT,
): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    // As the extension build does (wxt.config.ts): linkedom's CSS parser is never needed.
    alias: { '@acemir/cssom': path.join(root, 'lib/dom/cssom-stub.ts') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

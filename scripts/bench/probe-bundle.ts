/**
 * Builds scripts/bench/page-probe.ts into one IIFE script for
 * `page.addScriptTag({ content })`.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { PROJECT_ROOT } from './paths';

export async function buildProbeBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(PROJECT_ROOT, 'scripts/bench/page-probe.ts')],
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

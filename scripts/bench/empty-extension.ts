/**
 * The floor any extension with a content script pays: an extension whose
 * content script is empty, injected exactly as Crosscheck's (the same match
 * patterns, run_at, frames and host permissions, read from the built
 * manifest), with a service worker that does nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface ContentScriptEntry {
  matches: string[];
  run_at?: string;
  all_frames?: boolean;
  js?: string[];
}

/** Writes the empty extension into a temporary directory and returns it. */
export function writeEmptyExtension(builtExtension: string): string {
  const manifest = JSON.parse(readFileSync(path.join(builtExtension, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
    host_permissions?: string[];
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-empty-ext-'));
  const scripts = (manifest.content_scripts ?? []).map((c) => ({ ...c, js: ['empty.js'] }));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0.0',
      background: { service_worker: 'background.js' },
      host_permissions: manifest.host_permissions ?? [],
      content_scripts: scripts,
    }),
  );
  writeFileSync(path.join(dir, 'background.js'), '');
  writeFileSync(path.join(dir, 'empty.js'), '');
  return dir;
}

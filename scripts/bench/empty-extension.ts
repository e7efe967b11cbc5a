/**
 * The floor any extension with a content script pays: an extension whose
 * content script is empty, declared for the listed news domains at
 * document_idle in the top frame (as Crosscheck's gate was declared before
 * the background took over deciding where it runs), with the built
 * manifest's host permissions and a service worker that does nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NEWS_DOMAINS } from '../../lib/sources/news-domains';
import { hostMatchPatterns } from '../../lib/sources/match-patterns';

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
  const declared = manifest.content_scripts ?? [];
  const scripts = (
    declared.length
      ? declared
      : [{ matches: hostMatchPatterns(NEWS_DOMAINS), run_at: 'document_idle', all_frames: false }]
  ).map((c) => ({ ...c, js: ['empty.js'] }));
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

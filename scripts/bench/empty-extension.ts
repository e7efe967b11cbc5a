/**
 * The floor any extension with a content script pays: an extension whose
 * content script is empty, declared for the listed news domains at
 * document_idle in the top frame (as Crosscheck's gate was declared before
 * the background took over deciding where it runs), with the built
 * manifest's host permissions and a service worker that does nothing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * The floor under the popup and its question: an extension whose page is
 * the popup's markup and stylesheet before any data ("Opening…", no script),
 * and whose service worker answers every message at once with a small
 * object. Opening that page is what any extension page costs; its message
 * round trip is what any answer from a service worker costs.
 */
export function writeFloorExtension(builtExtension: string): string {
  const popup = readFileSync(path.join(builtExtension, 'popup.html'), 'utf8');
  const styles = [...popup.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-floor-ext-'));
  for (const href of styles) {
    mkdirSync(path.dirname(path.join(dir, href)), { recursive: true });
    copyFileSync(path.join(builtExtension, href), path.join(dir, href));
  }
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Extension page floor',
      version: '1.0.0',
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(
    path.join(dir, 'background.js'),
    "chrome.runtime.onMessage.addListener((_m, _s, send) => { send({ phase: 'ready' }); });\n",
  );
  writeFileSync(
    path.join(dir, 'floor.html'),
    `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta name="color-scheme" content="light dark">
    <title>Floor</title>
${styles.map((href) => `    <link rel="stylesheet" href="${href}">`).join('\n')}
  </head>
  <body class="popup">
    <div id="app"><p role="status">Opening…</p></div>
  </body>
</html>
`,
  );
  return dir;
}

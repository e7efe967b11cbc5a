import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_DOMAINS, FEED_HOSTS } from './lib/sources/news-domains';
import { hostMatchPatterns } from './lib/sources/match-patterns';
import { rewriteHtmlSinks } from './scripts/build/rewrite-html-sinks';

// Stable add-on id: Firefox keys storage and permissions by it.
const GECKO_ID = 'crosscheck@crosscheck.invalid';

export default defineConfig({
  // Explicit imports everywhere: lib/ must not depend on build-time magic.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // rewriteHtmlSinks: third-party innerHTML assignments rewritten or removed
    // (see SECURITY.md); the build fails if an upstream snippet changes.
    plugins: [rewriteHtmlSinks(), preact()],
    resolve: {
      // linkedom's CSS parser is never needed for articles, and its builds
      // either export nothing (browser) or use eval (CommonJS).
      alias: { '@acemir/cssom': resolve(import.meta.dirname, 'lib/dom/cssom-stub.ts') },
    },
    build: {
      rollupOptions: {
        // The webextension-polyfill only defines `browser`; a script that never
        // uses it (the analyzer, see pageRuntime in lib/messaging.ts) need not
        // carry its 11 KB.
        treeshake: { moduleSideEffects: (id: string) => !id.includes('webextension-polyfill') },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Crosscheck',
    description:
      'See which figures a news page reports about the Pakistan–Afghanistan conflict, and where other outlets and the parties disagree.',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    host_permissions: hostMatchPatterns([...NEWS_DOMAINS, ...FEED_HOSTS]),
    optional_host_permissions: ['*://*/*'],
    // No content script: the background reads each tab's address and title
    // on these sites and runs the gate in a page only when they do not rule
    // it out (entrypoints/content-gate.ts says why).
    // Stated, not left to defaults: only the extension's own scripts run in its pages.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    action: { default_title: 'Crosscheck' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
  },
  zip: {
    includeSources: [
      'assets/**',
      'components/**',
      'entrypoints/**',
      'lib/**',
      'public/**',
      'scripts/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'LICENSE',
    ],
    // The tests' self-signed TLS pair (scripts/lib/tls/README.md) is no part
    // of the extension: it stays out of the sources zip, and no key file can
    // reach the extension zips.
    excludeSources: ['scripts/lib/tls/**', '**/*.pem'],
    exclude: ['**/*.pem'],
  },
});

/**
 * Least privilege, pinned on the built manifests (what a store reviews and
 * what the browser enforces), not on the config that produces them. The
 * builds come first in CI (`npm test` builds, then runs unit tests); a
 * missing build fails with a message saying how to make it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEED_HOSTS, NEWS_DOMAINS } from '../../../lib/sources/news-domains';
import { hostMatchPatterns } from '../../../lib/sources/match-patterns';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every permission Crosscheck holds, and why (README's permission table says the same). */
const PERMISSIONS = Object.freeze({
  storage: 'settings, tab state and saved reports',
  alarms: 'the periodic feed refresh',
  activeTab: 'reading an unlisted page once, when the reader asks from the toolbar',
  scripting: 'injecting the analyzer into a page that passed the gate',
});

const STRICT_CSP = "script-src 'self'; object-src 'self'";

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_scripts?: { matches: string[]; all_frames?: boolean; world?: string }[];
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

const BUILDS = [
  { name: 'chrome-mv3', command: 'npm run build' },
  { name: 'firefox-mv3', command: 'npm run build:firefox' },
] as const;

function readManifest(build: string): Manifest | null {
  const file = path.join(ROOT, '.output', build, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : null;
}

describe.each(BUILDS)('the built $name manifest', ({ name, command }) => {
  const manifest = readManifest(name);
  if (!manifest) {
    // Fails, not skips: a check that passes when nothing was built checks nothing.
    it('is built', () => {
      expect.fail(
        `.output/${name}/manifest.json is missing: run \`${command}\` before the unit tests (npm test and CI build first)`,
      );
    });
    return;
  }

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('asks for exactly the permissions Crosscheck uses', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('holds host access to the listed news sites and feed hosts only', () => {
    const expected = hostMatchPatterns([...NEWS_DOMAINS, ...FEED_HOSTS]);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...expected].sort());
  });

  it('asks for any other site only optionally, one at a time at run time', () => {
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  it('never requires access to every site', () => {
    const required = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
    ];
    for (const pattern of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']) {
      expect(required).not.toContain(pattern);
    }
  });

  it('declares no content script: nothing runs in a page the background has not looked at', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    // The background looks at tabs through tabs.onUpdated and runs the gate with scripting.
    expect(manifest.permissions).toContain('scripting');
    expect(manifest.permissions ?? []).not.toContain('tabs');
  });

  it('exposes nothing to web pages or other extensions', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('states a strict CSP for its own pages', () => {
    expect(manifest.content_security_policy?.extension_pages).toBe(STRICT_CSP);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  if (name === 'firefox-mv3') {
    it('has a stable gecko id and declares that it collects no data', () => {
      const gecko = manifest.browser_specific_settings?.gecko;
      expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
      expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    });
  } else {
    it('carries no Firefox-only keys', () => {
      expect(manifest.browser_specific_settings).toBeUndefined();
    });
  }
});

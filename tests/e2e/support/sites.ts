/**
 * The e2e web: fixture pages and feeds under real news hosts, and the broken
 * feeds of some default sources. Pages are written for these tests (none is
 * copied from a real outlet); each says in a comment below what it is for.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Behaviour } from '../../../scripts/lib/fixture-server';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Project root (where package.json lives). */
export const PROJECT_ROOT = path.resolve(HERE, '../../..');
/** `<host>/<path>` fixture tree served by the fixture server. */
export const SITES_ROOT = path.resolve(HERE, '../fixtures/sites');
/** Built extensions; the env variables let a run test another build. */
export const CHROME_BUILD =
  process.env.CROSSCHECK_CHROME_BUILD ?? path.join(PROJECT_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD =
  process.env.CROSSCHECK_FIREFOX_BUILD ?? path.join(PROJECT_ROOT, '.output/firefox-mv3');
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'docs/screenshots');

/** Pages the reader opens. */
export const PAGES = Object.freeze({
  /** February 2026 "open war", first report of the day, party claims on both sides. */
  aljazeeraFeb: 'https://www.aljazeera.com/news/2026/2/27/pakistan-afghanistan-border-fighting',
  /** Same episode, another outlet, later the same day: one Taliban figure drifts (bodies 23 → 22). */
  dawnFeb: 'https://www.dawn.com/news/1980041',
  /** October 2025 clashes and the Doha truce: a different episode, similar figures. */
  dawnOct: 'https://www.dawn.com/news/1948812',
  /** A June 2026 skirmish no other report covers: coverage with a figure nobody disputes. */
  dawnQuiet: 'https://www.dawn.com/news/1995020',
  /** Cricket between the two countries: not coverage of the conflict. */
  dawnCricket: 'https://www.dawn.com/sport/1980102',
  /** The February 2026 clashes told in Urdu: coverage, with no figures read (English only). */
  bbcUrdu: 'https://www.bbc.com/urdu/articles/c0urdu0border',
  /** Article pages the healthy feeds link to. */
  bbcFeb: 'https://www.bbc.com/news/articles/c9e2e0open0war',
  guardianFeb:
    'https://www.theguardian.com/world/2026/feb/27/pakistan-afghanistan-open-war-taliban-talks',
});

/** Default sources whose feeds are served healthy (see lib/sources/default-sources.ts). */
export const HEALTHY_FEED_SOURCES = Object.freeze({
  'bbc.com': 'BBC',
  'theguardian.com': 'The Guardian',
});

const MB = 1024 * 1024;
const PNG_BYTES = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';

/**
 * Broken feeds, keyed by the default source's domain: each source's feed
 * addresses (from default-sources.ts) are given one kind of failure.
 */
export const BROKEN_SOURCES: Readonly<Record<string, { label: string; behaviour: Behaviour }>> =
  Object.freeze({
    'tribune.com.pk': {
      label: 'malformed XML',
      behaviour: {
        kind: 'body',
        contentType: 'application/rss+xml',
        body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>unclosed & bad</channel>',
      },
    },
    'geo.tv': { label: '404', behaviour: { kind: 'status', status: 404 } },
    'thenews.com.pk': { label: '500', behaviour: { kind: 'status', status: 500 } },
    'arynews.tv': { label: 'never ends', behaviour: { kind: 'hang' } },
    'tolonews.com': {
      label: '50 MB body',
      behaviour: { kind: 'huge', bytes: 50 * MB, contentType: 'application/rss+xml' },
    },
    'pajhwok.com': {
      label: 'image/png',
      behaviour: { kind: 'body', contentType: 'image/png', body: PNG_BYTES },
    },
    'khaama.com': { label: 'redirect loop', behaviour: { kind: 'redirect-loop' } },
  });

/** `host/path` → behaviour for every feed of the broken sources. */
export function brokenRoutes(
  feedsByDomain: Readonly<Record<string, readonly string[]>>,
): Record<string, Behaviour> {
  const routes: Record<string, Behaviour> = {};
  for (const [domain, { behaviour }] of Object.entries(BROKEN_SOURCES)) {
    for (const feed of feedsByDomain[domain] ?? []) {
      const url = new URL(feed);
      routes[`${url.hostname}${url.pathname}`] = behaviour;
    }
  }
  return routes;
}

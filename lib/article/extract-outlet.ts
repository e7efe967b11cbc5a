import { firstMeta } from '../dom/read-meta';
import { ARTICLE_CONFIG } from './config';
import { OUTLETS } from './outlets';
import type { JsonLdNode } from './read-json-ld';

/**
 * The outlet's proper name: our table for the domains we know (so "DAWN.COM"
 * and "Dawn" are one outlet), else og:site_name / application-name, else the
 * JSON-LD publisher's name, else the domain itself.
 */
export function extractOutlet(meta: Map<string, string>, ld: JsonLdNode[], domain: string): string {
  const known = OUTLETS[domain];
  if (known) return known;
  const candidates = [
    firstMeta(meta, ['og:site_name', 'application-name', 'al:android:app_name']),
    publisherName(ld),
  ];
  for (const c of candidates) {
    const name = c?.replace(/\s+/g, ' ').trim();
    if (name && name.length <= ARTICLE_CONFIG.outletMaxChars && !/^[\w-]+(\.[\w-]+)+$/.test(name))
      return name;
  }
  return domain;
}

function publisherName(ld: JsonLdNode[]): string | null {
  for (const n of ld) {
    const p = n['publisher'];
    const first = Array.isArray(p) ? p[0] : p;
    if (first && typeof first === 'object') {
      const name = (first as JsonLdNode)['name'];
      if (typeof name === 'string' && name.trim()) return name;
    }
    if (
      (n['@type'] === 'NewsMediaOrganization' || n['@type'] === 'Organization') &&
      typeof n['name'] === 'string'
    )
      return n['name'];
  }
  return null;
}

/**
 * Sites the reader added beyond the default news domains: the content script
 * runs there only once the reader has granted that site's permission, and
 * is registered dynamically (the manifest lists the defaults only).
 */
import { browser } from 'wxt/browser';
import { getSources } from '../../lib/store/settings';
import { NEWS_DOMAINS } from '../../lib/sources/news-domains';
import { hostMatchPatterns } from '../../lib/sources/match-patterns';
import { isCoveredDomain } from '../../lib/sources/covered-domain';

const SCRIPT_ID = 'crosscheck-added-sites';

export async function syncContentScripts(): Promise<void> {
  const sources = await getSources();
  const extra = sources
    .filter((s) => s.enabled && !isCoveredDomain(s.domain, NEWS_DOMAINS))
    .map((s) => s.domain);
  const granted: string[] = [];
  for (const domain of extra) {
    const origins = hostMatchPatterns([domain]);
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(domain);
  }
  await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: hostMatchPatterns(granted),
      js: ['content-gate.js'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

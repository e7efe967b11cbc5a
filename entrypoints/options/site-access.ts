/**
 * Which host permissions a source needs beyond the manifest's list. Pure;
 * kept beside the options page, the only place that asks for them.
 */
import { FEED_HOSTS, NEWS_DOMAINS } from '../../lib/sources/news-domains';
import { isCoveredDomain } from '../../lib/sources/covered-domain';
import { hostMatchPatterns } from '../../lib/sources/match-patterns';

/** Match patterns the reader must grant to read this site and fetch its feeds (empty when the manifest covers all). */
export function originsNeeded(source: { domain: string; feeds: readonly string[] }): string[] {
  const hosts = new Set<string>();
  if (!isCoveredDomain(source.domain, NEWS_DOMAINS)) hosts.add(source.domain);
  for (const feed of source.feeds) {
    try {
      const host = new URL(feed).hostname.replace(/^www\./, '');
      if (
        !isCoveredDomain(host, [...NEWS_DOMAINS, ...FEED_HOSTS]) &&
        !isCoveredDomain(host, [...hosts])
      )
        hosts.add(host);
    } catch {
      // Feeds are validated before they get here; an unreadable one needs no permission.
    }
  }
  return hostMatchPatterns([...hosts]);
}

/** The content-script site patterns of a source that the manifest does not cover. */
export function siteOrigins(domain: string): string[] {
  return isCoveredDomain(domain, NEWS_DOMAINS) ? [] : hostMatchPatterns([domain]);
}

/**
 * The manifest's own host permissions: every listed news site and feed host.
 * The reader can withdraw them at run time (Firefox's add-ons manager, Chrome's
 * site access), so the options page checks them and can ask for them again.
 */
export function listedOrigins(): string[] {
  return hostMatchPatterns([...NEWS_DOMAINS, ...FEED_HOSTS]);
}

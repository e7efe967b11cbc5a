import { NEWS_DOMAINS, FEED_HOSTS } from '../sources/news-domains';
import { wordList } from '../word-list';

/** Second-level labels under which registrations happen (a small public-suffix subset: enough for news hosts). */
const SECOND_LEVEL = new Set(
  wordList('co com net org gov edu ac gob nic or ne go gen info biz web news'),
);

/**
 * The domain a page is filed under: a listed news domain when the host is it
 * or one of its subdomains (so "timesofindia.indiatimes.com" stays whole),
 * otherwise the registrable domain ("www.bbc.co.uk" → "bbc.co.uk").
 *
 * @example registrableDomain('https://www.dawn.com/news/1') // 'dawn.com'
 */
export function registrableDomain(urlOrHost: string): string {
  let host = urlOrHost.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    /* not a URL: treat as host */
  }
  host = host.replace(/^www\d*\./, '').replace(/\.$/, '');
  let best = '';
  for (const d of [...NEWS_DOMAINS, ...FEED_HOSTS] as string[]) {
    if ((host === d || host.endsWith(`.${d}`)) && d.length > best.length) best = d;
  }
  if (best) return best;
  const labels = host.split('.').filter(Boolean);
  if (labels.length <= 2 || /^\d+(\.\d+){3}$/.test(host)) return host;
  const sld = labels[labels.length - 2] ?? '';
  const tld = labels[labels.length - 1] ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * The store's key for a page: the same article reached through a share link,
 * a newsletter or a search ad must be one report.
 */

/** Query parameters that only track where a click came from (never select content). */
const TRACKING_PARAMS: readonly RegExp[] = Object.freeze([
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|cmp|smid|smtyp|ito|itm_.*|at_.*|ns_.*|ref|ref_src|ref_url|src|source|partner|taid|traffic_source|guccounter|guce_referrer|guce_referrer_sig|share|s_cid|sr_share|intcmp)$/i,
]);

/**
 * Canonical form of a URL: no fragment, no tracking parameters, remaining
 * parameters sorted, host lower-case, default port dropped, no trailing
 * slash (except the root). A string that is not a URL comes back trimmed.
 *
 * @example canonicalUrl('https://www.dawn.com/news/1/?utm_source=x#top') // 'https://www.dawn.com/news/1'
 */
export function canonicalUrl(url: string): string {
  const raw = url.trim();
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return raw;
  u.hash = '';
  const kept = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAMS.some((re) => re.test(k)))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '') || '/';
  return u.toString();
}

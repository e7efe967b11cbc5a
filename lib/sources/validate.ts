/**
 * Checks what a reader types (or imports) as a source's domain or feed address,
 * and says what is wrong in plain words.
 *
 * Decisions: a domain must be a public-looking name with at least one dot, so
 * "localhost" and bare IP addresses are refused (content-script permissions
 * are asked per domain; an IP is almost always a mistake). End-to-end tests
 * map real-looking domains to 127.0.0.1 instead. Feed addresses may use any
 * host, including IPs, because they are only fetched, never injected into.
 */
import { SOURCES_CONFIG } from './config';

export type DomainResult = { ok: true; domain: string } | { ok: false; error: string };
export type FeedUrlResult = { ok: true; url: string } | { ok: false; error: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

const quote = (s: string) => `'${s.length > 60 ? s.slice(0, 57) + '...' : s}'`;

/**
 * Normalises a domain the way a reader may type it: scheme, path, port,
 * "www." and case are dropped; internationalised names become punycode.
 *
 * @example
 * validateDomain('https://www.Dawn.com/news/1') // { ok: true, domain: 'dawn.com' }
 * validateDomain('exa mple.com') // { ok: false, error: "'exa mple.com' is not a valid domain: it contains a space." }
 */
export function validateDomain(input: string): DomainResult {
  const raw = typeof input === 'string' ? input.trim() : '';
  const bad = (why: string): DomainResult => ({
    ok: false,
    error: `${quote(raw)} is not a valid domain: ${why}`,
  });
  if (raw === '') return { ok: false, error: "Enter the site's domain, for example dawn.com." };
  if (/\s/.test(raw)) return bad('it contains a space.');
  if (raw.length > SOURCES_CONFIG.maxDomainLength + 40) return bad('it is too long.');

  let host: string;
  try {
    const url = new URL(SCHEME.test(raw) ? raw : `http://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return bad('only web addresses (http or https) have a domain.');
    }
    host = url.hostname;
  } catch {
    return bad('it cannot be read as a web address.');
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || IPV4.test(host)) {
    return bad("enter the site's name, not an IP address.");
  }
  if (host.startsWith('www.')) host = host.slice(4);
  if (host === '') return bad('it has no name.');
  if (host.length > SOURCES_CONFIG.maxDomainLength) return bad('it is too long.');
  const labels = host.split('.');
  if (labels.length < 2) return bad('a domain needs a dot and an ending, like example.com.');
  for (const label of labels) {
    if (label === '') return bad('it has an empty part between dots.');
    if (label.length > 63) return bad('one of its parts is longer than 63 characters.');
    if (!LABEL.test(label)) {
      return /^-|-$/.test(label)
        ? bad('a part may not start or end with a hyphen.')
        : bad('it may contain only letters, digits, hyphens and dots.');
    }
  }
  const tld = labels[labels.length - 1]!;
  if (/^\d+$/.test(tld)) return bad('its ending cannot be a number.');
  return { ok: true, domain: host };
}

/**
 * Checks a feed address: http or https, parseable, without a user name or
 * password. A missing scheme means https. The fragment is dropped.
 *
 * @example
 * validateFeedUrl('https://www.dawn.com/feeds/home') // { ok: true, url: 'https://www.dawn.com/feeds/home' }
 * validateFeedUrl('ftp://x.org/f') // { ok: false, error: "'ftp://x.org/f' is not a usable feed address: only http and https addresses can be read." }
 */
export function validateFeedUrl(input: string): FeedUrlResult {
  const raw = typeof input === 'string' ? input.trim() : '';
  const bad = (why: string): FeedUrlResult => ({
    ok: false,
    error: `${quote(raw)} is not a usable feed address: ${why}`,
  });
  if (raw === '')
    return { ok: false, error: "Enter the feed's address, for example https://example.com/feed." };
  if (/\s/.test(raw)) return bad('it contains a space.');
  if (raw.length > SOURCES_CONFIG.maxFeedUrlLength) return bad('it is too long.');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^:/]+:\d+(\/|$)/.test(raw);
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : `https://${raw}`);
  } catch {
    return bad('it cannot be read as a web address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return bad('only http and https addresses can be read.');
  }
  if (url.username !== '' || url.password !== '') {
    return bad('it may not contain a user name or password.');
  }
  if (url.hostname === '') return bad('it has no host name.');
  url.hash = '';
  return { ok: true, url: url.href };
}

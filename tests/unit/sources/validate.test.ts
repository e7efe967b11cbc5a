import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDomain, validateFeedUrl } from '../../../lib/sources/validate';

describe('validateDomain', () => {
  it.each([
    ['dawn.com', 'dawn.com'],
    ['www.Example.com', 'example.com'],
    ['https://example.com/path', 'example.com'],
    ['http://www.tribune.com.pk/story/1?x=1#y', 'tribune.com.pk'],
    ['  geo.tv  ', 'geo.tv'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['example.com:8080', 'example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['a-b.example', 'a-b.example'],
  ])('accepts %j as %j', (input, domain) => {
    expect(validateDomain(input)).toEqual({ ok: true, domain });
  });

  it.each([
    ['', /Enter the site's domain/],
    ['   ', /Enter the site's domain/],
    ['not a domain', /contains a space/],
    ['exa mple.com', /'exa mple.com' is not a valid domain: it contains a space/],
    ['-bad-.com', /start or end with a hyphen/],
    ['bad-.com', /start or end with a hyphen/],
    ['localhost', /needs a dot/],
    ['127.0.0.1', /not an IP address/],
    ['http://[::1]/', /not an IP address/],
    ['example..com', /empty part|cannot be read/],
    ['exa_mple.com', /letters, digits, hyphens/],
    ['example.123', /ending cannot be a number|cannot be read/],
    ['ftp://example.com', /only web addresses/],
    [`${'a'.repeat(64)}.com`, /longer than 63/],
  ])('rejects %j with a clear message', (input, message) => {
    const r = validateDomain(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('never throws and always returns a lower-case domain without www when it accepts', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = validateDomain(s);
        if (r.ok) {
          expect(r.domain).toBe(r.domain.toLowerCase());
          expect(r.domain.startsWith('www.')).toBe(false);
          expect(validateDomain(r.domain)).toEqual(r);
        }
      }),
    );
  });
});

describe('validateFeedUrl', () => {
  it.each([
    ['https://www.dawn.com/feeds/home', 'https://www.dawn.com/feeds/home'],
    ['http://rss.cnn.com/rss/edition_asia.rss', 'http://rss.cnn.com/rss/edition_asia.rss'],
    ['example.com/feed', 'https://example.com/feed'],
    ['https://example.com/feed#top', 'https://example.com/feed'],
    ['http://127.0.0.1:8080/feed.xml', 'http://127.0.0.1:8080/feed.xml'],
    [
      'https://www.aa.com.tr/en/rss/default?cat=asia-pacific',
      'https://www.aa.com.tr/en/rss/default?cat=asia-pacific',
    ],
  ])('accepts %j', (input, url) => {
    expect(validateFeedUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter the feed's address/],
    ['ftp://example.com/feed', /only http and https/],
    ['javascript:alert(1)', /only http and https/],
    ['file:///etc/passwd', /only http and https/],
    ['https://user:secret@example.com/feed', /user name or password/],
    ['https://exa mple.com/feed', /contains a space/],
    ['http://', /cannot be read|no host/],
    ['https://' + 'a'.repeat(3000) + '.com', /too long/],
  ])('rejects %j', (input, message) => {
    const r = validateFeedUrl(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('never throws and accepts only http(s)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (s) => {
        const r = validateFeedUrl(s);
        if (r.ok) expect(r.url).toMatch(/^https?:\/\//);
      }),
    );
  });
});

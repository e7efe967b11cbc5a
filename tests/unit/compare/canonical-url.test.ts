import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalUrl } from '../../../lib/compare/canonical-url';

describe('canonicalUrl', () => {
  it.each([
    [
      'https://www.dawn.com/news/123/?utm_source=twitter&utm_medium=social',
      'https://www.dawn.com/news/123',
    ],
    [
      'https://www.aljazeera.com/news/2026/2/27/story#comments',
      'https://www.aljazeera.com/news/2026/2/27/story',
    ],
    [
      'https://www.bbc.com/news/world-asia-1?fbclid=abc&at_medium=x',
      'https://www.bbc.com/news/world-asia-1',
    ],
    ['https://example.com/a?b=2&a=1&gclid=zz', 'https://example.com/a?a=1&b=2'],
    ['HTTPS://WWW.Reuters.COM:443/world/', 'https://www.reuters.com/world'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/story?id=42', 'https://example.com/story?id=42'],
    ['  https://example.com/x//  ', 'https://example.com/x'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()),
        (s) => {
          const once = canonicalUrl(s);
          expect(canonicalUrl(once)).toBe(once);
        },
      ),
    );
  });
});

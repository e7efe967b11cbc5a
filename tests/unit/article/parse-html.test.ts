import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffCharset } from '../../../lib/dom/decode-html';
import { parseHtml } from '../../../lib/dom/parse-html';
import { normaliseDate } from '../../../lib/article/extract-published';
import { registrableDomain } from '../../../lib/article/registrable-domain';

describe('parseHtml', () => {
  it('wraps fragments so body and documentElement are right', () => {
    const doc = parseHtml('<p>Hello</p>');
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.body.textContent).toBe('Hello');
  });

  it('drops scripts and styles but keeps JSON-LD', () => {
    const doc = parseHtml(
      '<html><head><script>var x=1</script><script type="application/ld+json">{"a":1}</script><style>p{}</style></head><body><p>x</p></body></html>',
    );
    expect(doc.querySelectorAll('script').length).toBe(1);
    expect(doc.querySelector('style')).toBeNull();
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => void parseHtml(s)),
      { numRuns: 200 },
    );
  });
});

describe('decodeHtml', () => {
  it('decodes with the charset the page declares', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('<meta charset="windows-1252"><p>caf'),
      0xe9,
      ...Buffer.from('</p>'),
    ]);
    expect(sniffCharset(bytes)).toBe('windows-1252');
    expect(decodeHtml(bytes)).toContain('café');
  });

  it('defaults to UTF-8 and survives unknown labels', () => {
    expect(decodeHtml(Buffer.from('<p>Türkiye</p>'))).toContain('Türkiye');
    expect(decodeHtml(Buffer.from('<meta charset="x-nonsense"><p>ok</p>'))).toContain('ok');
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2026-02-27', '2026-02-27'],
    ['2026-02-27T09:15:00+0500', '2026-02-27T09:15:00+05:00'],
    ['2026-02-27 09:15', '2026-02-27T09:15:00'],
    ['February 27, 2026', '2026-02-27'],
    ['Feb. 27 2026', '2026-02-27'],
    ['27th February, 2026', '2026-02-27'],
    ['Updated 12 Sept 2025, 10:00', '2025-09-12'],
    ['no date here', null],
    ['2026-13-40', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['https://www.aljazeera.com/news/x', 'aljazeera.com'],
    ['https://urdu.geo.tv/x', 'geo.tv'],
    ['https://www.bbc.co.uk/news', 'bbc.co.uk'],
    ['https://edition.cnn.com/x', 'cnn.com'],
    ['https://www.smh.com.au/world', 'smh.com.au'],
    ['news.example.org', 'example.org'],
  ])('%s → %s', (url, expected) => {
    expect(registrableDomain(url)).toBe(expected);
  });
});

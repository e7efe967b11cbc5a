/**
 * parseFeed against malicious feeds: entity bombs, external entities,
 * script-bearing links and markup, deep nesting, huge fields, too many
 * items. Complements tests/unit/feeds/parse-feed.test.ts (arbitrary strings).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../lib/feeds/parse-feed';
import { FEEDS_CONFIG } from '../../../lib/feeds/config';
import type { ParseFeedResult } from '../../../lib/feeds/types';
import { BIG } from './adversarial-text';

const BASE = 'https://www.example-news.com/feeds/world.xml';

const rss = (items: string, prolog = '') =>
  `<?xml version="1.0"?>${prolog}<rss version="2.0"><channel><title>World</title>${items}</channel></rss>`;
const item = (title: string, link = 'https://www.example-news.com/a') =>
  `<item><title>${title}</title><link>${link}</link></item>`;

/** Everything a consumer of a ParseFeedResult relies on. */
function expectSane(r: ParseFeedResult) {
  if (!r.ok) {
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(0);
    return;
  }
  expect(r.feed.items.length).toBeLessThanOrEqual(FEEDS_CONFIG.maxItemsPerFeed);
  for (const i of r.feed.items) {
    expect(i.link).toMatch(/^https?:\/\/[^\s]+$/);
    expect(i.title.length).toBeLessThanOrEqual(FEEDS_CONFIG.maxTitleChars);
    expect(i.summary.length).toBeLessThanOrEqual(FEEDS_CONFIG.maxSummaryChars);
  }
}

describe('parseFeed against malicious feeds', () => {
  it('does not expand an entity bomb ("billion laughs")', () => {
    const levels = Array.from({ length: 9 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join('');
    const r = parseFeed(rss(item('&lol8;'), `<!DOCTYPE rss [${levels}]>`), BASE);
    expectSane(r);
    if (r.ok) expect(r.feed.items.every((i) => !i.title.includes('lollol'))).toBe(true);
  });

  it('never reads an external entity', () => {
    const r = parseFeed(
      rss(item('Before &xxe; after'), '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
      BASE,
    );
    expectSane(r);
    if (r.ok) expect(JSON.stringify(r.feed)).not.toMatch(/root:|\/bin\/(ba)?sh/);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(document.domain)',
    'java&#x09;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
    'blob:https://www.example-news.com/1',
  ])('never keeps a link to %s', (link) => {
    const r = parseFeed(rss(item('T', link.replace(/</g, '&lt;'))), BASE);
    expectSane(r);
    if (r.ok) expect(r.feed.items).toEqual([]);
  });

  it('returns markup in titles and summaries as text, never as tags', () => {
    const payload = '<script>alert(1)</script><img src=x onerror="alert(2)">Headline';
    const r = parseFeed(
      rss(
        `<item><title><![CDATA[${payload}]]></title><description><![CDATA[${payload}]]></description><link>https://www.example-news.com/a</link></item>`,
      ),
      BASE,
    );
    expectSane(r);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const [first] = r.feed.items;
      expect(first!.title).toContain('Headline');
      for (const text of [first!.title, first!.summary])
        expect(text).not.toMatch(/<\s*(script|img)\b/i);
    }
  });

  it('survives 10,000 nested elements', () => {
    const deep = '<x>'.repeat(10_000) + 'deep' + '</x>'.repeat(10_000);
    expectSane(
      parseFeed(
        rss(`<item><title>T</title><link>https://www.example-news.com/a</link>${deep}</item>`),
        BASE,
      ),
    );
  });

  it('caps a 200k-character title and summary', () => {
    const huge = 'killed '.repeat(BIG / 7);
    const r = parseFeed(
      rss(
        `<item><title>${huge}</title><description>${huge}</description><link>https://www.example-news.com/a</link></item>`,
      ),
      BASE,
    );
    expectSane(r);
    expect(r.ok).toBe(true);
  });

  it('keeps at most the configured number of items from a feed of 10,000', () => {
    const items = Array.from({ length: 10_000 }, (_, i) =>
      item(`Item ${i}`, `https://www.example-news.com/${i}`),
    ).join('');
    const r = parseFeed(rss(items), BASE);
    expectSane(r);
    expect(r.ok && r.feed.items.length).toBe(FEEDS_CONFIG.maxItemsPerFeed);
  });

  it('never throws on feed-shaped noise (tags, entities, CDATA, links)', () => {
    const token = fc.constantFrom(
      '<item>',
      '</item>',
      '<title>',
      '</title>',
      '<link>',
      '</link>',
      '<![CDATA[',
      ']]>',
      '&amp;',
      '&',
      '&#0;',
      '&#x110000;',
      '<!--',
      '-->',
      '<entry>',
      '<link href="',
      '"/>',
      'javascript:',
      'https://a.example/x',
      '//b.example',
      '<',
      '>',
      '"',
      ' ',
      '<guid isPermaLink="true">',
      '</guid>',
      '<?xml version="1.0"?>',
      '<!DOCTYPE rss [<!ENTITY e "x">]>',
      '\u0000',
      '\uFFFE',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(token, fc.string({ maxLength: 5 })), { maxLength: 80 }),
        (parts) => {
          expectSane(parseFeed(rss(parts.join('')), BASE));
          expectSane(
            parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom">${parts.join('')}</feed>`, BASE),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFeed, FEED_ERRORS } from '../../../lib/feeds/parse-feed';
import { parseFeedDate } from '../../../lib/feeds/parse-date';
import { decodeEntities, htmlToText, unwrapXmlText } from '../../../lib/feeds/html-to-text';

const BASE = 'https://news.example.com/feeds/world.xml';

function items(xml: string, base = BASE) {
  const r = parseFeed(xml, base);
  if (!r.ok) throw new Error(r.error);
  return r.feed.items;
}

const rss = (body: string, channelExtra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Example World</title><link>https://news.example.com/</link>${channelExtra}${body}</channel></rss>`;

describe('parseFeed: RSS 2.0', () => {
  it('reads title, link, date and summary of each item', () => {
    const r = parseFeed(
      rss(`<item><title>Border crossing reopens</title><link>https://news.example.com/a/1</link>
        <pubDate>Sat, 28 Feb 2026 09:30:00 GMT</pubDate><description>Trucks moved again on Saturday.</description></item>
        <item><title>Talks set for next week</title><link>https://news.example.com/a/2</link></item>`),
      BASE,
    );
    expect(r).toEqual({
      ok: true,
      feed: {
        title: 'Example World',
        items: [
          {
            title: 'Border crossing reopens',
            link: 'https://news.example.com/a/1',
            published: '2026-02-28T09:30:00.000Z',
            summary: 'Trucks moved again on Saturday.',
          },
          {
            title: 'Talks set for next week',
            link: 'https://news.example.com/a/2',
            published: null,
            summary: '',
          },
        ],
      },
    });
  });

  it('takes CDATA literally and strips the HTML inside it', () => {
    const [item] = items(
      rss(`<item><title><![CDATA[Strikes & counter-strikes]]></title><link>https://news.example.com/b</link>
      <description><![CDATA[<p>Officials said <b>at least 9</b> people were hurt.</p><img src="x.jpg">]]></description></item>`),
    );
    expect(item!.title).toBe('Strikes & counter-strikes');
    expect(item!.summary).toBe('Officials said at least 9 people were hurt.');
  });

  it('decodes named and numeric entities, including escaped HTML in descriptions', () => {
    const [item] = items(
      rss(`<item><title>Kabul &amp; Islamabad trade claims &#8212; again &#x2019;s</title>
      <link>https://news.example.com/c?id=1&amp;ref=rss</link>
      <description>&lt;p&gt;Dozens hurt&amp;nbsp;&amp;mdash; a &amp;quot;grave&amp;quot; toll&lt;/p&gt;</description></item>`),
    );
    expect(item!.title).toBe('Kabul & Islamabad trade claims — again ’s');
    expect(item!.link).toBe('https://news.example.com/c?id=1&ref=rss');
    expect(item!.summary).toBe('Dozens hurt — a "grave" toll');
  });

  it('tolerates bare ampersands and HTML named entities that XML does not define', () => {
    const [item] = items(
      rss(
        `<item><title>Q&A: the border &mdash; explained</title><link>https://news.example.com/d?a=1&b=2</link></item>`,
      ),
    );
    expect(item!.title).toBe('Q&A: the border — explained');
    expect(item!.link).toBe('https://news.example.com/d?a=1&b=2');
  });

  it('resolves relative links against the feed address', () => {
    const links = items(
      rss(
        `<item><title>a</title><link>/world/asia/e</link></item><item><title>b</title><link>f.html</link></item>`,
      ),
    ).map((i) => i.link);
    expect(links).toEqual([
      'https://news.example.com/world/asia/e',
      'https://news.example.com/feeds/f.html',
    ]);
  });

  it('falls back to atom:link, then a permalink guid, and skips items with no usable link', () => {
    const list = items(
      rss(`
      <item><title>atom</title><atom:link rel="alternate" href="https://news.example.com/g"/></item>
      <item><title>guid</title><guid>https://news.example.com/h</guid></item>
      <item><title>guid not a link</title><guid isPermaLink="false">urn:x:1</guid></item>
      <item><title>javascript</title><link>javascript:alert(1)</link></item>`),
    );
    expect(list.map((i) => i.title)).toEqual(['atom', 'guid']);
  });

  it('reads dc:date and content:encoded when there is no pubDate or description', () => {
    const [item] = items(
      rss(`<item><title>t</title><link>https://news.example.com/i</link><dc:date>2026-02-27T18:00:00+05:00</dc:date>
      <content:encoded><![CDATA[<div><p>First.</p><p>Second.</p></div>]]></content:encoded></item>`),
    );
    expect(item!.published).toBe('2026-02-27T13:00:00.000Z');
    expect(item!.summary).toBe('First. Second.');
  });

  it('uses media:title and media:description (also inside media:group) when the item has no own text', () => {
    const list = items(
      rss(`
      <item><link>https://news.example.com/v1</link><media:title>Video: the crossing</media:title><media:description>Footage from Torkham.</media:description></item>
      <item><link>https://news.example.com/v2</link><media:group><media:title>Clip</media:title><media:description>Aftermath in Khost.</media:description></media:group></item>`),
    );
    expect(list.map((i) => [i.title, i.summary])).toEqual([
      ['Video: the crossing', 'Footage from Torkham.'],
      ['Clip', 'Aftermath in Khost.'],
    ]);
  });

  it('drops scripts and styles from descriptions', () => {
    const [item] = items(
      rss(`<item><title>t</title><link>https://news.example.com/j</link>
      <description><![CDATA[<style>p{color:red}</style><p>Text</p><script>var x = "<p>no</p>";</script>]]></description></item>`),
    );
    expect(item!.summary).toBe('Text');
  });

  it('lists each link once', () => {
    expect(
      items(
        rss(
          `<item><title>a</title><link>https://news.example.com/k</link></item><item><title>b</title><link>https://news.example.com/k#x</link></item>`,
        ),
      ),
    ).toHaveLength(1);
  });
});

describe('parseFeed: Atom', () => {
  const atom = (entries: string, base = '') => `<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"${base}><title type="text">Example Atom</title>${entries}</feed>`;

  it('prefers the rel=alternate HTML link over self and enclosure links', () => {
    const [item] = items(
      atom(`<entry><title>Ceasefire holds</title>
      <link rel="self" href="https://news.example.com/api/1"/><link rel="enclosure" href="https://cdn.example.com/a.mp3"/>
      <link rel="alternate" type="application/json" href="https://news.example.com/1.json"/>
      <link rel="alternate" type="text/html" href="/2026/02/28/ceasefire"/>
      <published>2026-02-28T06:00:00Z</published><updated>2026-02-28T08:00:00Z</updated>
      <summary type="html">&lt;p&gt;The truce &lt;em&gt;held&lt;/em&gt; overnight.&lt;/p&gt;</summary></entry>`),
    );
    expect(item).toEqual({
      title: 'Ceasefire holds',
      link: 'https://news.example.com/2026/02/28/ceasefire',
      published: '2026-02-28T06:00:00.000Z',
      summary: 'The truce held overnight.',
    });
  });

  it('takes a link without rel as alternate, XHTML content as text, and honours xml:base', () => {
    const [item] = items(
      atom(
        `<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Talks in <b>Doha</b></div></title>
      <link href="story/7"/><updated>2026-03-01T10:00:00+04:30</updated>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Delegations met.</p></div></content></entry>`,
        ' xml:base="https://other.example.org/en/"',
      ),
    );
    expect(item).toEqual({
      title: 'Talks in Doha',
      link: 'https://other.example.org/en/story/7',
      published: '2026-03-01T05:30:00.000Z',
      summary: 'Delegations met.',
    });
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, with dc:date', () => {
    const xml = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.example.com/"><title>RDF News</title><link>https://news.example.com/</link></channel>
      <item rdf:about="https://news.example.com/r/1"><title>One</title><link>https://news.example.com/r/1</link><dc:date>2026-02-26T12:00:00Z</dc:date><description>First item.</description></item>
      <item rdf:about="https://news.example.com/r/2"><title>Two</title></item></rdf:RDF>`;
    const r = parseFeed(xml, BASE);
    expect(r.ok && r.feed.title).toBe('RDF News');
    expect(r.ok && r.feed.items).toEqual([
      {
        title: 'One',
        link: 'https://news.example.com/r/1',
        published: '2026-02-26T12:00:00.000Z',
        summary: 'First item.',
      },
      { title: 'Two', link: 'https://news.example.com/r/2', published: null, summary: '' },
    ]);
  });
});

describe('parseFeed: what is not a feed', () => {
  it.each([
    ['an empty answer', '', FEED_ERRORS.empty],
    ['white space', '  \n ', FEED_ERRORS.empty],
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>Home</title></head><body><p>News & more</body></html>',
      FEED_ERRORS.webPage,
    ],
    ['an HTML page without doctype', '<html lang="en"><body>x</body></html>', FEED_ERRORS.webPage],
    [
      'an XHTML page',
      '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"></html>',
      FEED_ERRORS.webPage,
    ],
    ['JSON', '{"items": []}', FEED_ERRORS.notXml],
    ['plain text', 'Service unavailable', FEED_ERRORS.notXml],
    [
      'another XML document',
      '<?xml version="1.0"?><sitemapindex><sitemap/></sitemapindex>',
      FEED_ERRORS.notFeed,
    ],
  ])('rejects %s', (_, text, error) => {
    expect(parseFeed(text, BASE)).toEqual({ ok: false, error });
  });

  it('says where broken XML breaks', () => {
    const r = parseFeed('<rss><channel><item><title>x</title></channel></rss>', BASE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^The feed is not valid XML: .+\(line \d+\)\.$/);
  });

  it('accepts a feed with no items', () => {
    expect(parseFeed(rss(''), BASE)).toEqual({
      ok: true,
      feed: { title: 'Example World', items: [] },
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => rss(`<item><title>${s}</title><link>${s}</link></item>`)),
        ),
        (text) => {
          const r = parseFeed(text, BASE);
          if (r.ok) for (const item of r.feed.items) expect(item.link).toMatch(/^https?:\/\//);
          else expect(r.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Fri, 27 Feb 2026 14:05:00 GMT', '2026-02-27T14:05:00.000Z'],
    ['Fri, 27 Feb 2026 14:05:00 +0500', '2026-02-27T09:05:00.000Z'],
    ['Fri, 27 Feb 2026 14:05:00 PKT', '2026-02-27T09:05:00.000Z'],
    ['Fri, 27 Feb 2026 14:05:00 AFT', '2026-02-27T09:35:00.000Z'],
    ['Fri, 27 Feb 2026 14:05:00 IST', '2026-02-27T08:35:00.000Z'],
    ['Mon, 27 Feb 2026 14:05:00 GMT', '2026-02-27T14:05:00.000Z'],
    ['27 Feb 2026 14:05 +0000', '2026-02-27T14:05:00.000Z'],
    ['2026-02-27T14:05:00Z', '2026-02-27T14:05:00.000Z'],
    ['2026-02-27', '2026-02-27'],
    ['', null],
    ['yesterday', null],
    ['0000-00-00', null],
  ])('%j → %j', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });
});

describe('entity and HTML helpers', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&#8216;x&#8217; &#x201C;y&#x201D;', '‘x’ “y”'],
    ['&unknown; &#0; &#xD800;', '&unknown; &#0; &#xD800;'],
    ['no entities', 'no entities'],
  ])('decodeEntities(%j)', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('unwrapXmlText keeps CDATA literal and decodes the rest once', () => {
    expect(unwrapXmlText('a &amp;amp; <![CDATA[&amp; <b>]]> c')).toBe('a &amp; &amp; <b> c');
  });

  it('htmlToText keeps comparisons written with a bare "<"', () => {
    expect(htmlToText('<p>fewer than 5 &lt; 7</p><br/>next')).toBe('fewer than 5 < 7 next');
  });
});

describe('parseFeed: categories', () => {
  it('reads RSS categories, dc:subject and media:keywords as plain text, once each', () => {
    const [item] = items(
      rss(`<item><title>Night of strikes</title><link>https://news.example.com/a/9</link>
        <category>Pakistan</category><category domain="x"><![CDATA[Khyber <b>Pakhtunkhwa</b>]]></category>
        <category>Pakistan</category><dc:subject>Durand Line</dc:subject>
        <media:keywords>Taliban, Kabul ,  </media:keywords></item>`),
    );
    expect(item!.categories).toEqual([
      'Pakistan',
      'Khyber Pakhtunkhwa',
      'Durand Line',
      'Taliban',
      'Kabul',
    ]);
  });

  it('reads Atom category labels (else terms) and leaves the field out when there are none', () => {
    const feed = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>a</title><link href="https://news.example.com/a/1"/>
        <category term="asia" label="Asia"/><category term="afghanistan"/></entry>
      <entry><title>b</title><link href="https://news.example.com/a/2"/></entry></feed>`;
    const [a, b] = items(feed);
    expect(a!.categories).toEqual(['Asia', 'afghanistan']);
    expect(b).not.toHaveProperty('categories');
  });
});

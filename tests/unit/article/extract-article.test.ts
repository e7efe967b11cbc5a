import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/article/extract-article';
import { parseHtml } from '../../../lib/dom/parse-html';

const BODY = `
<p>Border guards on both sides reported heavy gunfire through the night, and residents of nearby villages said they sheltered in basements until dawn.</p>
<p>Officials said talks between military commanders were expected later in the week, although no date had been agreed and neither side would confirm the venue.</p>
<p>Traders waiting at the crossing said hundreds of lorries loaded with fruit had been stuck for days, and that much of their cargo would soon spoil in the heat.</p>`;

function page(head: string, body: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('extractArticle: metadata', () => {
  it.each([
    [
      'og:title',
      '<meta property="og:title" content="Guards trade fire at crossing">',
      '',
      'Guards trade fire at crossing',
    ],
    [
      'JSON-LD headline',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lorries stuck at crossing"}</script>',
      '',
      'Lorries stuck at crossing',
    ],
    ['<h1>', '', '<h1>Villagers shelter overnight</h1>', 'Villagers shelter overnight'],
    ['<title> minus outlet', '<title>Commanders to meet | Dawn</title>', '', 'Commanders to meet'],
    [
      '<title> minus " - Outlet News"',
      '<title>Commanders to meet - Frontier News</title>',
      '',
      'Commanders to meet',
    ],
  ])('reads the title from %s', (_src, head, body, expected) => {
    expect(extractArticle(page(head, `${body}<article>${BODY}</article>`), null).title).toBe(
      expected,
    );
  });

  it.each([
    ['https://www.dawn.com/news/1', 'Dawn', 'dawn.com'],
    ['https://tribune.com.pk/story/2', 'The Express Tribune', 'tribune.com.pk'],
    ['https://www.bbc.co.uk/news/world-asia-1', 'BBC', 'bbc.co.uk'],
    ['https://apnews.com/article/x', 'AP News', 'apnews.com'],
    [
      'https://timesofindia.indiatimes.com/world/x',
      'The Times of India',
      'timesofindia.indiatimes.com',
    ],
    ['https://www.tolonews.com/afghanistan-1', 'TOLOnews', 'tolonews.com'],
    ['https://news.example.co.uk/a', 'example.co.uk', 'example.co.uk'],
  ])('names the outlet of %s', (url, outlet, domain) => {
    const a = extractArticle(page('', `<article>${BODY}</article>`), url);
    expect(a.outlet).toBe(outlet);
    expect(a.domain).toBe(domain);
  });

  it('uses og:site_name for outlets not in the table, and the canonical link when no URL is given', () => {
    const a = extractArticle(
      page(
        '<link rel="canonical" href="https://www.valleytimes.example.com/x"><meta property="og:site_name" content="Valley Times">',
        `<article>${BODY}</article>`,
      ),
      null,
    );
    expect(a.domain).toBe('example.com');
    expect(a.outlet).toBe('Valley Times');
  });

  it.each([
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-02-27T09:15:00+05:00"}</script>',
      '',
      '2026-02-27T09:15:00+05:00',
    ],
    [
      'article:published_time',
      '<meta property="article:published_time" content="2025-10-12">',
      '',
      '2025-10-12',
    ],
    [
      'parsely-pub-date',
      '<meta name="parsely-pub-date" content="2025-10-19T08:00:00Z">',
      '',
      '2025-10-19T08:00:00Z',
    ],
    [
      '<time datetime>',
      '',
      '<time datetime="2026-02-28T10:00">28 Feb</time>',
      '2026-02-28T10:00:00',
    ],
    [
      'a visible dateline (month first)',
      '',
      '<p class="date">Published February 27, 2026</p>',
      '2026-02-27',
    ],
    ['a visible dateline (day first)', '', '<p class="date">27 Feb 2026</p>', '2026-02-27'],
  ])('reads the publication date from %s', (_src, head, body, expected) => {
    expect(extractArticle(page(head, `${body}<article>${BODY}</article>`), null).published).toBe(
      expected,
    );
  });

  it('gives null when the page has no date', () => {
    expect(extractArticle(page('', `<article>${BODY}</article>`), null).published).toBeNull();
  });
});

describe('extractArticle: body', () => {
  const html = `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
<h1>Guards trade fire at crossing</h1>
<p class="standfirst">Residents describe a sleepless night as fighting flares.</p>
<figure><img src="a.jpg"><figcaption>Lorries wait at the crossing on Tuesday. Photo: agency</figcaption></figure>
${BODY}
<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Earlier clash leaves two dead</a></li><li><a href="/b">Ministers meet in Doha</a></li></ul></div>
<p>Advertisement</p>
<div class="newsletter-promo"><p>Sign up for our daily briefing and get the news first.</p></div>
<p>A senior official said the crossing would reopen once the security situation allowed, but gave no timetable for the decision.</p>
</article>
<footer>© 2026 Example News. All rights reserved.</footer>`;

  it('keeps the story paragraphs, separated by blank lines', () => {
    const text = extractArticle(
      page('<title>Guards trade fire at crossing</title>', html),
      null,
    ).text;
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Border guards on both sides/);
    expect(paragraphs).toContain(
      'A senior official said the crossing would reopen once the security situation allowed, but gave no timetable for the decision.',
    );
  });

  it.each([
    ['the headline', 'Guards trade fire at crossing'],
    ['the standfirst', 'sleepless night'],
    ['the caption', 'Lorries wait at the crossing on Tuesday'],
    ['related stories', 'Earlier clash leaves two dead'],
    ['the advertisement label', 'Advertisement'],
    ['the newsletter promo', 'Sign up for our daily briefing'],
    ['navigation', 'Home'],
    ['the footer', 'All rights reserved'],
  ])('leaves out %s', (_what, snippet) => {
    const text = extractArticle(
      page('<title>Guards trade fire at crossing</title>', html),
      null,
    ).text;
    expect(text).not.toContain(snippet);
  });

  it('never changes the caller document', () => {
    const doc = page('<title>Guards trade fire at crossing</title>', html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('falls back to paragraph text when Readability finds no article', () => {
    const doc = page(
      '',
      '<div><p>Only one short but meaningful paragraph about the crossing stays here today.</p></div>',
    );
    expect(extractArticle(doc, null).text).toContain('Only one short but meaningful paragraph');
  });

  it('works on a document made by linkedom directly', () => {
    const { document } = parseHTML(
      `<!DOCTYPE html><html><head><title>T</title></head><body><article>${BODY}</article></body></html>`,
    );
    expect(extractArticle(document as unknown as Document, null).text).toMatch(
      /Traders waiting at the crossing/,
    );
  });
});

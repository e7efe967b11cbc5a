import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readGateInput } from '../../../lib/page/read-gate-input';

const page = (head: string, body: string) =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

const LONG =
  'Border guards on both sides exchanged fire near the crossing for several hours. '.repeat(4);

describe('readGateInput', () => {
  it('reads the title and the meta tags the gate needs, first of each, in a fixed order', () => {
    const doc = page(
      '<title>Clashes at the border</title>' +
        '<meta property="og:title" content="OG headline">' +
        '<meta name="description" content="A short summary">' +
        '<meta name="description" content="A second summary">' +
        '<meta name="author" content="Not read">',
      `<p>${LONG}</p>`,
    );
    const input = readGateInput(doc);
    expect(input.title).toBe('Clashes at the border');
    expect(input.meta).toBe('A short summary \nOG headline');
  });

  it('prefers the article element and its paragraphs over navigation and footers', () => {
    const doc = page(
      '<title>t</title>',
      `<nav>Home World Sport Cricket Weather</nav><article><h1>Headline here</h1><p>${LONG}</p></article><footer><p>Copyright notice</p></footer>`,
    );
    const { text } = readGateInput(doc);
    expect(text.startsWith('Headline here')).toBe(true);
    expect(text).toContain('Border guards');
    expect(text).not.toContain('Cricket');
    expect(text).not.toContain('Copyright');
  });

  it('reads the body paragraphs when there is no article element, skipping link menus', () => {
    const doc = page(
      '<title>t</title>',
      `<div class="menu"><a>Cricket</a><a>Weather</a></div><div><p>${LONG}</p></div>`,
    );
    const { text } = readGateInput(doc);
    expect(text).toContain('Border guards');
    expect(text).not.toContain('Cricket');
  });

  it('falls back to the text of a page that has no paragraphs', () => {
    const doc = page(
      '<title>t</title>',
      '<main><div>Pakistan and Afghanistan forces clashed overnight.</div></main>',
    );
    expect(readGateInput(doc).text).toContain('clashed overnight');
  });

  it('stops at the character budget', () => {
    const doc = page('<title>t</title>', `<article>${`<p>${LONG}</p>`.repeat(200)}</article>`);
    expect(readGateInput(doc, 3_000).text.length).toBeLessThanOrEqual(3_000);
    expect(readGateInput(doc, 500).text.length).toBe(500);
  });

  it('copes with an empty document', () => {
    const doc = page('', '');
    expect(readGateInput(doc)).toEqual({ title: '', meta: '', text: '' });
  });
});

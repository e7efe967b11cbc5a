/**
 * Reads the little the cheap coverage gate needs from a page: title, a few
 * meta tags and the first few thousand characters of the article's
 * paragraphs. It stops early, so it costs about one
 * `document.body.textContent` read or less, even on huge pages.
 */
export interface GateInput {
  title: string;
  meta: string;
  text: string;
}

const META_NAMES = [
  'description',
  'og:title',
  'og:description',
  'twitter:title',
  'keywords',
  'news_keywords',
];
const META_NAME_SET = new Set(META_NAMES);
/** Below this much paragraph text the page is not built from <p>: read the root's text instead. */
const MIN_PARAGRAPH_TEXT = 200;
/** A character String#trim would keep (JS \s is exactly what trim removes). */
const NON_SPACE = /\S/;

export function readGateInput(doc: Document, maxChars = 3_000): GateInput {
  // <meta> lives in <head>: one pass over its meta elements, first match per
  // name in META_NAMES order (npm run bench: whole-document selector queries
  // were most of the gate's cost on large pages).
  const firstByName = new Map<string, Element>();
  const metas = (doc.head ?? doc.documentElement)?.getElementsByTagName('meta') ?? [];
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i] as Element;
    for (const attr of ['name', 'property']) {
      const key = el.getAttribute(attr);
      if (key !== null && META_NAME_SET.has(key) && !firstByName.has(key)) firstByName.set(key, el);
    }
  }
  const metaParts: string[] = [];
  for (const name of META_NAMES) {
    const content = firstByName.get(name)?.getAttribute('content');
    if (content) metaParts.push(content.slice(0, 500));
  }
  const root = doc.querySelector('article, main') ?? doc.body ?? doc.documentElement;
  return {
    title: (doc.title || '').slice(0, 500),
    meta: metaParts.join(' \n'),
    text: root ? leadText(root, maxChars) : '',
  };
}

/**
 * The first paragraphs under `root`: headings and <p> text through native
 * collections, a handful of calls instead of a script-side walk over every
 * node (each node touched from the extension's isolated world costs a
 * wrapper). Navigation and footers rarely hold <p>. Pages with no
 * paragraphs fall back to the root's text.
 */
function leadText(root: Element, maxChars: number): string {
  let out = '';
  const blocks = root.querySelectorAll('h1, p');
  for (let i = 0; i < blocks.length && out.length < maxChars; i++) {
    const text = (blocks[i] as Element).textContent;
    if (text && NON_SPACE.test(text))
      out += text.length > 1_000 ? text.slice(0, 1_000) + ' ' : text + ' ';
  }
  if (out.length < MIN_PARAGRAPH_TEXT) out = (root.textContent ?? '').slice(0, maxChars);
  return out.slice(0, maxChars);
}

/**
 * Reads the little the cheap coverage gate needs from a page: title, a few
 * meta tags and the first few thousand characters of visible text. It walks
 * text nodes and stops early, so it costs less than one
 * `document.body.textContent` read even on huge pages.
 */
export interface GateInput {
  title: string;
  meta: string;
  text: string;
}

/** Elements whose text is never article copy. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'svg', 'SVG']);
const META_NAMES = ['description', 'og:title', 'og:description', 'twitter:title', 'keywords', 'news_keywords'];
const META_NAME_SET = new Set(META_NAMES);
// DOM constants as numbers: lib/ must not reach for browser globals like NodeFilter.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;
/** A character String#trim would keep (JS \s is exactly what trim removes). */
const NON_SPACE = /\S/;

export function readGateInput(doc: Document, maxChars = 3_000): GateInput {
  // One pass over the <meta> elements instead of one selector query per name:
  // each query scanned the whole document when the tag was absent, which was
  // most of the gate's cost on large pages (npm run bench). Same result: for
  // each name, in META_NAMES order, the first <meta> in document order whose
  // name or property equals it.
  const firstByName = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
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
  const root =
    doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  return {
    title: (doc.title || '').slice(0, 500),
    meta: metaParts.join(' \n'),
    text: root ? firstText(doc, root, maxChars) : '',
  };
}

function firstText(doc: Document, root: Node, maxChars: number): string {
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let out = '';
  let node: Node | null = walker.currentNode;
  while (node && out.length < maxChars) {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue;
      // A test, not trim(): no copy of every whitespace-only node between tags.
      if (value && NON_SPACE.test(value)) out += value.length > 400 ? value.slice(0, 400) + ' ' : value + ' ';
      node = walker.nextNode();
    } else if (SKIP.has((node as Element).tagName)) {
      // Skip the whole subtree: jump to the next sibling or an ancestor's sibling.
      node = walker.nextSibling() ?? nextAfterSubtree(walker);
    } else {
      node = walker.nextNode();
    }
  }
  return out.slice(0, maxChars);
}

function nextAfterSubtree(walker: TreeWalker): Node | null {
  while (walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

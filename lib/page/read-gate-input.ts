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
// DOM constants as numbers: lib/ must not reach for browser globals like NodeFilter.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const TEXT_NODE = 3;

export function readGateInput(doc: Document, maxChars = 3_000): GateInput {
  const metaParts: string[] = [];
  for (const name of META_NAMES) {
    const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
    const content = el?.getAttribute('content');
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
      if (value && value.trim()) out += value.length > 400 ? value.slice(0, 400) + ' ' : value + ' ';
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

import { ARTICLE_CONFIG } from './config';
import {
  BLOCK_TAGS,
  BOX_CLASS,
  BOX_ROLE,
  FURNITURE_LINE,
  SKIP_TAGS,
  TRAILER_HEADING,
} from './boilerplate-patterns';

/**
 * The plain-text paragraphs inside an element: block elements and <br> end a
 * paragraph, whitespace is collapsed, and captions, promo/related boxes and
 * furniture lines are left out.
 *
 * @example elementToParagraphs(el) // ['First paragraph.', 'Second.']
 */
export function elementToParagraphs(root: Element): string[] {
  // The whole text's length matters only once a box is found: read it then, once.
  let totalChars = -1;
  const total = (): number =>
    (totalChars = totalChars < 0 ? (root.textContent ?? '').length || 1 : totalChars);
  const paragraphs: string[] = [];
  const headings = new Set<number>();
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    buf = '';
    if (t) paragraphs.push(t);
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isBox(el, total)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'IMG' || tag === 'PICTURE') return;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) {
      if (/^H[1-6]$/.test(tag) && buf.trim()) headings.add(paragraphs.length);
      if (isLinkBlock(el, buf)) buf = '';
      flush();
    }
  };
  walk(root);
  return dropTrailers(paragraphs, headings).filter((p) => !isFurnitureLine(p));
}

/** A box that is not story text, judged by tag attributes, and small enough relative to the whole to be furniture. */
function isBox(el: Element, total: () => number): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = el.getAttribute('role');
  const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  const looksBoxed =
    (role !== null && BOX_ROLE.test(role)) || (names.trim() !== '' && BOX_CLASS.test(names));
  if (!looksBoxed) return false;
  const share = (el.textContent ?? '').length / total();
  return share < ARTICLE_CONFIG.boxMaxShareOfBody;
}

/**
 * A short block that is nothing but a link: a teaser for another story
 * ("CO-FOUNDER PROUD OF …" between paragraphs), not prose of this one.
 */
function isLinkBlock(el: Element, text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > ARTICLE_CONFIG.linkBlockMaxChars) return false;
  const tag = el.tagName.toUpperCase();
  if (tag !== 'P' && tag !== 'LI' && tag !== 'DIV' && !/^H[1-6]$/.test(tag)) return false;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a')))
    linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return linked >= t.length * ARTICLE_CONFIG.linkBlockMinDensity;
}

export function isFurnitureLine(p: string): boolean {
  if (p.length > ARTICLE_CONFIG.furnitureMaxChars) return false;
  return FURNITURE_LINE.some((re) => re.test(p));
}

/** Cuts a related-links or newsletter section that starts with a heading in the last third of the body. */
function dropTrailers(paragraphs: string[], headings: Set<number>): string[] {
  const from = Math.floor(paragraphs.length * (2 / 3));
  for (let i = Math.max(1, from); i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? '';
    if (headings.has(i) && TRAILER_HEADING.test(p.replace(/[:.!]+$/, '').trim()))
      return paragraphs.slice(0, i);
  }
  return paragraphs;
}

// The module itself, not the package index (lib/article/readability-module.d.ts says why).
import Readability from '@mozilla/readability/Readability.js';
import { ARTICLE_CONFIG } from './config';
import { elementToParagraphs } from './element-to-paragraphs';

/**
 * The article body as plain-text paragraphs joined by blank lines.
 * Readability picks the container (on a clone: the caller's document is never
 * changed, unless `consume` says the document is ours to spend); our own
 * walk then drops captions, boxes and furniture, and the headline when
 * Readability left it in. When Readability finds nothing, the longest runs of
 * <p> text outside navigation are used instead.
 */
export function extractBody(doc: Document, title: string, consume = false): string {
  let paragraphs: string[] | null = null;
  try {
    const target = consume ? doc : (doc.cloneNode(true) as Document);
    const result = new Readability<Element>(target, {
      charThreshold: ARTICLE_CONFIG.readabilityCharThreshold,
      maxElemsToParse: ARTICLE_CONFIG.readabilityMaxElems,
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
    if (result?.content) paragraphs = elementToParagraphs(result.content);
  } catch {
    paragraphs = null;
  }
  if (!paragraphs || paragraphs.join('').length < ARTICLE_CONFIG.fallbackMinParagraphChars) {
    paragraphs = fallbackParagraphs(doc);
  }
  return dropHeadline(paragraphs, title).join('\n\n');
}

/** Drops leading paragraphs that repeat the headline (Readability keeps an <h1> inside the container). */
function dropHeadline(paragraphs: string[], title: string): string[] {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const t = norm(title);
  if (!t) return paragraphs;
  let i = 0;
  while (i < Math.min(paragraphs.length, 3) && norm(paragraphs[i] ?? '') === t) i++;
  return i ? paragraphs.slice(i) : paragraphs;
}

/** When Readability gives up: every paragraph-like block of reasonable length outside page chrome. */
function fallbackParagraphs(doc: Document): string[] {
  const out: string[] = [];
  const blocks = Array.from(doc.querySelectorAll('p, li, blockquote, pre'));
  for (const b of blocks) {
    if (
      b.closest(
        'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]',
      )
    )
      continue;
    if (b.tagName === 'LI' && b.querySelector('p')) continue;
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length >= ARTICLE_CONFIG.fallbackMinParagraphChars && !/^(?:©|copyright)/i.test(t))
      out.push(t);
  }
  if (out.length) return out;
  const body = doc.body;
  return body ? elementToParagraphs(body) : [];
}

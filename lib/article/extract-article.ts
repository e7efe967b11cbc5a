import type { Article } from '../types';
import { firstMeta, readMeta } from '../dom/read-meta';
import { extractBody } from './extract-body';
import { extractOutlet } from './extract-outlet';
import { extractPublished } from './extract-published';
import { extractTitle } from './extract-title';
import { articleNodes, ldString, readJsonLd } from './read-json-ld';
import { registrableDomain } from './registrable-domain';

export interface ExtractArticleOptions {
  /**
   * The document belongs to the caller only for this call (the CLI parsed it
   * itself): Readability may then work on it directly instead of a clone.
   */
  consume?: boolean;
}

/**
 * A page's article: title, outlet, domain, publication date and body text.
 * The page's own address comes from `url`, else <link rel=canonical>, else og:url.
 * The document is not modified (unless `consume` is set).
 *
 * @example extractArticle(doc, 'https://www.dawn.com/news/1').outlet // 'Dawn'
 */
export function extractArticle(
  doc: Document,
  url: string | null,
  options: ExtractArticleOptions = {},
): Article {
  const meta = readMeta(doc);
  const ld = readJsonLd(doc);
  const articles = articleNodes(ld);
  const pageUrl = url ?? pageUrlOf(doc, meta);
  const domain = pageUrl ? registrableDomain(pageUrl) : '';
  const outlet = extractOutlet(meta, ld, domain);
  const title = extractTitle(doc, meta, articles, [outlet, domain]);
  const published = extractPublished(doc, meta, articles);
  const byline =
    ldString(articles[0], 'author') ??
    firstMeta(meta, ['author', 'article:author', 'byl', 'parsely-author']);
  const text = extractBody(doc, title, options.consume ?? false);
  return { title, outlet, domain, published, text, byline };
}

/** The address a saved page declares for itself: canonical link, then og:url. Only absolute http(s) URLs count. */
export function pageUrlOf(doc: Document, meta: Map<string, string> = readMeta(doc)): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'),
    meta.get('og:url'),
    meta.get('twitter:url'),
  ];
  for (const c of candidates) {
    const v = c?.trim();
    if (v && /^https?:\/\/[^\s/]+\.[^\s/]+/i.test(v)) return v;
  }
  return null;
}

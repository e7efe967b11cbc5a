import type { Analysis, Article } from './types';
import { extractArticle, pageUrlOf } from './article/extract-article';
import { OUTLETS } from './article/outlets';
import { registrableDomain } from './article/registrable-domain';
import { scoreCoverage } from './coverage/score-coverage';
import { extractFigures } from './figures/extract-figures';

export interface AnalyzeOptions {
  /** The page's address; when absent, the page's canonical link or og:url. */
  url?: string | null;
  /** Extract figures even when the page is not coverage of the conflict. */
  all?: boolean;
}

/**
 * The contract's `analyze` for a parsed page: article, coverage score and,
 * when the page is coverage (or `all`), its figures. The document is not
 * modified.
 *
 * @example analyzeDocument(doc, { url: 'https://www.dawn.com/news/1' }).coverage.detected
 */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const url = options.url ?? pageUrlOf(doc);
  return analyzeArticle(extractArticle(doc, url), url, options);
}

/**
 * `analyze` for a document the caller parsed for this purpose alone (feed
 * articles, CLI input): Readability may consume it instead of a clone.
 */
export function analyzeOwnedDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const url = options.url ?? pageUrlOf(doc);
  return analyzeArticle(extractArticle(doc, url, { consume: true }), url, options);
}

/** `analyze` for plain text: the text is the article body (a .txt input). */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const body = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const url = options.url ?? null;
  const domain = url ? registrableDomain(url) : '';
  const article: Article = {
    title: '',
    outlet: OUTLETS[domain] ?? domain,
    domain,
    published: null,
    text: body,
    byline: null,
  };
  return analyzeArticle(article, url, options);
}

function analyzeArticle(article: Article, url: string | null, options: AnalyzeOptions): Analysis {
  const coverage = scoreCoverage(article);
  const figures = coverage.detected || options.all ? extractFigures(article.text) : [];
  return { url, coverage, article, figures };
}

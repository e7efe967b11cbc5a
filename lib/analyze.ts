import type { Analysis, Article } from './types';
import { extractArticle, pageUrlOf } from './article/extract-article';
import { OUTLETS } from './article/outlets';
import { registrableDomain } from './article/registrable-domain';
import { scoreCoverageWithEvidence } from './coverage/score-coverage';
import { blankRelatedLinks } from './coverage/blank-related-links';
import { withCommonSpellings } from './article/common-spellings';
import { extractFigures } from './figures/extract-figures';

export interface AnalyzeOptions {
  /** The page's address; when absent, the page's canonical link or og:url. */
  url?: string | null;
  /** Extract figures even when the page is not coverage of the conflict. */
  all?: boolean;
  /**
   * Keep at most this many characters of article text (cut at a paragraph
   * or word break) and read only those; the result is flagged `truncated`.
   * The CLI sets it so that a huge input cannot give a huge answer.
   */
  maxTextChars?: number;
  /** List at most this many figures (the first ones); the result is flagged `truncated`. */
  maxFigures?: number;
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

/**
 * `analyze` for an article already read from its page (the background, from
 * the article a tab's analyzer sent): its coverage score and figures.
 */
export function analyzeArticle(
  article: Article,
  url: string | null,
  options: AnalyzeOptions = {},
): Analysis {
  const max = options.maxTextChars;
  const cut = max !== undefined && article.text.length > max;
  if (cut) article = { ...article, text: cutText(article.text, max) };
  // Read with the names' other spellings ("Taleban") as the rules know them; offsets are kept,
  // so each figure's phrase is taken from the text as written.
  const read = {
    ...article,
    title: withCommonSpellings(article.title),
    text: withCommonSpellings(article.text),
  };
  const { coverage, evidence } = scoreCoverageWithEvidence(read);
  // Figures are read in English only: in another language the numbers' words are not ours.
  let figures =
    (coverage.detected || options.all) && evidence.english
      ? // (Links to other stories kept inline are blanked, offsets kept: their counts are theirs.)
        extractFigures(blankRelatedLinks(read.text), { outlet: article.outlet }).map((f) => ({
          ...f,
          text: article.text.slice(f.start, f.end),
        }))
      : [];
  const tooMany = options.maxFigures !== undefined && figures.length > options.maxFigures;
  if (tooMany) figures = figures.slice(0, options.maxFigures);
  return cut || tooMany
    ? { url, coverage, article, figures, truncated: true }
    : { url, coverage, article, figures };
}

/** The text's first `max` characters, ending at the last paragraph break, else word break, in its second half. */
function cutText(text: string, max: number): string {
  const head = text.slice(0, max);
  const para = head.lastIndexOf('\n\n');
  if (para > max / 2) return head.slice(0, para);
  const space = head.search(/\s\S*$/);
  return (space > max / 2 ? head.slice(0, space) : head).trimEnd();
}

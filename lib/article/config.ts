/**
 * Tuning constants for article extraction, in one place. Frozen so no caller
 * can tune them at run time by accident.
 */
export const ARTICLE_CONFIG = Object.freeze({
  /** Readability's own threshold: fewer characters than this and it retries with looser rules. */
  readabilityCharThreshold: 500,
  /** Pages with more elements than this are not given to Readability (0 = no limit); huge pages use the fallback. */
  readabilityMaxElems: 0,
  /**
   * A block whose class/id looks like a caption, promo or related box is dropped
   * only when it holds less than this share of the body text: a wrapper that
   * happens to be called "has-share-bar" must not take the article with it.
   */
  boxMaxShareOfBody: 0.35,
  /** Furniture lines ("Advertisement", "Share this article") are at most this long. */
  furnitureMaxChars: 160,
  /** A block whose text is at least this share link text is a teaser for another story… */
  linkBlockMinDensity: 0.9,
  /** …when it is at most this long (long linked paragraphs are rare but real prose). */
  linkBlockMaxChars: 160,
  /** Fallback extraction keeps <p>-like blocks with at least this many characters. */
  fallbackMinParagraphChars: 40,
  /** A visible dateline is looked for in the first this-many characters of the page text. */
  datelineSearchChars: 4000,
  /** og:site_name longer than this is a slogan, not an outlet name. */
  outletMaxChars: 40,
});

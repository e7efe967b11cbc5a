/**
 * Limits of the command line. Real news pages are well inside them (the
 * largest saved article pages run to a few MB of HTML and under 100,000
 * characters of body text, with a few dozen figures); they exist so that a
 * wrong or hostile input gives a clear answer instead of hundreds of MB of
 * JSON. Documented in docs/cli.md ("Size limits").
 */
export const CLI_CONFIG = Object.freeze({
  /** Largest input read, in bytes (gzip files counted after unpacking); larger is an error. */
  maxInputBytes: 10 * 1024 * 1024,
  /** Article text kept and read for figures, in characters; longer text is cut and flagged `truncated`. */
  maxTextChars: 200_000,
  /** Figures listed per document; more are dropped and the document flagged `truncated`. */
  maxFigures: 1_000,
  /** A `.txt` first line is taken as the headline only when it is at most this long. */
  maxHeadlineChars: 200,
  /** …and has at most this many words. */
  maxHeadlineWords: 30,
});

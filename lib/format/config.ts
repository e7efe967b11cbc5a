/**
 * Tuning constants of the user interface and of the words it uses, in one
 * frozen object so that a change of policy is one edit with its reason.
 */
export const FORMAT_CONFIG = Object.freeze({
  /** Numbers and dates are written in British English ("27 Feb 2026", "2,575"), like most outlets we read. */
  locale: 'en-GB',
  /** Converted or "about" values are shown with at most this many decimals. */
  maxFractionDigits: 1,
  /**
   * The conventional spans of vague quantities (the contract's table, plus
   * the two larger ones outlets use). A vague figure whose bounds match one
   * is written with its word: "dozens (24–99)".
   */
  vagueWords: Object.freeze([
    Object.freeze({ word: 'several', low: 3, high: 9 }),
    Object.freeze({ word: 'dozens', low: 24, high: 99 }),
    Object.freeze({ word: 'scores', low: 40, high: 99 }),
    Object.freeze({ word: 'hundreds', low: 200, high: 999 }),
    Object.freeze({ word: 'thousands', low: 2000, high: 9999 }),
    Object.freeze({ word: 'tens of thousands', low: 20000, high: 99999 }),
  ]),
  /** Relative times switch unit at these ages (ms): seconds feel fussy, so under a minute is "just now". */
  relative: Object.freeze({
    justNowMs: 60_000,
    hourMs: 3_600_000,
    dayMs: 86_400_000,
    /** Beyond this many days we give the date instead of "n days ago". */
    maxRelativeDays: 7,
  }),
  /**
   * The popup's first render with data shows this many compared rows, each
   * with its table of values: under the page's header, the first row's table
   * already reaches below a 600-pixel popup's fold. The other rows follow
   * right after that first paint, so the reader sees data sooner.
   */
  firstScreenRows: 1,
  /** The popup polls the background this often while the page is being read (fast enough to feel live, cheap). */
  popupPollMs: 400,
  /** The popup asks how the feed refresh is going this often while it runs (a refresh takes up to a minute). */
  feedsPollMs: 1500,
  /** Failed requests in a row before the popup says the background does not answer (it may be starting up). */
  popupRetries: 5,
  /** A background request unanswered after this long counts as failed (then retried). */
  requestTimeoutMs: 4000,
  /** The options page polls refresh progress this often while a refresh runs. */
  refreshPollMs: 500,
  /** Refresh intervals the reader can choose, in minutes. */
  refreshChoices: Object.freeze([15, 30, 60, 180]),
});

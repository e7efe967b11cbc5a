/**
 * Tuning constants of the sources area, in one place.
 */
export const SOURCES_CONFIG = Object.freeze({
  /** Preferences a new install starts with. */
  defaultPrefs: Object.freeze({
    /** Feeds update every few minutes at most; half an hour keeps us polite. */
    refreshMinutes: 30,
    /** Discovery asks a third party (GDELT): off until the reader opts in. */
    discovery: false,
    /** Disputed figures are marked in the article: the reader turns it off in Options or the popup. */
    highlight: true,
  }),
  /** Bounds of refreshMinutes: below 5 is impolite to outlets, above a day is useless. */
  minRefreshMinutes: 5,
  maxRefreshMinutes: 1440,
  /** Longest domain name DNS allows (RFC 1035). */
  maxDomainLength: 253,
  /** Longest feed address we accept: beyond this it is almost surely pasted junk. */
  maxFeedUrlLength: 2048,
  /** Most feeds one source may list (each costs a request per refresh). */
  maxFeedsPerSource: 10,
  /** Longest display name. */
  maxNameLength: 100,
  /** Region guessed for a reader-added domain from its country-code ending. */
  regionBySuffix: Object.freeze({
    '.pk': 'pakistani',
    '.af': 'afghan',
    '.in': 'indian',
  } as const),
});

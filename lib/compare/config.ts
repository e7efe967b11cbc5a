/**
 * Every tuning constant of the comparison (event dating, matching, rows), in
 * one frozen object so that a change of policy is one edit with its reason.
 */
export const COMPARE_CONFIG = Object.freeze({
  interval: Object.freeze({
    /** "about n" spans ⌊(1 − aboutSpread)·n⌋ … ⌈(1 + aboutSpread)·n⌉ (the contract's ±10 %). */
    aboutSpread: 0.1,
    /**
     * Relative tolerance when either side was converted between units: the
     * contract counts 1,600 miles and 2,575 km as the same figure (within 1 %).
     */
    unitTolerance: 0.01,
  }),

  eventDate: Object.freeze({
    /**
     * Day cues ("on Thursday", "yesterday", "27 February") are only believed
     * when they land this many days before publication at most; a weekday
     * always does, a month-day further back is background ("the fighting on
     * October 11" in a February story).
     */
    lookbackDays: 10,
    /** Characters at the start of the text that count as the lede (the main episode is named there). */
    ledeChars: 700,
    /** Weight of a day cue in the title / lede / rest of the text when choosing the main date. */
    titleWeight: 3,
    ledeWeight: 2,
    bodyWeight: 1,
    /** Extra weight of a day cue inside a sentence that holds a casualty figure (the fighting being counted). */
    figureSentenceWeight: 1,
    /** Cues that point back to a previous episode ("last weekend", "last week") weigh this much less. */
    backgroundFactor: 0.25,
    /** A day cue after "since" ("clashes since Sunday") is the episode's first day: it weighs this much more. */
    sinceFactor: 2,
    /** A day cue right after a speech verb ("the army said on Sunday") dates the statement: it weighs this much. */
    reportingFactor: 0.5,
    /** A known episode is chosen when publication falls within its span plus this many days … */
    episodeLagDays: 10,
    /** … or, for an episode with no end yet, this many days after its start. */
    openEpisodeDays: 45,
    /** Score of one cue-word hit for a known episode (cue words are specific: "open war", "Doha"). */
    cueWeight: 2,
    /** Extra score when a cue word sits in the title. */
    titleCueWeight: 2,
    /** Score of a day cue that falls inside an episode's span. */
    dateInSpanWeight: 1.5,
    /** Score for publication inside an episode's (span + lag): the weakest evidence. */
    publishedInSpanWeight: 1,
    /** Below this score no known episode is chosen and the derived date stands. */
    minEpisodeScore: 1,
    /**
     * A report with no publication date and no day cue inside an episode needs
     * this many different cue words of it ("Torkham" five times is one cue):
     * places recur in every round.
     */
    undatedMinCues: 2,
    /**
     * Score factor of an episode whose publication window has passed (it
     * still needs a day cue inside it): later stories recall earlier rounds
     * ("after the strikes on Sunday"), so the current one wins close calls.
     */
    pastEpisodeFactor: 0.5,
    /**
     * Undated: a month-day after an episode but within its reporting window
     * (a follow-up's own day) counts this much of one inside it.
     */
    afterSpanFactor: 0.5,
    /** Undated: weight of a month named with its year ("late February 2026") as a day cue inside the episode. */
    namedMonthWeight: 1,
  }),

  /**
   * Two reports whose derived dates (no known episode) are this many days
   * apart at most are about the same episode: a day of fighting reported
   * over two or three days, without merging the next round. The store's
   * candidate query uses the same window around the page's event.
   */
  eventWindowDays: 2,

  /** An undated report joins the episode whose reports give the same running tallies (events-by-tallies.ts). */
  tallies: Object.freeze({
    /** Counts it must share with one report of the episode: one shared toll recurs across rounds. */
    minShared: 2,
    /** Counts below this are too common to tell episodes apart ("two soldiers"). */
    minValue: 10,
  }),

  match: Object.freeze({
    /** Most reports returned for one page (popup space, and reading time). */
    maxResults: 8,
    /**
     * Fuse is built over at most this many same-event candidates (the most
     * recent); keeps matching under the 30 ms budget even when the store
     * hands over everything.
     */
    maxFuseCandidates: 300,
    /** Queries whose Fuse scores are remembered (fuse-scores.ts): a few pages read in turn. */
    memoQueries: 16,
    /** Scores remembered per query at most (a few episodes' candidates). */
    memoRecords: 4_000,
    /** Fuse options: titles and named actors/places (queried with include-matches, see match-reports). */
    fuse: Object.freeze({
      threshold: 0.35,
      ignoreLocation: true,
      includeScore: true,
      useExtendedSearch: true,
      minMatchCharLength: 3,
      keys: Object.freeze([
        Object.freeze({ name: 'title', weight: 0.6 }),
        Object.freeze({ name: 'signals', weight: 0.4 }),
      ]),
    }),
    /** Title words shorter than this, and stop words, are not searched for. */
    minTokenLength: 4,
    /** Most title tokens and signals used in the Fuse query (long queries are slow and noisy). */
    maxQueryTerms: 12,
    /** Weight of the text similarity (1 − Fuse score) in the rank. */
    textWeight: 1,
    /** Weight of the share of this page's figure slots that the candidate fills with an overlapping value. */
    figureWeight: 1.5,
    /** Weight of shared signals (Jaccard over actors and places). */
    signalWeight: 0.5,
    /** Weight of recency (a later report of the same event ranks a little higher: counts grow). */
    recencyWeight: 0.1,
    /** Days over which the recency bonus halves. */
    recencyHalfLifeDays: 3,
    /** Candidates scoring below this are not the same story, even within the event. */
    minScore: 0.15,
  }),

  rows: Object.freeze({
    /**
     * `other` figures are kept only when they carry a unit (km, percent,
     * hours): unit-less others (strikes, aircraft, crossings) mean different
     * things in different reports and would show false conflicts.
     */
    requireUnitForOther: true,
  }),
});

/** Stop words left out of title queries (they match every headline). */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set([
  'says',
  'said',
  'with',
  'from',
  'that',
  'this',
  'after',
  'over',
  'into',
  'amid',
  'their',
  'they',
  'have',
  'will',
  'were',
  'been',
  'what',
  'when',
  'about',
  'more',
  'than',
  'news',
  'live',
  'update',
  'updates',
]);

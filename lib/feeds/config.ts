/**
 * Tuning constants of feed reading and refreshing, in one place.
 */
export const FEEDS_CONFIG = Object.freeze({
  /** Most items read from one feed: news feeds carry 10–100; more is a dump. */
  maxItemsPerFeed: 200,
  /** Longest summary kept per item: the cheap coverage gate needs a few sentences, not the article. */
  maxSummaryChars: 2000,
  /** Longest title kept. */
  maxTitleChars: 500,
  /** Categories kept per item, and the longest one: tags, not prose. */
  maxCategoriesPerItem: 20,
  maxCategoryChars: 100,
  /**
   * Time-zone abbreviations that appear in RSS dates but that Date.parse does
   * not know (it knows UT, GMT, Z and the US zones). Outlets in the region
   * write their local zones: PKT (Pakistan), AFT (Afghanistan), IST (India).
   */
  zoneOffsets: Object.freeze({
    PKT: '+0500',
    AFT: '+0430',
    IST: '+0530',
    GST: '+0400',
    AST: '+0300',
    TRT: '+0300',
    BST: '+0100',
    CET: '+0100',
    CEST: '+0200',
    AEST: '+1000',
    AEDT: '+1100',
  } as Record<string, string>),

  // Refresh politeness and safety
  /** Requests in flight to one host at once. */
  perHostConcurrency: 2,
  /** Requests in flight overall (waiting on the network costs no CPU; analysis runs one at a time). */
  totalConcurrency: 8,
  /**
   * Whole request, headers and body, must finish within this. A feed or page
   * that needs longer is rare, and a silent host must not hold a slot for
   * long: the first refresh on install reads 40 sources within a minute.
   */
  requestTimeoutMs: 10_000,
  /** Largest response body read; beyond it the request is aborted. Feeds are rarely over 1 MB. */
  maxResponseBytes: 3 * 1024 * 1024,
  /** Article pages fetched per source per refresh: new coverage is a handful an hour. */
  maxArticlesPerSource: 6,
  /**
   * Article pages fetched per refresh in all. Each costs a fetch and a full
   * analysis (about 0.1–0.5 s of CPU on a slow machine): 48 keep the first
   * refresh of 40 sources within a minute; what is left waits for the next.
   */
  maxArticlesPerRefresh: 48,
  /**
   * Links of fetched articles each source remembers (as 8-character keys), so
   * an article read and found not to be coverage is not fetched every refresh.
   * Feeds carry 10–100 items; 200 covers a day of a busy feed.
   */
  rememberedLinksPerSource: 200,
  /** No article fetch starts later than this into a refresh (timeouts end the ones in flight). */
  refreshBudgetMs: 40_000,
  /** Backoff after a failed refresh: base × 2^(failures − 1), capped. */
  backoffBaseMs: 30 * 60_000,
  backoffMaxMs: 24 * 60 * 60_000,

  // GDELT discovery
  gdelt: Object.freeze({
    endpoint: 'https://api.gdeltproject.org/api/v2/doc/doc',
    /** GDELT asks for at most one request every 5 seconds. */
    minIntervalMs: 5_000,
    maxRecords: 50,
    /** How far back to look (GDELT's timespan syntax). */
    timespan: '3d',
    /** Both countries plus a word of fighting or talks; English sources only. */
    defaultQuery:
      'Pakistan Afghanistan (border OR clashes OR airstrikes OR Taliban OR ceasefire OR "Durand Line") sourcelang:english',
  }),
});

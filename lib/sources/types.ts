/**
 * Types of the sources area: the outlets Crosscheck reads, the reader's
 * preferences, and how each source's last refresh went.
 */

export const REGIONS = ['pakistani', 'afghan', 'indian', 'regional', 'international'] as const;
/** Where an outlet is based, so readers can see whose press says what. */
export type Region = (typeof REGIONS)[number];

/** One outlet: where its pages live and which feeds announce its new articles. */
export interface Source {
  /** Stable key (builtins: a short slug; reader-added sources: the domain). */
  id: string;
  /** Display name ("Dawn", "Al Jazeera"). */
  name: string;
  /** Registrable domain without "www." ("dawn.com"); also covers subdomains. */
  domain: string;
  /** RSS/Atom/RDF feed addresses (http/https). May be empty: pages are then read only when opened. */
  feeds: string[];
  region: Region;
  /** Read its feeds on refresh and its pages when opened. */
  enabled: boolean;
  /** The reader trusts this outlet (shown first, marked in comparisons). */
  trusted: boolean;
  /** Shipped with Crosscheck (as opposed to added by the reader). */
  builtin: boolean;
}

/** The reader's preferences. */
export interface Prefs {
  /** Minutes between background feed refreshes. */
  refreshMinutes: number;
  /** Also look for coverage through GDELT (sends a query to a third party). */
  discovery: boolean;
  /** Highlight figures on the page. */
  highlight: boolean;
}

/** Conditional-request state of one feed, kept between refreshes. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Items the feed held when last parsed (reused when it answers 304 Not Modified). */
  items?: number;
}

/** How reading one source went, for the options page and for backoff. */
export interface SourceHealth {
  sourceId: string;
  /** When a refresh last tried this source (ms since epoch). */
  lastAttempt: number | null;
  /** When at least one of its feeds was last read (ms since epoch). */
  lastSuccess: number | null;
  /** Items in its feeds at the last refresh. */
  itemsFound: number;
  /** Items of its feeds the feed gate passed at the last refresh (absent in records older than it). */
  itemsMatched?: number;
  /** Articles fetched and analysed at the last refresh. */
  articlesRead?: number;
  /** Articles that could not be fetched or analysed at the last refresh. */
  articlesFailed?: number;
  /** New matching items left for a later refresh (per-refresh caps or time budget). */
  articlesLeft?: number;
  /** Reports kept from its articles at the last refresh. */
  reportsKept: number;
  /** Keys of article links fetched by recent refreshes (lib/feeds/refresh.ts linkKey), newest first. */
  readLinks?: string[];
  /** What went wrong last time, in words a reader understands; null when all went well. */
  error: string | null;
  /** Refreshes in a row in which no feed of this source could be read. */
  consecutiveFailures: number;
  /** Backoff: no automatic attempt before this time (ms since epoch), or null. */
  nextAttemptAt: number | null;
  /** Per feed URL. */
  feedState: Record<string, FeedState>;
}

/** A fresh health record for a source never tried. */
export function emptyHealth(sourceId: string): SourceHealth {
  return {
    sourceId,
    lastAttempt: null,
    lastSuccess: null,
    itemsFound: 0,
    reportsKept: 0,
    error: null,
    consecutiveFailures: 0,
    nextAttemptAt: null,
    feedState: {},
  };
}

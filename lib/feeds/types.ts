/** One article a feed announces. */
export interface FeedItem {
  /** Plain text (entities decoded, tags removed); may be empty. */
  title: string;
  /** Absolute http(s) address of the article. */
  link: string;
  /** ISO date-time (or date) of publication, or null when the feed gives none we can read. */
  published: string | null;
  /** Plain-text summary (description, summary or content), possibly empty. */
  summary: string;
  /** Categories, tags and subjects the feed gives the item (plain text), possibly none. */
  categories?: string[];
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

export type ParseFeedResult = { ok: true; feed: ParsedFeed } | { ok: false; error: string };

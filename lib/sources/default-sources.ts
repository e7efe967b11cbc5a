/**
 * The outlets Crosscheck reads out of the box: every domain of the content
 * script's default list (news-domains.ts), with the public feeds we know of.
 * All start enabled and untrusted: which outlets to trust is the reader's call.
 *
 * A source with no feed (Reuters and AP publish none; CNN's stopped; some
 * feed addresses are unknown to us) is still read whenever the reader opens
 * its pages. Feed hosts must be covered by NEWS_DOMAINS or FEED_HOSTS: the
 * manifest's host permissions come from those lists (a test checks this).
 *
 * Provenance: each feed address carries a comment saying what public
 * evidence backs it. "Feed lists" means the exact address appears in
 * several public repositories' lists of news feeds (2025–2026); "audit"
 * means a dated feed-health report in a public repository. Evidence is not
 * proof: options shows, per source, what the last refresh found. Changing
 * an address here needs a settings migration (lib/store/settings.ts) so
 * readers who kept the old default get the new one.
 */
import type { Region, Source } from './types';

type Entry = [id: string, name: string, domain: string, region: Region, feeds: string[]];

const ENTRIES: readonly Entry[] = [
  // Pakistani press
  // Both: feed lists.
  [
    'dawn',
    'Dawn',
    'dawn.com',
    'pakistani',
    ['https://www.dawn.com/feeds/home', 'https://www.dawn.com/feeds/pakistan'],
  ],
  // Both: feed lists.
  [
    'tribune',
    'The Express Tribune',
    'tribune.com.pk',
    'pakistani',
    ['https://tribune.com.pk/feed/home', 'https://tribune.com.pk/feed/pakistan'],
  ],
  // Feed lists.
  ['geo', 'Geo News', 'geo.tv', 'pakistani', ['https://www.geo.tv/rss/1/1']],
  // Feed lists.
  [
    'thenews',
    'The News International',
    'thenews.com.pk',
    'pakistani',
    ['https://www.thenews.com.pk/rss/1/1'],
  ],
  // Feed lists.
  ['ary', 'ARY News', 'arynews.tv', 'pakistani', ['https://arynews.tv/feed/']],
  // Afghan press
  // Feed lists.
  ['tolonews', 'TOLOnews', 'tolonews.com', 'afghan', ['https://tolonews.com/rss.xml']],
  // The English edition's feed, as listed in several public feed lists (2025–2026); the
  // site-wide /feed/ answered 410 Gone in a dated feed-health audit.
  ['pajhwok', 'Pajhwok Afghan News', 'pajhwok.com', 'afghan', ['https://pajhwok.com/en/feed/']],
  // Feed lists.
  ['khaama', 'Khaama Press', 'khaama.com', 'afghan', ['https://www.khaama.com/feed/']],
  // Feed lists.
  ['ariananews', 'Ariana News', 'ariananews.af', 'afghan', ['https://www.ariananews.af/feed/']],
  // Feed lists.
  ['amu', 'Amu TV', 'amu.tv', 'afghan', ['https://amu.tv/feed/']],
  // English edition's feed, found in public feed lists (2025–2026).
  [
    'afintl',
    'Afghanistan International',
    'afintl.com',
    'afghan',
    ['https://www.afintl.com/en/feed'],
  ],
  // Indian press
  // Feed lists.
  [
    'hindustantimes',
    'Hindustan Times',
    'hindustantimes.com',
    'indian',
    ['https://www.hindustantimes.com/feeds/rss/world-news/rssfeed.xml'],
  ],
  // Feed lists.
  ['indiatoday', 'India Today', 'indiatoday.in', 'indian', ['https://www.indiatoday.in/rss/home']],
  // Feed lists (NDTV publishes through FeedBurner).
  ['ndtv', 'NDTV', 'ndtv.com', 'indian', ['https://feeds.feedburner.com/ndtvnews-world-news']],
  // Feed lists.
  [
    'thehindu',
    'The Hindu',
    'thehindu.com',
    'indian',
    ['https://www.thehindu.com/news/international/feeder/default.rss'],
  ],
  // Feed lists.
  [
    'indianexpress',
    'The Indian Express',
    'indianexpress.com',
    'indian',
    ['https://indianexpress.com/section/world/feed/'],
  ],
  // Feed lists (the World section's numeric feed id).
  [
    'timesofindia',
    'The Times of India',
    'timesofindia.indiatimes.com',
    'indian',
    ['https://timesofindia.indiatimes.com/rssfeeds/296589292.cms'],
  ],
  // No feed address evidenced.
  ['indiatv', 'India TV', 'indiatvnews.com', 'indian', []],
  // No feed address evidenced.
  ['wion', 'WION', 'wionews.com', 'indian', []],
  // Regional (Gulf and Turkish) outlets
  // Feed lists.
  [
    'aljazeera',
    'Al Jazeera',
    'aljazeera.com',
    'regional',
    ['https://www.aljazeera.com/xml/rss/all.xml'],
  ],
  // Feed lists.
  [
    'anadolu',
    'Anadolu Agency',
    'aa.com.tr',
    'regional',
    // `?cat=world` is the category public feed lists use; no evidence of `?cat=asia-pacific`.
    ['https://www.aa.com.tr/en/rss/default?cat=world'],
  ],
  // Found in public feed lists and a dated feed-health audit (2025–2026).
  ['trtworld', 'TRT World', 'trtworld.com', 'regional', ['https://www.trtworld.com/feed/rss.xml']],
  // The section feed most public feed lists carry; the site-wide /rss.xml answered 403 to
  // servers in a feed-health audit. An audit also saw this one refused behind a bot wall:
  // options says so per source if it happens in the reader's browser.
  ['arabnews', 'Arab News', 'arabnews.com', 'regional', ['https://www.arabnews.com/cat/1/rss.xml']],
  // Feed lists.
  [
    'thenational',
    'The National',
    'thenationalnews.com',
    'regional',
    ['https://www.thenationalnews.com/arc/outboundfeeds/rss/?outputType=xml'],
  ],
  // International outlets
  // Feed lists.
  [
    'bbc',
    'BBC News',
    'bbc.com',
    'international',
    ['https://feeds.bbci.co.uk/news/world/asia/rss.xml'],
  ],
  // Same newsroom as bbc.com: its feed above covers both.
  ['bbc-uk', 'BBC News (bbc.co.uk)', 'bbc.co.uk', 'international', []],
  // Reuters and AP publish no public feeds.
  ['reuters', 'Reuters', 'reuters.com', 'international', []],
  ['ap', 'AP News', 'apnews.com', 'international', []],
  // Feed lists.
  [
    'nytimes',
    'The New York Times',
    'nytimes.com',
    'international',
    ['https://rss.nytimes.com/services/xml/rss/nyt/AsiaPacific.xml'],
  ],
  // Feed lists.
  [
    'washingtonpost',
    'The Washington Post',
    'washingtonpost.com',
    'international',
    ['https://feeds.washingtonpost.com/rss/world'],
  ],
  // Pakistan: feed lists. Afghanistan: the Guardian's documented pattern (every tag page's
  // address + /rss), not seen in a list.
  [
    'guardian',
    'The Guardian',
    'theguardian.com',
    'international',
    [
      'https://www.theguardian.com/world/pakistan/rss',
      'https://www.theguardian.com/world/afghanistan/rss',
    ],
  ],
  // No usable feed: rss.cnn.com's edition feeds stopped taking new items in 2023 (feed-health
  // audits), and no current replacement is evidenced. Pages are read when opened.
  ['cnn', 'CNN', 'cnn.com', 'international', []],
  // Feed lists (NPR's World topic).
  ['npr', 'NPR', 'npr.org', 'international', ['https://feeds.npr.org/1004/rss.xml']],
  // No feed address evidenced.
  ['voa', 'Voice of America', 'voanews.com', 'international', []],
  // No feed address evidenced.
  ['rferl', 'Radio Free Europe/Radio Liberty', 'rferl.org', 'international', []],
  // The RSS 2.0 twin of DW's Asia feed (same items as the RDF one at /rdf/), in public feed lists.
  ['dw', 'DW', 'dw.com', 'international', ['https://rss.dw.com/xml/rss-en-asia']],
  // Feed lists.
  [
    'france24',
    'France 24',
    'france24.com',
    'international',
    ['https://www.france24.com/en/asia-pacific/rss'],
  ],
  // Feed lists.
  [
    'abc-au',
    'ABC News (Australia)',
    'abc.net.au',
    'international',
    ['https://www.abc.net.au/news/feed/51120/rss.xml'],
  ],
  // Feed lists.
  ['newsweek', 'Newsweek', 'newsweek.com', 'international', ['https://www.newsweek.com/rss']],
  // No feed address evidenced.
  ['newser', 'Newser', 'newser.com', 'international', []],
];

/** The shipped sources, in display order. Frozen: copy before changing. */
export const DEFAULT_SOURCES: readonly Readonly<Source>[] = Object.freeze(
  ENTRIES.map(([id, name, domain, region, feeds]) =>
    Object.freeze({
      id,
      name,
      domain,
      feeds,
      region,
      enabled: true,
      trusted: false,
      builtin: true,
    }),
  ),
);

/**
 * A fresh, mutable copy of the shipped sources.
 *
 * @example
 * const sources = defaultSources(); sources[0].trusted = true; // DEFAULT_SOURCES is untouched
 */
export function defaultSources(): Source[] {
  return DEFAULT_SOURCES.map((s) => ({ ...s, feeds: [...s.feeds] }));
}

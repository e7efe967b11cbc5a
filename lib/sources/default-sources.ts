/**
 * The outlets Crosscheck reads out of the box: every domain of the content
 * script's default list (news-domains.ts), with the public feeds we know of.
 * All start enabled and untrusted: which outlets to trust is the reader's call.
 *
 * A source with no feed (Reuters and AP publish none; some feed addresses
 * are unknown to us) is still read whenever the reader opens its pages.
 * Feed hosts must be covered by NEWS_DOMAINS or FEED_HOSTS: the manifest's
 * host permissions come from those lists (a test checks this).
 */
import type { Region, Source } from './types';

type Entry = [id: string, name: string, domain: string, region: Region, feeds: string[]];

const ENTRIES: readonly Entry[] = [
  // Pakistani press
  [
    'dawn',
    'Dawn',
    'dawn.com',
    'pakistani',
    ['https://www.dawn.com/feeds/home', 'https://www.dawn.com/feeds/pakistan'],
  ],
  [
    'tribune',
    'The Express Tribune',
    'tribune.com.pk',
    'pakistani',
    ['https://tribune.com.pk/feed/home', 'https://tribune.com.pk/feed/pakistan'],
  ],
  ['geo', 'Geo News', 'geo.tv', 'pakistani', ['https://www.geo.tv/rss/1/1']],
  [
    'thenews',
    'The News International',
    'thenews.com.pk',
    'pakistani',
    ['https://www.thenews.com.pk/rss/1/1'],
  ],
  ['ary', 'ARY News', 'arynews.tv', 'pakistani', ['https://arynews.tv/feed/']],
  // Afghan press
  ['tolonews', 'TOLOnews', 'tolonews.com', 'afghan', ['https://tolonews.com/rss.xml']],
  ['pajhwok', 'Pajhwok Afghan News', 'pajhwok.com', 'afghan', ['https://pajhwok.com/feed/']],
  ['khaama', 'Khaama Press', 'khaama.com', 'afghan', ['https://www.khaama.com/feed/']],
  ['ariananews', 'Ariana News', 'ariananews.af', 'afghan', ['https://www.ariananews.af/feed/']],
  ['amu', 'Amu TV', 'amu.tv', 'afghan', ['https://amu.tv/feed/']],
  ['afintl', 'Afghanistan International', 'afintl.com', 'afghan', []],
  // Indian press
  [
    'hindustantimes',
    'Hindustan Times',
    'hindustantimes.com',
    'indian',
    ['https://www.hindustantimes.com/feeds/rss/world-news/rssfeed.xml'],
  ],
  ['indiatoday', 'India Today', 'indiatoday.in', 'indian', ['https://www.indiatoday.in/rss/home']],
  ['ndtv', 'NDTV', 'ndtv.com', 'indian', ['https://feeds.feedburner.com/ndtvnews-world-news']],
  [
    'thehindu',
    'The Hindu',
    'thehindu.com',
    'indian',
    ['https://www.thehindu.com/news/international/feeder/default.rss'],
  ],
  [
    'indianexpress',
    'The Indian Express',
    'indianexpress.com',
    'indian',
    ['https://indianexpress.com/section/world/feed/'],
  ],
  [
    'timesofindia',
    'The Times of India',
    'timesofindia.indiatimes.com',
    'indian',
    ['https://timesofindia.indiatimes.com/rssfeeds/296589292.cms'],
  ],
  ['indiatv', 'India TV', 'indiatvnews.com', 'indian', []],
  ['wion', 'WION', 'wionews.com', 'indian', []],
  // Regional (Gulf and Turkish) outlets
  [
    'aljazeera',
    'Al Jazeera',
    'aljazeera.com',
    'regional',
    ['https://www.aljazeera.com/xml/rss/all.xml'],
  ],
  [
    'anadolu',
    'Anadolu Agency',
    'aa.com.tr',
    'regional',
    ['https://www.aa.com.tr/en/rss/default?cat=asia-pacific'],
  ],
  ['trtworld', 'TRT World', 'trtworld.com', 'regional', []],
  ['arabnews', 'Arab News', 'arabnews.com', 'regional', ['https://www.arabnews.com/rss.xml']],
  [
    'thenational',
    'The National',
    'thenationalnews.com',
    'regional',
    ['https://www.thenationalnews.com/arc/outboundfeeds/rss/?outputType=xml'],
  ],
  // International outlets
  [
    'bbc',
    'BBC News',
    'bbc.com',
    'international',
    ['https://feeds.bbci.co.uk/news/world/asia/rss.xml'],
  ],
  ['bbc-uk', 'BBC News (bbc.co.uk)', 'bbc.co.uk', 'international', []],
  ['reuters', 'Reuters', 'reuters.com', 'international', []],
  ['ap', 'AP News', 'apnews.com', 'international', []],
  [
    'nytimes',
    'The New York Times',
    'nytimes.com',
    'international',
    ['https://rss.nytimes.com/services/xml/rss/nyt/AsiaPacific.xml'],
  ],
  [
    'washingtonpost',
    'The Washington Post',
    'washingtonpost.com',
    'international',
    ['https://feeds.washingtonpost.com/rss/world'],
  ],
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
  ['cnn', 'CNN', 'cnn.com', 'international', ['http://rss.cnn.com/rss/edition_asia.rss']],
  ['npr', 'NPR', 'npr.org', 'international', ['https://feeds.npr.org/1004/rss.xml']],
  ['voa', 'Voice of America', 'voanews.com', 'international', []],
  ['rferl', 'Radio Free Europe/Radio Liberty', 'rferl.org', 'international', []],
  ['dw', 'DW', 'dw.com', 'international', ['https://rss.dw.com/rdf/rss-en-asia']],
  [
    'france24',
    'France 24',
    'france24.com',
    'international',
    ['https://www.france24.com/en/asia-pacific/rss'],
  ],
  [
    'abc-au',
    'ABC News (Australia)',
    'abc.net.au',
    'international',
    ['https://www.abc.net.au/news/feed/51120/rss.xml'],
  ],
  ['newsweek', 'Newsweek', 'newsweek.com', 'international', ['https://www.newsweek.com/rss']],
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

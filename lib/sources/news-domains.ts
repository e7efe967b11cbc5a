/**
 * The news domains Crosscheck reads by default (the analysis
 * contract's list). Each also covers its subdomains. Any other site needs the
 * reader to add it in options, which asks for that site's permission then.
 */
export const NEWS_DOMAINS = [
  'aljazeera.com',
  'dawn.com',
  'tribune.com.pk',
  'geo.tv',
  'thenews.com.pk',
  'arynews.tv',
  'bbc.com',
  'bbc.co.uk',
  'reuters.com',
  'apnews.com',
  'nytimes.com',
  'washingtonpost.com',
  'theguardian.com',
  'cnn.com',
  'npr.org',
  'voanews.com',
  'rferl.org',
  'dw.com',
  'france24.com',
  'aa.com.tr',
  'trtworld.com',
  'arabnews.com',
  'thenationalnews.com',
  'tolonews.com',
  'pajhwok.com',
  'khaama.com',
  'ariananews.af',
  'amu.tv',
  'afintl.com',
  'hindustantimes.com',
  'indiatoday.in',
  'ndtv.com',
  'thehindu.com',
  'indianexpress.com',
  'timesofindia.indiatimes.com',
  'indiatvnews.com',
  'wionews.com',
  'abc.net.au',
  'newsweek.com',
  'newser.com',
] as const;

/**
 * Hosts that serve default sources' feeds but are not themselves news sites
 * in the list above (for example BBC's feed host). Fetch-only: the content
 * script does not run there. (feeds.feedburner.com: NDTV's feeds.)
 */
export const FEED_HOSTS = ['feeds.bbci.co.uk', 'feeds.feedburner.com'] as const;

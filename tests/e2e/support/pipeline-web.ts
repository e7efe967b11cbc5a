/**
 * The whole-pipeline web: every default source's feed addresses answered
 * by the local server with realistic feeds (RSS 2.0, Atom, RSS 1.0/RDF;
 * HTML in summaries; a relative link; a redirect; an item that 404s; a few
 * sources failing), some of whose items link to whole coverage pages of one
 * episode (the February 2026 "open war") by six outlets. The pages are the
 * project's labelled fixture pages (tests/fixtures/pages, written for the
 * project); every feed title and summary below is our own wording.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SOURCES } from '../../../lib/sources/default-sources';
import type { Behaviour } from '../../../scripts/lib/fixture-server';
import { PROJECT_ROOT } from './sites';

/** Served as the fixture server's root: pages are routes to `<slug>/page.html`. */
export const PIPELINE_ROOT = path.join(PROJECT_ROOT, 'tests/fixtures/pages');

interface FixturePage {
  slug: string;
  url: string;
  outlet: string;
}

function fixturePage(slug: string): FixturePage {
  const expected = JSON.parse(
    readFileSync(path.join(PIPELINE_ROOT, slug, 'expected.json'), 'utf8'),
  ) as { url: string; article: { outlet: string } };
  return { slug, url: expected.url, outlet: expected.article.outlet };
}

/** The page the reader opens (Reuters publishes no feed: nothing else brings it). */
export const READER_PAGE = fixturePage('reuters-2026-02-27-pakistan-bombs-kabul-kandahar');

type Format = 'rss' | 'atom' | 'rdf';

interface CoverageItem {
  /** Default source id whose feed carries the item. */
  source: string;
  page: FixturePage;
  format: Format;
  title: string;
  /** HTML, as feeds carry it. */
  summary: string;
  categories: string[];
  /** How the item links to the page. */
  link: 'absolute' | 'relative' | 'redirect';
}

/** The coverage the feeds bring, one page per outlet. */
export const COVERAGE: readonly CoverageItem[] = [
  {
    source: 'aljazeera',
    page: fixturePage('aljazeera-2026-02-27-taliban-ready-for-talks-open-war'),
    format: 'rss',
    title: 'Taliban say they are open to talks as Pakistan keeps striking Afghan cities',
    summary: '<p>Kabul offers <b>negotiations</b> while Islamabad says its operation goes on.</p>',
    categories: ['Asia', 'Pakistan'],
    link: 'absolute',
  },
  {
    source: 'bbc',
    page: fixturePage('bbc-2026-02-27-pakistan-afghanistan-claims-heavy-losses'),
    format: 'rss',
    title: 'Both sides claim to have inflicted heavy losses',
    summary: '<p>Casualty claims from Islamabad and Kabul are far apart.</p>',
    categories: ['Asia'],
    link: 'redirect',
  },
  {
    source: 'dawn',
    page: fixturePage('dawn-2026-02-27-ispr-afghan-taliban-khawarij-killed'),
    format: 'atom',
    title: 'ISPR gives toll of retaliatory strikes across the border',
    summary:
      '<p>The military\u2019s media wing lists posts destroyed and fighters killed.</p><img src="/x.jpg" alt="">',
    categories: ['Pakistan'],
    link: 'absolute',
  },
  {
    source: 'guardian',
    page: fixturePage('guardian-2026-02-28-pakistan-open-war-gamble'),
    format: 'rss',
    title: 'Why Islamabad\u2019s declared war on the Taliban is a gamble',
    summary: '<p>An analysis of the risks of the <i>open war</i> for Pakistan.</p>',
    categories: ['Pakistan', 'Afghanistan', 'Taliban'],
    link: 'relative',
  },
  {
    source: 'hindustantimes',
    page: fixturePage('hindustantimes-2026-02-27-open-war-what-we-know'),
    format: 'atom',
    title: 'Pakistan-Afghanistan fighting: the casualty claims so far',
    summary: '<ul><li>Claims from both armies</li><li>Cities hit overnight</li></ul>',
    categories: ['World News'],
    link: 'absolute',
  },
  {
    source: 'tolonews',
    page: fixturePage('tolonews-2026-02-27-islamic-emirate-55-pakistani-soldiers'),
    format: 'rdf',
    title: 'Islamic Emirate gives its count of Pakistani soldiers killed',
    summary: '<p>Kabul\u2019s spokesman speaks of retaliation along the Durand Line.</p>',
    categories: ['Afghanistan'],
    link: 'absolute',
  },
];

/** Sources whose feeds fail, each in its own way (the rest of the refresh must not mind). */
export const FAILING: Readonly<Record<string, Behaviour>> = Object.freeze({
  tribune: { kind: 'status', status: 500 },
  geo: { kind: 'hang' },
  thenews: {
    kind: 'body',
    contentType: 'application/rss+xml',
    body: '<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut off',
  },
  ary: { kind: 'status', status: 404 },
  pajhwok: { kind: 'hang' },
});

/** An on-topic item whose article is gone (404): counted, never a source failure. */
const GONE = {
  source: 'hindustantimes',
  url: 'https://www.hindustantimes.com/world-news/pakistan-afghanistan-border-live-updates-gone.html',
  title: 'Live updates: Pakistan and Afghanistan trade strikes (page removed)',
};

/** Everyday items every feed also carries (our own words); their links lead nowhere. */
const ORDINARY = [
  'Heatwave expected to ease by the weekend',
  'Central bank holds its policy rate steady',
  'City council approves budget for road repairs',
  'Pakistan beat Afghanistan in tri-series cricket opener',
  'Film festival opens with a record number of entries',
  'New metro line to open next spring',
];

interface Item {
  title: string;
  link: string;
  summary: string;
  categories: string[];
  date: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rss(feed: string, items: Item[]): string {
  const body = items
    .map(
      (i, n) => `  <item>
    <title>${esc(i.title)}</title>
    <link>${esc(i.link)}</link>
    <guid isPermaLink="false">item-${n}</guid>
    <pubDate>${new Date(i.date).toUTCString()}</pubDate>
    <description><![CDATA[${i.summary}]]></description>
${i.categories.map((c) => `    <category>${esc(c)}</category>`).join('\n')}
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Latest news</title>
  <link>${esc(new URL('/', feed).href)}</link>
  <atom:link href="${esc(feed)}" rel="self" type="application/rss+xml"/>
  <description>Latest stories</description>
${body}
</channel>
</rss>`;
}

function atom(feed: string, items: Item[]): string {
  const body = items
    .map(
      (i, n) => `  <entry>
    <title type="html">${esc(i.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(i.link)}"/>
    <id>tag:feed,2026:${n}</id>
    <updated>${i.date}</updated>
    <summary type="html">${esc(i.summary)}</summary>
${i.categories.map((c) => `    <category term="${esc(c.toLowerCase())}" label="${esc(c)}"/>`).join('\n')}
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Latest news</title>
  <link rel="self" href="${esc(feed)}"/>
  <id>${esc(feed)}</id>
  <updated>2026-02-27T12:00:00Z</updated>
${body}
</feed>`;
}

function rdf(feed: string, items: Item[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${esc(feed)}">
    <title>Latest news</title>
    <link>${esc(new URL('/', feed).href)}</link>
    <description>Latest stories</description>
    <items><rdf:Seq>${items.map((i) => `<rdf:li rdf:resource="${esc(i.link)}"/>`).join('')}</rdf:Seq></items>
  </channel>
${items
  .map(
    (i) => `  <item rdf:about="${esc(i.link)}">
    <title>${esc(i.title)}</title>
    <link>${esc(i.link)}</link>
    <description>${esc(i.summary)}</description>
    <dc:date>${i.date}</dc:date>
${i.categories.map((c) => `    <dc:subject>${esc(c)}</dc:subject>`).join('\n')}
  </item>`,
  )
  .join('\n')}
</rdf:RDF>`;
}

const FORMATS: Record<Format, { write: (feed: string, items: Item[]) => string; type: string }> = {
  rss: { write: rss, type: 'application/rss+xml; charset=utf-8' },
  atom: { write: atom, type: 'application/atom+xml; charset=utf-8' },
  rdf: { write: rdf, type: 'application/rdf+xml; charset=utf-8' },
};

const routeKey = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`;
};

/** Where a coverage item's link points, and the routes that link needs. */
function coverageLink(c: CoverageItem, feed: string, routes: Record<string, Behaviour>): string {
  const page = new URL(c.page.url);
  if (c.link === 'relative') {
    if (new URL(feed).host !== page.host) throw new Error(`${c.source}: relative link off-host`);
    return page.pathname;
  }
  if (c.link === 'redirect') {
    // An address on the feed's host that moves to the article (tracking redirects do this).
    const hop = new URL(`/redirect/${encodeURIComponent(c.page.slug)}`, feed).href;
    routes[routeKey(hop)] = { kind: 'redirect', location: c.page.url };
    return hop;
  }
  return c.page.url;
}

export interface PipelineOptions {
  /**
   * Extra on-topic items per healthy source, each linking to a whole
   * coverage page served under that source's own site (a load for measuring
   * the first refresh: more articles than the per-refresh cap).
   */
  extraArticlesPerSource?: number;
}

/**
 * Routes for every default feed and every coverage page.
 *
 * @example
 * const h = await launchHarness('chromium', { root: PIPELINE_ROOT, routes: pipelineRoutes() });
 */
export function pipelineRoutes(options: PipelineOptions = {}): Record<string, Behaviour> {
  const extra = options.extraArticlesPerSource ?? 0;
  const routes: Record<string, Behaviour> = {};
  for (const page of [READER_PAGE, ...COVERAGE.map((c) => c.page)])
    routes[routeKey(page.url)] = { kind: 'file', file: `${page.slug}/page.html` };

  DEFAULT_SOURCES.forEach((source, index) => {
    source.feeds.forEach((feed, feedIndex) => {
      const failing = FAILING[source.id];
      if (failing) {
        routes[routeKey(feed)] = failing;
        return;
      }
      const coverage = COVERAGE.find((c) => c.source === source.id);
      const format: Format = coverage?.format ?? (['rss', 'atom', 'rdf'] as const)[index % 3]!;
      const items: Item[] = ORDINARY.map((title, n) => ({
        title,
        link: new URL(`/news/${source.id}-${feedIndex}-${n}`, feed).href,
        summary: `<p>${title}. More in the full story.</p>`,
        categories: ['Local'],
        date: `2026-02-27T0${n}:15:00Z`,
      }));
      if (coverage) {
        items.splice(1, 0, {
          title: coverage.title,
          link: coverageLink(coverage, feed, routes),
          summary: coverage.summary,
          categories: coverage.categories,
          date: '2026-02-27T09:30:00Z',
        });
      }
      for (let n = 0; n < extra && feedIndex === 0; n++) {
        const c = COVERAGE[(index + n) % COVERAGE.length]!;
        const link = `https://www.${source.domain}/crosscheck-load/${n}`;
        routes[routeKey(link)] = { kind: 'file', file: `${c.page.slug}/page.html` };
        items.unshift({
          title: c.title,
          link,
          summary: c.summary,
          categories: c.categories,
          date: `2026-02-27T1${n % 10}:00:00Z`,
        });
      }
      if (source.id === GONE.source)
        items.unshift({
          title: GONE.title,
          link: GONE.url,
          summary: '<p>Rolling coverage of the fighting along the border.</p>',
          categories: ['World News'],
          date: '2026-02-27T10:00:00Z',
        });
      routes[routeKey(feed)] = {
        kind: 'body',
        contentType: FORMATS[format].type,
        body: FORMATS[format].write(feed, items),
      };
    });
  });
  // The removed page answers 404 like any unknown path; said here so a reader of the test sees it.
  routes[routeKey(GONE.url)] = { kind: 'status', status: 404 };
  return routes;
}

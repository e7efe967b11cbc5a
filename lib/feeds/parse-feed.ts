/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds to a list of items, without a DOM
 * (the Chrome service worker has no DOMParser). Never throws: every failure
 * is a sentence a reader understands.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FEEDS_CONFIG } from './config';
import { htmlToText, unwrapXmlText } from './html-to-text';
import { parseFeedDate } from './parse-date';
import type { FeedItem, ParseFeedResult } from './types';

type Node = Record<string, unknown>;

/** Text fields are kept raw (CDATA marked, entities encoded) so we decode them exactly once. */
const TEXT_FIELDS = [
  'title',
  'description',
  'summary',
  'content',
  'content:encoded',
  'media:description',
  'media:title',
  'subtitle',
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: TEXT_FIELDS.map((f) => `*.${f}`),
});

/** A bare "&" (not starting an entity) is the commonest flaw in real feeds: escape it. */
const BARE_AMPERSAND = /&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});)/g;

const localName = (key: string) => key.slice(key.indexOf(':') + 1);
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] =>
  x === undefined || x === null ? [] : Array.isArray(x) ? x : [x];

/** Children named `name`: unprefixed first, then any namespace prefix (dc:date, atom:link). */
function children(node: Node, name: string): unknown[] {
  const exact = list(node[name]);
  const prefixed = Object.keys(node)
    .filter((k) => k !== name && !k.startsWith('@_') && localName(k) === name)
    .flatMap((k) => list(node[k]));
  return [...exact, ...prefixed];
}

const child = (node: Node, ...names: string[]): unknown => {
  for (const name of names) {
    const found = name.includes(':') ? list(node[name]) : children(node, name);
    if (found.length > 0) return found[0];
  }
  return undefined;
};

const rawText = (x: unknown): string => {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (isNode(x)) return rawText(x['#text']);
  if (Array.isArray(x)) return rawText(x[0]);
  return '';
};

const attr = (x: unknown, name: string): string | undefined =>
  isNode(x) && typeof x[`@_${name}`] === 'string'
    ? unwrapXmlText(x[`@_${name}`] as string).trim()
    : undefined;

/** Text of a field that may hold HTML (all feed text in practice may). */
const textField = (x: unknown): string => {
  if (x === undefined) return '';
  return htmlToText(unwrapXmlText(rawText(x)));
};

const firstText = (node: Node, names: string[]): string => {
  for (const name of names) {
    for (const value of name.includes(':') ? list(node[name]) : children(node, name)) {
      const text = textField(value);
      if (text !== '') return text;
    }
  }
  return '';
};

function resolve(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** Atom links: rel="alternate" (or no rel) preferred, HTML type preferred among those. */
function atomLink(node: Node, base: string): string | null {
  const links = children(node, 'link').filter(isNode);
  const alternates = links.filter((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html'));
  for (const l of [html, ...alternates]) {
    const url = l && resolve(attr(l, 'href'), base);
    if (url) return url;
  }
  return null;
}

function itemLink(node: Node, base: string): string | null {
  for (const l of children(node, 'link')) {
    const url =
      isNode(l) && attr(l, 'href') !== undefined ? null : resolve(unwrapXmlText(rawText(l)), base);
    if (url) return url;
  }
  const atom = atomLink(node, base);
  if (atom) return atom;
  const guid = child(node, 'guid');
  if (guid !== undefined && attr(guid, 'isPermaLink') !== 'false') {
    const url = resolve(unwrapXmlText(rawText(guid)), base);
    if (url && /^https?:\/\//i.test(unwrapXmlText(rawText(guid)).trim())) return url;
  }
  // RSS 1.0 items name their address in rdf:about.
  return resolve(attr(node, 'rdf:about'), base);
}

const withBase = (node: Node, base: string): string =>
  resolve(attr(node, 'xml:base'), base) ?? base;

/**
 * Categories and subjects: RSS `<category>` text, Atom `category@term` (or
 * its label), `dc:subject`, `media:keywords` (comma-separated). Outlets tag
 * items with places and topics the title may not name.
 */
function categoriesOf(node: Node): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    const t = (s ?? '').replace(/\s+/g, ' ').trim();
    if (t !== '' && t.length <= FEEDS_CONFIG.maxCategoryChars) out.add(t);
  };
  for (const c of children(node, 'category')) {
    if (isNode(c) && (attr(c, 'term') !== undefined || attr(c, 'label') !== undefined))
      add(attr(c, 'label') ?? attr(c, 'term'));
    else add(htmlToText(unwrapXmlText(rawText(c))));
  }
  for (const s of children(node, 'subject')) add(htmlToText(unwrapXmlText(rawText(s))));
  for (const k of list(node['media:keywords']))
    for (const word of htmlToText(unwrapXmlText(rawText(k))).split(',')) add(word);
  return [...out].slice(0, FEEDS_CONFIG.maxCategoriesPerItem);
}

/** An item (RSS) or entry (Atom), or null when it has no usable link. */
function toItem(node: Node, base: string, atom: boolean): FeedItem | null {
  const itemBase = withBase(node, base);
  const link = atom
    ? (atomLink(node, itemBase) ?? itemLink(node, itemBase))
    : itemLink(node, itemBase);
  if (!link) return null;
  const group = child(node, 'media:group');
  const media = isNode(group) ? group : node;
  const title = firstText(node, ['title']) || firstText(media, ['media:title']);
  const summary =
    firstText(node, ['description', 'summary', 'content:encoded', 'content']) ||
    firstText(media, ['media:description']);
  const published = parseFeedDate(
    rawText(
      child(node, 'pubDate', 'dc:date', 'published', 'updated', 'issued', 'created', 'modified'),
    ) || null,
  );
  const categories = categoriesOf(node);
  return {
    title: title.slice(0, FEEDS_CONFIG.maxTitleChars),
    link,
    published,
    summary: summary.slice(0, FEEDS_CONFIG.maxSummaryChars),
    ...(categories.length > 0 ? { categories } : {}),
  };
}

/** First element's name, skipping the XML declaration, comments, PIs and the doctype. */
function rootName(xml: string): { name: string | null; doctype: string | null } {
  let rest = xml;
  let doctype: string | null = null;
  for (;;) {
    rest = rest.trimStart();
    const skip = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/.exec(rest);
    if (skip) {
      rest = rest.slice(skip[0].length);
      continue;
    }
    const dt = /^<!DOCTYPE\s+([^\s>[]+)[^>[]*(?:\[[\s\S]*?\])?\s*>/i.exec(rest);
    if (dt) {
      doctype = dt[1]!.toLowerCase();
      rest = rest.slice(dt[0].length);
      continue;
    }
    break;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
  return { name: m ? m[1]! : null, doctype };
}

export const FEED_ERRORS = Object.freeze({
  empty: 'The feed is empty.',
  webPage: 'This address returned a web page, not a feed.',
  notXml: 'This address did not return a feed: its answer is not XML.',
  notFeed: 'This address returned XML, but not an RSS or Atom feed.',
  invalid: (why: string) => `The feed is not valid XML: ${why}`,
});

/**
 * Parses a feed; relative links resolve against `baseUrl` (the feed's own
 * address, after redirects). Items without a usable link are skipped.
 *
 * @example
 * const r = parseFeed(xml, 'https://www.dawn.com/feeds/home');
 * if (r.ok) r.feed.items.map((i) => i.link); else console.log(r.error); // "This address returned a web page, not a feed."
 */
export function parseFeed(xml: string, baseUrl: string): ParseFeedResult {
  try {
    return parseFeedUnsafe(xml, baseUrl);
  } catch (e) {
    return { ok: false, error: FEED_ERRORS.invalid(e instanceof Error ? e.message : String(e)) };
  }
}

function parseFeedUnsafe(input: string, baseUrl: string): ParseFeedResult {
  const xml = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : '';
  if (xml.trim() === '') return { ok: false, error: FEED_ERRORS.empty };
  const { name, doctype } = rootName(xml);
  if (doctype === 'html' || (name && name.toLowerCase() === 'html'))
    return { ok: false, error: FEED_ERRORS.webPage };
  if (name === null) return { ok: false, error: FEED_ERRORS.notXml };
  const root = localName(name).toLowerCase();
  if (root !== 'rss' && root !== 'rdf' && root !== 'feed')
    return { ok: false, error: FEED_ERRORS.notFeed };

  const fixed = xml.replace(BARE_AMPERSAND, '&amp;');
  const valid = XMLValidator.validate(fixed);
  if (valid !== true) {
    return {
      ok: false,
      error: FEED_ERRORS.invalid(`${valid.err.msg.replace(/\.$/, '')} (line ${valid.err.line}).`),
    };
  }
  const doc: unknown = parser.parse(fixed);
  if (!isNode(doc)) return { ok: false, error: FEED_ERRORS.notFeed };
  const rootNode = doc[name];
  const top: Node = isNode(rootNode) ? rootNode : {};
  const base = withBase(top, baseUrl);

  let channel: Node = top;
  let entries: unknown[];
  if (root === 'feed') {
    entries = children(top, 'entry');
  } else {
    const ch = child(top, 'channel');
    if (isNode(ch)) channel = ch;
    // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
    entries = [...children(channel, 'item'), ...(channel === top ? [] : children(top, 'item'))];
  }
  const title = firstText(channel, ['title']) || null;
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (items.length >= FEEDS_CONFIG.maxItemsPerFeed) break;
    if (!isNode(entry)) continue;
    const item = toItem(entry, base, root === 'feed');
    if (item && !seen.has(item.link)) {
      seen.add(item.link);
      items.push(item);
    }
  }
  return { ok: true, feed: { title, items } };
}

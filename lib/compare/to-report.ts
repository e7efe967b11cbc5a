/**
 * An analysis as the report store keeps it: canonical URL, the event it is
 * about, the actors and places it names (for matching), and each figure with
 * the sentence it came from (the article text itself is not kept).
 */
import { ACTORS } from '../conflict/actors';
import { COVERAGE_PLACES } from '../conflict/places';
import type { Analysis, Report, ReportFigure, ReportOrigin } from '../types';
import { canonicalUrl } from './canonical-url';
import { eventDate, type Episode } from './event-date';
import { EVENTS } from '../conflict/events';

export interface ToReportOptions {
  origin: ReportOrigin;
  /** When Crosscheck read it (ms since epoch). */
  seenAt: number;
  events?: readonly Episode[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Actors and places (not whole countries: every report names both) by alias.
 * One pass over the text finds them all; built once. Case-sensitive: "UN" is not "un".
 */
// Places first: "Kabul" is also an alias of the Taliban government, but as a signal the place is the more specific.
const NAMED = [...COVERAGE_PLACES.filter((p) => p.kind !== 'country'), ...ACTORS];
const ALIAS_TO_NAME = new Map<string, string>();
for (const a of NAMED)
  for (const alias of a.aliases)
    if (!ALIAS_TO_NAME.has(alias.toLowerCase())) ALIAS_TO_NAME.set(alias.toLowerCase(), a.name);
const ALIAS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NAMED.flatMap((a) => a.aliases)]
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Canonical names of the actors and places a text names, in order of first mention.
 *
 * @example namedSignals('Mujahid said Islamabad struck Khost…') // ['Zabihullah Mujahid', 'Pakistan', 'Khost']
 */
export function namedSignals(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(ALIAS_RE)) {
    const name = ALIAS_TO_NAME.get(m[0].toLowerCase());
    if (name) out.add(name);
  }
  return [...out];
}

/** The sentence around a figure, trimmed; falls back to the figure's own text when offsets are off. */
function sentenceOf(text: string, start: number, end: number, fallback: string): string {
  if (!(start >= 0 && end > start && end <= text.length)) return fallback;
  return text.slice(start, end).replace(/\s+/g, ' ').trim() || fallback;
}

/** Short stable hash for pages saved without an address (FNV-1a). */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Build the stored report of an analysis.
 *
 * @example toReport(analyzeHtml(html, { url }), { origin: 'page', seenAt: Date.now() })
 */
export function toReport(analysis: Analysis, opts: ToReportOptions): Report {
  const { article, coverage } = analysis;
  const figures: ReportFigure[] = analysis.figures.map((f) => ({
    ...f,
    sentence: sentenceOf(article.text, f.sentenceStart, f.sentenceEnd, f.text),
  }));
  const signals = [
    ...new Set([...coverage.signals, ...namedSignals(`${article.title}\n${article.text}`)]),
  ];
  const url = analysis.url
    ? canonicalUrl(analysis.url)
    : `urn:crosscheck:${hash(`${article.domain}|${article.title}|${article.published ?? ''}|${article.text.slice(0, 500)}`)}`;
  return {
    url,
    outlet: article.outlet,
    domain: article.domain,
    title: article.title,
    published: article.published,
    event: eventDate(
      {
        text: article.text,
        title: article.title,
        published: article.published,
        figures: analysis.figures,
      },
      opts.events ?? EVENTS,
    ),
    origin: opts.origin,
    seenAt: opts.seenAt,
    coverageScore: coverage.score,
    signals,
    figures,
  };
}

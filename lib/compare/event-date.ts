/**
 * The date the episode a report is about centres on ("event"): reports are
 * only ever compared within one event. A known episode (lib/conflict/events)
 * is chosen when the article's cue words and day cues point to it; its start
 * date is then the event, so reports of the same episode published days apart
 * share one key. For an episode we do not know yet, the event is the day the
 * article's day cues point to most strongly, and reports are clustered by
 * that date (sameEvent).
 */
import { EVENTS } from '../conflict/events';
import type { Figure } from '../types';
import { COMPARE_CONFIG } from './config';
import {
  findDateCues,
  findMonthDays,
  findNamedMonths,
  latestYearNamed,
  type MonthDayCue,
} from './find-date-cues';
import { dayIso, dayOf, isoDay, yearOf } from './iso-day';

/** The shape of a known episode (lib/conflict/events.ts). */
export interface Episode {
  id: string;
  /** First day (ISO date). */
  start: string;
  /** Last day (ISO date); null or absent while it is still going on. */
  end?: string | null;
  label: string;
  /** Words and phrases that name this episode in news copy ("open war", "Doha"). */
  cues: readonly string[];
  /** 'talks' (diplomacy) or 'fighting' (the default). */
  kind?: 'fighting' | 'talks';
}

export interface EventDateInput {
  text: string;
  title: string;
  published: string | null;
  figures?: readonly (Pick<Figure, 'sentenceStart' | 'sentenceEnd'> &
    Partial<Pick<Figure, 'measure'>>)[];
}

/** Measures that count the dead and wounded: a report leading with one is about fighting. */
const CASUALTY_MEASURES: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties']);

const C = COMPARE_CONFIG.eventDate;

interface EpisodeSpan {
  episode: Episode;
  start: number;
  end: number;
  /** Last day on which publication alone points here (end + lag, cut at the next episode's start). */
  publishedUntil: number;
  /** Each cue word (lower-case, as listed) with the pattern that finds it. */
  cues: { key: string; re: RegExp }[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A cue word as a pattern that also takes the spellings news copy varies:
 * a space or hyphen written either way or left out ("cease-fire",
 * "ceasefire", "48 hour"). Plurals are not loosened: "strike on Kabul"
 * and "border clash" name more stories than their plurals do.
 */
function cueSource(cue: string): string {
  return cue
    .trim()
    .split(/[\s-]+/)
    .map((w) => escapeRegExp(w).replace(/^(cease)(fire)/i, '$1[\\s-]?$2'))
    .join('[\\s-]?');
}

const spanCache = new WeakMap<readonly Episode[], EpisodeSpan[]>();
const ownersCache = new WeakMap<readonly Episode[], Map<string, number>>();

/** How many episodes list each cue word (lower-case): a cue of one episode alone names it. */
function cueOwners(events: readonly Episode[]): Map<string, number> {
  const cached = ownersCache.get(events);
  if (cached) return cached;
  const owners = new Map<string, number>();
  for (const e of events)
    for (const c of new Set(e.cues.map((x) => x.toLowerCase())))
      owners.set(c, (owners.get(c) ?? 0) + 1);
  ownersCache.set(events, owners);
  return owners;
}

/** Episodes as day spans, computed once per episode list. */
function spansOf(events: readonly Episode[]): EpisodeSpan[] {
  const cached = spanCache.get(events);
  if (cached) return cached;
  const spans: EpisodeSpan[] = [];
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
  sorted.forEach((episode, i) => {
    const start = isoDay(episode.start);
    if (start === null) return;
    const end = isoDay(episode.end ?? null) ?? start + C.openEpisodeDays;
    // Publication points here until the next episode of the same kind begins:
    // talks run alongside fighting and do not end its reporting.
    const next = sorted
      .slice(i + 1)
      .filter((e) => (e.kind ?? 'fighting') === (episode.kind ?? 'fighting'))
      .map((e) => isoDay(e.start))
      .find((d): d is number => d !== null && d > start);
    const lagged = end + (episode.end ? C.episodeLagDays : 0);
    const publishedUntil = next === undefined ? lagged : Math.min(lagged, next - 1);
    const cues = [...new Set(episode.cues.map((c) => c.trim().toLowerCase()))]
      .filter((c) => c.length > 0)
      .map((key) => ({
        key,
        // Not the tail of a hyphened compound: "cross-border clashes" is every round's word.
        re: new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)${cueSource(key)}(?![\\p{L}\\p{N}])`, 'giu'),
      }));
    spans.push({ episode, start, end, publishedUntil, cues });
  });
  spanCache.set(events, spans);
  return spans;
}

/** Every cue-word hit in `s`, as the cue listed (so distinct cues can be counted), with where the first one is. */
function cueHits(cues: EpisodeSpan['cues'], s: string): { hits: string[]; first: number } {
  const out = { hits: [] as string[], first: -1 };
  for (const { key, re } of cues) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (out.first < 0 || m.index < out.first) out.first = m.index;
      out.hits.push(key);
    }
  }
  return out;
}

/**
 * Where a month-day written without a year falls for a span, in any of its
 * years: 'in' the span, 'after' it within its reporting window (a follow-up
 * story's own day), or null.
 */
function monthDayInSpan(c: MonthDayCue, span: EpisodeSpan): 'in' | 'after' | null {
  let found: 'after' | null = null;
  for (let y = yearOf(span.start); y <= yearOf(span.publishedUntil); y++) {
    const d = dayOf(y, c.month, c.day);
    if (d === null || d < span.start) continue;
    if (d <= span.end) return 'in';
    if (d <= span.publishedUntil) found = 'after';
  }
  return found;
}

/** Whether an episode's span touches a month (1–12) of the given year, or of any year. */
function monthInSpan(month: number, year: number | null, span: EpisodeSpan): boolean {
  for (let y = yearOf(span.start); y <= yearOf(span.end); y++) {
    if (year !== null && y !== year) continue;
    const first = dayOf(y, month, 1)!;
    const last = (month === 12 ? dayOf(y + 1, 1, 1)! : dayOf(y, month + 1, 1)!) - 1;
    if (first <= span.end && last >= span.start) return true;
  }
  return false;
}

/**
 * Each known episode's cue words found in `text`, as event dating finds them
 * (for diagnostics: the realworld bench lists them beside dating errors).
 *
 * @example episodeCueHits('Border clashes near Spin Boldak')[0] // { id: '2025-10-clashes', hits: ['border clashes', 'spin boldak'] }
 */
export function episodeCueHits(
  text: string,
  events: readonly Episode[] = EVENTS,
): { id: string; hits: string[] }[] {
  return spansOf(events)
    .map((span) => ({ id: span.episode.id, hits: [...new Set(cueHits(span.cues, text).hits)] }))
    .filter((e) => e.hits.length > 0);
}

/** The known episode whose start is `event`, if any. */
export function episodeOf(
  event: string | null,
  events: readonly Episode[] = EVENTS,
): Episode | null {
  if (!event) return null;
  return events.find((e) => e.start === event) ?? null;
}

/**
 * The date (YYYY-MM-DD) of the episode a report is about, or null when
 * neither a publication date nor a dated cue nor a known episode is found.
 *
 * @example eventDate({ title: "Pakistan declares 'open war'", text: 'On Thursday…', published: '2026-02-27' }) // '2026-02-26'
 */
export function eventDate(
  input: EventDateInput,
  events: readonly Episode[] = EVENTS,
): string | null {
  const published = isoDay(input.published);
  const titleCues = findDateCues(input.title, published);
  const textCues = findDateCues(input.text, published);
  const sentences = input.figures ?? [];

  // Weighted day votes: where in the article a cue sits says how central it is.
  const votes = new Map<number, number>();
  const vote = (day: number, w: number) => votes.set(day, (votes.get(day) ?? 0) + w);
  /** A cue in the lede weighs more than one further down the body. */
  const placeWeight = (start: number): number =>
    start < C.ledeChars ? C.ledeWeight : C.bodyWeight;
  // "since Sunday" names the day a running episode began: its first day.
  // "officials said on Monday" dates the statement, not the fighting.
  // Month-days carry only the first of these marks.
  const factor = (c: { background: boolean; since?: boolean; reporting?: boolean }): number =>
    (c.background ? C.backgroundFactor : 1) *
    (c.since ? C.sinceFactor : 1) *
    (c.reporting ? C.reportingFactor : 1);
  for (const c of titleCues) vote(c.day, C.titleWeight * factor(c));
  for (const c of textCues) {
    let w = placeWeight(c.start);
    if (sentences.some((s) => c.start >= s.sentenceStart && c.end <= s.sentenceEnd))
      w += C.figureSentenceWeight;
    vote(c.day, w * factor(c));
  }

  // Without a publication date, month-days without a year still point at an episode.
  const monthDays =
    published === null
      ? [
          ...findMonthDays(input.title).map((c) => ({ c, w: C.titleWeight * factor(c) })),
          ...findMonthDays(input.text).map((c) => ({ c, w: placeWeight(c.start) * factor(c) })),
        ]
      : [];
  // Undated: months named without a day, and the latest year named (a
  // report is written no earlier than the latest year it names).
  const undatedText = published === null ? `${input.title}\n${input.text}` : '';
  const namedMonths = published === null ? findNamedMonths(undatedText) : [];
  const latestYear = published === null ? latestYearNamed(undatedText) : null;
  // Where the text first counts the dead or wounded (-1: nowhere).
  const firstCasualty = sentences.reduce(
    (min, f) =>
      f.measure !== undefined &&
      CASUALTY_MEASURES.has(f.measure) &&
      (min < 0 || f.sentenceStart < min)
        ? f.sentenceStart
        : min,
    -1,
  );

  // Known episodes: cue words, day cues inside the span, publication inside (span + lag).
  const owners = cueOwners(events);
  let best: { span: EpisodeSpan; score: number } | null = null;
  for (const span of spansOf(events)) {
    if (published !== null && published < span.start - 1) continue; // cannot report what has not begun
    const inWindow = published !== null && published <= span.publishedUntil;
    if (latestYear !== null && yearOf(span.publishedUntil) < latestYear) continue;
    let dateScore = 0;
    for (const [day, w] of votes) if (day >= span.start && day <= span.end) dateScore += w;
    for (const { c, w } of monthDays) {
      const where = monthDayInSpan(c, span);
      if (where) dateScore += where === 'in' ? w : w * C.afterSpanFactor;
    }
    // Undated: a month named with its year ("since late February 2026") is a
    // date; a month alone only leans (every year has one).
    let monthScore = 0;
    for (const m of namedMonths)
      if (monthInSpan(m.month, m.year, span)) {
        if (m.year !== null) dateScore += C.namedMonthWeight;
        else monthScore += C.namedMonthWeight * C.backgroundFactor;
      }
    const inTitle = cueHits(span.cues, input.title);
    const inText = cueHits(span.cues, input.text);
    const titleHits = inTitle.hits;
    const textHits = inText.hits;
    // Undated, a cue word several episodes list counts for each only in part.
    // Dated, each cue word counts once: one name repeated ("Doha" five times)
    // does not outweigh several different words of another episode.
    const weigh = (hs: readonly string[]): number =>
      published === null ? hs.reduce((n, h) => n + 1 / (owners.get(h) ?? 1), 0) : new Set(hs).size;
    const hits = weigh(titleHits) + weigh(textHits);
    // An old episode needs a day cue inside it: cue words alone are often background ("the Doha truce").
    if (published !== null && !inWindow && dateScore === 0) continue;
    // Undated: place names recur in every round, so a cue word shared with
    // other episodes says little unless others of this episode come with it.
    if (published === null && dateScore === 0) {
      const distinct = new Set([...titleHits, ...textHits]);
      const owned = [...distinct].some((h) => owners.get(h) === 1);
      if (!owned && distinct.size < C.undatedMinCues) continue;
    }
    // Talks are chosen only when named, and not for a report that counts the
    // dead before it names them: that report is about the fighting.
    if (
      span.episode.kind === 'talks' &&
      (hits === 0 || (titleHits.length === 0 && firstCasualty >= 0 && firstCasualty < inText.first))
    )
      continue;
    const raw =
      hits * C.cueWeight +
      weigh(titleHits) * C.titleCueWeight +
      (dateScore + monthScore) * C.dateInSpanWeight +
      (inWindow ? C.publishedInSpanWeight : 0);
    // An episode whose reporting window has passed is usually recalled as background.
    const score = published !== null && !inWindow ? raw * C.pastEpisodeFactor : raw;
    if (score < C.minEpisodeScore) continue;
    // Ties go to the later episode: the newer round is the news.
    if (!best || score > best.score || (score === best.score && span.start > best.span.start))
      best = { span, score };
  }
  if (best) return best.span.episode.start;

  // No known episode: the strongest recent day cue, else the publication day.
  if (published === null) {
    const dated = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    return dated ? dayIso(dated[0]) : null;
  }
  let chosen: [number, number] | null = null;
  for (const [day, w] of votes) {
    if (day > published || day < published - C.lookbackDays) continue;
    // Ties go to the earlier day: an episode centres on its first day of fighting.
    if (!chosen || w > chosen[1] || (w === chosen[1] && day < chosen[0])) chosen = [day, w];
  }
  return dayIso(chosen ? chosen[0] : published);
}

/**
 * Whether two reports' events are one episode: equal dates always; a known
 * episode's date only equals itself (the October 2025 clashes and the
 * February 2026 strikes are never joined, however similar their figures);
 * two unknown dates within the configured window are one episode. Unknown
 * (null) events join nothing.
 */
export function sameEvent(
  a: string | null,
  b: string | null,
  events: readonly Episode[] = EVENTS,
): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  if (episodeOf(a, events) || episodeOf(b, events)) return false;
  const da = isoDay(a);
  const db = isoDay(b);
  return da !== null && db !== null && Math.abs(da - db) <= COMPARE_CONFIG.eventWindowDays;
}

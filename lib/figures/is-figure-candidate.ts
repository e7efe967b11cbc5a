/**
 * Whether a number the parser read is a figure at all: a count a reader
 * could check against another report. The parser already leaves out what is
 * never a quantity (years, dates, clock times, ages, identifiers); these
 * rules need the counted words, the measure or the line around the number,
 * so they run in the extractor once those are known.
 *
 * Each rule has a name (for tests and diagnosis) and looks only at the
 * number's own line and phrase, so the decision stays linear in the text.
 */
import type { Measure, ParsedNumber } from '../types';
import { THING_NOUNS } from './figure-cues';
import { UNITS } from './number-lexicon';
import { wordList } from '../word-list';

export interface FigureCandidate {
  /** The whole article text the number was read from. */
  text: string;
  number: ParsedNumber;
  /** Lower-case words of the counted noun phrase after the number (may be empty). */
  words: readonly string[];
  measure: Measure;
}

export type NotFigureRule =
  | 'numbered-list'
  | 'link-box'
  | 'gallery-count'
  | 'ticker'
  | 'other-script'
  | 'typography'
  | 'engagement-count'
  | 'cut-off'
  | 'both-parties'
  | 'ranked-set'
  | 'vague-beyond-hundreds'
  | 'collective-one'
  | 'single-source'
  | 'relative-date'
  | 'calendar-period'
  | 'no-counted-thing'
  | 'few'
  | 'listicle'
  | 'headline-strip'
  | 'subscribe-box'
  | 'career-length'
  | 'footnote-mark'
  | 'long-code';

/** Nouns for the two sides of the conflict together: "the two countries", "both neighbours". */
const PARTY_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'countries country neighbours neighbors neighbouring neighboring nations sides states governments capitals parties delegations armies militaries rivals foes adversaries leaderships brotherly',
  ),
);

/** People who stand for the two parties as a pair: "the two ministers", "the two former allies". */
const PAIR_PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  wordList('ministers leaders allies premiers presidents counterparts'),
);

/** People who speak as one unnamed source ("one resident said"). */
const SINGLE_SOURCE_NOUNS: ReadonlySet<string> = new Set(
  wordList('resident witness eyewitness villager shopkeeper local official source elder survivor'),
);
/** The verb right after such a source: it tells, recalls or describes. */
const SOURCE_VERB_AFTER =
  /^\s+\p{L}+\s+(?:said|says|told|tells|recounted|recalled|described|added|explained|narrated)\b/iu;

/** Words after a number that add to a set already named ("two other countries", "two more states"). */
const ADDING_WORDS: ReadonlySet<string> = new Set([
  'other',
  'more',
  'further',
  'additional',
  'new',
]);

/** Ranking adjectives that make "the two main …" a set's size, not a count. */
const RANK_WORDS: ReadonlySet<string> = new Set(['main', 'largest', 'biggest', 'principal']);

/** Groups counted as one unit whose members are counted elsewhere ("one family losing 18 members"). */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['family', 'household', 'clan', 'tribe']);

/** Nouns after "one"/"two" that make an idiom, not a count ("one day", "at one point", "two ways"). */
const IDIOM_NOUNS: ReadonlySet<string> = new Set(
  wordList('day time times point way ways thing things hand side another more such or'),
);

/** Words in -ing or -ed that are prepositions or conjunctions, not verbs taking an object. */
const NOT_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'during according following including regarding concerning excluding notwithstanding considering pending exceeding succeeding preceding',
  ),
);

/** Whether the word right before `at` is a verb in -ing or -ed taking the count as its object. */
function verbObject(text: string, at: number): boolean {
  const m = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, at - 24), at));
  const w = m?.[1]?.toLowerCase() ?? '';
  return /(?:ing|ed)$/.test(w) && w.length > 4 && !NOT_VERBS.has(w);
}

/** Screen units of a page's text-size control ("16 px"). */
const TYPOGRAPHY_UNITS: ReadonlySet<string> = new Set(['px', 'pt', 'em', 'rem']);

/** Counters of a page's or an account's audience. */
const ENGAGEMENT_NOUNS: ReadonlySet<string> = new Set([
  'followers',
  'subscribers',
  'likes',
  'shares',
  'comments',
  'retweets',
  'reposts',
  'reactions',
  'views',
]);

/** Items of a list-style article ("Top 10 developments", "the 5 key takeaways"). */
const LISTICLE =
  /^\s*(?:(?:key|main|major|big|biggest|latest)\s+)?(?:developments|takeaways|updates)\b/i;

/** The longest line read as a sidebar heading ("Top 5 This Week"). */
const WIDGET_HEADING_CHARS = 60;

/** "… | 5 points" or "in 5 points:" closing a headline: a list of points, not points on the ground. */
const POINTS_HEADLINE = /^\s*points\s*(?::|$)/i;

/** Words after "forces" that make them counted people ("the two forces personnel"). */
const FORCES_MEMBERS = /^\s*forces\s+(?:personnel|members|men|soldiers|troops|officials)\b/i;

/** Words after a duration that make it a point in time ("two days after the blasts"). */
const RELATIVE_AFTER: ReadonlySet<string> = new Set(['after', 'before', 'since', 'prior']);

const TIME_UNIT_VALUES: ReadonlySet<string> = new Set([
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
]);

/** A line that opens a link to another story. */
const LINK_BOX =
  /^\s*(?:read more|read also|also read|see also|related(?: story| news| article)?|recommended|watch|listen)\s*[:|\-\u2013\u2014>]/i;

/** The words before a picture or page counter's number ("Image ", "Photo 2 of "). */
const GALLERY_COUNT = /\b(?:image|photo|picture|slide|video|page)\s+(?:\d+\s*(?:of|\/)\s*)?$/i;

/** A sign-up box's words ("Subscribe to our newsletter. It's 100% free!"). */
const SUBSCRIBE_BOX = /\b(?:subscribe|newsletter|sign\s+up)\b/i;

/** Furniture lines are short; a sign-up box longer than this is body text that mentions one. */
const SUBSCRIBE_LINE_MAX = 160;
/** The longest line read as a headline linked under a list number. */
const NUMBERED_HEADLINE_MAX = 160;

/** A strip of other stories' headlines: at least this many " | " pieces, two of them headline-long. */
const STRIP_PIECES = 3;
const STRIP_HEADLINE_CHARS = 30;

/** Whether the number sits in a line of headlines run together with " | " (a site's news strip). */
function inHeadlineStrip(lineText: string): boolean {
  const pieces = lineText.split(' | ');
  return (
    pieces.length >= STRIP_PIECES &&
    pieces.filter((p) => p.trim().length >= STRIP_HEADLINE_CHARS).length >= 2
  );
}

/** Up and down arrows of a market ticker or a score line. */
const TICKER_MARKS = /[\u25b2\u25bc\u25b3\u25bd\u2b06\u2b07\u2191\u2193]/;

/** A letter of any script; and of the Latin script. */
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** How far the line rules look either side of a number: furniture lines are short. */
const LINE_WINDOW = 240;

/** Index of the nearest line break in [lo, at) going back, or -1 (a bounded scan). */
function breakBefore(text: string, at: number, lo: number): number {
  for (let k = at - 1; k >= lo; k--) if (text.charCodeAt(k) === 10) return k;
  return -1;
}

/** Index of the nearest line break in [at, hi), or -1 (a bounded scan). */
function breakAfter(text: string, at: number, hi: number): number {
  for (let k = at; k < hi; k++) if (text.charCodeAt(k) === 10) return k;
  return -1;
}

/** The number's line, clipped to a window so a text without line breaks stays linear. */
function lineAround(text: string, start: number, end: number): { from: number; to: number } {
  const lo = Math.max(0, start - LINE_WINDOW);
  const back = breakBefore(text, start, lo);
  const hi = Math.min(text.length, end + LINE_WINDOW);
  const nl = breakAfter(text, end, hi);
  return { from: back >= 0 ? back + 1 : lo, to: nl >= 0 ? nl : hi };
}

/** The previous line's text (trimmed), or null at the start; only short lines are read. */
function previousLine(text: string, lineFrom: number): string | null {
  if (lineFrom === 0 || text[lineFrom - 1] !== '\n') return null;
  const lo = Math.max(0, lineFrom - 1 - LINE_WINDOW);
  const back = breakBefore(text, lineFrom - 1, lo);
  return text.slice(back >= 0 ? back + 1 : lo, lineFrom - 1).trim();
}

/** The word (letters) nearest before `at` on the line, or ''. */
function wordBefore(text: string, at: number, lineFrom: number): string {
  let k = at - 1;
  while (k >= lineFrom && !LETTER.test(text[k] as string)) k--;
  const end = k + 1;
  while (k >= lineFrom && LETTER.test(text[k] as string)) k--;
  return text.slice(k + 1, end);
}

/** The word (letters) nearest after `at` on the line, or ''. */
function wordAfter(text: string, at: number, lineTo: number): string {
  let k = at;
  while (k < lineTo && !LETTER.test(text[k] as string)) k++;
  const start = k;
  while (k < lineTo && LETTER.test(text[k] as string)) k++;
  return text.slice(start, k);
}

const foreign = (w: string): boolean => w.length > 0 && !LATIN.test(w);

/** The first lower-case word after the number phrase. */
function nextWord(text: string, end: number): string {
  const m = /^[\s,]*([A-Za-z]+)/.exec(text.slice(end, end + 40));
  return m ? (m[1] as string).toLowerCase() : '';
}

/**
 * The rule that says this number is not a figure, or null when it is one.
 *
 * @example notFigureRule({ text, number: parse("the two countries"), words: ["countries"], measure: "other" })
 *   → "both-parties"
 */
export function notFigureRule(c: FigureCandidate): NotFigureRule | null {
  const { text, number: n, words, measure } = c;
  const spoken = !/\d/.test(n.text);
  const line = lineAround(text, n.start, n.end);
  const lineText = text.slice(line.from, line.to);

  // Page furniture by layout: a list marker alone on its line, and the linked headline under it.
  if (lineText.trim() === n.text.trim()) return 'numbered-list';
  // "1. Why did the fighting start?", "2) How many died": a list marker opening its line.
  if (
    /^\s*$/.test(text.slice(line.from, n.start)) &&
    /^[1-9]\d?$/.test(n.text) &&
    /^[.)]\s+["\u201c(]?\p{Lu}/u.test(text.slice(n.end, n.end + 6))
  )
    return 'numbered-list';
  const prev = previousLine(text, line.from);
  // (A list counts from 1, and what it links is a headline, not a paragraph ending in a full
  // stop: a share counter above the story's first paragraph marks nothing.)
  if (
    prev !== null &&
    /^[1-9]\d?\.?$/.test(prev) &&
    lineText.trim().length <= NUMBERED_HEADLINE_MAX &&
    !/\.["\u201d\u2019)]?$/.test(lineText.trim())
  )
    return 'numbered-list';
  // An inline box linking to another story ("Read more: 12 killed in …"); its figures are not this report's.
  if (LINK_BOX.test(lineText)) return 'link-box';
  // A picture counter ("Image 3 of 12", "Photo 2/8").
  if (GALLERY_COUNT.test(text.slice(Math.max(line.from, n.start - 40), n.start)))
    return 'gallery-count';
  if (TICKER_MARKS.test(lineText)) return 'ticker';
  // Other stories' headlines run together ("… | … | …"), and sign-up boxes: not this report.
  if (inHeadlineStrip(lineText)) return 'headline-strip';
  if (lineText.length <= SUBSCRIBE_LINE_MAX && SUBSCRIBE_BOX.test(lineText)) return 'subscribe-box';
  // A passage in another script: its counted noun cannot be read, and labels leave it out.
  if (
    foreign(wordAfter(text, n.end, line.to)) ||
    (words.length === 0 && foreign(wordBefore(text, n.start, line.from)))
  )
    return 'other-script';
  if (words.length > 0 && TYPOGRAPHY_UNITS.has(words[0] as string)) return 'typography';
  // Share, comment and follower counters ("1.2M followers", "24 comments").
  if (words.length > 0 && ENGAGEMENT_NOUNS.has(words[0] as string)) return 'engagement-count';
  // An excerpt cut off right after a bare number ("…that resulted in 2").
  if (
    measure === 'other' &&
    !spoken &&
    words.length === 0 &&
    !n.unit &&
    text.length - n.end < LINE_WINDOW &&
    text.slice(n.end).trim() === ''
  )
    return 'cut-off';

  // "the two countries", "both neighbours", "the trade of two nations": the two parties, not a count
  // of them; "two other states" adds to them.
  if (
    n.value === 2 &&
    n.qualifier === 'exact' &&
    // "the two South Asian neighbours": a party noun after a short run of adjectives.
    words.slice(0, 3).some((w) => PARTY_NOUNS.has(w)) &&
    !ADDING_WORDS.has(words[0] as string)
  )
    return 'both-parties';
  // "the two foreign ministers", "the two former allies": the pair that meets or quarrels, not a
  // count ("two Taliban leaders were killed" has no article and still counts).
  if (
    n.value === 2 &&
    n.qualifier === 'exact' &&
    words.slice(0, 3).some((w) => PAIR_PEOPLE_NOUNS.has(w)) &&
    !ADDING_WORDS.has(words[0] as string) &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start))
  )
    return 'both-parties';
  // "after the two agreed to extend the truce": "the two" with no noun, before a verb, is the
  // pair the story is about, said as a pronoun.
  if (
    n.value === 2 &&
    n.qualifier === 'exact' &&
    measure === 'other' &&
    words.length <= 1 &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start)) &&
    /^\s+(?:have|had|has|are|were|agreed|met|said|signed|held|exchanged|traded|announced|accused|blamed)\b/i.test(
      text.slice(n.end, n.end + 16),
    )
  )
    return 'both-parties';
  // "clashes between the two forces": the two armies, as with "the two
  // sides"; "two security forces" (no article) or "the two forces personnel" still count people.
  if (
    n.value === 2 &&
    n.qualifier === 'exact' &&
    words[0] === 'forces' &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start)) &&
    !FORCES_MEMBERS.test(text.slice(n.end, n.end + 30))
  )
    return 'both-parties';
  // The count of items in a list-style piece ("Top 10 developments", "| 5 points"): page furniture.
  if (
    LISTICLE.test(text.slice(n.end, n.end + 40)) ||
    POINTS_HEADLINE.test(text.slice(n.end, Math.min(line.to, n.end + 20)))
  )
    return 'listicle';
  // A sidebar heading ("Top 5 This Week"): a short line with a title-case "Top" before the number.
  if (
    measure === 'other' &&
    /\bTop\s+$/.test(text.slice(Math.max(0, n.start - 5), n.start)) &&
    lineText.trim().length <= WIDGET_HEADING_CHARS
  )
    return 'listicle';
  // "the two main crossings", "its two largest cities": the size of a set named by rank, which
  // describes the places rather than counting anything the fighting did.
  if (
    measure === 'other' &&
    n.value <= 3 &&
    RANK_WORDS.has(words[0] as string) &&
    /\b(?:the|its|their|of)\s+$/i.test(text.slice(Math.max(0, n.start - 8), n.start))
  )
    return 'ranked-set';
  // Thousands and millions are impressions, not counts a report can be checked against.
  if (n.qualifier === 'vague' && n.value >= 1000) return 'vague-beyond-hundreds';
  // "a few", "a handful" have no conventional span in the contract, unlike "several" (3–9).
  if (n.qualifier === 'vague' && /^(?:a\s+few|a\s+handful)/i.test(n.text)) return 'few';
  if (spoken && n.value === 1 && words.length > 0 && COLLECTIVE_NOUNS.has(words[0] as string))
    return 'collective-one';
  // "One resident described the shelling", "one witness said": a single unnamed source introduced,
  // not a count.
  if (
    spoken &&
    n.value === 1 &&
    measure === 'other' &&
    SINGLE_SOURCE_NOUNS.has(words[0] as string) &&
    SOURCE_VERB_AFTER.test(text.slice(n.end, n.end + 40))
  )
    return 'single-source';

  if (n.unit && TIME_UNIT_VALUES.has(n.unit) && n.qualifier !== 'range') {
    const after = nextWord(text, n.end);
    // "started two days after the blasts" dates an event; a hedged span ("nearly four weeks after
    // it was sealed") reports how long a state has lasted, which a reader can check.
    // "lasted for two hours after …" is a duration, whatever follows it.
    // "has 20 years of experience": a writer's career in a byline, not the conflict.
    if (/^\s*of\s+(?:\w+\s+)?experience\b/i.test(text.slice(n.end, n.end + 40)))
      return 'career-length';
    if (
      RELATIVE_AFTER.has(after) &&
      n.qualifier === 'exact' &&
      !/for\s$/.test(text.slice(n.start - 4, n.start))
    )
      return 'relative-date';
    // "the last three months of 2025": a calendar period.
    if (after === 'of' && /^\s*of\s+(?:the\s+year\s+)?\d{4}\b/.test(text.slice(n.end, n.end + 24)))
      return 'calendar-period';
  }

  // "agreed[1]", "began[3]": a note's number in brackets glued to the word it annotates.
  if (
    text[n.start - 1] === '[' &&
    text[n.end] === ']' &&
    n.start >= 2 &&
    /[\p{L}\p{P}]/u.test(text[n.start - 2] as string)
  )
    return 'footnote-mark';
  if (measure === 'other') {
    // "appId: '280041239…'": a dozen digits or more in one unbroken run is a code; no count a
    // report gives is written so.
    if (/^\d{12,}$/.test(n.text)) return 'long-code';
    // "1 / 2", "1500 / 1500": a slide or character counter; "Characters count: 1009"; "[ad_1]": a
    // placeholder glued to an underscore.
    if (
      /^\s*\/\s*\d/.test(text.slice(n.end, n.end + 4)) ||
      text[n.start - 1] === '_' ||
      /(?:\d\s*\/|\bcount:)\s*$/i.test(text.slice(Math.max(0, n.start - 8), n.start))
    )
      return 'gallery-count';
    // "several" does count when it names what ("several crossings"), not alone ("several times").
    // "continued for several hours": a unit is what it counts.
    // "displacing hundreds", "evacuated dozens": the object of a verb is a count of people.
    if (n.qualifier === 'vague' && words.length === 0 && !n.unit && !verbObject(text, n.start))
      return 'no-counted-thing';
    // "half of them" is a share, not a count.
    if (!n.unit && n.value < 1) return 'no-counted-thing';
    // A spoken "one" is mostly an article ("one villager said", "one section of the report"), but
    // equipment is counted even one by one ("one tank was destroyed").
    if (
      spoken &&
      !n.unit &&
      n.value === 1 &&
      n.qualifier === 'exact' &&
      !words.some((w) => THING_NOUNS.has(w))
    )
      return 'no-counted-thing';
    // "a shell or two", "a day or two": an idiom for a few, not a count.
    if (
      spoken &&
      n.value === 2 &&
      n.qualifier === 'exact' &&
      /\ban?\s+["\u201c\u2018']?[a-z]+\s+or\s+$/i.test(
        text.slice(Math.max(0, n.start - 30), n.start),
      ) &&
      !/^\s+[a-z]/i.test(text.slice(n.end, n.end + 2))
    )
      return 'no-counted-thing';
    // "two" alone or in an idiom ("two ways"); "two explosions" is a count.
    // Only the counted noun itself ("two more days"), not a word later in the phrase
    // ("two countries following days of …").
    const unitWord = words.slice(0, 2).some((w) => UNITS[w] !== undefined);
    if (
      spoken &&
      !n.unit &&
      n.value <= 2 &&
      n.upper === null &&
      n.qualifier === 'exact' &&
      !unitWord &&
      (words.length === 0 || IDIOM_NOUNS.has(words[0] as string))
    )
      return 'no-counted-thing';
  }
  return null;
}

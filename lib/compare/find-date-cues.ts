/**
 * Day cues in news copy, resolved against the publication date: "on
 * Thursday", "yesterday", "Friday night", "last weekend", "on October 11",
 * "27 February". News writes relative days ("on Thursday") far more often
 * than dates, and always means the most recent such day.
 */
import { dayOf, weekday, yearOf } from './iso-day';

export interface DateCue {
  /** Day number (see iso-day.ts). */
  day: number;
  /** Offset of the cue in the text. */
  start: number;
  end: number;
  /** The cue points back to an earlier episode ("last weekend", "last week"): weaker evidence for the main one. */
  background: boolean;
  /** "since Sunday", "since October 11": the day an episode still going on began. */
  since: boolean;
  /** "officials said on Sunday": the day something was said, not the day of the fighting. */
  reporting: boolean;
}

const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** Month names (lower-case) and the abbreviations news copy uses (AP style "Oct.", "Sept."). */
export const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Relative words with a fixed offset in days from publication. */
const RELATIVE: Readonly<Record<string, { offset: number; background: boolean }>> = Object.freeze({
  today: { offset: 0, background: false },
  tonight: { offset: 0, background: false },
  'this morning': { offset: 0, background: false },
  'this afternoon': { offset: 0, background: false },
  'this evening': { offset: 0, background: false },
  yesterday: { offset: -1, background: false },
  'last night': { offset: -1, background: false },
  overnight: { offset: -1, background: false },
  'last week': { offset: -7, background: true },
});

const PATTERN = new RegExp(
  [
    // 1: modifier, 2: weekday
    `\\b(?:(last|this|next|on|late|early|since|by)\\s+)?(${WEEKDAYS.join('|')})(?:'s)?\\b`,
    // 3: day, 4: month, 5: year — "27 February 2026"
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\.?(?:,?\\s+(\\d{4}))?\\b`,
    // 6: month, 7: day, 8: year — "October 11, 2025"
    `\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
    // 9: weekend cue
    `\\b(last weekend|this weekend|the weekend|over the weekend)\\b`,
    // 10: relative words
    `\\b(${Object.keys(RELATIVE).join('|')})\\b`,
  ].join('|'),
  'gi',
);

/**
 * Words that make the day cue after them an earlier event the news answers:
 * "in response to the strikes on February 22", "two days after explosions on
 * Thursday". The retaliation, not what it answers, is the episode reported.
 */
const ANSWERS =
  /\b(?:in response to|in retaliation for|retaliat\w* (?:for|against)|to avenge|(?:days?|weeks?|hours?) after)\b[^.!?\n]*$/i;
/** How far back in the sentence such words are looked for. */
const ANSWERS_WINDOW = 120;

/** Whether the date cue at `at` is what the news answers (ANSWERS just before it). */
const answered = (text: string, at: number): boolean =>
  ANSWERS.test(text.slice(Math.max(0, at - ANSWERS_WINDOW), at));

/**
 * A speech verb just before a day cue ("the army said on Sunday", "told
 * reporters Monday"): the cue dates the statement, which news gives a day
 * or more after the fighting it reports.
 */
const SAID_BEFORE =
  /\b(?:said|says|told(?:\s+\p{L}+){1,2}|announced|stated|added|confirmed|claimed|reported|posted|wrote)\s+(?:on\s+|late\s+|early\s+)?$/iu;

/** Most recent day with the given weekday on or before `onOrBefore`. */
function lastWeekday(onOrBefore: number, wd: number): number {
  return onOrBefore - ((weekday(onOrBefore) - wd + 7) % 7);
}

/** A month-day without a year: the latest such date on or before publication (+1 day for time zones). */
function resolveMonthDay(
  month: number,
  day: number,
  year: number | null,
  published: number | null,
): number | null {
  if (year !== null) return dayOf(year, month, day);
  if (published === null) return null;
  const y = yearOf(published);
  const same = dayOf(y, month, day);
  if (same !== null && same <= published + 1) return same;
  return dayOf(y - 1, month, day);
}

/**
 * Every day cue in `text`, in reading order. Relative cues need a
 * publication day; without it only dates with a year are found.
 *
 * @example findDateCues('Pakistan struck Kabul on Friday.', isoDay('2026-02-28')) // [{ day: <27 Feb>, … }]
 */
export function findDateCues(text: string, published: number | null): DateCue[] {
  const cues: DateCue[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    let day: number | null = null;
    let background = false;
    if (m[2]) {
      if (published === null) continue;
      const mod = m[1]?.toLowerCase();
      // "next Monday" and "this Saturday" usually announce talks to come, not the episode reported.
      if (mod === 'next' || mod === 'this') continue;
      const wd = WEEKDAYS.indexOf(m[2].toLowerCase() as (typeof WEEKDAYS)[number]);
      day = lastWeekday(mod === 'last' ? published - 1 : published, wd);
    } else if (m[4]) {
      const month = MONTHS[m[4].toLowerCase()];
      if (month === undefined) continue;
      day = resolveMonthDay(month, Number(m[3]), m[5] ? Number(m[5]) : null, published);
    } else if (m[6]) {
      const month = MONTHS[m[6].toLowerCase()];
      const d = Number(m[7]);
      // "May 2026", "March 3" vs "may" the verb: demand a real day number and a capitalised month.
      if (month === undefined || d < 1 || d > 31 || !/^[A-Z]/.test(m[6])) continue;
      day = resolveMonthDay(month, d, m[8] ? Number(m[8]) : null, published);
    } else if (m[9]) {
      if (published === null) continue;
      const phrase = m[9].toLowerCase();
      if (phrase === 'this weekend' && weekday(published) >= 1 && weekday(published) <= 5) continue; // a weekend to come
      // The weekend's Saturday: the last one strictly before publication.
      day = lastWeekday(published - 1, 6);
      background = phrase === 'last weekend';
    } else if (m[10]) {
      if (published === null) continue;
      const rel = RELATIVE[m[10].toLowerCase()];
      if (!rel) continue;
      day = published + rel.offset;
      background = rel.background;
    }
    if (m[4] && !/^[A-Z]/.test(m[4])) continue; // "3 may" is a verb, not May
    if (day === null) continue;
    if (!background && answered(text, start)) background = true;
    const since =
      /^since\b/i.test(m[0]) || /\bsince\s+$/i.test(text.slice(Math.max(0, start - 7), start));
    const reporting = SAID_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    cues.push({ day, start, end, background, since, reporting });
  }
  return cues;
}

export interface MonthDayCue {
  month: number;
  /** Day of the month. */
  day: number;
  start: number;
  end: number;
  /** What the news answers ("in response to the strikes on October 9"), as for day cues. */
  background: boolean;
}

const MONTH_DAY = new RegExp(
  [
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b\\.?(?!,?\\s+\\d{4})`,
    `\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`,
  ].join('|'),
  'gi',
);

/**
 * Month-days written without a year ("on October 17", "24 December"). With
 * no publication date they cannot be resolved to one day, but they still say
 * which episode a report is about when only one episode spans that date.
 * Capitalised months only ("may" is a verb).
 *
 * @example findMonthDays('Strikes hit Paktika on the night of December 24.') // [{ month: 12, day: 24, … }]
 */
export function findMonthDays(text: string): MonthDayCue[] {
  const out: MonthDayCue[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const name = m[2] ?? m[3]!;
    if (!/^[A-Z]/.test(name)) continue;
    const month = MONTHS[name.toLowerCase()];
    const day = Number(m[1] ?? m[4]);
    if (month === undefined || day < 1 || day > 31) continue;
    const background = answered(text, m.index);
    out.push({ month, day, start: m.index, end: m.index + m[0].length, background });
  }
  return out;
}

export interface NamedMonthCue {
  month: number;
  /** The year written with it ("February 2026"), else null. */
  year: number | null;
  start: number;
  end: number;
}

const FULL_MONTHS = Object.keys(MONTHS).filter(
  (m) => m.length > 4 || ['may', 'june', 'july'].includes(m),
);
const NAMED_MONTH = new RegExp(
  `\\b(${FULL_MONTHS.join('|')})\\b(?!\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![\\d,]))(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
  'gi',
);
/** A day number just before a month ("27 February", "the 3rd of March"): a month-day, not a named month. */
const DAY_BEFORE = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;

/**
 * Months named without a day ("since late February", "in October",
 * "February 2026"), with the year when one follows. Full capitalised names
 * only: "May" must carry a year (it is also a verb), abbreviations are left
 * to month-days.
 *
 * @example findNamedMonths('The fighting that began in late February 2026') // [{ month: 2, year: 2026, … }]
 */
export function findNamedMonths(text: string): NamedMonthCue[] {
  const out: NamedMonthCue[] = [];
  for (const m of text.matchAll(NAMED_MONTH)) {
    const name = m[1]!;
    if (!/^[A-Z]/.test(name)) continue;
    if (DAY_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const year = m[2] ? Number(m[2]) : null;
    if (name.toLowerCase() === 'may' && year === null) continue;
    out.push({
      month: MONTHS[name.toLowerCase()]!,
      year,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/**
 * The latest year the text names ("in the first quarter of 2026", "since
 * 2021"), or null. A report is written no earlier than the latest year it
 * names. Years inside ISO dates, numbers ("2,026") and ranges are skipped.
 *
 * @example latestYearNamed('Attacks have risen since 2021; in 2025 alone…') // 2025
 */
export function latestYearNamed(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(/(?<![\d,.\-/])((?:19|20)\d{2})(?![\d,\-/]|\.\d)/g)) {
    const y = Number(m[1]);
    if (latest === null || y > latest) latest = y;
  }
  return latest;
}

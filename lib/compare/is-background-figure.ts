/**
 * Whether a figure is about another time than the report's episode: "since
 * October, when the army said 23 soldiers were martyred" in a February
 * story, "the October fighting, in which more than 70 people died". Such figures
 * belong to an earlier episode and must not be compared with this one's (the
 * October 2025 and February 2026 rounds share figures).
 */
import type { ReportFigure } from '../types';
import { MONTHS } from './find-date-cues';
import { isoDay } from './iso-day';

/**
 * Phrases that place a sentence in an earlier or longer period, whatever the
 * dates: "last year", "months ago", and running totals ("this year", "since
 * 2021", "in recent years") that are not the episode's count.
 */
const EARLIER =
  /\b(?:last|previous|past) (?:year|month)\b|\b(?:earlier |so far )?this year\b|\b(?:years|months) ago\b|\bin recent (?:years|months)\b|\bsince (?:19|20)\d\d\b|\bsince the start of\b/i;

const MONTH_WORD = new RegExp(
  `\\b(in|during|on|since|from|of)?\\s*\\b(${Object.keys(MONTHS)
    .filter((m) => m.length > 3)
    .join('|')})\\b`,
  'gi',
);

/** Prepositions that tie a month after the figure to the figure's time ("killed 70 people in October"). */
const TIES_FIGURE = new Set(['in', 'during', 'on', 'of']);

/**
 * True when the figure's sentence names an earlier period, or a month other
 * than the event's and the publication's before the figure (or after it as
 * "in October"); "the worst fighting since October" after a figure is a
 * comparison, not the figure's time.
 *
 * @example isBackgroundFigure({ sentence: 'Since October, when 23 soldiers died…', start: 28, sentenceStart: 0 }, '2026-02-26', '2026-02-27') // true
 */
export function isBackgroundFigure(
  f: Pick<ReportFigure, 'sentence' | 'start' | 'sentenceStart'>,
  event: string | null,
  published: string | null,
): boolean {
  const sentence = f.sentence;
  if (EARLIER.test(sentence)) return true;
  const days = [isoDay(event), isoDay(published)].filter((d): d is number => d !== null);
  if (days.length === 0) return false;
  const months = new Set(days.map((d) => new Date(d * 86_400_000).getUTCMonth() + 1));
  const at = f.start - f.sentenceStart; // the figure's offset in its sentence
  for (const m of sentence.matchAll(MONTH_WORD)) {
    const word = m[2]!;
    const month = MONTHS[word.toLowerCase()];
    // Capitalised month names only: "may" is a verb, "march" a noun.
    if (month === undefined || !/^[A-Z]/.test(word) || months.has(month)) continue;
    const before = m.index + m[0].length <= at;
    if (before || TIES_FIGURE.has((m[1] ?? '').toLowerCase())) return true;
  }
  return false;
}

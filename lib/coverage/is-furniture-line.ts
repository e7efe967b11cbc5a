import { COVERAGE_CONFIG as C } from './config';
import { CALENDAR_DATE } from './calendar-date';
import { conflictTerms } from './conflict-terms';

const DATE = new RegExp(CALENDAR_DATE, 'i');
/** A date (and a word such as "Published" before it) opening a line that goes on with a byline. */
const DATED = new RegExp(`^(?:\\p{L}+:?\\s+)?${CALENDAR_DATE}[\\s,|•·–—-]*`, 'iu');

/**
 * Whether a line at the top of a plain text is page furniture rather than
 * text: a dateline (a date with a word or two beside it: the agency, the
 * place, the weekday), a byline (after a date or not), a menu of links separated by bars, or (when
 * `labels`) a label of fewer words than a headline ("World", "Latest News").
 *
 * @example isFurnitureLine('PAN, August 23, 2012') // true
 */
export function isFurnitureLine(line: string, labels = true): boolean {
  const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if ((line.match(/\s\|\s/g) ?? []).length >= 2) return true;
  // A byline, alone or after the date ("2026-02-28 By Staff Reporter").
  const byline = line.replace(DATED, '');
  if (/^by\s+\p{Lu}/iu.test(byline) && words(byline) <= C.bylineMaxWords) return true;
  if (labels && words(line) < C.headlineMinWords && !/[.!?]["'’”]?$/.test(line)) return true;
  const date = DATE.exec(line);
  if (!date) return false;
  // What is left beside the date is an agency, a place, a weekday: a short
  // headline glued to a date ("2026-02-27 Pakistan bombs Kabul") says what
  // happened, with a word of fighting or diplomacy.
  const rest = line.replace(date[0], ' ');
  const T = conflictTerms();
  return (
    words(rest) <= C.datelineMaxWords && !T.cues.find(rest).length && !T.bilateral.find(rest).length
  );
}

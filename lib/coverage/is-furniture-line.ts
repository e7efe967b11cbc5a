import { COVERAGE_CONFIG as C } from './config';
import { conflictTerms } from './conflict-terms';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A calendar date in the shapes datelines use (March 3, 2025; 3 March 2025; 2025-03-03; 03/03/2025). */
const DATE = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})(?:[\\s,]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?)?`,
  'i',
);

/**
 * Whether a line at the top of a plain text is page furniture rather than
 * text: a dateline (a date with a word or two beside it: the agency, the
 * place, the weekday), a byline, a menu of links separated by bars, or (when
 * `labels`) a label of fewer words than a headline ("World", "Latest News").
 *
 * @example isFurnitureLine('PAN, August 23, 2012') // true
 */
export function isFurnitureLine(line: string, labels = true): boolean {
  const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if ((line.match(/\s\|\s/g) ?? []).length >= 2) return true;
  if (/^by\s+\p{Lu}/iu.test(line) && words(line) <= C.bylineMaxWords) return true;
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

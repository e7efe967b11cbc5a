const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/**
 * A calendar date in the shapes datelines use (March 3, 2025; 3 March 2025;
 * 2025-03-03; 03/03/2025), with an optional time, as a regex source: page
 * furniture above a story and bylined titles carry one.
 */
export const CALENDAR_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})(?:[\\s,]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?)?`;

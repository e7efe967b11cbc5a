/**
 * Names and limits of the in-page marks, apart from the code that plans and
 * draws them: the message schema (read by every script) needs only these.
 */

export type MarkKind = 'outlets' | 'parties';

/** Highlight names registered in the page, by kind (they all start with `crosscheck-`). */
export const HIGHLIGHT_NAMES: Readonly<Record<MarkKind, string>> = Object.freeze({
  outlets: 'crosscheck-outlets-disagree',
  parties: 'crosscheck-parties-disagree',
});

/** Most marks sent to one page, and most values on one card (the message's limits). */
export const MARK_LIMITS = Object.freeze({ marks: 100, values: 12 });

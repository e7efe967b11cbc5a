/**
 * A dateline: where a story was filed, at the head of a paragraph or a
 * sentence ("KABUL —", "ISLAMABAD, Oct 12 (AP) -", "KABUL, Afghanistan —",
 * "Peshawar (Reuters) -", "QUETTA:"). It names no side in the story, so
 * coverage, sides and speakers all read past it; one pattern serves them.
 */

/** A place in capitals ("DERA ISMAIL KHAN"), then up to two comma parts (country, date) and an agency. */
const PLACE_IN_CAPITALS =
  String.raw`\p{Lu}[\p{Lu}'./]{2,}(?:[ -]\p{Lu}[\p{Lu}'./]+)*` +
  String.raw`(?:,[ \t]+[\p{L}\d.]+(?:[ \t][\p{L}\d.]+){0,2}){0,2}(?:[ \t]*\([^)\n]{1,40}\))?`;

/** A place written normally, known as a dateline only by the agency in brackets ("Peshawar (Reuters)"). */
const PLACE_WITH_AGENCY = String.raw`\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?:,[ \t]+\p{Lu}\p{Ll}+)?[ \t]*\([^)\n]{1,40}\)`;

const DATELINE = `(?:${PLACE_IN_CAPITALS}|${PLACE_WITH_AGENCY})[ \\t]*(?:[:\\u2014\\u2013]|-{1,2})[ \\t]`;

/** A dateline at the very start of a string (a sentence or a phrase), with the space before it. */
export const LEADING_DATELINE = new RegExp(String.raw`^\s*` + DATELINE, 'u');

const PARAGRAPH_DATELINE = new RegExp(String.raw`^[ \t]*` + DATELINE, 'gmu');

/** [start, end) of each dateline that opens a line of `text`. */
export function datelineSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(PARAGRAPH_DATELINE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** A place in title case opening a line before a colon or dash ("New Delhi: …"). */
const TITLE_CASE_DATELINE =
  /^[ \t]*\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}[ \t]*[:\u2014\u2013][ \t]/gmu;

/**
 * [start, end) of each line that opens with a title-case word or two before a colon or dash
 * ("New Delhi: …"). Looser than a dateline ("Pakistan: 12 killed" matches too), so it only serves
 * where a false match costs nothing, such as skipping a third party's name where it is filed from.
 */
export function titleCaseDatelineSpans(text: string): [number, number][] {
  return [...text.matchAll(TITLE_CASE_DATELINE)].map((m) => [m.index, m.index + m[0].length]);
}

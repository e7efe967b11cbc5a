/**
 * English's commonest small words. Other languages in the Latin alphabet
 * share a few of them ("in" and "was" in German, "on" in French) but not
 * many, and never "the" or "of" or "and".
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  'the of and to in on for with that was were is are has have had said by from at its their it as an this which who after be been he she they not will'.split(
    ' ',
  ),
);
/** Share of English's small words among an English text's words: about a third in news copy. */
const ENGLISH_SHARE = 0.12;
/** Enough of the text to tell (menus and a headline come first). */
const SAMPLE_CHARS = 4000;
const WORD = /\p{L}+/gu;

/**
 * Whether a page is written in English: the share of English's commonest
 * small words among its words. A page with no words at all counts as
 * English (nothing in it says otherwise).
 *
 * @example writtenInEnglish('Pakistan and Afghanistan agreed to a truce on Sunday') // true
 * @example writtenInEnglish('पाकिस्तान और अफगानिस्तान के बीच सीमा पर झड़प') // false
 */
export function writtenInEnglish(text: string): boolean {
  let words = 0;
  let english = 0;
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    words++;
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
  }
  return words === 0 || english >= words * ENGLISH_SHARE;
}

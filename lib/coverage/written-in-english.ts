/**
 * English's commonest small words that other languages in the Latin
 * alphabet do not share ("in", "an" and "was" are German too, "on" French,
 * "is" Dutch: left out).
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  'the of and to for with that were are has have had said by from at its their it as this which who after be been he she they not will'.split(
    ' ',
  ),
);
/**
 * The commonest small words of the other languages written in the Latin alphabet that pages
 * about the conflict come in (Spanish, French, German, Italian, Portuguese, Turkish,
 * Indonesian, Finnish, Dutch, Swedish, Norwegian, Polish); none is an English word ("die",
 * "do", "no" and "per" are English too: left out).
 */
const OTHER_LATIN_WORDS: ReadonlySet<string> = new Set(
  'de la el los las del por para con una que le les des et du dans sur pour est une der das und den dem von zu mit ist im nicht ein eine auf auch il di che della sono nel ao os da dos na em um uma ve bir bu ile için olarak yang dan dari ini itu untuk dengan pada dalam tidak ja oli että myös kun mutta joka sekä ovat hän het van een niet zijn och att det som för är og av się że nie jest oraz jak'.split(
    ' ',
  ),
);
/** Share of those words among an English text's words: a sixth or more in news copy, near none in other languages. */
const ENGLISH_SHARE = 0.09;
/**
 * A short, name-dense wire lead ("KABUL (AP) — Pakistani jets struck …, killing 12 …, the
 * ministry said") or a list of headlines may hold fewer of them; it is English still when it has
 * a few and many more than another language's small words, or none of either.
 */
const SHORT_TEXT_WORDS = 80;
const SHORT_TEXT_ENGLISH_MIN = 2;
/** Enough of the text to tell (menus and a headline come first). */
const SAMPLE_CHARS = 4000;
/** Fewer words than this in the Latin alphabet say too little (a one-line brief may have no small word). */
const MIN_WORDS = 25;
const WORD = /\p{L}+/gu;
const LATIN_WORD = /^[A-Za-z\u00C0-\u024F]/;

/**
 * Whether a page is written in English. Not when most of its words are in
 * another script, nor when it has words enough to tell and few of them are
 * English's commonest small words; a short text in the Latin alphabet, or a
 * page with no words at all, counts as English (nothing in it says
 * otherwise).
 *
 * @example writtenInEnglish('Pakistan and Afghanistan agreed to a truce on Sunday') // true
 * @example writtenInEnglish('पाकिस्तान और अफगानिस्तान के बीच सीमा पर झड़प') // false
 */
export function writtenInEnglish(text: string): boolean {
  let words = 0;
  let latin = 0;
  let english = 0;
  let other = 0;
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    words++;
    if (LATIN_WORD.test(m[0])) latin++;
    const w = m[0].toLowerCase();
    if (ENGLISH_WORDS.has(w)) english++;
    else if (OTHER_LATIN_WORDS.has(w)) other++;
  }
  if (latin * 2 < words) return false;
  if (words < MIN_WORDS || english >= words * ENGLISH_SHARE) return true;
  // (A short list of headlines may hold no small word of any language: English, as nothing says
  // otherwise.)
  return (
    words <= SHORT_TEXT_WORDS &&
    (english >= SHORT_TEXT_ENGLISH_MIN || other === 0) &&
    english >= 2 * other
  );
}

/**
 * A single-pass tokenizer: letters (with inner apostrophes), digit runs,
 * whitespace runs and single punctuation characters. The number parser and
 * the figure extractor walk these tokens instead of running regular
 * expressions over the text, which keeps every search linear in the length
 * of the input (no backtracking on long runs of digits or spaces).
 */

export type TokenType = 'word' | 'digits' | 'space' | 'punct';

export interface Token {
  type: TokenType;
  text: string;
  /** Lower-case text (words), for table lookups. */
  lower: string;
  start: number;
  end: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the code unit at i is a letter. Char codes, not one-character strings: this runs for every character. */
function isLetterAt(text: string, i: number): boolean {
  // Fast path for ASCII, Unicode property test for the rest (é in "António").
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return NON_ASCII_LETTER.test(text[i] as string);
}
const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

function isSpace(c: number): boolean {
  return (
    c === 32 || // space
    c === 10 || // \n
    c === 9 || // \t
    c === 13 || // \r
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0x2007 ||
    c === 12 || // \f
    c === 11 // \v
  );
}

/** ' and ’ inside a word ("Pakistan’s", "don't"). */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * @example tokenize("at least 274") → word "at", space, word "least", space, digits "274"
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const start = i;
    let type: TokenType;
    if (isDigit(code)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      type = 'digits';
    } else if (isSpace(code)) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      type = 'space';
    } else if (isLetterAt(text, i)) {
      i++;
      while (i < n) {
        if (isLetterAt(text, i)) i++;
        else if (isApostrophe(text.charCodeAt(i)) && i + 1 < n && isLetterAt(text, i + 1)) i += 2;
        else break;
      }
      type = 'word';
    } else {
      // Surrogate pairs (emoji) stay whole so offsets never split a character.
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      type = 'punct';
    }
    const t = text.slice(start, i);
    let lower = t;
    if (type === 'word') {
      lower = t.toLowerCase();
      if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
      // A plural some outlets give the name ("200 Talibans") reads as the name itself.
      if (lower === 'talibans') lower = 'taliban';
    }
    tokens.push({ type, text: t, lower, start, end: i });
  }
  return tokens;
}

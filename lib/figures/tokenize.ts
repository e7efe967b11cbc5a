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

function isLetter(ch: string): boolean {
  // Fast path for ASCII, Unicode property test for the rest (é in "António").
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /\p{L}|\p{M}/u.test(ch);
}

function isSpace(ch: string): boolean {
  return (
    ch === ' ' ||
    ch === '\n' ||
    ch === '\t' ||
    ch === '\r' ||
    ch === '\u00a0' ||
    ch === '\u2009' ||
    ch === '\u202f' ||
    ch === '\u2007' ||
    ch === '\f' ||
    ch === '\v'
  );
}

const APOSTROPHES = new Set(["'", '\u2019']);

/**
 * @example tokenize("at least 274") → word "at", space, word "least", space, digits "274"
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i] as string;
    const start = i;
    let type: TokenType;
    if (isDigit(text.charCodeAt(i))) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      type = 'digits';
    } else if (isSpace(ch)) {
      while (i < n && isSpace(text[i] as string)) i++;
      type = 'space';
    } else if (isLetter(ch)) {
      i++;
      while (i < n) {
        const c = text[i] as string;
        if (isLetter(c)) i++;
        else if (APOSTROPHES.has(c) && i + 1 < n && isLetter(text[i + 1] as string)) i += 2;
        else break;
      }
      type = 'word';
    } else {
      // Surrogate pairs (emoji) stay whole so offsets never split a character.
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      type = 'punct';
    }
    const t = text.slice(start, i);
    tokens.push({
      type,
      text: t,
      lower: type === 'word' ? t.toLowerCase().replace(/\u2019/g, "'") : t,
      start,
      end: i,
    });
  }
  return tokens;
}

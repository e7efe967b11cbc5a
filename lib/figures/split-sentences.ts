/**
 * Splits article text into sentences, with offsets. A period ends a sentence
 * only when a capital, digit or opening quote follows after a space, and not
 * after a known abbreviation ("Lt.", "Gen.", "Mr.", "Feb.") or an initial
 * ("U.N.", "T.T.P."). Line breaks always end a sentence: article text keeps
 * one paragraph per line.
 */
import { wordList } from '../word-list';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations that end with a period but rarely end a sentence (lower-case, without the period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  wordList(
    'lt gen col maj capt cpt brig adm sgt cpl pvt lieut cmdr cdr gov sen rep mr mrs ms dr prof rev fr hon st jr sr mt ft no nos nr nrs vol art sec fig approx est vs etc al inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun',
  ),
);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isSpace = (ch: string): boolean => /\s/.test(ch);

/** Time zones written after a clock time ("5 p.m. GMT"): the time's period does not end the sentence. */
const TIME_ZONE_AFTER_CLOCK =
  /^[aApP]\.[mM]\.\s+(?:GMT|UTC|PKT|PST|AFT|IST|EST|EDT|CET|CEST|BST)\b/;

/** Whether the period at `dot` closes an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[A-Za-z]/.test(text[k] as string)) k--;
  const word = text.slice(k + 1, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "U.N.", "T.T.P.", "A. Khan".
  if (word.length === 1 && isUpper(word)) return true;
  return false;
}

/**
 * @example splitSentences("Lt. Gen. Chaudhry spoke. He said 12 died.")
 *   → [{ start: 0, end: 24 }, { start: 25, end: 41 }]
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text[s] as string)) s++;
    while (e > s && isSpace(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    // Take closing quotes and brackets with the terminator.
    let e = i + 1;
    while (
      e < n &&
      (CLOSERS.has(text[e] as string) || text[e] === '.' || text[e] === '!' || text[e] === '?')
    )
      e++;
    if (e < n && !isSpace(text[e] as string)) continue; // "1.5", "U.N.-backed", "Kabul.Next" stays whole
    let k = e;
    while (k < n && text[k] !== '\n' && isSpace(text[k] as string)) k++;
    if (k >= n || text[k] === '\n') {
      push(start, e);
      start = e;
      i = e - 1;
      continue;
    }
    const next = text[k] as string;
    const startsSentence = isUpper(next) || isDigit(next) || OPENERS.has(next);
    if (!startsSentence) continue;
    if (ch === '.' && e === i + 1 && isAbbreviation(text, i)) {
      // "Feb. 27", "Lt. Gen. Chaudhry": an abbreviation before a name or number does not end the sentence.
      continue;
    }
    if (ch === '.' && TIME_ZONE_AFTER_CLOCK.test(text.slice(Math.max(0, i - 3), k + 5))) continue;
    push(start, e);
    start = e;
    i = e - 1;
  }
  push(start, n);
  return out;
}

/**
 * Finds and reads every number phrase in English text: digits with
 * separators ("2,575", "1 600", "1.5"), words ("Thirteen", "one hundred and
 * twelve", "a dozen"), mixed ("1.5 million"), fractions ("two thirds"),
 * qualifiers ("at least", "up to", "or more"), vague quantities ("dozens"),
 * ranges ("40 to 50", "between 40 and 50") and units ("2,575-kilometre",
 * "40 percent").
 *
 * It leaves out what is not a quantity: calendar years, dates, times of day,
 * ordinals, the pronoun "one", ages next to names, phone numbers and numbers
 * inside identifiers ("F-16", "A320").
 *
 * The parser walks tokens (tokenize.ts) with bounded look-behind and
 * look-ahead, never backtracking over the text, so it is linear-time on any
 * input and never throws.
 */
import type { ParsedNumber, Qualifier } from '../types';
import { FIGURES_CONFIG } from './config';
import {
  AMBIGUOUS_MONTHS,
  CURRENCY_PREFIXES,
  DOZEN_WORDS,
  FRACTION_EXCLUDED_DENOMINATORS,
  HALF_WORDS,
  MONTHS,
  YEAR_ERAS,
  MULTIPLIER_SUFFIXES,
  ORDINAL_WORDS,
  PREFIX_QUALIFIERS,
  PRONOUN_ONE_AFTER,
  PRONOUN_ONE_BEFORE,
  SCALE_WORDS,
  SUFFIX_QUALIFIERS,
  TENS_WORDS,
  TIME_WORDS,
  UNITS,
  UNIT_WORDS,
  VAGUE_WORDS,
  YEAR_PREPOSITIONS,
} from './number-lexicon';
import { groupByWord } from './group-by-word';
import { MEASURE_VERBS } from './figure-cues';

import { lookupTable } from './lookup-table';
import { tokenize, type Token } from './tokenize';
import { wordList } from '../word-list';

/** Marks that join the pieces of codes and paths ("b7/9K+Tq=", "a/b"). */
const CODE_JOINERS: ReadonlySet<string> = new Set(['/', '+', '=']);

/** Number-phrase words that name identifiers, not quantities ("Resolution 2593", "Flight 302"). */
const IDENTIFIER_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'resolution article section chapter clause flight route highway gate no nos nr nrs phase round brigade battalion number district ward zone corps division regiment squadron sector block paragraph item page vol volume episode season room platform channel act law ordinance model grade level code helpline hotline call dial tel telephone phone fax whatsapp ext day week part update',
  ),
);

/** Places of the fighting that a capitalised label names by number ("Post 7", "Camps 2 & 3"). */
const NUMBERED_PLACES: ReadonlySet<string> = new Set(wordList('post checkpost camp sector'));

/** Marks that list identifiers after one label ("Camps 2 & 3", "Gates 4, 5"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['&', ',']);

/** People counted by "number" as a verb ("the dead number 51", "the wounded now number 80"). */
const COUNTED_BY_NUMBER: ReadonlySet<string> = new Set(
  wordList('dead wounded injured killed casualties victims fatalities missing displaced now'),
);

/** Words that may follow a currency amount ("500 afghani per day", "100 afghani notes"). */
const NOT_AFTER_CURRENCY: ReadonlySet<string> = new Set(
  wordList('each note notes bill bills coin coins daily monthly only from with were was have'),
);

/** Marks that close an age given after a name and a comma ("Ali, 34, said", "(Ali, 34)"). */
const AGE_CLOSERS: ReadonlySet<string> = new Set([',', ')']);

/** Time units an age is given in ("34 years old", "three months old", "a 10-day-old baby"). */
const AGE_UNITS: Readonly<Record<string, string>> = lookupTable({
  year: 'years',
  years: 'years',
  month: 'months',
  months: 'months',
  week: 'weeks',
  weeks: 'weeks',
  day: 'days',
  days: 'days',
});

/** Currency words written before an amount, case as written ("Rs", "PKR"; "rs" alone is no currency). */
const CURRENCY_WORDS: Readonly<Record<string, string>> = lookupTable({
  Rs: 'pkr',
  PKR: 'pkr',
  USD: 'usd',
  AFN: 'afn',
  Afs: 'afn',
  INR: 'inr',
});

/** Plurals without an "s" that follow a count ("3m people"). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'women', 'men']);

/** A plural noun ("refugees", "people"): a word of four letters or more ending in "s", or an irregular plural. */
const isPluralNoun = (w: string): boolean =>
  (w.length > 3 && w.endsWith('s')) || IRREGULAR_PLURALS.has(w);

/** A group of digits that can be a day or a month in a numeric date ("27", "02"). */
const isDayOrMonth = (x: string): boolean => x.length <= 2 && Number(x) >= 1 && Number(x) <= 31;

/** Members of a formation counted after its name ("40 Frontier Corps soldiers"). */
const FORMATION_MEMBERS: ReadonlySet<string> = new Set([
  'soldiers',
  'troops',
  'men',
  'personnel',
  'officers',
  'officials',
  'members',
  'jawans',
  'sepoys',
  'guards',
]);

/** Military formations named by a number ("205 Corps", "Border Brigade 6"). */
const FORMATION_NOUNS: ReadonlySet<string> = new Set([
  'corps',
  'brigade',
  'division',
  'regiment',
  'battalion',
  'squadron',
  'wing',
]);

/** Words that may follow a designation in a list ("Thunder 203 to get ready"): no counted noun. */
const AFTER_DESIGNATION: ReadonlySet<string> = new Set(
  wordList('and or to in on at of for with were was are is had have has which who'),
);

/** Lower-case particles inside personal names ("Khalid bin Walid", "Abd al Aziz"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'al', 'ul', 'ud', 'e', 'el']);

/** Words after "the/that/no one" that keep "one" a pronoun (a verb, pronoun or function word, not a counted noun). */
const ONE_PRONOUN_FOLLOWERS: ReadonlySet<string> = new Set(
  wordList(
    'is was are were has had have you i we they he she it of who whom that which in on at to for with and or but can could will would should may might must does did do else knows knew expected thing way side hand another from by here there if when where as than seems seemed wants wanted said says',
  ),
);

/**
 * Verbs whose particle looks like a qualifier: "handed over 30", "took over 12", "brought about 5",
 * and verbs of extent whose "over" spans a duration ("talks stretched over 13 hours"). Not "left":
 * "the clashes left over 200 dead" is a bound.
 */
const PHRASAL_PARTICLE_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'stretched stretching spread spanned spanning handed hand hands handing took take takes taking taken turned turn turning passed won win brought bring came come went go fought argued quarrelled clashed talked spoke wrangled squabbled set looked thought think pored presided watched flew fly flown',
  ),
);

/** Words opening a span of days ("between November 17 and 29", "from Oct 11 to 14"). */
const RANGE_OPENERS_OF_DAYS: ReadonlySet<string> = new Set(['between', 'from']);

/** Words that can follow a listed date's second day but never open its counted noun ("October 11 and 12 when …"). */
const AFTER_LISTED_DAY: ReadonlySet<string> = new Set([
  'when',
  'while',
  'as',
  'amid',
  'during',
  'after',
  'before',
  'respectively',
  // Prepositions open no counted noun either ("shelling on May 4 and 5 along the border").
  'between',
  'in',
  'on',
  'at',
  'along',
  'across',
  'near',
  'against',
]);

/** Verbs of change before "from A to B": then A and B are two values, not a range ("rose from 12 to 19"). */
const CHANGE_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'rose risen rises rise rising increased increase increases increasing climbed climb climbs jumped jump jumps grew grown grow went gone fell fallen fall dropped drop declined decline up down surged soared revised raised lowered reduced cut doubled changed',
  ),
);

/** A number phrase read at one token position, before qualifiers and ranges are added. */
interface Core {
  value: number;
  /** Token index range [first, end). */
  first: number;
  end: number;
  kind: 'digits' | 'words' | 'vague';
  upper: number | null;
  unit: string | null;
  /** Unit written straight after the digits ("29km"): a measurement, not a bare count. */
  unitGlued: boolean;
  /** Plain digit run without separators, decimals or multipliers (candidate year / day / age). */
  plainInt: boolean;
  /** Fraction or decimal in words ("two thirds"): keeps it out of year/date rules. */
  fraction: boolean;
  /** Read but not a quantity (date, time, ordinal, identifier…): its tokens are skipped. */
  skip: boolean;
}

const QUALIFIER_WORDS = PREFIX_QUALIFIERS.map(
  ([phrase, q]) => [phrase.split(' '), q] as const,
).sort((a, b) => b[0].length - a[0].length);
const SUFFIX_QUALIFIER_WORDS = SUFFIX_QUALIFIERS.map(
  ([phrase, q]) => [phrase.split(' '), q] as const,
).sort((a, b) => b[0].length - a[0].length);
const MAX_QUALIFIER_WORDS = Math.max(...QUALIFIER_WORDS.map(([w]) => w.length));
/** QUALIFIER_WORDS grouped by their last word, each group in QUALIFIER_WORDS order (longest first). */
const QUALIFIERS_BY_LAST_WORD = groupByWord(QUALIFIER_WORDS, ([w]) => w[w.length - 1] as string);

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
/** Dashes an identifier is written with ("F-16"); an em dash joins prose ("UNAMA—15 civilians"). */
const IDENTIFIER_HYPHENS = new Set([...HYPHENS].filter((h) => h !== '\u2014'));
const RANGE_DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '~']);

/** Words a number phrase can start with: what readVague and readWords can read from. */
const NUMBER_OPENERS: ReadonlySet<string> = new Set([
  ...Object.keys(VAGUE_WORDS).map((k) => k.split(' ')[0] as string),
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  'a',
  'half',
]);

class Parser {
  private readonly t: readonly Token[];
  constructor(
    private readonly text: string,
    tokens?: readonly Token[],
  ) {
    this.t = tokens ?? tokenize(text);
  }

  // ---- token helpers -------------------------------------------------------

  private tok(i: number): Token | undefined {
    return this.t[i];
  }
  private word(i: number): string | null {
    const k = this.t[i];
    return k && k.type === 'word' ? k.lower : null;
  }
  private isPunct(i: number, chars: ReadonlySet<string> | string): boolean {
    const k = this.t[i];
    if (!k || k.type !== 'punct') return false;
    return typeof chars === 'string' ? k.text === chars : chars.has(k.text);
  }
  /** A space inside one line (a line break ends a number phrase). */
  private isGap(i: number): boolean {
    const k = this.t[i];
    return !!k && k.type === 'space' && !k.text.includes('\n');
  }
  /** Index of the next token after an optional in-line gap. */
  private skipGap(i: number): number {
    return this.isGap(i) ? i + 1 : i;
  }
  /** Index of the token before i, skipping one in-line gap. */
  private prevNonGap(i: number): number {
    return this.isGap(i - 1) ? i - 2 : i - 1;
  }
  /** When the tokens ending at k are an ellipsis ("...", "…") after a word, the word's index; else -1. */
  private suspensionBefore(k: number): number {
    let m = k;
    if (this.isPunct(m, '\u2026')) m--;
    else {
      while (this.isPunct(m, '.') && k - m < 3) m--;
      if (k - m !== 3) return -1;
    }
    if (this.isGap(m)) m--;
    return this.t[m]?.type === 'word' ? m : -1;
  }
  private glued(a: number, b: number): boolean {
    const x = this.t[a];
    const y = this.t[b];
    return !!x && !!y && x.end === y.start;
  }

  // ---- cores -----------------------------------------------------------------

  private newCore(first: number, end: number, value: number, kind: Core['kind']): Core {
    return {
      value,
      first,
      end,
      kind,
      upper: null,
      unit: null,
      unitGlued: false,
      plainInt: false,
      fraction: false,
      skip: false,
    };
  }

  /** Reads a digit number starting at token i (digits, or "." + digits). */
  private readDigits(i: number): Core | null {
    const t = this.t;
    const first = t[i];
    if (!first) return null;
    let j: number;
    let intText: string;
    let plain = true;
    if (first.type === 'punct' && first.text === '.') {
      const d = t[i + 1];
      if (!d || d.type !== 'digits' || !this.glued(i, i + 1)) return null;
      intText = '0';
      j = i;
    } else if (first.type === 'digits') {
      intText = first.text;
      j = i + 1;
    } else return null;

    // Letters glued before the digits: part of an identifier ("A320", "G20"), unless a currency ("Rs2").
    const before = t[i - 1];
    if (
      before &&
      before.type === 'word' &&
      before.end === first.start &&
      CURRENCY_WORDS[before.text] === undefined
    )
      return this.skipRun(i);
    // Inside a code (base64, a hash, a tracking id): "…/9K+b7Tq" is not 9,000.
    if (this.inCodeRun(i) || this.joinedToWord(i - 1, -1) || this.joinedToWord(i + 1, 1))
      return this.skipRun(i);
    // Identifier with a hyphen ("F-16", "JF-17", "COVID-19"): upper-case letters, hyphen, digits.
    if (
      before &&
      before.type === 'punct' &&
      IDENTIFIER_HYPHENS.has(before.text) &&
      before.end === first.start
    ) {
      const w = t[i - 2];
      // ... or a code in any case with a long number ("pub-68673108", "id-48213").
      if (
        w &&
        w.type === 'word' &&
        w.end === before.start &&
        (/[A-Z]/.test(w.text) || first.text.length >= 5)
      )
        return this.skipRun(i);
    }
    // Phone numbers ("+92 300 1234567", "+1-222-2222").
    if (before && before.type === 'punct' && before.text === '+' && before.end === first.start) {
      const bb = t[i - 2];
      if (!bb || bb.type !== 'digits') return this.skipPhone(i);
    }

    // The later parts of a clock time or timestamp ("04:01:28", "22:41"): never a count.
    if (
      first.type === 'digits' &&
      this.isPunct(i - 1, ':') &&
      this.glued(i - 1, i) &&
      t[i - 2]?.type === 'digits' &&
      this.glued(i - 2, i - 1)
    )
      return this.skipRun(i);
    // A numeric date ("28-02-2026", "2025-10-10", "15/10/2025"): three glued parts, one a four-digit year.
    if (first.type === 'digits') {
      const dateEnd = this.numericDateEnd(i);
      if (dateEnd > 0) {
        const core = this.newCore(i, dateEnd, 0, 'digits');
        core.skip = true;
        return core;
      }
    }
    // A clock time with a leading zero ("09:40", "07:00 GMT") is a time, not a phone number.
    if (
      first.type === 'digits' &&
      intText.length === 2 &&
      this.isPunct(i + 1, ':') &&
      t[i + 2]?.type === 'digits' &&
      (t[i + 2] as Token).text.length === 2 &&
      this.glued(i, i + 1) &&
      this.glued(i + 1, i + 2)
    )
      return this.skipRun(i);
    // A leading zero ("021-32637111", "0300") marks a code or phone number, not a count ("0.5" and "0" are fine).
    if (
      first.type === 'digits' &&
      intText.length > 1 &&
      intText.startsWith('0') &&
      !(this.isPunct(j, '.') && t[j + 1]?.type === 'digits')
    ) {
      return this.skipPhone(i);
    }
    let intDigits = intText;
    let frac = '';
    if (first.type === 'digits') {
      // Thousands groups: "2,575", "1,234,567", Indian "12,34,567".
      let grouped = false;
      while (
        this.isPunct(j, ',') &&
        t[j + 1]?.type === 'digits' &&
        this.glued(j, j + 1) &&
        this.glued(j - 1, j)
      ) {
        const g = (t[j + 1] as Token).text;
        const nextIsGroup =
          this.isPunct(j + 2, ',') && t[j + 3]?.type === 'digits' && this.glued(j + 2, j + 3);
        if (
          g.length === 3 ||
          (g.length === 2 && nextIsGroup && (t[j + 3] as Token).text.length <= 3)
        ) {
          // A list "22,24,26,31" is not one number: a 2-digit group must lead to a 3-digit one.
          if (g.length === 2 && !this.groupChainEndsIn3(j + 2)) break;
          intDigits += g;
          j += 2;
          grouped = true;
          plain = false;
        } else break;
      }
      // Space groups: "1 600", "40 000", "1 234 567" (a 1–3 digit lead, then 3-digit groups on one line).
      if (!grouped && intText.length <= 3) {
        while (
          t[j]?.type === 'space' &&
          (t[j] as Token).text.length === 1 &&
          (t[j] as Token).text !== '\n' &&
          t[j + 1]?.type === 'digits' &&
          (t[j + 1] as Token).text.length === 3 &&
          !(t[j + 2]?.type === 'digits') &&
          !this.isPunct(j + 2, '/') &&
          !(this.isPunct(j + 2, ':') && t[j + 3]?.type === 'digits')
        ) {
          intDigits += (t[j + 1] as Token).text;
          j += 2;
          plain = false;
        }
      }
      // Decimal point, or a dotted chain ("192.168.1.2", "27.02.2026").
      if (this.chainParts.has(i)) {
        /* a part of a dotted chain: an integer on its own */
      } else if (
        this.isPunct(j, '.') &&
        t[j + 1]?.type === 'digits' &&
        this.glued(j - 1, j) &&
        this.glued(j, j + 1)
      ) {
        if (this.isPunct(j + 2, '.') && t[j + 3]?.type === 'digits' && this.glued(j + 2, j + 3)) {
          return this.dottedChain(i);
        }
        frac = (t[j + 1] as Token).text;
        j += 2;
        plain = false;
      } else if (
        // Decimal comma ("5,00", "1,3"), only after a short integer part with no groups.
        plain &&
        intText.length <= 3 &&
        !(this.isPunct(i - 1, ',') && t[i - 2]?.type === 'digits') &&
        this.isPunct(j, ',') &&
        t[j + 1]?.type === 'digits' &&
        (t[j + 1] as Token).text.length <= 2 &&
        this.glued(j - 1, j) &&
        this.glued(j, j + 1) &&
        !(this.isPunct(j + 2, ',') && t[j + 3]?.type === 'digits') &&
        t[j + 2]?.type !== 'digits'
      ) {
        frac = (t[j + 1] as Token).text;
        j += 2;
        plain = false;
      }
    } else {
      // ".08"
      frac = (t[i + 1] as Token).text;
      j = i + 2;
      plain = false;
    }
    let value = Number(intDigits + (frac ? '.' + frac : ''));
    const core = this.newCore(i, j, value, 'digits');

    // Exponent: "1e10", "12.32e+14", "-12e-1".
    const e = t[j];
    if (e && e.type === 'word' && (e.text === 'e' || e.text === 'E') && this.glued(j - 1, j)) {
      let k = j + 1;
      let sign = 1;
      if (this.isPunct(k, '+') || this.isPunct(k, '-')) {
        sign = (t[k] as Token).text === '-' ? -1 : 1;
        k++;
      }
      const d = t[k];
      if (d && d.type === 'digits' && this.glued(k - 1, k)) {
        value = value * Math.pow(10, sign * Number(d.text));
        core.value = value;
        core.end = k + 1;
        core.plainInt = false;
        return this.afterDigits(core);
      }
    }
    // Power: "1.1^23", "2.5^-1", "-1.1^--23".
    if (this.isPunct(j, '^') && this.glued(j - 1, j)) {
      let k = j + 1;
      let sign = 1;
      while ((this.isPunct(k, '+') || this.isPunct(k, '-')) && k < j + 4) {
        if ((t[k] as Token).text === '-') sign = -sign;
        k++;
      }
      const d = t[k];
      if (d && d.type === 'digits' && this.glued(k - 1, k)) {
        let exp = Number(d.text);
        let end = k + 1;
        if (this.isPunct(k + 1, '.') && t[k + 2]?.type === 'digits' && this.glued(k + 1, k + 2)) {
          exp = Number(d.text + '.' + (t[k + 2] as Token).text);
          end = k + 3;
        }
        core.value = Math.pow(value, sign * exp);
        core.end = end;
        return this.afterDigits(core);
      }
    }
    core.plainInt = plain;
    return this.afterDigits(core);
  }

  /**
   * End token of a numeric date starting at i ("28-02-2026", "2025-10-10",
   * "15/10/2025"), or -1: three digit groups glued by one separator ("-" or
   * "/"), a four-digit year first or last and day/month groups of one or two
   * digits in between.
   */
  private numericDateEnd(i: number): number {
    const t = this.t;
    const sep = t[i + 1];
    if (!sep || sep.type !== 'punct' || (sep.text !== '-' && sep.text !== '/')) return -1;
    const parts: string[] = [];
    let k = i;
    for (let n = 0; n < 3; n++) {
      const d = t[k];
      if (!d || d.type !== 'digits') return -1;
      parts.push(d.text);
      if (n < 2) {
        if (!this.isPunct(k + 1, sep.text) || !this.glued(k, k + 1) || !this.glued(k + 1, k + 2))
          return -1;
        k += 2;
      }
    }
    const [a, b, c] = parts as [string, string, string];
    const dated =
      (a.length === 4 && isDayOrMonth(b) && isDayOrMonth(c)) ||
      (c.length === 4 && isDayOrMonth(a) && isDayOrMonth(b));
    return dated ? k + 1 : -1;
  }

  private groupChainEndsIn3(j: number): boolean {
    // j points at a ',' of a comma-digit chain; bounded: Indian groups are at most a few.
    const t = this.t;
    for (let k = j, steps = 0; steps < 8; k += 2, steps++) {
      const g = t[k + 1];
      if (!this.isPunct(k, ',') || !g || g.type !== 'digits') return false;
      if (g.text.length === 3) return true;
      if (g.text.length !== 2) return false;
    }
    return false;
  }

  /** "192.168.1.2" → each part a number; "27.02.2026" and "2022.12.15" → a date, skipped. */
  private dottedChain(i: number): Core {
    const t = this.t;
    let k = i;
    const parts: number[] = [];
    while (t[k]?.type === 'digits') {
      parts.push(k);
      if (
        this.isPunct(k + 1, '.') &&
        t[k + 2]?.type === 'digits' &&
        this.glued(k, k + 1) &&
        this.glued(k + 1, k + 2)
      )
        k += 2;
      else break;
    }
    for (const p of parts) this.chainParts.add(p);
    const last = t[parts[parts.length - 1] as number] as Token;
    const core = this.newCore(i, i + 1, Number((t[i] as Token).text), 'digits');
    const part = (k: number): string => (t[parts[k] as number] as Token).text;
    if (
      parts.length === 3 &&
      (last.text.length === 4 ||
        (part(0).length === 4 && isDayOrMonth(part(1)) && isDayOrMonth(part(2))))
    ) {
      core.end = (parts[parts.length - 1] as number) + 1;
      core.skip = true;
      return core;
    }
    // Only the first part is returned here; the scan resumes at the next part.
    this.pendingChainEnd = (parts[parts.length - 1] as number) + 1;
    return core;
  }
  private pendingChainEnd = -1;
  /** Token indices that belong to a dotted chain ("192.168.1.2"): read as separate integers. */
  private readonly chainParts = new Set<number>();

  /** "+92 300 1234567", "+1-222-2222/2222": digit groups joined by spaces, hyphens, slashes or brackets. */
  private skipPhone(i: number): Core {
    const t = this.t;
    let k = i + 1;
    for (let steps = 0; steps < 12; steps++) {
      const sep = t[k];
      if (
        !sep ||
        !(
          this.isGap(k) ||
          (sep.type === 'punct' &&
            (HYPHENS.has(sep.text) || sep.text === '/' || sep.text === '(' || sep.text === ')'))
        )
      )
        break;
      if (t[k + 1]?.type === 'digits') k += 2;
      else break;
    }
    const core = this.newCore(i, k, 0, 'digits');
    core.skip = true;
    return core;
  }

  /** Per token, 1 when its run without spaces is a code (inCodeRun); built on first use. */
  private codeRuns: Uint8Array | null = null;

  /**
   * Whether token i sits in a code rather than in prose: a run without
   * spaces that switches between letters and digits at least
   * FIGURES_CONFIG.minCodeSwitches times. One pass over the tokens marks
   * every such run, so the check is linear however long the runs are.
   */
  private inCodeRun(i: number): boolean {
    if (!this.codeRuns) {
      const t = this.t;
      const marks = new Uint8Array(t.length);
      let start = 0;
      let switches = 0;
      let last: Token['type'] | null = null;
      for (let k = 0; k <= t.length; k++) {
        const type = k < t.length ? (t[k] as Token).type : 'space';
        if (type === 'space') {
          if (switches >= FIGURES_CONFIG.minCodeSwitches) marks.fill(1, start, k);
          start = k + 1;
          switches = 0;
          last = null;
        } else if (type === 'word' || type === 'digits') {
          if (last !== null && type !== last) switches++;
          last = type;
        }
      }
      this.codeRuns = marks;
    }
    return this.codeRuns[i] === 1;
  }

  /**
   * Whether a word is glued to the number through '/', '+' or '=' marks,
   * walking from token `from` in direction `step`: "ibj/9", "9/ibj", "26+VlW"
   * are pieces of codes and paths, also with digits between ("Dr4+49M").
   * Digits alone on the other side are not a word ("24/7", "9/11", "1/3"
   * stay numbers).
   */
  private joinedToWord(from: number, step: 1 | -1): boolean {
    // The common case first: no mark next to the number.
    if (!this.isPunct(from, CODE_JOINERS)) return false;
    let k = from;
    let marks = 0;
    // Over marks and the digits between them ("Dr4+49M", "5b/4ruz"), a few steps at most.
    for (let steps = 0; steps < 6; steps++) {
      if (!(step > 0 ? this.glued(k - 1, k) : this.glued(k, k + 1))) return false;
      if (this.isPunct(k, CODE_JOINERS)) marks++;
      else if (this.t[k]?.type !== 'digits') break;
      k += step;
    }
    const glued = step > 0 ? this.glued(k - 1, k) : this.glued(k, k + 1);
    return marks > 0 && glued && this.t[k]?.type === 'word';
  }

  /** Marks a digit run (and glued letters/digits around it) as not a quantity. */
  private skipRun(i: number): Core {
    const t = this.t;
    let k = i;
    while (k < t.length && (t[k] as Token).type !== 'space' && k - i < 64) {
      const tk = t[k] as Token;
      if (
        tk.type === 'punct' &&
        !HYPHENS.has(tk.text) &&
        tk.text !== '/' &&
        tk.text !== '.' &&
        tk.text !== ',' &&
        tk.text !== ':'
      )
        break;
      if (
        tk.type === 'punct' &&
        (tk.text === '.' || tk.text === ',') &&
        t[k + 1]?.type !== 'digits'
      )
        break;
      k++;
    }
    const core = this.newCore(i, Math.max(k, i + 1), 0, 'digits');
    core.skip = true;
    return core;
  }

  /** Suffixes, fractions, scales and units that may follow a digit number. */
  private afterDigits(core: Core): Core {
    const t = this.t;
    const j = core.end;
    const next = t[j];
    // Time of day "10:30".
    if (
      this.isPunct(j, ':') &&
      t[j + 1]?.type === 'digits' &&
      this.glued(j - 1, j) &&
      this.glued(j, j + 1)
    ) {
      core.end = j + 2;
      core.skip = true;
      return core;
    }
    // Slashes: a fraction "3/4", or a date "27/02/2026".
    if (
      this.isPunct(j, '/') &&
      t[j + 1]?.type === 'digits' &&
      this.glued(j - 1, j) &&
      this.glued(j, j + 1)
    ) {
      if (this.isPunct(j + 2, '/') && t[j + 3]?.type === 'digits') {
        let k = j + 3;
        while (this.isPunct(k + 1, '/') && t[k + 2]?.type === 'digits') k += 2;
        core.end = k + 1;
        core.skip = true;
        return core;
      }
      const den = Number((t[j + 1] as Token).text);
      // Two days of one month ("the night of 14/15 October") are a date, not a fraction.
      if (this.isMonth(this.skipGap(j + 2))) {
        core.end = j + 2;
        core.skip = true;
        return core;
      }
      // Only proper fractions ("3/4"); "24/7" and "11/10" are idioms or dates.
      if (den === 0 || !core.plainInt || core.value >= den) {
        core.end = j + 2;
        core.skip = true;
        return core;
      }
      core.value = core.value / den;
      core.end = j + 2;
      core.plainInt = false;
      core.fraction = true;
      return core;
    }
    // Mixed fraction "2 1/4".
    if (
      core.plainInt &&
      this.isGap(j) &&
      t[j + 1]?.type === 'digits' &&
      this.isPunct(j + 2, '/') &&
      t[j + 3]?.type === 'digits' &&
      this.glued(j + 1, j + 2) &&
      this.glued(j + 2, j + 3) &&
      !this.isPunct(j + 4, '/')
    ) {
      const num = Number((t[j + 1] as Token).text);
      const den = Number((t[j + 3] as Token).text);
      if (den > num && den > 0) {
        core.value += num / den;
        core.end = j + 4;
        core.plainInt = false;
        core.fraction = true;
        return core;
      }
    }
    // Letters glued to the digits: multiplier, unit, ordinal, decade or identifier.
    if (next && next.type === 'word' && this.glued(j - 1, j)) {
      const suffix = next.text;
      const lower = next.lower;
      const afterSuffix = t[j + 1];
      const suffixEnds =
        !afterSuffix || (afterSuffix.type !== 'digits' && !this.joinedToWord(j + 1, 1));
      if (/^(st|nd|rd|th)$/i.test(suffix) || lower === 's' || TIME_WORDS.has(lower)) {
        core.end = j + 1;
        core.skip = true;
        return core;
      }
      // "3G and 4G services": a mobile network's generation, not billions.
      if (suffix === 'G' && /^[2-6]$/.test((t[core.first] as Token).text) && j === core.first + 1)
        return this.skipRun(core.first);
      // "2.5m refugees", "$40m": a lower-case "m" before a plural noun or after money means million.
      const millions =
        lower === 'm' && suffixEnds && (this.moneyBefore(core.first) || this.pluralNounAt(j + 1));
      const mult = millions ? 1e6 : MULTIPLIER_SUFFIXES[suffix];
      if (mult !== undefined && suffixEnds) {
        core.value *= mult;
        core.end = j + 1;
        core.plainInt = false;
        return this.afterScale(core);
      }
      const unit = UNITS[lower];
      if (unit !== undefined && suffixEnds) {
        core.unit = unit;
        core.unitGlued = true;
        core.end = j + 1;
        return core;
      }
      return this.skipRun(core.first);
    }
    // Per cent sign.
    if (this.isPunct(j, '%')) {
      core.unit = 'percent';
      core.end = j + 1;
      return core;
    }
    if (core.plainInt && core.value === 1) {
      const over = this.readOverFraction(j);
      if (over) {
        core.value = over.value;
        core.end = over.end;
        core.plainInt = false;
        core.fraction = true;
        return core;
      }
    }
    return this.afterScale(core);
  }

  /** Scale words and spaced multiplier letters after a number: "1.5 million", "322 hundred", "2.33 k", "3 dozens". */
  private afterScale(core: Core): Core {
    const t = this.t;
    let scaled = false;
    for (let steps = 0; steps < 4; steps++) {
      const j = this.skipGap(core.end);
      if (j === core.end && !scaled && core.kind === 'digits' && t[j]?.type === 'word') break;
      const w = this.word(j);
      if (!w) break;
      const tk = t[j] as Token;
      const after = t[j + 1];
      const wordEnds = !after || after.type !== 'word';
      const scale = SCALE_WORDS[w] ?? (DOZEN_WORDS[w] !== undefined ? DOZEN_WORDS[w] : undefined);
      const spacedLetter =
        tk.text.length === 1 &&
        /[kKMGB]/.test(tk.text) &&
        wordEnds &&
        !this.isPunct(j + 1, "'") &&
        core.kind === 'digits';
      if (scale !== undefined && j > core.end - (scaled ? 1 : 0)) {
        core.value *= scale;
        core.end = j + 1;
        core.plainInt = false;
        scaled = true;
        continue;
      }
      if (spacedLetter && !scaled) {
        core.value *= MULTIPLIER_SUFFIXES[tk.text] ?? 1;
        core.end = j + 1;
        core.plainInt = false;
        scaled = true;
        continue;
      }
      break;
    }
    return core;
  }

  /** Reads number words starting at token i ("one hundred and twelve", "a dozen", "two thirds"). */
  private readWords(i: number): Core | null {
    const w0 = this.word(i);
    // Only these words can open a number: any other makes the loop below stop at once
    // with nothing read (checked first, as this runs at every word of a text).
    if (
      w0 === null ||
      (UNIT_WORDS[w0] === undefined && TENS_WORDS[w0] === undefined && w0 !== 'a' && w0 !== 'half')
    )
      return null;
    // A number word inside a code ("…C+TEN5QCF…") is letters of the code, not a count.
    if (this.inCodeRun(i)) return null;
    let total = 0;
    let current = 0;
    let lastKind: 'none' | 'unit' | 'teen' | 'tens' | 'tensUnit' | 'hundred' | 'scale' | 'a' =
      'none';
    let lastAtom = 0;
    let lastScale = Infinity;
    let end = i;
    let j = i;
    let fraction = false;
    let afterAnd = false;
    let tensPrecededByAnd = false;
    let tensIsFirst = false;
    let tensValue = 0;
    let words = 0;

    const isNumberWord = (w: string | null): boolean =>
      w !== null && (UNIT_WORDS[w] !== undefined || TENS_WORDS[w] !== undefined);

    for (let guard = 0; guard < 64; guard++) {
      const w = this.word(j);
      if (!w) break;
      let consumed = true;
      const unit = UNIT_WORDS[w];
      const tens = TENS_WORDS[w];
      const scale = SCALE_WORDS[w];
      if (w === 'a' && lastKind === 'none') {
        const nj = this.skipGap(j + 1);
        const nw = this.word(nj);
        if (nw && (SCALE_WORDS[nw] !== undefined || nw === 'dozen' || nw === 'hundred')) {
          current = 1;
          lastAtom = 1;
          lastKind = 'a';
        } else if (nw && (this.ordinalValue(nw) !== null || HALF_WORDS[nw] !== undefined)) {
          // "a third day", "a fifth round" are ordinals; "a third of", "a fifth" are fractions.
          if (this.ordinalBeforeNoun(nj)) break;
          const den = this.ordinalValue(nw) ?? 1 / (HALF_WORDS[nw] as number);
          return this.finishWords(i, nj + 1, 1 / den, true);
        } else if (nw && TENS_WORDS[nw] !== undefined) {
          // "a twenty-first"
          const den = this.readDenominator(nj, 0);
          if (den) return this.finishWords(i, den.end, 1 / den.value, true);
          break;
        } else break;
      } else if (w === 'half' && lastKind === 'none') {
        // "half a dozen"
        const a = this.skipGap(j + 1);
        const d = this.skipGap(a + 1);
        if (this.word(a) === 'a' && DOZEN_WORDS[this.word(d) ?? ''] !== undefined) {
          return this.finishWords(i, d + 1, 6, false);
        }
        return this.finishWords(i, j + 1, 0.5, true);
      } else if (unit !== undefined && w !== 'nil') {
        const teen = unit >= 10;
        if (lastKind === 'none' || lastKind === 'hundred' || lastKind === 'scale') {
          current += unit;
          lastAtom = unit;
          lastKind = teen ? 'teen' : 'unit';
        } else if (lastKind === 'tens' && !teen && unit > 0) {
          current += unit;
          lastAtom = tensValue + unit;
          lastKind = 'tensUnit';
        } else consumed = false;
      } else if (tens !== undefined) {
        if (lastKind === 'none' || lastKind === 'hundred' || lastKind === 'scale') {
          tensIsFirst = lastKind === 'none';
          tensPrecededByAnd = afterAnd;
          current += tens;
          tensValue = tens;
          lastAtom = tens;
          lastKind = 'tens';
        } else consumed = false;
      } else if (w === 'hundred') {
        if (
          lastKind === 'unit' ||
          lastKind === 'teen' ||
          lastKind === 'tens' ||
          lastKind === 'tensUnit' ||
          lastKind === 'a'
        ) {
          current = current * 100;
          lastKind = 'hundred';
        } else consumed = false;
      } else if (scale !== undefined && scale >= 1000) {
        if (lastKind === 'scale' && current === 0 && scale > lastScale) {
          total = total * scale;
        } else if (lastKind !== 'none' && lastKind !== 'scale') {
          if (scale >= lastScale) total = (total + current) * scale;
          else total += current * scale;
          current = 0;
        } else consumed = false;
        if (consumed) {
          lastScale = scale;
          lastKind = 'scale';
        }
      } else if (DOZEN_WORDS[w] !== undefined && w.startsWith('doz')) {
        if (
          lastKind === 'unit' ||
          lastKind === 'teen' ||
          lastKind === 'tens' ||
          lastKind === 'tensUnit' ||
          lastKind === 'a'
        ) {
          current = current - lastAtom + lastAtom * 12;
          lastKind = 'scale';
          lastScale = 12;
        } else consumed = false;
      } else if (w === 'and' && lastKind !== 'none' && lastKind !== 'a') {
        // "one hundred and twelve", "two thousand and two hundred", "one and a half", "twenty and three fifths".
        const nj = this.skipGap(j + 1);
        const sub = this.peekFractionAfterAnd(nj);
        if (sub) {
          return this.finishWords(i, sub.end, total + current + sub.value, true);
        }
        const nw = this.word(nj);
        if (
          (lastKind === 'hundred' ||
            lastKind === 'scale' ||
            (lastKind === 'tens' && nw !== null && (UNIT_WORDS[nw] ?? 10) < 10)) &&
          isNumberWord(nw)
        ) {
          afterAnd = true;
          j = nj;
          continue;
        }
        consumed = false;
      } else if (w === 'point' && lastKind !== 'none' && lastKind !== 'a') {
        const dec = this.readSpokenDecimals(this.skipGap(j + 1));
        if (dec) {
          return this.finishWords(i, dec.end, total + current + Number('0.' + dec.digits), true);
        }
        consumed = false;
      } else consumed = false;

      if (!consumed) break;
      if (lastKind !== 'tens') afterAnd = false;
      words++;
      end = j + 1;
      // Next word: after a gap, or a hyphen ("twenty-three", "fifty - two").
      let k = this.skipGap(j + 1);
      if (this.isPunct(k, HYPHENS)) k = this.skipGap(k + 1);
      j = k;
    }
    if (words === 0) return null;
    let value = total + current;
    if (lastKind === 'a') return null;

    // Fraction denominators after the numerator: "two thirds", "one hundred thirty fifths", "one twenty-fifth".
    const den = this.readDenominator(
      end,
      lastKind === 'tens' && !tensIsFirst && !tensPrecededByAnd ? tensValue : 0,
    );
    if (den && !(value === 1 && this.ordinalBeforeNoun(den.end - 1))) {
      const numerator = den.mergedTens ? value - tensValue : value;
      if (numerator > 0) {
        value = numerator / den.value;
        end = den.end;
        fraction = true;
      }
    } else if (value === 1) {
      const over = this.readOverFraction(end);
      if (over) {
        value = over.value;
        end = over.end;
        fraction = true;
      }
    }
    return this.finishWords(i, end, value, fraction);
  }

  /**
   * "one over three", "1 out of 3": a fraction, only with numerator one —
   * "12 over 3 days" is a duration, never a quotient.
   */
  private readOverFraction(end: number): { value: number; end: number } | null {
    const k = this.skipGap(end);
    if (k === end) return null;
    const w = this.word(k);
    if (w !== 'over' && w !== 'out') return null;
    let m = this.skipGap(k + 1);
    if (w === 'out') m = this.word(m) === 'of' ? this.skipGap(m + 1) : -1;
    if (m < 0) return null;
    const d = this.word(m) !== null ? this.readWordsPlain(m) : this.readDigitsPlain(m);
    if (!d || d.value <= 0) return null;
    // "one out of three" but not "one over three years" (a duration follows).
    const after = this.word(this.skipGap(d.end));
    if (after && UNITS[after] !== undefined) return null;
    return { value: 1 / d.value, end: d.end };
  }

  private finishWords(i: number, end: number, value: number, fraction: boolean): Core {
    const core = this.newCore(i, end, value, 'words');
    core.fraction = fraction;
    return core;
  }

  /** A singular ordinal at token k followed by a noun ("third day"): an ordinal, not a denominator. */
  private ordinalBeforeNoun(k: number): boolean {
    const w = this.word(k);
    if (!w || w.endsWith('s')) return false;
    const n = this.skipGap(k + 1);
    if (n === k + 1) return false;
    const next = this.word(n);
    return next !== null && next !== 'of' && next !== 'and' && next !== 'or';
  }

  /** Value of an ordinal word as a denominator (plural allowed), or null. */
  private ordinalValue(w: string): number | null {
    const base = ORDINAL_WORDS[w] !== undefined ? w : w.endsWith('s') ? w.slice(0, -1) : w;
    const v = ORDINAL_WORDS[base];
    if (v === undefined || FRACTION_EXCLUDED_DENOMINATORS.has(base)) return null;
    return v;
  }

  /** A denominator after a numerator: [number words] + ordinal, e.g. "fifths", "twenty-fifth", "hundred fifth". */
  private readDenominator(
    k0: number,
    mergeTens: number,
  ): { value: number; end: number; mergedTens: boolean } | null {
    let k = this.skipGap(k0);
    if (this.isPunct(k, HYPHENS)) k = this.skipGap(k + 1);
    const w = this.word(k);
    if (!w) return null;
    const half = HALF_WORDS[w];
    if (half !== undefined && w !== 'half')
      return { value: 1 / half, end: k + 1, mergedTens: false };
    const direct = this.ordinalValue(w);
    if (direct !== null) {
      if (mergeTens && direct < 10)
        return { value: mergeTens + direct, end: k + 1, mergedTens: true };
      return { value: direct, end: k + 1, mergedTens: false };
    }
    // A compound denominator: "twenty-fifth", "twenty firsts", "one hundred fifth", "hundred and fifth".
    let prefix = 0;
    let m = k;
    for (let steps = 0; steps < 4; steps++) {
      const x = this.word(m);
      if (!x) return null;
      const tens = TENS_WORDS[x];
      const unit = UNIT_WORDS[x];
      if (tens !== undefined && prefix % 100 === 0) prefix += tens;
      else if (unit !== undefined && unit > 0 && unit < 10 && steps === 0) prefix += unit;
      else if (x === 'hundred' && prefix > 0 && prefix < 10) prefix *= 100;
      else if (x === 'hundred' && steps === 0) prefix = 100;
      else if (x === 'and' && prefix >= 100) {
        /* "one hundred and fifth" */
      } else break;
      m = this.skipGap(m + 1);
      if (this.isPunct(m, HYPHENS)) m = this.skipGap(m + 1);
      const y = this.word(m);
      if (y) {
        const ord = ORDINAL_WORDS[y] ?? ORDINAL_WORDS[y.endsWith('s') ? y.slice(0, -1) : y];
        if (ord !== undefined && ord < 100 && prefix > 0 && (prefix >= 100 || ord < 10)) {
          return { value: prefix + ord, end: m + 1, mergedTens: false };
        }
      }
    }
    return null;
  }

  /** After "and": a fraction such as "a half", "a quarter", "two thirds", "three fifths". */
  private peekFractionAfterAnd(k: number): { value: number; end: number } | null {
    const w = this.word(k);
    if (!w) return null;
    if (w === 'a') {
      const n = this.skipGap(k + 1);
      const x = this.word(n);
      if (!x) return null;
      const h = HALF_WORDS[x];
      if (h !== undefined) return { value: h, end: n + 1 };
      const o = this.ordinalValue(x);
      if (o !== null) return { value: 1 / o, end: n + 1 };
      return null;
    }
    // A small numerator (below one hundred) and a denominator: "two thirds", "twenty-one fifths".
    // Read without recursion so long "and" chains stay linear.
    let num: number;
    let m = k;
    const u = UNIT_WORDS[w];
    const tn = TENS_WORDS[w];
    if (tn !== undefined) {
      num = tn;
      let n = this.skipGap(m + 1);
      if (this.isPunct(n, HYPHENS)) n = this.skipGap(n + 1);
      const uw = this.word(n);
      const uv = uw ? UNIT_WORDS[uw] : undefined;
      if (uv !== undefined && uv > 0 && uv < 10 && (!uw || this.ordinalValue(uw) === null)) {
        num += uv;
        m = n;
      }
    } else if (u !== undefined) num = u;
    else return null;
    const den = this.readDenominator(m + 1, 0);
    if (!den || num <= 0) return null;
    const value = num / den.value;
    return value < 1 ? { value, end: den.end } : null;
  }

  /** Spoken decimals after "point": "zero three" → "03", "seventy-one" → "71". */
  private readSpokenDecimals(k: number): { digits: string; end: number } | null {
    let digits = '';
    let end = -1;
    let m = k;
    for (let steps = 0; steps < 16; steps++) {
      const w = this.word(m);
      if (!w) break;
      const u = UNIT_WORDS[w];
      const tens = TENS_WORDS[w];
      if (u !== undefined) {
        digits += String(u);
        end = m + 1;
      } else if (tens !== undefined) {
        let v = tens;
        let e = m + 1;
        let n = this.skipGap(m + 1);
        if (this.isPunct(n, HYPHENS)) n = this.skipGap(n + 1);
        const uw = this.word(n);
        const uv = uw ? UNIT_WORDS[uw] : undefined;
        if (uv !== undefined && uv > 0 && uv < 10) {
          v += uv;
          e = n + 1;
        }
        digits += String(v);
        end = e;
        break;
      } else break;
      m = this.skipGap(m + 1);
    }
    return end > 0 ? { digits, end } : null;
  }

  private readWordsPlain(k: number): { value: number; end: number } | null {
    const c = this.readWords(k);
    return c && !c.fraction ? { value: c.value, end: c.end } : null;
  }
  private readDigitsPlain(k: number): { value: number; end: number } | null {
    if (this.t[k]?.type !== 'digits') return null;
    const c = this.readDigits(k);
    return c && !c.skip ? { value: c.value, end: c.end } : null;
  }

  /** Vague quantities: "dozens of", "hundreds", "several", "a few hundred", "tens of thousands". */
  private readVague(i: number): Core | null {
    const w = this.word(i);
    if (!w) return null;
    let key = w;
    let end = i + 1;
    if (w === 'a') {
      const n = this.skipGap(i + 1);
      const x = this.word(n);
      if (x !== 'few' && x !== 'handful') return null;
      key = 'a ' + x;
      end = n + 1;
    }
    const v = VAGUE_WORDS[key];
    if (!v) return null;
    let lower = v.lower;
    let upper = v.upper;
    let k = this.skipGap(end);
    const nw = this.word(k);
    if (v.takesScale && nw) {
      const s =
        SCALE_WORDS[nw] ??
        SCALE_WORDS[nw.replace(/s$/, '')] ??
        (DOZEN_WORDS[nw] !== undefined ? 12 : undefined);
      if (s !== undefined) {
        // "several dozen" is read as "dozens", the contract's span [24, 99].
        const dozens =
          key === 'several' && DOZEN_WORDS[nw] !== undefined ? VAGUE_WORDS.dozens : null;
        lower = dozens ? dozens.lower : lower * s;
        upper = dozens ? dozens.upper : upper * s;
        end = k + 1;
        k = this.skipGap(end);
      }
    }
    // "tens of thousands", "hundreds of thousands": the span times the scale.
    let usedOf = false;
    if (this.word(k) === 'of' && (key === 'tens' || key === 'hundreds' || key === 'dozens')) {
      const m = this.skipGap(k + 1);
      const sw = this.word(m);
      const s = sw === 'thousands' ? 1e3 : sw === 'millions' ? 1e6 : undefined;
      if (s !== undefined) {
        lower = ((key === 'dozens' ? 24 : lower) * s) / (key === 'tens' ? 1 : 1);
        upper =
          key === 'tens'
            ? 99 * s + (s - 1)
            : key === 'hundreds'
              ? 999 * s + (s - 1)
              : 99 * s + (s - 1);
        if (key === 'tens') lower = 20 * s;
        if (key === 'hundreds') lower = 200 * s;
        end = m + 1;
        k = this.skipGap(end);
        usedOf = true;
      }
    }
    // "scores of people", and "scores killed": a loss participle after it makes it a count too.
    const harm = MEASURE_VERBS[this.word(k) ?? ''];
    if (v.needsOf && !usedOf && this.word(k) !== 'of' && harm !== 'killed' && harm !== 'wounded')
      return null;
    // "several" alone is vague only before a noun or "of" (not "several said").
    const core = this.newCore(i, end, lower, 'vague');
    core.upper = upper;
    return core;
  }

  // ---- whole phrases -----------------------------------------------------------

  /** The qualifier written before token i, with the token index where it starts. */
  private prefixQualifier(i: number): { q: Qualifier; first: number; words: string[] } | null {
    // Collect up to MAX_QUALIFIER_WORDS preceding words separated by single gaps.
    const ws: { w: string; idx: number }[] = [];
    let k = this.prevNonGap(i);
    if (k === i - 1 && k >= 0 && this.t[k]?.type === 'word') return null; // glued word before: not a phrase boundary
    // A suspension mark between the words and the number ("more than...210", "over … 40") is
    // the writer's pause, not a break in the phrase.
    const dots = this.suspensionBefore(k);
    if (dots >= 0) k = dots;
    while (k >= 0 && ws.length < MAX_QUALIFIER_WORDS) {
      const w = this.word(k);
      if (!w) break;
      ws.unshift({ w, idx: k });
      if (!this.isGap(k - 1)) break;
      k -= 2;
    }
    const last = ws[ws.length - 1];
    // Only phrases ending in the word before the number can match (same order as QUALIFIER_WORDS).
    for (const [phrase, q] of (last && QUALIFIERS_BY_LAST_WORD.get(last.w)) || []) {
      if (phrase.length > ws.length) continue;
      const tail = ws.slice(ws.length - phrase.length);
      if (tail.every((x, n) => x.w === phrase[n])) {
        // "one over three" handled as a fraction; "is over 3 years" still a qualifier.
        return { q, first: (tail[0] as { idx: number }).idx, words: phrase };
      }
    }
    return null;
  }

  /** Symbols before a number: "~30" (about), ">10", "<= 100". */
  private symbolQualifier(i: number): { q: Qualifier; first: number } | null {
    const k = this.prevNonGap(i);
    const tk = this.t[k];
    if (!tk || tk.type !== 'punct') return null;
    if (tk.text === '~' && (k === 0 || this.t[k - 1]?.type !== 'digits'))
      return { q: 'about', first: k };
    if (tk.text === '=' && this.isPunct(this.prevNonGap(k), '<'))
      return { q: 'at-most', first: this.prevNonGap(k) };
    if (tk.text === '=' && this.isPunct(this.prevNonGap(k), '>'))
      return { q: 'at-least', first: this.prevNonGap(k) };
    if (tk.text === '>' && !this.isPunct(k - 1, '<') && !this.isPunct(k - 1, '='))
      return { q: 'more-than', first: k };
    if (tk.text === '<' && !this.isPunct(k - 1, '=')) return { q: 'fewer-than', first: k };
    return null;
  }

  private suffixQualifier(end: number): { q: Qualifier; end: number } | null {
    // "400+" / "70-plus" / "40-odd"
    if (this.isPunct(end, '+') && this.glued(end - 1, end)) return { q: 'more-than', end: end + 1 };
    if (this.isPunct(end, HYPHENS) && this.glued(end - 1, end)) {
      const w = this.word(end + 1);
      if ((w === 'plus' || w === 'odd') && this.glued(end, end + 1))
        return { q: w === 'plus' ? 'more-than' : 'about', end: end + 2 };
    }
    for (const [phrase, q] of SUFFIX_QUALIFIER_WORDS) {
      let k = end;
      let ok = true;
      for (const p of phrase) {
        const g = this.skipGap(k);
        if (g === k && k !== end) {
          ok = false;
          break;
        }
        if (this.word(g) !== p) {
          ok = false;
          break;
        }
        k = g + 1;
      }
      if (ok && this.isGap(end)) {
        // "200 or greater than 190" starts a new comparison; "200 or greater than" ends one.
        const thanIdx = this.skipGap(k);
        const after = this.word(thanIdx);
        if (after === 'than' || after === 'to') {
          if (this.startsNumber(this.skipGap(thanIdx + 1))) return null;
          if (q === 'at-least' || q === 'at-most') return { q, end: thanIdx + 1 };
          return null;
        }
        return { q, end: k };
      }
    }
    return null;
  }

  /** Whether a number phrase starts at token k (digits or a number word). */
  private startsNumber(k: number): boolean {
    const tk = this.t[k];
    if (!tk) return false;
    if (tk.type === 'digits') return true;
    if (
      tk.type === 'punct' &&
      (tk.text === '-' || tk.text === '.') &&
      this.t[k + 1]?.type === 'digits'
    )
      return true;
    const w = this.word(k);
    return (
      w !== null &&
      (UNIT_WORDS[w] !== undefined || TENS_WORDS[w] !== undefined || w === 'a' || w === 'half')
    );
  }

  /** "less than 5000 or equal", "more than 5000 or equal to": the bound becomes inclusive. */
  private orEqual(end: number): number | null {
    const a = this.skipGap(end);
    if (a === end || this.word(a) !== 'or') return null;
    const b = this.skipGap(a + 1);
    if (this.word(b) !== 'equal') return null;
    const c = this.skipGap(b + 1);
    if (this.word(c) === 'to' && !this.startsNumber(this.skipGap(c + 1))) return c + 1;
    if (this.word(c) === 'to') return null;
    return b + 1;
  }

  /** A unit after a number: "km", "per cent", hyphen-joined "kilometre", "-hour". */
  private readUnit(end: number): { unit: string; end: number; age: boolean } | null {
    const t = this.t;
    let k = end;
    let hyphen = false;
    if (this.isPunct(k, HYPHENS) && this.glued(k - 1, k)) {
      k++;
      hyphen = true;
      if (!this.glued(k - 1, k)) return null;
    } else if (this.isGap(k)) k++;
    else return null;
    const w = this.word(k);
    if (!w) {
      if (this.isPunct(k, '%') && !hyphen) return { unit: 'percent', end: k + 1, age: false };
      return null;
    }
    // "34-year-old", "34 years old", "aged 34": an age.
    // Infants too: "three months old", "a 10-day-old baby".
    if (
      AGE_UNITS[w] !== undefined &&
      (this.isPunct(k + 1, HYPHENS) || this.isGap(k + 1)) &&
      this.word(k + 2) === 'old'
    ) {
      return { unit: AGE_UNITS[w] as string, end: k + 3, age: true };
    }
    if (w === 'per' && this.isGap(k + 1) && this.word(k + 2) === 'cent')
      return { unit: 'percent', end: k + 3, age: false };
    if (w === 'percentage' && this.isGap(k + 1) && this.word(k + 2) === 'points')
      return { unit: 'percentage points', end: k + 3, age: false };
    if (w === 'sq' || w === 'square') {
      const n = this.skipGap(k + 1);
      const x = this.word(this.isPunct(n, '.') ? this.skipGap(n + 1) : n);
      if (x && UNITS[x] === 'km')
        return {
          unit: 'sq km',
          end: (this.isPunct(n, '.') ? this.skipGap(n + 1) : n) + 1,
          age: false,
        };
    }
    const unit = UNITS[w];
    if (unit === undefined) return null;
    // "50 Afghani soldiers": the currency's name is also the adjective of nationality.
    if (unit === 'afn' && w === 'afghani' && this.isGap(k + 1)) {
      const x = this.word(k + 2);
      if (x && x.length > 3 && !NOT_AFTER_CURRENCY.has(x)) return null;
    }
    // Bare single letters after a space are too ambiguous ("3 m" ok, "5 h"?) except m; "a" never.
    const tk = t[k] as Token;
    if (!hyphen && tk.text.length === 1 && tk.text !== 'm') return null;
    // "second" after a space is an ordinal-like word only with a hyphen ("a 30-second clip"); as "2 seconds" it is a unit.
    return { unit, end: k + 1, age: false };
  }

  /** Full phrase at token i, or null. Returns the end token to resume from. */
  parseAt(i: number): { result: ParsedNumber | null; resume: number } | null {
    const t = this.t;
    const tk = t[i] as Token;
    let core: Core | null;
    if (
      tk.type === 'digits' ||
      (tk.type === 'punct' &&
        tk.text === '.' &&
        t[i + 1]?.type === 'digits' &&
        (i === 0 || t[i - 1]?.type === 'space'))
    ) {
      this.pendingChainEnd = -1;
      core = this.readDigits(i);
    } else if (tk.type === 'word') {
      // One set lookup turns away the words no number starts with (most of a text's words).
      core = NUMBER_OPENERS.has(tk.lower) ? (this.readVague(i) ?? this.readWords(i)) : null;
    } else return null;
    if (!core) return null;
    if (core.skip) return { result: null, resume: core.end };

    const resume = this.pendingChainEnd > 0 ? core.end : core.end;

    // Pronoun "one": "no one", "one another", "the one", "one of", "one-sided".
    if (
      core.kind === 'words' &&
      !core.fraction &&
      core.value === 1 &&
      core.end === i + 1 &&
      tk.lower === 'one'
    ) {
      const prev = this.word(this.prevNonGap(i));
      const nextIdx = this.skipGap(i + 1);
      const next = this.word(nextIdx);
      const hyphenWord =
        this.isPunct(i + 1, HYPHENS) &&
        this.glued(i, i + 1) &&
        this.word(i + 2) !== null &&
        UNITS[this.word(i + 2) as string] === undefined;
      // "that one is", "no one was", "the one you mean" are pronouns; "that one soldier" is a count.
      const nounFollows = next !== null && nextIdx === i + 2 && !ONE_PRONOUN_FOLLOWERS.has(next);
      if (
        (prev !== null && PRONOUN_ONE_BEFORE.has(prev) && !nounFollows) ||
        (next !== null && nextIdx === i + 2 && PRONOUN_ONE_AFTER.has(next)) ||
        hyphenWord ||
        (next === 'by' && this.word(this.skipGap(nextIdx + 1)) === 'one')
      ) {
        return { result: null, resume: i + 1 };
      }
    }

    // Negative sign: "-9.5" at a word boundary, "minus five".
    let first = core.first;
    let sign = 1;
    if (
      core.kind === 'digits' &&
      this.isPunct(first - 1, new Set(['-', '\u2212'])) &&
      this.glued(first - 1, first)
    ) {
      const b = t[first - 2];
      if (
        !b ||
        b.type === 'space' ||
        (b.type === 'punct' &&
          (b.text === '(' || b.text === '<' || b.text === '>' || b.text === '='))
      ) {
        const bb = t[first - 3];
        if (!bb || bb.type !== 'digits') {
          sign = -1;
          first -= 1;
        }
      }
    } else if (
      core.kind === 'digits' &&
      this.isGap(first - 1) &&
      this.isPunct(first - 2, '-') &&
      (first - 2 === 0 || (this.isGap(first - 3) && !this.t[first - 4])) &&
      // "- 13 soldiers killed" opening a text is a bullet: a counted word follows.
      this.word(this.skipGap(core.end)) === null
    ) {
      sign = -1;
      first -= 2;
    }
    const negWord = this.word(this.prevNonGap(first));
    if (negWord === 'minus' || negWord === 'negative') {
      sign = -1;
      first = this.prevNonGap(first);
    }

    let value = core.value * sign;
    let upper: number | null = core.upper;
    let qualifier: Qualifier = core.kind === 'vague' ? 'vague' : 'exact';
    let unit = core.unit;
    let end = core.end;
    let age = false;

    // Currency before the number: a sign glued to it ("$281M"), or a currency word glued or
    // spaced ("Rs2 crore", "Rs. 50 million", "PKR 3bn").
    const cur = t[first - 1];
    if (
      cur &&
      cur.type === 'punct' &&
      CURRENCY_PREFIXES[cur.text] !== undefined &&
      cur.end === (t[first] as Token).start
    ) {
      unit = CURRENCY_PREFIXES[cur.text] as string;
      first -= 1;
    } else if (core.kind === 'digits' && !unit) {
      let c = this.prevNonGap(first);
      if (this.isPunct(c, '.') && this.glued(c - 1, c)) c -= 1;
      const w = t[c];
      if (w && w.type === 'word' && CURRENCY_WORDS[w.text] !== undefined && c >= first - 3) {
        unit = CURRENCY_WORDS[w.text] as string;
        first = c;
      }
    }

    let pre = core.kind === 'vague' ? null : this.prefixQualifier(first);
    // "handed over 30 prisoners", "took over 12 posts": a phrasal verb's particle, not a qualifier.
    if (
      pre &&
      pre.words.length === 1 &&
      // (only a word that can be a particle: "taken almost 1,000 casualties" keeps its hedge)
      /^(?:over|about|around|under)$/.test(pre.words[0] ?? '') &&
      PHRASAL_PARTICLE_VERBS.has(this.word(this.prevNonGap(pre.first)) ?? '')
    )
      pre = null;
    if (
      pre &&
      (pre.words[0] === 'over' ||
        pre.words[0] === 'under' ||
        pre.words[0] === 'above' ||
        pre.words[0] === 'below')
    ) {
      // "one over three" is a fraction (handled in readWords); "2000 over 3 years" is a duration.
      const before = t[this.prevNonGap(pre.first)];
      if (before && before.type === 'digits') pre = null;
      // "wounded 23 others over two days of firing": "over" a span of time is "during" it.
      else if (
        pre.words[0] === 'over' &&
        /^\s+(?:days?|nights?|hours?|weeks?|months?)\s+of\b/i.test(
          this.text.slice((t[core.end - 1] as Token).end, (t[core.end - 1] as Token).end + 20),
        )
      )
        pre = null;
    }
    const sym = pre ? null : this.symbolQualifier(first);
    let phraseFirst = first;
    if (pre) {
      qualifier = pre.q;
      phraseFirst = pre.first;
    } else if (sym) {
      qualifier = sym.q;
      phraseFirst = sym.first;
    }

    // Range: "40 to 50", "40-50", "between 40 and 50", "from 1,000 to 1,500", "two or three".
    const between = this.word(this.prevNonGap(phraseFirst === first ? first : phraseFirst));
    const rangeStart = pre
      ? null
      : between === 'between' || between === 'from'
        ? this.prevNonGap(first)
        : null;
    const range =
      core.kind !== 'vague' && !core.fraction
        ? this.readRangeEnd(core, rangeStart !== null ? (between as string) : null)
        : null;
    // "two to three hundred", "40 to 50 thousand": the scale after the second number applies to both.
    // A first number that already carries its own scale is larger than the second's leading part.
    if (range && range.scale > 1 && value > 0 && value < range.value / range.scale)
      value *= range.scale;
    if (range && range.value > value) {
      const fromAfterChange =
        between === 'from' &&
        CHANGE_VERBS.has(this.word(this.prevNonGap(this.prevNonGap(first))) ?? '');
      if (!fromAfterChange) {
        if (rangeStart !== null && qualifier === 'exact') phraseFirst = rangeStart;
        upper = range.value;
        // A stated span is a range whatever bound word leads it ("at least 15-20", "as many as 25 to 30"):
        // the two numbers already bound it on both sides.
        qualifier = 'range';
        end = range.end;
        if (range.unit) unit = range.unit;
      }
    }

    // Qualifier after: "400 or more", "70-plus", "40-odd"; it is more precise than "about" before.
    const suf = this.suffixQualifier(end);
    if (suf && (qualifier === 'exact' || qualifier === 'about')) {
      qualifier = suf.q;
      end = suf.end;
    } else if (qualifier === 'more-than' || qualifier === 'fewer-than') {
      const eq = this.orEqual(end);
      if (eq !== null) {
        qualifier = qualifier === 'more-than' ? 'at-least' : 'at-most';
        end = eq;
      }
    }

    // Unit after.
    if (!unit) {
      const u = this.readUnit(end);
      if (u) {
        if (u.age) age = true;
        unit = u.unit;
        end = u.end;
        const suf2 = qualifier === 'exact' ? this.suffixQualifier(end) : null;
        if (suf2) {
          qualifier = suf2.q;
          end = suf2.end;
        }
      }
    }

    const skipTo = Math.max(end, resume);
    // A digit run beyond any count ("1e999", 400 digits) overflows to Infinity: not a quantity, and not JSON-safe.
    if (!Number.isFinite(value) || (upper !== null && !Number.isFinite(upper)))
      return { result: null, resume: skipTo };
    if (age && (qualifier === 'exact' || qualifier === 'range'))
      return { result: null, resume: skipTo };
    if (this.isNonQuantity(core, first, end, qualifier, unit, upper))
      return { result: null, resume: skipTo };

    const startTok = t[phraseFirst] as Token;
    const endTok = t[end - 1] as Token;
    const result: ParsedNumber = {
      value,
      upper,
      qualifier,
      text: this.text.slice(startTok.start, endTok.end),
      start: startTok.start,
      end: endTok.end,
      unit,
    };
    return { result, resume: this.pendingChainEnd > 0 ? core.end : end };
  }

  /** The second number of a range after core, or null. */
  private readRangeEnd(
    core: Core,
    opener: string | null,
  ): { value: number; end: number; unit: string | null; scale: number } | null {
    const t = this.t;
    let k = core.end;
    let viaDash = false;
    // Unit repeated on both sides is allowed: "40 km to 50 km" (rare; not handled).
    if (this.isPunct(k, RANGE_DASHES)) {
      viaDash = true;
      k++;
      k = this.skipGap(k);
    } else {
      const g = this.skipGap(k);
      if (g === k) return null;
      // (A spaced em dash sets off an aside — "March 2 — 42 dead" — it joins no range.)
      if (this.isPunct(g, RANGE_DASHES) && this.isGap(g + 1) && !this.isPunct(g, '\u2014')) {
        viaDash = true;
        k = g + 2;
      } else {
        const w = this.word(g);
        const connector = opener === 'between' ? 'and' : opener === 'from' ? 'to' : null;
        if (
          (connector !== null && w === connector) ||
          // "between 15 to 20 attackers": a common mixed form of "between 15 and 20".
          (opener === 'between' && w === 'to') ||
          (opener === null && (w === 'to' || w === 'through')) ||
          (opener === 'from' && w === 'through') ||
          (opener === null && w === 'or')
        ) {
          k = this.skipGap(g + 1);
          if (k === g + 1) return null;
          if (w === 'or' && core.kind === 'digits' && !core.plainInt) return null;
        } else return null;
      }
    }
    if (viaDash && core.kind !== 'digits') {
      // "two - three" words with a dash are fine; "twenty-three" never reaches here.
    }
    const tk = t[k];
    if (!tk) return null;
    let second: Core | null = null;
    if (tk.type === 'digits') {
      // A third hyphenated group means a phone number or ISO date, not a range.
      second = this.readDigits(k);
      if (
        second &&
        viaDash &&
        this.isPunct(second.end, RANGE_DASHES) &&
        t[second.end + 1]?.type === 'digits'
      )
        return null;
    } else if (tk.type === 'word' && core.kind === 'words') second = this.readWords(k);
    else if (tk.type === 'word' && core.kind === 'digits' && !viaDash) second = this.readWords(k);
    if (!second || second.skip || second.fraction) return null;
    // Dates such as "27-28 February" are caught by the caller's date rule on the first number.
    // The scale word that ends the second number ("three hundred" → 100), or 1.
    const last = this.word(second.end - 1);
    const scale = last !== null ? (SCALE_WORDS[last] ?? 1) : 1;
    return { value: second.value, end: second.end, unit: second.unit, scale };
  }

  /**
   * True when the token at `lab` (or before its "." or ":") labels the number after it as an
   * identifier: "Resolution", "Flight", "No.", a capitalised plural ("Resolutions", "Gates"),
   * or a capitalised place of the fighting named by number ("Post 7", "Camps 2").
   */
  private labelledIdentifier(prevIdx: number): boolean {
    let lab = prevIdx;
    const marked = this.isPunct(lab, '.') || this.isPunct(lab, ':');
    if (marked) lab -= 1;
    const label = this.word(lab);
    if (!label) return false;
    const capitalised = /^\p{Lu}/u.test(this.t[lab]?.text ?? '');
    const singular = label.endsWith('s') ? label.slice(0, -1) : label;
    const named =
      IDENTIFIER_NOUNS.has(label) ||
      (capitalised && (IDENTIFIER_NOUNS.has(singular) || NUMBERED_PLACES.has(singular)));
    return (
      named &&
      // ("Battalion No 4": an unmarked "No" is the abbreviation after a capitalised name.)
      (label !== 'no' ||
        marked ||
        (this.t[lab]?.text === 'No' &&
          /^\p{Lu}/u.test(this.t[this.prevNonGap(lab)]?.text ?? ''))) &&
      // "the dead number 51": after the people it counts, "number" is the verb, not a label.
      !(
        label === 'number' &&
        !marked &&
        COUNTED_BY_NUMBER.has(this.word(this.prevNonGap(lab)) ?? '')
      ) &&
      // ("Day 3" is a label; "for a third day: 12 dead", "in Achin district: 12 dead" are counts
      // after a colon: only "No." and "No:" mark a number so.)
      !(marked && this.isPunct(lab + 1, ':') && !/^(?:no|nos|nr|nrs)$/.test(label))
    );
  }

  /** Years, dates, times, ages next to names, identifiers. */
  private isNonQuantity(
    core: Core,
    first: number,
    end: number,
    qualifier: Qualifier,
    unit: string | null,
    upper: number | null,
  ): boolean {
    const t = this.t;
    if (core.kind === 'vague' || core.fraction) return false;
    const prevIdx = this.prevNonGap(first);
    const prev = t[prevIdx];
    const prevWord = this.word(prevIdx);
    const nextIdx = this.skipGap(core.end);
    const nextWord = this.word(nextIdx);
    // Numeric dates: "2025-10-15", "15/10/2025": digits glued by "-" or "/" to a four-digit year.
    const yearAt = (k: number): boolean => {
      const y = t[k];
      return !!y && y.type === 'digits' && y.text.length === 4;
    };
    const gluedDate = (p: number, y: number): boolean =>
      this.isPunct(p, '-') || this.isPunct(p, '/')
        ? this.glued(Math.min(p, y), Math.max(p, y)) && yearAt(y)
        : false;
    if (gluedDate(first - 1, first - 2) || gluedDate(end, end + 1)) return true;
    // Day-month-year: "28-02-2026", "28/02/2026" (the first two parts are not next to the year).
    const sepAt = (k: number): boolean =>
      (this.isPunct(k, '-') || this.isPunct(k, '/')) &&
      this.glued(k - 1, k) &&
      this.glued(k, k + 1);
    const twoDigits = (k: number): boolean => {
      const x = t[k];
      return !!x && x.type === 'digits' && x.text.length <= 2;
    };
    if (sepAt(core.end) && twoDigits(core.end + 1) && sepAt(core.end + 2) && yearAt(core.end + 3))
      return true;
    // Clock times written with a dot or colon: "5.30 pm", "10:00 GMT".
    if (
      nextWord &&
      (TIME_WORDS.has(nextWord) ||
        ((nextWord === 'a' || nextWord === 'p') && this.isPunct(nextIdx + 1, '.')))
    ) {
      const tok = t[core.first] as Token;
      if (core.kind === 'digits' && upper === null && !unit && tok.text.length <= 2) return true;
    }

    // "around two in the morning", "at eleven at night": an hour of the day.
    if (
      core.value <= 12 &&
      qualifier !== 'vague' &&
      /^\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['\u2019]clock)\b/i.test(
        this.text.slice((t[core.end - 1] as Token).end, (t[core.end - 1] as Token).end + 24),
      )
    )
      return true;
    if (core.kind === 'digits' && core.plainInt) {
      const v = core.value;
      const digits = (t[core.first] as Token).text;
      // Calendar years: "in 2021", "2019-2021", "since 1990".
      if (
        digits.length === 4 &&
        v >= FIGURES_CONFIG.yearMin &&
        v <= FIGURES_CONFIG.yearMax &&
        !unit
      ) {
        const qualified =
          qualifier !== 'exact' &&
          qualifier !== 'range' &&
          !(prevWord && YEAR_PREPOSITIONS.has(prevWord));
        if (!qualified) return true;
      }
      // A year of another calendar, marked by its era: "1443 AH", "1404 SH".
      if (digits.length === 4 && !unit && nextWord && YEAR_ERAS.has(nextWord)) return true;
      // Telephone numbers and codes: a count is never written with a leading zero ("0300",
      // "051"), and seven digits after an area code ("(051) 9201234", "+92 51 9204567") dial.
      if (!unit && qualifier === 'exact' && upper === null) {
        if (digits.length >= 3 && digits[0] === '0') return true;
        const before = t[this.prevNonGap(first)];
        if (
          digits.length >= 7 &&
          before &&
          (before.type === 'digits' || before.text === ')' || before.text === '+')
        )
          return true;
      }
      // Dates: "27 February", "February 27", "Feb. 27", "27th of March" (ordinals already skipped).
      if (v >= 1 && v <= FIGURES_CONFIG.maxDayOfMonth && digits.length <= 2) {
        if (this.isMonth(nextIdx) || (nextWord === 'of' && this.isMonth(this.skipGap(nextIdx + 1))))
          return true;
        let m = prevIdx;
        if (this.isPunct(m, '.')) m = m - 1;
        if (this.isMonth(m)) return true;
        // The first day of a listed date: "on 11 and 12 October".
        if (nextWord === 'and' || nextWord === 'or') {
          const second = this.skipGap(nextIdx + 1);
          const st = t[second];
          if (
            st &&
            st.type === 'digits' &&
            st.text.length <= 2 &&
            Number(st.text) <= FIGURES_CONFIG.maxDayOfMonth &&
            this.isMonth(this.skipGap(second + 1))
          )
            return true;
        }
        if (upper !== null && this.isMonth(this.skipGap(end))) return true;
        // A dashed date: "3-Mar-2026".
        if (this.isPunct(core.end, '-') && this.isMonth(core.end + 1)) return true;
      }
      // Times of day: "3 pm", "10 a.m.", "0300 GMT".
      if (nextWord && TIME_WORDS.has(nextWord) && !unit) return true;
      if (
        (nextWord === 'a' || nextWord === 'p') &&
        this.isPunct(nextIdx + 1, '.') &&
        this.word(nextIdx + 2) === 'm'
      )
        return true;
      // Age beside a name: "Ali, 34, said"; "aged 34"; "(age: 26 years)"; "(one named Ali, 22)".
      if (prevWord === 'aged' || prevWord === 'age') return true;
      if (this.isPunct(prevIdx, ':') && this.word(this.prevNonGap(prevIdx)) === 'age') return true;
      if (
        prev &&
        prev.type === 'punct' &&
        prev.text === ',' &&
        this.isPunct(this.skipGap(core.end), AGE_CLOSERS) &&
        v < 120
      ) {
        const name = t[prevIdx - 1];
        if (
          name &&
          name.type === 'word' &&
          /^\p{Lu}/u.test(name.text) &&
          qualifier === 'exact' &&
          upper === null &&
          !unit
        )
          return true;
      }
      // Age in brackets after a name: "Sepoy Ali (25, District Kasur)", "Ali Khan (34)".
      if (
        prev &&
        prev.type === 'punct' &&
        prev.text === '(' &&
        (this.isPunct(this.skipGap(core.end), ',') || this.isPunct(this.skipGap(core.end), ')')) &&
        v < 120 &&
        qualifier === 'exact' &&
        upper === null &&
        !unit
      ) {
        const name = t[this.prevNonGap(prevIdx)];
        if (name && name.type === 'word' && /^\p{Lu}/u.test(name.text)) return true;
      }
      // The second day of a listed date: "October 25 and 30,", "on 18 and 19 October" is caught above.
      if (
        v >= 1 &&
        v <= FIGURES_CONFIG.maxDayOfMonth &&
        digits.length <= 2 &&
        qualifier === 'exact' &&
        upper === null &&
        !unit &&
        (prevWord === 'and' || prevWord === 'or' || prevWord === 'to' || this.isPunct(prevIdx, '&'))
      ) {
        const d = this.prevNonGap(prevIdx);
        const dt = t[d];
        const after = t[this.skipGap(core.end)];
        if (
          dt &&
          dt.type === 'digits' &&
          dt.text.length <= 2 &&
          this.isMonth(this.prevNonGap(d)) &&
          (!after ||
            after.type === 'punct' ||
            (after.type === 'space' && after.text.includes('\n')) ||
            AFTER_LISTED_DAY.has(this.word(this.skipGap(core.end)) ?? '') ||
            // "between November 17 and 29": the opener makes it a span of days whatever follows.
            RANGE_OPENERS_OF_DAYS.has(this.word(this.prevNonGap(this.prevNonGap(d))) ?? ''))
        )
          return true;
      }
      // A numbered formation or a name: "205 Corps", "the 203 Mansouri Corps", "“New Afghan 8” post".
      if (qualifier === 'exact' && upper === null && !unit && this.namesFormation(core.end, v))
        return true;
      // "all army corps, including Atal 205, Selab 201 and Thunder 203": formations listed by name
      // and number after the formation noun.
      if (
        qualifier === 'exact' &&
        upper === null &&
        !unit &&
        this.listedFormation(first, core.end, v)
      )
        return true;
      if (
        qualifier === 'exact' &&
        upper === null &&
        !unit &&
        this.insideQuotedName(first, core.end)
      )
        return true;
      // Identifier after a label: "Resolution 2593", "Flight 302", "No. 5", "No: 5" (a story's
      // number in a page's details); one listed after it: "Camps 2 & 3", "Resolutions 2593 and 2594".
      if (qualifier === 'exact' && this.labelledIdentifier(prevIdx)) return true;
      // (Not one that counts what follows: "Post 7 and 40 soldiers"; a list is a few names long.)
      const counted = nextWord !== null && isPluralNoun(nextWord);
      if (qualifier === 'exact' && !counted) {
        let j = prevIdx;
        for (
          let listed = 0;
          listed < FIGURES_CONFIG.maxListedIdentifiers &&
          (this.isPunct(j, LIST_JOINERS) || this.word(j) === 'and');
          listed++
        ) {
          const before = this.prevNonGap(j);
          if (t[before]?.type !== 'digits') break;
          j = this.prevNonGap(before);
          if (this.labelledIdentifier(j)) return true;
        }
      }
      // Hash tags and ids: "#12".
      if (
        prev &&
        prev.type === 'punct' &&
        prev.text === '#' &&
        prev.end === (t[first] as Token).start
      )
        return true;
    }
    return false;
  }

  /**
   * Whether digits ending at token `end` number a military formation: a
   * capitalised formation noun right after them ("205 Corps") or after a
   * capitalised name ("203 Mansouri Corps", "201 Khalid bin Walid Corps"),
   * with a value of two digits or more, as no report counts ten corps or
   * brigades at once ("3 Afghan Army Brigade posts" stays a count). A
   * lower-case noun is a count ("two corps headquarters", "3 brigades").
   */
  private namesFormation(end: number, value: number): boolean {
    let k = this.skipGap(end);
    if (k === end) return false;
    let names = 0;
    for (let n = 0; n < 6; n++) {
      const tk = this.t[k];
      if (!tk || tk.type !== 'word') return false;
      const capital = /^\p{Lu}/u.test(tk.text);
      // "40 Frontier Corps soldiers": the formation's men counted, not the formation named.
      if (capital && FORMATION_NOUNS.has(tk.lower))
        return value >= 10 && !FORMATION_MEMBERS.has(this.word(this.skipGap(k + 1)) ?? '');
      if (capital) names++;
      else if (!NAME_PARTICLES.has(tk.lower) || names === 0) return false;
      // "205 Al-Badr Corps": a hyphened name is one word.
      if (
        capital &&
        this.isPunct(k + 1, '-') &&
        this.glued(k, k + 1) &&
        this.t[k + 2]?.type === 'word'
      )
        k += 2;
      const g = this.skipGap(k + 1);
      if (g === k + 1) return false;
      k = g;
    }
    return false;
  }

  /**
   * Whether digits from token `start` to `end` follow a formation's capitalised name ("Atal 205")
   * in a list after a formation noun a few words back ("corps, including Atal 205, …"), with no
   * noun after them: a designation, not a count. Corps and brigades are numbered in the
   * hundreds; a smaller number after a name is more likely a tally ("Pakistan 23, Afghanistan 58").
   */
  private listedFormation(start: number, end: number, value: number): boolean {
    if (value < 100) return false;
    const name = this.prevNonGap(start);
    const nameTok = this.t[name];
    if (!nameTok || nameTok.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(nameTok.text)) return false;
    const after = this.t[this.skipGap(end)];
    if (after && after.type === 'word' && !AFTER_DESIGNATION.has(after.lower)) return false;
    for (let k = this.prevNonGap(name), n = 0; k >= 0 && n < 12; k = this.prevNonGap(k), n++) {
      const w = this.word(k);
      if (w && FORMATION_NOUNS.has(w)) return true;
      if (this.isPunct(k, '.')) return false;
    }
    return false;
  }

  /** A currency sign or word just before token i ("$40m", "Rs 2m"). */
  private moneyBefore(i: number): boolean {
    const c = this.t[i - 1];
    if (c && c.type === 'punct' && CURRENCY_PREFIXES[c.text] !== undefined) return true;
    const w = this.t[this.prevNonGap(i)];
    return !!w && w.type === 'word' && CURRENCY_WORDS[w.text] !== undefined;
  }

  /** A plural noun after a gap at token k ("refugees"), not a unit or a short word. */
  private pluralNounAt(k: number): boolean {
    if (!this.isGap(k)) return false;
    const w = this.word(k + 1);
    if (w === null || UNITS[w] !== undefined) return false;
    return isPluralNoun(w);
  }

  /** Digits closing a quoted capitalised name: "the “New Afghan 8” post". */
  private insideQuotedName(first: number, end: number): boolean {
    const close = this.t[end];
    if (!close || close.type !== 'punct' || !/^["\u201d]$/.test(close.text)) return false;
    let k = this.prevNonGap(first);
    for (let n = 0; n < 5; n++) {
      const tk = this.t[k];
      if (!tk) return false;
      if (tk.type === 'punct' && /^["\u201c]$/.test(tk.text)) return n > 0;
      if (tk.type !== 'word' || !/^\p{Lu}/u.test(tk.text)) return false;
      k = this.prevNonGap(k);
    }
    return false;
  }

  private isMonth(k: number): boolean {
    const tk = this.t[k];
    if (!tk || tk.type !== 'word') return false;
    if (!MONTHS.has(tk.lower)) return false;
    if (AMBIGUOUS_MONTHS.has(tk.lower) && !/^\p{Lu}/u.test(tk.text)) return false;
    return true;
  }

  run(): ParsedNumber[] {
    const out: ParsedNumber[] = [];
    const n = this.t.length;
    let i = 0;
    while (i < n) {
      let step: { result: ParsedNumber | null; resume: number } | null;
      try {
        step = this.parseAt(i);
      } catch {
        step = null; // never throw on odd input; move on
      }
      if (step) {
        if (step.result) out.push(step.result);
        i = Math.max(step.resume, i + 1);
      } else i++;
    }
    return mergeBounds(out, this.text);
  }
}

const LOWER_BOUNDS: ReadonlySet<Qualifier> = new Set(['more-than', 'at-least']);
const UPPER_BOUNDS: ReadonlySet<Qualifier> = new Set(['fewer-than', 'at-most']);

/**
 * Joins a lower and an upper bound stated together into one range: "more
 * than 20 but fewer than 30", "at most 100 and at least 20". Bounds that
 * cannot hold together ("more than 40 and less than 10") stay apart.
 */
function mergeBounds(list: ParsedNumber[], text: string): ParsedNumber[] {
  const out: ParsedNumber[] = [];
  for (let k = 0; k < list.length; k++) {
    const a = list[k] as ParsedNumber;
    const b = list[k + 1];
    if (b && a.upper === null && b.upper === null) {
      const between = text.slice(a.end, b.start);
      const joined = /^\s*,?\s*(?:and|but|,)?\s*$/i.test(between) && between.length <= 8;
      const lowerFirst = LOWER_BOUNDS.has(a.qualifier) && UPPER_BOUNDS.has(b.qualifier);
      const upperFirst = UPPER_BOUNDS.has(a.qualifier) && LOWER_BOUNDS.has(b.qualifier);
      if (joined && (lowerFirst || upperFirst)) {
        const lo = lowerFirst ? a : b;
        const hi = lowerFirst ? b : a;
        if (lo.value < hi.value && (a.unit === b.unit || b.unit === null || a.unit === null)) {
          out.push({
            value: lo.value,
            upper: hi.value,
            qualifier: 'range',
            text: text.slice(a.start, b.end),
            start: a.start,
            end: b.end,
            unit: a.unit ?? b.unit,
          });
          k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Every number phrase in `text`, in reading order, with offsets into `text`.
 *
 * @example findNumbers("at least 274 killed and 40-50 wounded")
 *   → [{ value: 274, qualifier: "at-least", text: "at least 274", … },
 *      { value: 40, upper: 50, qualifier: "range", text: "40-50", … }]
 * `tokens`, when given, must be tokenize(text) (a caller that has them saves a pass).
 */
export function findNumbers(text: string, tokens?: readonly Token[]): ParsedNumber[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return new Parser(text, tokens).run();
}

/**
 * Reads one phrase that should be a number ("at least 274", "twenty-three",
 * "dozens"); null when it holds none. When the phrase holds several numbers,
 * the first is returned.
 */
export function parseNumber(phrase: string): ParsedNumber | null {
  return findNumbers(phrase)[0] ?? null;
}

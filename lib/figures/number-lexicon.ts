/**
 * The English number vocabulary as data: cardinal words, scales, fraction
 * denominators, multiplier suffixes, qualifier phrases, vague quantities and
 * units. The parser (parse-number.ts) only walks tokens through these tables.
 */
import type { Qualifier } from '../types';
import { lookupTable } from './lookup-table';
import { wordList } from '../word-list';

/** Cardinal words below one hundred that combine additively ("twenty" + "three"). */
export const UNIT_WORDS: Readonly<Record<string, number>> = lookupTable({
  zero: 0,
  nought: 0,
  naught: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS_WORDS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words multiply what precedes them ("three hundred", "1.5 million", "13 lakh"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = lookupTable({
  hundred: 100,
  thousand: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  million: 1e6,
  mn: 1e6,
  mil: 1e6,
  mln: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  tln: 1e12,
});

/** "dozen" multiplies like a scale but may be plural ("three dozens"). */
export const DOZEN_WORDS: Readonly<Record<string, number>> = lookupTable({
  dozen: 12,
  dozens: 12,
  dz: 12,
  dzs: 12,
  doz: 12,
  dozs: 12,
});

/**
 * Suffixes written straight after digits that scale them ("10k", "1.2b",
 * "10M", "2mil"). Case matters: a lower-case "m" after digits is metres
 * ("1m"), so only the upper-case M means million.
 */
export const MULTIPLIER_SUFFIXES: Readonly<Record<string, number>> = lookupTable({
  k: 1e3,
  K: 1e3,
  M: 1e6,
  MM: 1e6,
  mil: 1e6,
  mln: 1e6,
  mn: 1e6,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  bln: 1e9,
  G: 1e9,
  g: 1e9,
  tn: 1e12,
  tln: 1e12,
  T: 1e12,
});

/** Ordinal words used as fraction denominators ("two thirds", "a fifth"). Not numbers on their own. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = lookupTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1e3,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12,
});

/**
 * Denominators that may follow a numerator to form a fraction. "first" and
 * "second" are left out: "a second attack", "one second" are never halves.
 */
export const FRACTION_EXCLUDED_DENOMINATORS: ReadonlySet<string> = new Set(['first', 'second']);

export const HALF_WORDS: Readonly<Record<string, number>> = lookupTable({
  half: 0.5,
  halves: 0.5,
  quarter: 0.25,
  quarters: 0.25,
});

/**
 * Qualifier phrases written before a number, longest first when matched.
 * "as many as" is read as at-most: it reports the top of an estimate
 * ("as many as 40 were killed" = up to 40), like "up to".
 */
export const PREFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = Object.freeze([
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['not fewer than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['minimum of', 'at-least'],
  ['minimum', 'at-least'],
  ['at least or equal to', 'at-least'],
  ['greater than or equal to', 'at-least'],
  ['more than or equal to', 'at-least'],
  ['equal to or more than', 'at-least'],
  ['equal to or greater than', 'at-least'],
  ['more than', 'more-than'],
  ['greater than', 'more-than'],
  ['larger than', 'more-than'],
  ['bigger than', 'more-than'],
  ['higher than', 'more-than'],
  ['over', 'more-than'],
  ['just over', 'more-than'],
  ['well over', 'more-than'],
  ['upwards of', 'more-than'],
  ['upward of', 'more-than'],
  ['in excess of', 'more-than'],
  ['above', 'more-than'],
  ['exceeding', 'more-than'],
  ['exceed', 'more-than'],
  ['exceeds', 'more-than'],
  ['surpass', 'more-than'],
  ['surpassing', 'more-than'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['some', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['close to', 'about'],
  ['nearly to', 'about'],
  ['circa', 'about'],
  ['up to', 'at-most'],
  ['upto', 'at-most'],
  ['as many as', 'at-most'],
  ['as much as', 'at-most'],
  ['at most', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['a maximum of', 'at-most'],
  ['maximum of', 'at-most'],
  ['maximum', 'at-most'],
  ['less than or equal to', 'at-most'],
  ['smaller than or equal to', 'at-most'],
  ['equal to or less than', 'at-most'],
  ['fewer than', 'fewer-than'],
  ['less than', 'fewer-than'],
  ['under', 'fewer-than'],
  ['below', 'fewer-than'],
  ['just under', 'fewer-than'],
  ['smaller than', 'fewer-than'],
  ['lower than', 'fewer-than'],
  // Comparatives with "or equal": "bigger or equal than 30", "less or equal than 30".
  ...(['greater', 'bigger', 'larger', 'higher', 'more'] as const).flatMap((w) => [
    [`${w} or equal than`, 'at-least'] as const,
    [`${w} or equal to`, 'at-least'] as const,
    [`${w} than or equal to`, 'at-least'] as const,
  ]),
  ...(['less', 'smaller', 'lower', 'fewer'] as const).flatMap((w) => [
    [`${w} or equal than`, 'at-most'] as const,
    [`${w} or equal to`, 'at-most'] as const,
    [`${w} than or equal to`, 'at-most'] as const,
  ]),
  ['equal to', 'exact'],
  ['equaling to', 'exact'],
  ['equalling to', 'exact'],
  ['equals', 'exact'],
  ['equals to', 'exact'],
  ['exactly', 'exact'],
]);

/** Qualifier phrases written after a number ("400 or more", "40-odd", "70-plus"). */
export const SUFFIX_QUALIFIERS: readonly (readonly [string, Qualifier])[] = Object.freeze([
  ['or more', 'at-least'],
  ['and more', 'at-least'],
  ['or greater', 'at-least'],
  ['or above', 'at-least'],
  ['or so', 'about'],
  ['odd', 'about'],
  ['plus', 'more-than'],
  ['or less', 'at-most'],
  ['or fewer', 'at-most'],
  ['or below', 'at-most'],
]);

/**
 * Vague quantities and the span each stands for (contract: "dozens" =
 * [24, 99], "scores" = [40, 99], "hundreds" = [200, 999], "several" = [3, 9]).
 * `needsOf`: the word only counts when followed by "of" ("scores of people";
 * "scores" alone is cricket or exams). A plural scale after "several"/"a few"
 * multiplies the span ("several hundred" = [300, 900]).
 */
export interface VagueWord {
  lower: number;
  upper: number;
  needsOf: boolean;
  /** May multiply a following scale word ("several hundred", "a few thousand"). */
  takesScale: boolean;
}

export const VAGUE_WORDS: Readonly<Record<string, VagueWord>> = lookupTable({
  dozens: { lower: 24, upper: 99, needsOf: false, takesScale: false },
  scores: { lower: 40, upper: 99, needsOf: true, takesScale: false },
  hundreds: { lower: 200, upper: 999, needsOf: false, takesScale: false },
  thousands: { lower: 2000, upper: 9999, needsOf: false, takesScale: false },
  millions: { lower: 2e6, upper: 9999999, needsOf: false, takesScale: false },
  several: { lower: 3, upper: 9, needsOf: false, takesScale: true },
  'a few': { lower: 2, upper: 5, needsOf: false, takesScale: true },
  'a handful': { lower: 2, upper: 5, needsOf: true, takesScale: false },
  tens: { lower: 20, upper: 99, needsOf: true, takesScale: false },
});

/**
 * Units after a number (separated by a space or joined by a hyphen), mapped
 * to one normal spelling so "2,575-kilometre" and "2,575 km" compare.
 */
export const UNITS: Readonly<Record<string, string>> = lookupTable({
  km: 'km',
  kms: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mile: 'miles',
  miles: 'miles',
  mi: 'miles',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  m: 'm',
  ft: 'feet',
  feet: 'feet',
  foot: 'feet',
  kg: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  ton: 'tonnes',
  tons: 'tonnes',
  tonne: 'tonnes',
  tonnes: 'tonnes',
  ml: 'ml',
  l: 'litres',
  litre: 'litres',
  litres: 'litres',
  liter: 'litres',
  liters: 'litres',
  percent: 'percent',
  pc: 'percent',
  pct: 'percent',
  '%': 'percent',
  'per cent': 'percent',
  'percentage points': 'percentage points',
  hour: 'hours',
  hours: 'hours',
  hr: 'hours',
  hrs: 'hours',
  h: 'hours',
  minute: 'minutes',
  minutes: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  second: 'seconds',
  seconds: 'seconds',
  sec: 'seconds',
  secs: 'seconds',
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  month: 'months',
  months: 'months',
  year: 'years',
  years: 'years',
  decade: 'decades',
  decades: 'decades',
  dollar: 'usd',
  dollars: 'usd',
  rupee: 'pkr',
  rupees: 'pkr',
  afghani: 'afn',
  afghanis: 'afn',
});

/** Currency signs written before a number ("$20", "Rs 500"), with their unit. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = lookupTable({
  $: 'usd',
  US$: 'usd',
  '€': 'eur',
  '£': 'gbp',
  Rs: 'pkr',
  'Rs.': 'pkr',
  PKR: 'pkr',
  USD: 'usd',
  AFN: 'afn',
});

export const MONTHS: ReadonlySet<string> = new Set(
  wordList(
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
      // Hijri months ("15 Ramadan", "27 Safar"; "Rabi ul Awwal", "Dhul Hijjah" by their first word),
      // and the solar months Afghan outlets date by ("3 Mizan").
      'muharram safar rabi jumada jamadi rajab shaban ramadan ramazan ramzan shawwal dhul zilhaj zilhajj ' +
      'hamal sawr saur jawza saratan sunbula mizan aqrab qaws jadi dalw hoot',
  ),
);

/** Eras written after a year: the Hijri "1443 AH" and the solar "1404 SH" (also "HS"). */
export const YEAR_ERAS: ReadonlySet<string> = new Set(['ah', 'sh', 'hs']);

/** Month names that are also ordinary words: only capitalised forms count as months. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'rabi',
  'hoot',
  'jadi',
  'mizan',
  'hamal',
  'may',
  'march',
  'mar',
  'jan',
  'dec',
  'sep',
  'aug',
]);

/** Words before "one" that make it a pronoun ("no one", "the one", "which one"). */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set(
  wordList(
    'no the this that which each every any such another little any only last right wrong new old same other big first',
  ),
);

/** Words after "one" that make it a pronoun or idiom ("one another", "one of", "one's"). */
export const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set(
  wordList('another of who that which must can could should would might may does did is'),
);

/** Words after a bare number that make it a time of day ("3 pm", "10 o'clock"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'a.m',
  'p.m',
  "o'clock",
  'gmt',
  'utc',
  'pkt',
  'ist',
  'hrs.',
  'local',
]);

/** Words before a bare four-digit number that make it a year even with a qualifier-like word around. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(
  wordList(
    'in since by until till of from during before after early late mid year summer winter spring autumn fall',
  ),
);

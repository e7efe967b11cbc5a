import { ACTORS } from '../conflict/actors';
import {
  BILATERAL_CUES,
  BOTH_SIDES_REFERENCE,
  CONFLICT_CUES,
  EPISODE_CUE_WEIGHT,
  EPISODE_NAME_WEIGHT,
  NEGATIVE_CONTEXTS,
  type Cue,
} from '../conflict/cues';
import { EVENTS } from '../conflict/events';
import { COVERAGE_PLACES, THIRD_COUNTRY_PLACES, type Side } from '../conflict/places';
import {
  OTHER_LANGUAGE_BILATERAL,
  OTHER_LANGUAGE_BOTH_SIDES,
  OTHER_LANGUAGE_CUES,
  OTHER_LANGUAGE_NAMES,
  OTHER_LANGUAGE_NEGATIVES,
  worldPattern,
} from '../conflict/other-languages';
import { firstMatcher, patternMatcher, termMatcher, type TermMatcher } from './term-matcher';

/**
 * The conflict's vocabulary compiled once for the full coverage score:
 * names (places first, so "Kabul" stays a place; then actors, whose longer
 * aliases like "Pakistani Taliban" win over "Pakistani"), with their side.
 */
export interface ConflictTerms {
  names: TermMatcher;
  sideOf: ReadonlyMap<string, Side>;
  specific: ReadonlySet<string>;
  bilateral: TermMatcher;
  bilateralWeight: ReadonlyMap<string, number>;
  cues: TermMatcher;
  cueWeight: ReadonlyMap<string, number>;
  negatives: TermMatcher;
  negativeWeight: ReadonlyMap<string, number>;
  bothSides: TermMatcher;
  /** Names of the bilateral cues that are episodes' own names ("Operation Ghazab lil-Haq"). */
  episodeNames: ReadonlySet<string>;
  /** The crossings between the two countries: naming one names both sides. */
  crossings: ReadonlySet<string>;
  /** The two countries' own names ("Afghan", "Pakistan"). */
  countries: ReadonlySet<string>;
  /** Every place name of the two sides (cities, provinces, crossings, the countries). */
  places: ReadonlySet<string>;
  /** Places outlets file from (capitals, cities, countries): as a dateline they say nothing of where events were. */
  filingPlaces: ReadonlySet<string>;
  /** Names matched only to mask shorter ones (third countries' places); never signals. */
  noSignal: ReadonlySet<string>;
}

/** Bare "Taliban" means the Afghan authorities in this story (the TTP has its own longer aliases). */
const EXTRA_NAMES: readonly (readonly [string, readonly string[], Side])[] = [
  ['Taliban', ['Taliban'], 'afghanistan'],
];

/** Each episode's own names (operation names and their translations) as one bilateral cue. */
export function episodeNameCues(): Cue[] {
  return EVENTS.filter((e) => e.aliases?.length).map((e) => ({
    name: e.label,
    pattern: e.aliases!.join('|'),
    weight: EPISODE_NAME_WEIGHT,
  }));
}

/**
 * The words that point at one episode or another ("Doha", "48-hour truce"),
 * as one conflict cue. Names of the two sides' places and actors among
 * them (Khost, Torkham) are left out: they count as names, and naming a
 * place is no sign of fighting; the mediators' cities (Doha) stay.
 */
function episodeCue(names: ReadonlySet<string>): Cue {
  const escape = (w: string): string =>
    w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const words = [...new Set(EVENTS.flatMap((e) => e.cues))].filter(
    (w) => !names.has(w.toLowerCase()),
  );
  return { name: 'episode', pattern: words.map(escape).join('|'), weight: EPISODE_CUE_WEIGHT };
}

/** Which vocabulary: English's, or English's and the other languages' together. */
export type TermsLanguage = 'english' | 'world';

/** Each cue with its words in other languages added to its pattern. */
function withWords(
  cues: readonly Cue[],
  words: Readonly<Record<string, readonly string[]>>,
): Cue[] {
  return cues.map((c) =>
    words[c.name] ? { ...c, pattern: `${c.pattern}|${worldPattern(words[c.name]!)}` } : c,
  );
}

/** Two matchers as one: every hit of either, in text order. */
function both(a: TermMatcher, b: TermMatcher): TermMatcher {
  return { find: (text) => [...a.find(text), ...b.find(text)].sort((x, y) => x.index - y.index) };
}

const cached: Partial<Record<TermsLanguage, ConflictTerms>> = {};

/**
 * The vocabulary for a page in English, or (`'world'`) for a page in another
 * language: English's terms and the other languages' together (such pages
 * keep names and acronyms in English, and Latin-alphabet languages share
 * many of English's names).
 */
export function conflictTerms(language: TermsLanguage = 'english'): ConflictTerms {
  const ready = cached[language];
  if (ready) return ready;
  const world = language === 'world';
  const sideOf = new Map<string, Side>();
  const entries: [string, readonly string[]][] = [];
  for (const p of COVERAGE_PLACES) {
    entries.push([p.name, p.aliases]);
    sideOf.set(p.name, p.side);
  }
  for (const a of ACTORS) {
    entries.push([a.name, a.aliases]);
    if ((a.side === 'pakistan' || a.side === 'afghanistan') && !sideOf.has(a.name))
      sideOf.set(a.name, a.side);
  }
  for (const [name, aliases, side] of EXTRA_NAMES) {
    entries.push([name, aliases]);
    sideOf.set(name, side);
  }
  // No side: they only stop a shorter name inside them from counting.
  for (const p of THIRD_COUNTRY_PLACES) entries.push([p.name, p.aliases]);
  const bilateral = [
    ...(world ? withWords(BILATERAL_CUES, OTHER_LANGUAGE_BILATERAL) : BILATERAL_CUES),
    ...episodeNameCues(),
  ];
  const nameWords = new Set(
    entries
      .filter(([name]) => sideOf.has(name))
      .flatMap(([, aliases]) => aliases.map((a) => a.toLowerCase())),
  );
  const cues = [
    ...(world ? withWords(CONFLICT_CUES, OTHER_LANGUAGE_CUES) : CONFLICT_CUES),
    episodeCue(nameWords),
  ];
  const negatives = world
    ? withWords(NEGATIVE_CONTEXTS, OTHER_LANGUAGE_NEGATIVES)
    : NEGATIVE_CONTEXTS;
  const englishNames = termMatcher(entries);
  const weights = (list: readonly { name: string; weight: number }[]): Map<string, number> =>
    new Map(list.map((c) => [c.name, c.weight]));
  const terms: ConflictTerms = {
    names: world
      ? both(
          englishNames,
          firstMatcher(
            OTHER_LANGUAGE_NAMES.map(([name, words]) => ({ name, pattern: worldPattern(words) })),
          ),
        )
      : englishNames,
    sideOf,
    specific: new Set(ACTORS.filter((a) => a.conflictSpecific).map((a) => a.name)),
    bilateral: patternMatcher(bilateral),
    bilateralWeight: weights(bilateral),
    cues: patternMatcher(cues),
    cueWeight: weights(cues),
    negatives: patternMatcher(negatives),
    negativeWeight: weights(negatives),
    bothSides: patternMatcher([
      {
        name: 'both sides',
        pattern: world
          ? `${BOTH_SIDES_REFERENCE}|${worldPattern(OTHER_LANGUAGE_BOTH_SIDES)}`
          : BOTH_SIDES_REFERENCE,
      },
    ]),
    episodeNames: new Set(episodeNameCues().map((c) => c.name)),
    crossings: new Set(COVERAGE_PLACES.filter((p) => p.kind === 'crossing').map((p) => p.name)),
    countries: new Set(COVERAGE_PLACES.filter((p) => p.kind === 'country').map((p) => p.name)),
    places: new Set(COVERAGE_PLACES.map((p) => p.name)),
    filingPlaces: new Set(
      COVERAGE_PLACES.filter(
        (p) => p.kind === 'capital' || p.kind === 'city' || p.kind === 'country',
      ).map((p) => p.name),
    ),
    noSignal: new Set(THIRD_COUNTRY_PLACES.map((p) => p.name)),
  };
  cached[language] = terms;
  return terms;
}

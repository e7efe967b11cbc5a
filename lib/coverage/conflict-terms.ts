import { ACTORS } from '../conflict/actors';
import {
  BILATERAL_CUES,
  BOTH_SIDES_REFERENCE,
  CONFLICT_CUES,
  NEGATIVE_CONTEXTS,
} from '../conflict/cues';
import { COVERAGE_PLACES, type Side } from '../conflict/places';
import { patternMatcher, termMatcher, type TermMatcher } from './term-matcher';

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
}

/** Bare "Taliban" means the Afghan authorities in this story (the TTP has its own longer aliases). */
const EXTRA_NAMES: readonly (readonly [string, readonly string[], Side])[] = [
  ['Taliban', ['Taliban'], 'afghanistan'],
];

let cached: ConflictTerms | null = null;

export function conflictTerms(): ConflictTerms {
  if (cached) return cached;
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
  const weights = (list: readonly { name: string; weight: number }[]): Map<string, number> =>
    new Map(list.map((c) => [c.name, c.weight]));
  cached = {
    names: termMatcher(entries),
    sideOf,
    specific: new Set(ACTORS.filter((a) => a.conflictSpecific).map((a) => a.name)),
    bilateral: patternMatcher(BILATERAL_CUES),
    bilateralWeight: weights(BILATERAL_CUES),
    cues: patternMatcher(CONFLICT_CUES),
    cueWeight: weights(CONFLICT_CUES),
    negatives: patternMatcher(NEGATIVE_CONTEXTS),
    negativeWeight: weights(NEGATIVE_CONTEXTS),
    bothSides: patternMatcher([{ name: 'both sides', pattern: BOTH_SIDES_REFERENCE }]),
  };
  return cached;
}

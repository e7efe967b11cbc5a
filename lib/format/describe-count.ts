/**
 * What a figure counts, in words: "Afghan forces killed", "Civilians killed
 * in Afghanistan", "Distance (km)".
 */
import type { Measure, Subject } from '../types';
import { canonicalUnit } from '../compare/interval';
import { MEASURE_TEMPLATES, OTHER_BY_UNIT, SUBJECT_WORDS } from './labels';

const capitalise = (s: string) => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

/**
 * @example describeCount('killed', 'afghan-forces') // "Afghan forces killed"
 * @example describeCount('other', 'other', 'miles')  // "Distance (miles)"
 */
export function describeCount(
  measure: Measure,
  subject: Subject,
  unit: string | null = null,
): string {
  if (measure === 'other') {
    const canonical = canonicalUnit(unit);
    const what = canonical ? OTHER_BY_UNIT[canonical] : undefined;
    if (what) return `${capitalise(what)} (${unit!.trim().toLowerCase()})`;
    return unit ? `Other figure (${unit.trim()})` : 'Other figure';
  }
  const words = SUBJECT_WORDS[subject];
  const text = MEASURE_TEMPLATES[measure]
    .replace('{noun}', words.noun)
    .replace('{where}', words.where)
    .replace('{side}', words.side)
    .replace(/\s+/g, ' ')
    .trim();
  return capitalise(text);
}

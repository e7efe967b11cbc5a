/**
 * A figure's value and qualifier in words, as the popup shows it: the reader
 * sees "at least 274" and "dozens (24–99)", never "at-least" or a raw bound.
 */
import type { Qualifier } from '../types';
import { FORMAT_CONFIG } from './config';
import { formatNumber } from './format-number';
import { UNIT_WORDS } from './labels';

export interface FigureValueInput {
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  unit?: string | null;
}

/** The conventional word for a vague span ("dozens" for 24–99), or null when the span is not one we know. */
export function vagueWord(low: number, high: number | null): string | null {
  const found = FORMAT_CONFIG.vagueWords.find((w) => w.low === low && w.high === high);
  return found ? found.word : null;
}

/** A number with its unit ("2,575 km", "48 hours", "40%"); unknown units are written as given. */
export function withUnit(n: string, unit: string | null | undefined, plural: boolean): string {
  if (!unit) return n;
  const key = unit.trim().toLowerCase();
  const words = UNIT_WORDS[key];
  if (!words) return `${n} ${unit.trim()}`;
  const word = plural ? words.many : words.one;
  return words.space ? `${n} ${word}` : `${n}${word}`;
}

/**
 * @example formatFigureValue({ value: 274, upper: null, qualifier: 'at-least' }) // "at least 274"
 * @example formatFigureValue({ value: 40, upper: 50, qualifier: 'range' })       // "40–50"
 * @example formatFigureValue({ value: 24, upper: 99, qualifier: 'vague' })       // "dozens (24–99)"
 * @example formatFigureValue({ value: 2575, upper: null, qualifier: 'exact', unit: 'km' }) // "2,575 km"
 */
export function formatFigureValue(f: FigureValueInput): string {
  const unit = f.unit ?? null;
  const one = (n: number) => withUnit(formatNumber(n), unit, n !== 1);
  const span = (low: number, high: number) =>
    withUnit(`${formatNumber(low)}–${formatNumber(high)}`, unit, true);
  switch (f.qualifier) {
    case 'exact':
      return one(f.value);
    case 'at-least':
      return `at least ${one(f.value)}`;
    case 'more-than':
      return `more than ${one(f.value)}`;
    case 'at-most':
      return `up to ${one(f.value)}`;
    case 'fewer-than':
      return `fewer than ${one(f.value)}`;
    case 'about':
      return `about ${one(f.value)}`;
    case 'range':
      if (f.upper === null || f.upper === f.value) return one(f.value);
      return span(Math.min(f.value, f.upper), Math.max(f.value, f.upper));
    case 'vague': {
      if (f.upper === null || f.upper === f.value) return `roughly ${one(f.value)}`;
      const low = Math.min(f.value, f.upper);
      const high = Math.max(f.value, f.upper);
      const word = vagueWord(low, high);
      return word ? `${word} (${span(low, high)})` : `roughly ${span(low, high)}`;
    }
  }
}

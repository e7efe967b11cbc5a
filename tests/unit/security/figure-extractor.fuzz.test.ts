/**
 * extractFigures on hostile article text, and the promise behind what the
 * background keeps and sends of a page: whatever the extractor finds passes
 * the analysis schema once amounts JSON cannot carry are dropped (otherwise
 * a hostile page could make its whole analysis vanish). Complements
 * tests/unit/figures/extract-figures.test.ts (token soup, one 100k article).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../lib/figures/extract-figures';
import { AnalysisSchema } from '../../../lib/messaging';
import {
  CLAIMANTS,
  MEASURES,
  QUALIFIERS,
  SUBJECTS,
  type Analysis,
  type Figure,
} from '../../../lib/types';
import { ADVERSARIAL_TEXTS, hostileText } from './adversarial-text';

/** Broken invariants, as sentences (plain checks: thousands of figures stay quick). */
function unsound(text: string, figures: readonly Figure[]): string[] {
  const problems: string[] = [];
  for (const f of figures) {
    const where = `${JSON.stringify(f.text.slice(0, 40))} at ${f.start}`;
    if (!(
      0 <= f.sentenceStart &&
      f.sentenceStart <= f.start &&
      f.start < f.end &&
      f.end <= f.sentenceEnd &&
      f.sentenceEnd <= text.length
    ))
      problems.push(`${where}: offsets out of order or outside the text`);
    if (text.slice(f.start, f.end) !== f.text) problems.push(`${where}: text is not the slice`);
    if (!MEASURES.includes(f.measure)) problems.push(`${where}: measure ${f.measure}`);
    if (!SUBJECTS.includes(f.subject)) problems.push(`${where}: subject ${f.subject}`);
    if (f.claimant !== null && !CLAIMANTS.includes(f.claimant))
      problems.push(`${where}: claimant ${f.claimant}`);
    if (!QUALIFIERS.includes(f.qualifier)) problems.push(`${where}: qualifier ${f.qualifier}`);
    if (!Number.isFinite(f.value)) problems.push(`${where}: value ${f.value}`);
    // Counts are never negative; an "other" quantity may be ("-3 percent").
    if (f.value < 0 && f.measure !== 'other') problems.push(`${where}: negative ${f.measure}`);
    if (f.upper !== null && !(Number.isFinite(f.upper) && f.upper >= f.value))
      problems.push(`${where}: upper ${f.upper}`);
    if (problems.length > 5) break;
  }
  return problems;
}

/** The analysis the background would make of this text, as its schema checks it. */
function validatorIssues(text: string, figures: Figure[]): string | null {
  const analysis: Analysis = {
    url: 'https://www.dawn.com/news/1',
    coverage: { detected: true, score: 1, signals: [] },
    article: {
      title: 't',
      outlet: 'Dawn',
      domain: 'dawn.com',
      published: null,
      text,
      byline: null,
    },
    // sendableAnalysis (lib/messaging.ts) drops negative amounts: the schema takes
    // non-negative amounts only.
    figures: figures
      .filter((f) => f.value >= 0 && (f.upper === null || f.upper >= 0))
      .slice(0, 2_000),
  };
  const r = v.safeParse(AnalysisSchema, analysis);
  return r.success ? null : r.issues.map((i) => i.message).join('; ');
}

describe('extractFigures on hostile text', () => {
  it('never throws; every figure is sound and passes the background validator (full Unicode)', () => {
    fc.assert(
      fc.property(hostileText(120), (text) => {
        const figures = extractFigures(text);
        expect(unsound(text, figures)).toEqual([]);
        expect(validatorIssues(text, figures)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('keeps sound offsets when the text is cut anywhere (a figure at the very end)', () => {
    const base =
      'Officials said at least 12 soldiers were killed and 30-40 others wounded in Kurram.';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length }), (cut) => {
        const text = base.slice(0, cut);
        expect(unsound(text, extractFigures(text))).toEqual([]);
      }),
    );
  });

  it.each(ADVERSARIAL_TEXTS.filter(([label]) => label !== 'one run of digits'))(
    'completes on 200k characters with sound figures: %s',
    (_label, text) => {
      const figures = extractFigures(text);
      expect(unsound(text, figures)).toEqual([]);
    },
    // A generous bound (the slowest case takes about 6 s on a 2-core machine,
    // growing near-linearly): it catches a quadratic regression, not a slow CI.
    20_000,
  );
});

describe('words that are keys of every JavaScript object', () => {
  const check = (word: string) => {
    const text = `The ${word} said ${word} soldiers were killed near Chaman.`;
    const figures = extractFigures(text);
    expect(unsound(text, figures)).toEqual([]);
    expect(figures.some((f) => f.text.includes(word))).toBe(false);
  };

  // "constructor" once read as a vague number with value NaN: the lexicon was
  // looked up with plain object indexing (inherited keys matched).
  it.each(['__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'constructor'])(
    'never reads "%s" as a number',
    check,
  );
});

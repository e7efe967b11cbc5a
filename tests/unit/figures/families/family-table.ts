/**
 * Shared helpers for the family tables: each family file lists sentences
 * written for these tests (none copied from a news report) in the shapes
 * real reporting uses, with the figure they must give and, beside them,
 * sentences that must not give it.
 */
import { expect } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import type { Claimant, Figure, Measure, Qualifier, Subject } from '../../../../lib/types';

export interface Want {
  measure?: Measure;
  subject?: Subject;
  claimant?: Claimant;
  qualifier?: Qualifier;
  upper?: number | null;
  /** The speaker name shown; `null` asserts none is shown. */
  claimantName?: string | null;
}

/** The `nth` figure with this value in the text. */
export function figureWith(text: string, value: number, nth = 0): Figure | undefined {
  return extractFigures(text).filter((f) => f.value === value)[nth];
}

/** Asserts that the figure with `value` exists and has every slot in `want`. */
export function expectFigure(text: string, value: number, want: Want, nth = 0): void {
  const f = figureWith(text, value, nth);
  expect(f, `no figure ${value} in: ${text}`).toBeDefined();
  const got: Want = {};
  for (const k of Object.keys(want) as (keyof Want)[]) (got as Record<string, unknown>)[k] = f?.[k];
  expect(got).toEqual(want);
}

/**
 * Family: numbers on the short lines above a page's first line of prose (a date line with a view
 * count, a calendar date in another era, an advert, an image's file name) count nothing; a labelled
 * count there ("Killed: 12") and numbers in the prose are still read.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

const PROSE =
  'Eleven soldiers were killed when Afghan forces attacked two posts near Chaman on Sunday, the army said.';

describe('family: numbers in the page head', () => {
  it.each([
    ['a date line with a view count', ` posted 2026-03-02 2211\n${PROSE}`, 2211],
    ['a date in another calendar', `Tishrei 14, 5787\n${PROSE}`, 5787],
    ['an advert', `Win $250 now\n\n${PROSE}`, 250],
    ['an image file name', `448120_military-aircraft\n\n${PROSE}`, 448120],
  ])('%s is not a figure', (_name, text, value) => {
    expect(values(text)).not.toContain(value);
    expect(values(text)).toContain(11);
  });

  it('negative: a labelled count above the prose is still read', () => {
    const f = extractFigures(`Killed: 14\n${PROSE}`).find((x) => x.value === 14);
    expect(f?.measure).toBe('killed');
  });

  it('negative: a bare count on a short line after the first prose line is still read', () => {
    expect(values(`${PROSE}\nThe army gave no other details.\n17 dead`)).toContain(17);
  });
});

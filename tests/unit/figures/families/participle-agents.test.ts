/**
 * Family: a participle after a comma ("…, killing 7") takes the main clause's subject as its
 * agent, never a side named as the object after the main verb; fire "returned" or "exchanged"
 * frees no one.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'unnamed gunmen attacking one side’s post kill that side’s men',
    'Gunmen stormed a Pakistani checkpoint near Zhob before dawn, killing five soldiers.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'militants attacking a military post, the country’s forces counted',
    'Militants raided an army post in Bajaur on Monday, killing at least six members of the country’s security forces.',
    6,
    { measure: 'killed', subject: 'pakistani-forces', qualifier: 'at-least' },
  ],
  [
    'returned fire at several points is no release',
    'Afghan border units returned fire at several points along the frontier, a spokesman said.',
    3,
    { measure: 'other' },
  ],
];

describe('family: participles and their agents', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: a side named as the subject still acts ("Afghan forces attacked …, killing")', () => {
    const f = figureWith(
      'Afghan forces attacked a Pakistani post at dusk, killing four soldiers.',
      4,
    );
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('negative: soldiers handed back are still released', () => {
    const f = figureWith(
      'The Taliban returned 12 Pakistani soldiers to a jirga at the crossing.',
      12,
    );
    expect(f?.measure).toBe('released');
  });
});

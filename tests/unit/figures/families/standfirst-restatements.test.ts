/**
 * Family: a standfirst under the headline restates a count the body attributes. The one-sentence
 * paragraph that follows a headline line is a summary like the headline itself, and it may name
 * the dead less precisely ("people") than the body ("civilians") does. A full body paragraph, or
 * a standfirst giving another count, stays the outlet's own. Every sentence was written for
 * this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const HEADLINE = 'Night raids on border town leave families grieving\n';
const BODY =
  '\nAt least 14 civilians, among them six children, were killed when jets hit Barmal, the provincial spokesman Hamid Zaki said on Sunday. Four homes were flattened.';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a standfirst under a headline restates the body’s attributed count',
    `${HEADLINE}At least 14 civilians, among them six children, died in overnight raids on a border town.\n${BODY}`,
    6,
    { claimant: 'afghanistan' },
  ],
  [
    'a standfirst’s unspecified "people" restates the body’s civilians',
    `${HEADLINE}At least 14 people, among them six children, died in overnight raids on a border town.\n${BODY}`,
    14,
    { claimant: 'afghanistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a standfirst with another count stays the outlet’s own',
    `${HEADLINE}At least 11 people died in overnight raids on a border town.\n${BODY}`,
    11,
    { claimant: null },
  ],
  [
    'a paragraph of two sentences after the headline is body text, not a standfirst',
    `${HEADLINE}At least 14 people died in overnight raids on a border town. Rescuers dug through the night.\n${BODY}`,
    14,
    { claimant: null },
  ],
  [
    'a sentence after three lines of text is no standfirst',
    `${HEADLINE}Barmal district\nBy a staff reporter\nAt least 14 people died in overnight raids on a border town.\n${BODY}`,
    14,
    { claimant: null },
  ],
];

describe('family: standfirsts that restate an attributed count', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

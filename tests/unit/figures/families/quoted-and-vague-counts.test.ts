/**
 * Counts that were missed for their form, not their meaning: a quoted vague word ('"dozens" were
 * killed'), "scores" before a loss participle, a single life claimed, and "killed or maimed".
 * Beside them, the same words where they count nothing. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a vague word in quotes, then its verb',
    'The spokesman said “dozens” were killed and wounded in the raids.',
    24,
    { measure: 'casualties', qualifier: 'vague' },
  ],
  [
    'a number in straight quotes, then its verb',
    'Kabul said "40" had died overnight.',
    40,
    { measure: 'killed' },
  ],
  [
    'a count quoted apart from its noun',
    'The spokesman wrote that “at least 14” civilians were martyred in Khost.',
    14,
    { measure: 'killed', subject: 'afghan-civilians', qualifier: 'at-least' },
  ],
  [
    'a verb quoted right before the count',
    'The army said its strikes had “eliminated” more than 90 Taliban fighters.',
    90,
    { measure: 'killed', subject: 'afghan-forces', qualifier: 'more-than' },
  ],
  [
    '"scores" before a loss participle',
    'The raids on Kunar left scores killed or maimed, residents said.',
    40,
    { measure: 'casualties', qualifier: 'vague', upper: 99 },
  ],
  [
    'a single life claimed',
    'The shells landed on farms and have claimed one life, the district chief said.',
    1,
    { measure: 'killed' },
  ],
];

describe('quoted and vague counts', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('"scores" with no "of" and no loss is no count', () =>
    expect(figureWith('The bowler scores 40 runs, and scores well.', 40)?.measure).toBe('other'));

  it('"scores" alone before another verb stays out', () =>
    expect(figureWith('Pakistan scores goals easily.', 40)).toBeUndefined());

  it('an opening quote before the count starts a clause of its own', () =>
    expect(
      figureWith('Officials killed the rumour. “Twelve trucks crossed today,” one said.', 12)
        ?.measure,
    ).toBe('other'));

  it('a quoted word with no verb after it stays no loss', () =>
    expect(figureWith('He called it “one” more warning.', 1)).toBeUndefined());
});

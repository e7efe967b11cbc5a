/**
 * "over" after a verb: a bound after "left" ("the clashes left over 200
 * dead"), a span after verbs of extent ("talks stretched over 13 hours"),
 * whose count is exact; and victims who "fell victim" are counted dead.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"left over" before a toll is a lower bound',
    'The fighting left over 150 Afghan fighters dead, the army said.',
    150,
    { measure: 'killed', subject: 'afghan-forces', qualifier: 'more-than' },
  ],
  [
    '"stretched over" a duration gives the duration itself',
    'The meeting, which stretched over 11 hours, ended with a written truce.',
    11,
    { measure: 'other', qualifier: 'exact' },
  ],
  [
    '"spread over" a duration too',
    'The talks were spread over 4 days in the Qatari capital.',
    4,
    { qualifier: 'exact' },
  ],
  [
    'people who "fell victim" to a strike are counted dead',
    'The strikes on the district saw four farmers fall victim in the bombing.',
    4,
    { measure: 'killed' },
  ],
];

describe('qualifiers and verbs around "over" and "victim"', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('"lasted over" a duration still means more than', () => {
    expect(figureWith('The talks lasted over 11 hours.', 11)?.qualifier).toBe('more-than');
  });

  it('"handed over" before a count is still a particle, not a bound', () => {
    expect(figureWith('Kabul handed over 30 prisoners at the crossing.', 30)?.qualifier).toBe(
      'exact',
    );
  });
});

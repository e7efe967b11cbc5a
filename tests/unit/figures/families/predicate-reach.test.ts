/**
 * A counted subject whose modifiers run long before its own verb: a chain
 * of places ("ten civilians in the Barmal and Urgun districts of Paktika
 * province were killed"), an aside of members with numbers and a relative
 * clause in it. The first finite verb outside a relative clause is the
 * subject's; a verb of another kind there, another count or a reporting verb
 * gives nothing. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a chain of places before the verb',
    'Ten civilians in the Barmal and Urgun districts of Paktika province were killed overnight, officials said.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a place with a number in it',
    'Ten civilians from two neighbouring villages in the Dand-e-Patan district of Paktia were killed.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'an aside of members with a relative clause',
    'At least 10 civilians, including six children and a woman who was pregnant, were killed in the strikes in Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians', qualifier: 'at-least' },
  ],
  [
    'the members in that aside keep the measure',
    'At least 10 civilians, including six children and a woman who was pregnant, were killed in the strikes in Paktika.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a long modifier before an intransitive verb',
    'Nine soldiers of the border battalion posted at the crossing near Torkham died, the military said.',
    9,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a long modifier before "were among the dead"',
    'Four guards from the customs post on the main road to Chaman were among the dead.',
    4,
    { measure: 'killed' },
  ],
];

describe('the verb past a long subject', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('an active verb of the subject stops the search', () => {
    expect(
      figureWith(
        'Ten elders from the villages near the border met officials in Khost, where shells were killing people.',
        10,
      )?.measure,
    ).toBe('other');
  });

  it('a relative clause verb is not the subject’s', () => {
    expect(
      figureWith('Five traders, who had seen soldiers killed near the post, spoke to reporters.', 5)
        ?.measure,
    ).toBe('other');
  });

  it('a reporting verb ends the search', () => {
    expect(
      figureWith(
        'Three villagers from the area near the crossing said people were killed in the night.',
        3,
      )?.measure,
    ).toBe('other');
  });

  it('another count ends the search', () => {
    expect(
      figureWith('Five doctors at the hospital said 12 soldiers were killed.', 5)?.measure,
    ).toBe('other');
  });
});

describe('companions beside the counted subject', () => {
  it('"alongside" others, then the verb', () =>
    expectFigure(
      'The three players, identified by their families, alongside five other people, were killed in the strike in Paktika.',
      3,
      { measure: 'killed' },
    ));
});

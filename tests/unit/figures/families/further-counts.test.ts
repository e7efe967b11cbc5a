/**
 * Family 2 (continued): counts that point back ("others", "more fighters",
 * "five other people") take the group counted just before; a part of another
 * kind named beside them ("including civilians") makes them a mixed group.
 * Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"others" with part of another kind are a mixed group',
    'The raid killed two FC soldiers and wounded at least six others, including civilians.',
    6,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    '"others" described by part of themselves keep the group before them',
    'Shelling killed at least 20 people and injured 150 others, many of them children.',
    150,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    '"others" with part of the same kind keep the side of the group before them',
    'Strikes in Paktika killed 14 civilians and injured 31 others, including women.',
    31,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    '"more fighters" a sentence or two later are the fighters counted before',
    'The army said some 25 Taliban fighters were killed near Chaman. It gave no names. It said about 15 more fighters were believed killed elsewhere.',
    15,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    '"other individuals" after civilians of one side are those civilians',
    'Four Afghan schoolboys were killed when a shell hit Barmal. Three other individuals also died in the blast.',
    3,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    '"others" after a member of a named force are of that force',
    'An attack close to Parachinar caused the death of an FC soldier and injuries to three others.',
    3,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
];

describe('family 2: further counts of a group', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('"other people" after soldiers are not soldiers', () => {
    const f = figureWith(
      'Taliban gunfire killed 6 Pakistani soldiers. Two other people were hurt at the market.',
      2,
    );
    expect(f?.subject).toBe('people');
  });

  it('a further count far from the group it might continue keeps its own words', () => {
    const f = figureWith(
      'Some 25 Taliban fighters were killed near Chaman. Talks opened in Doha. Trade stayed shut. Traders waited. Later, 15 more fighters were killed.',
      15,
    );
    expect(f?.subject).not.toBe('afghan-forces');
  });

  it('a side named in the further count wins over the group before it', () => {
    const f = figureWith(
      'Some 25 Taliban fighters were killed near Chaman. Another 4 Pakistani soldiers died there.',
      4,
    );
    expect(f?.subject).toBe('pakistani-forces');
  });
});

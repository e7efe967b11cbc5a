/**
 * A count named inside a frame of losses takes the frame's measure: "The victims included eight
 * …", "Of those, 16 were children", "casualties, 146 in total". Beside them, the same frames
 * around counts that are no losses, and determiners that only look like pointers. Every sentence
 * was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'victims included: members of a family are killed civilians',
    'Rockets fell on a village in Kunar. The victims included six members of one household.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'those wounded included',
    'Those wounded in Chaman included four schoolboys.',
    4,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
  [
    'the dead included',
    'The dead included two border guards, the ministry in Kabul said.',
    2,
    { measure: 'killed' },
  ],
  [
    'a partitive that opens the next sentence',
    'Pakistani jets killed 31 people in Paktika, the Taliban said. Of them, nine were children.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a partitive with "whom" in the same sentence',
    'Shelling wounded 22 Afghan villagers, of whom seven were women.',
    7,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'members in an aside between dashes',
    'The shell killed seven children \u2014 four boys and three girls \u2014 in Khost.',
    3,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'a count set after a loss noun, "in total"',
    'The clashes left heavy casualties, 88 in total, a hospital official said.',
    88,
    { measure: 'casualties' },
  ],
  [
    'a count set after a loss noun, with a partitive',
    'The raids caused many deaths, 14 of them in one village.',
    14,
    { measure: 'killed' },
  ],
];

describe('loss frames: the frame gives the measure', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a frame of things is no loss', () =>
    expect(figureWith('The convoy included 40 trucks of flour.', 40)?.measure).toBe('other'));

  it('a pointer that is a determiner makes no partitive', () =>
    expectFigure('Kabul asked for the bodies of those 12 soldiers.', 12, { measure: 'bodies' }));

  it('a comma after a loss noun before a count with its own noun', () =>
    expect(
      figureWith('There were no casualties, 3 residents told reporters.', 3)?.measure,
    ).not.toBe('casualties'));
});

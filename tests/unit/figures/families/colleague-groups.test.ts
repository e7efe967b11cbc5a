/** Family: "colleagues" counted beside a soldier or an officer are soldiers of the same side. */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a rank named before "along with … colleagues"',
    'Security officials said Captain Imran Khattak along with three other colleagues suffered gunshot wounds in unprovoked firing by Afghan soldiers.',
    3,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'a soldier and his colleagues',
    'A soldier and two of his colleagues were hurt when Afghan troops fired on the post near Chaman.',
    2,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
];

describe('family: colleagues of a soldier', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: colleagues of a teacher are no force', () => {
    const f = figureWith(
      'The teacher and three colleagues were wounded in the shelling of Chaman.',
      3,
    );
    expect(f?.subject).not.toBe('pakistani-forces');
  });
});

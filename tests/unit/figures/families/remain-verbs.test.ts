/**
 * "Remains" after a counted noun: the verb of a count that is still
 * missing, held or in hospital ("one soldier remains missing"), not the
 * dead's remains, which a possessive or "of" marks ("the soldiers' remains",
 * "the remains of 12 soldiers").
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const VERB: [string, number, Want][] = [
  ['One Pakistani soldier remains missing after the night clash.', 1, { measure: 'missing' }],
  [
    'Two Afghan border guards remain missing, the provincial spokesman said.',
    2,
    { measure: 'missing', subject: 'afghan-forces' },
  ],
  [
    'Three soldiers remained unaccounted for after the post fell, officials said.',
    3,
    { measure: 'missing' },
  ],
];

const NOUN: [string, number, Want][] = [
  ["Pakistan handed over nine soldiers' remains at Torkham.", 9, { measure: 'bodies' }],
  ['Pakistan handed over nine soldiers’ remains at Torkham.', 9, { measure: 'bodies' }],
  ['Afghan forces recovered the remains of 12 soldiers near the post.', 12, { measure: 'bodies' }],
];

describe('"remains" after a counted noun', () => {
  it.each(VERB)('is the verb: %s', (text, value, want) => expectFigure(text, value, want));
  it.each(NOUN)('is the noun after a possessive or "of": %s', (text, value, want) =>
    expectFigure(text, value, want),
  );
});

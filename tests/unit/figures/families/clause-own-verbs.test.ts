/**
 * Family: the measure comes from the count's own verb phrase. A count right after a harm verb is
 * that verb's object, whatever an aside and a later clause say; a count with a finite verb of its
 * own after it ("… have been driven from their homes") is not the object of a verb before it; a
 * hedged chain ("are still said to be missing", "were reported to have been killed") and a
 * partitive relative ("four of whom were also killed") reach the verb that counts.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'the object of a harm verb keeps it past an aside and a later clause',
    'Mortar fire killed eight villagers, including three boys, and 15 others were wounded in Kunar.',
    8,
    { measure: 'killed' },
  ],
  [
    'the later clause keeps its own verb',
    'Mortar fire killed eight villagers, including three boys, and 15 others were wounded in Kunar.',
    15,
    { measure: 'wounded' },
  ],
  [
    'a count with a clause of its own is not the object of the harm verb before it',
    'The agency said 40 civilians had been killed on the Afghan side, and as many as 25,000 people have been forced from their villages.',
    25000,
    { measure: 'other', subject: 'other' },
  ],
  [
    'a hedged chain still reaches "missing"',
    'Nine members of a household in Khost died, and three individuals are still believed to be missing.',
    3,
    { measure: 'missing' },
  ],
  [
    'a reported chain after an aside still reaches "killed"',
    'At least 12 villagers, among them women, were reported to have been killed in the night raids on Barmal.',
    12,
    { measure: 'killed' },
  ],
  [
    'a partitive relative takes the verb after "whom"',
    'The militants stormed a checkpost in Bajaur, six of whom were later killed by troops.',
    6,
    { measure: 'killed' },
  ],
];

describe('family: the count’s own verb phrase', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: a copula after a partitive names the kind, and the group’s verb still counts', () => {
    const f = figureWith('Shelling injured 19 Afghan villagers, of whom eight were children.', 8);
    expect(f?.measure).toBe('wounded');
  });

  it('negative: a clause of its own with a harm verb keeps that verb', () => {
    const f = figureWith(
      'Officials said 30 soldiers were killed, and about 60 people have been wounded in the town.',
      60,
    );
    expect(f?.measure).toBe('wounded');
  });

  it('negative: a count after a reporting verb takes the verb after it', () => {
    const f = figureWith('The army said 14 soldiers were martyred near the crossing.', 14);
    expect(f?.measure).toBe('killed');
  });
});

/** Family: the harm verb sits in, or after, a relative clause about the counted group, or in a noun before "of". */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a passive verb inside the relative clause',
    'The garrison buried 14 guards of the unit who were killed at dawn.',
    14,
    { measure: 'killed' },
  ],
  [
    'the main verb after a relative clause of its own',
    'Police said six gunmen who had planned a raid on the depot were killed in a strike.',
    6,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'an intransitive verb right after the pronoun',
    'Relatives mourned 7 villagers who died when shells hit the market.',
    7,
    { measure: 'killed' },
  ],
  [
    'a cue of several words right after the pronoun',
    'The ministry honoured 9 troops who laid down their lives at the crossing.',
    9,
    { measure: 'killed' },
  ],
  [
    'martyrdom before "of" fixes the measure',
    'The fighting ended with the martyrdom of 17 policemen on the frontier.',
    17,
    { measure: 'killed' },
  ],
];

describe('family: relative clauses and "martyrdom of"', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: an active verb after the pronoun makes the group the agent', () => {
    const f = figureWith('Officers praised 5 guards who killed two intruders at the gate.', 5);
    expect(f?.measure).toBe('other');
  });

  it('negative: a relative clause without a harm verb gives no measure', () => {
    const f = figureWith('The delegation met 12 elders who had travelled from the valley.', 12);
    expect(f?.measure).toBe('other');
  });

  it('negative: another noun before "of" is not a death', () => {
    const f = figureWith('The ceremony marked the promotion of 8 officers at the academy.', 8);
    expect(f?.measure).toBe('other');
  });
});

describe('family: "were reported killed"', () => {
  it('"reported" between the auxiliary and the harm verb', () =>
    expectFigure('Dozens of Taliban gunmen were reported killed near the pass.', 24, {
      measure: 'killed',
    }));

  it('negative: "reported" as the speaker\u2019s verb gives no harm', () => {
    const f = figureWith('Customs officials reported 30 trucks waiting at the crossing.', 30);
    expect(f?.measure).toBe('other');
  });
});

/**
 * Family: a speaker set inside a relative clause right before its harm verb ("strikes the Taliban
 * say killed …", "an attack which officials said killed …"): the speaker claims the count, the
 * clause's antecedent did the harm; and a capital that speaks ("Islamabad rejected …") is its
 * government, not the place where the harm was done.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a relative word before the speaker: the speaker inside the clause claims it',
    'Islamabad launched a raid which Afghan officials said killed 11 villagers in Khost.',
    11,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'a contact clause (no relative word) after a capital that speaks',
    'Islamabad dismissed anger over raids the Afghan Taliban say killed six children.',
    6,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'a non-restrictive clause: the antecedent before the comma is the agent',
    'The Taliban offensive, which the army said killed three soldiers, was beaten back.',
    3,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'the same from the other side',
    'The Pakistani shelling, which Kabul says killed eight soldiers, lasted all night.',
    8,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
];

describe('family: speakers inside relative clauses', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: a speaker whose clause runs on ("which runs the hospitals, said") is not cut at "which"', () => {
    const f = figureWith(
      'The Afghan health ministry, which runs the clinics, said 9 civilians were killed.',
      9,
    );
    expect(f?.claimant).toBe('afghanistan');
  });

  it('negative: a capital named as the place of the harm still places it', () => {
    const f = figureWith('Two blasts in Kabul killed 5 civilians on Friday.', 5);
    expect(f?.subject).toBe('afghan-civilians');
  });
});

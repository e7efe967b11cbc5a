/**
 * A country named after "with" or "against" a fight ("clashes with
 * Afghanistan", "its war against Pakistan") is the side fought, not the
 * place where the counted people were; a border "with" a country still
 * places them. Every sentence was written for this test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const ROWS: [string, string, number, Want][] = [
  [
    'soldiers a country reports killed in clashes with the other',
    'The army said 14 soldiers were killed in heavy border clashes with Afghanistan.',
    14,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'a war against the other country',
    'Kabul says 9 soldiers were killed in heavy fighting against Pakistan.',
    9,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'negative: a border with a country is still a place',
    'Six civilians were wounded in Kurram near the border with Afghanistan.',
    6,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
  [
    'negative: a place inside the country still decides',
    'Eleven civilians were killed in shelling in Afghanistan, officials in Kabul said.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
];

describe('opponent countries', () => {
  it.each(ROWS)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

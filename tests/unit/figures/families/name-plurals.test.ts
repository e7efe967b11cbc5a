/** Family: a plural some outlets give the movement's name ("Talibans") reads as the name itself. */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'the plural "Talibans" names the Afghan forces',
    'Officials in Islamabad said 150 Talibans were killed in the night fighting.',
    150,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a headline with the plural and no verb of its own',
    'Army says 40 Talibans dead, 9 soldiers martyred on the Kurram front',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
];

describe('family: plurals of the movement name', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: the Pakistani Taliban written as a plural stay militants', () => {
    const f = figureWith('Police said 14 Pakistani Talibans were killed in a raid in Bannu.', 14);
    expect(f?.subject).toBe('militants');
  });

  it('negative: a word that only starts like the name is not the name', () => {
    const f = figureWith('Police said 14 Talibanistas were arrested in a raid in Bannu.', 14);
    expect(f?.subject).not.toBe('afghan-forces');
  });
});

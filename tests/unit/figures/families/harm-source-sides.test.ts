/**
 * Family: civilians harmed "in a Pakistani mortar attack" or "by Afghan rocket fire" are the other
 * side's; a place in the count's own clause still places them first, and a place in a later clause
 * ("…, a claim Islamabad denied") no longer outranks the attack that hit them.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a nationality on the attack after the count, a capital in a later clause',
    'Residents said 64 civilians were hurt in a Pakistani artillery and rocket attack, a charge Islamabad denied.',
    64,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    '"during" an attack named by its side, a capital in a later clause',
    'Thirty civilians were hurt during an Afghan rocket attack, a claim Kabul rejected.',
    30,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
  [
    'shelling named by its side, no place at all',
    'Eighty civilians were hurt in Pakistani shelling.',
    80,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
];

describe('family: the attack a harm came from', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: a place in the count’s own clause still places them', () => {
    const f = figureWith(
      'Eleven civilians were hurt in Chaman by shelling from across the line.',
      11,
    );
    expect(f?.subject).toBe('pakistani-civilians');
  });

  it('negative: an attack by the Pakistani Taliban is no attack by Pakistan', () => {
    const f = figureWith('Nine civilians were killed in a Pakistani Taliban attack on a bus.', 9);
    expect(f?.subject).not.toBe('afghan-civilians');
  });
});

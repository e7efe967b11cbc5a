/**
 * Family 2: generic "militants" whose own clause says they fell in a fight with the Afghan
 * forces ("… killed in clashes with Afghan forces") are the Afghan forces, as Pakistan's tallies
 * count them; a named group, or a truce rather than a fight, keeps them militants.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const CASES: [string, string, number, Want][] = [
  [
    'a headline count killed in clashes with the Afghan forces',
    '12 soldiers martyred, over 150 militants killed in heavy border fighting with Afghan troops',
    150,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'negative: a fight with a named militant group keeps them militants',
    'The army said 40 militants died in gunfights with TTP fighters near the Afghan border.',
    40,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'negative: a truce with the Afghan forces is no fight',
    'Troops killed 30 militants in Bannu amid a truce with the Afghan Taliban.',
    30,
    { measure: 'killed', subject: 'militants' },
  ],
];

describe('family 2: militants fought with the Afghan forces', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

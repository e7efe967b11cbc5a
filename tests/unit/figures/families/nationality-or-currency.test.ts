/**
 * "Afghani" names both the currency and the nationality: before a noun it is
 * the nationality ("40 Afghani soldiers"), alone or before words of price it
 * is money. Every sentence was written for this test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const CASES: [string, string, number, Want][] = [
  [
    '"Afghani" before a group noun is the nationality',
    'A Pakistani channel claimed the army killed 40 Afghani soldiers at the border.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'negative: "afghani" after a price is money',
    'Flour sold for 90 afghani per kilo in Kandahar.',
    90,
    { measure: 'other', subject: 'other' },
  ],
  [
    'negative: "Afghani" at the end of a sentence is money',
    'A night in the border inn costs 600 Afghani.',
    600,
    { measure: 'other', subject: 'other' },
  ],
];

describe('Afghani: nationality or currency', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

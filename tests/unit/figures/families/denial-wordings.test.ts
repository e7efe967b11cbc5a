/**
 * Family: the words by which a party denies the other's count. The denied count is the other
 * party's claim; the count the denier gives instead is the denier's own. Every sentence was
 * written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const CASES: [string, string, number, Want][] = [
  [
    '"rubbished" a count: the count is the other party’s claim',
    'Kabul’s ambassador rubbished claims that Pakistani troops had killed 40 Afghan border guards, saying three guards died.',
    40,
    { claimant: 'pakistan' },
  ],
  [
    'the denier’s own count after "rubbished" is the denier’s',
    'Kabul’s ambassador rubbished claims that Pakistani troops had killed 40 Afghan border guards, saying three guards died.',
    3,
    { claimant: 'afghanistan' },
  ],
  [
    'negative: a count the speaker simply reports is the speaker’s own',
    'Kabul’s ambassador said that Pakistani troops had killed 40 Afghan border guards.',
    40,
    { claimant: 'afghanistan' },
  ],
];

describe('family: denial wordings', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

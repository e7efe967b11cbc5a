/**
 * Counts of people displaced by the fighting are `other` figures: a vague
 * count as the object of a verb ("displacing hundreds", "evacuated dozens")
 * is a count even with no noun after it, and the UN's migration agency
 * speaks as the UN under its full name too. Beside them, a vague word after
 * a preposition with no noun counts nothing. Every sentence was written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a bare count after "displaced", following a loss with its own verb',
    'The raids on Khost killed 37 villagers and displaced about 6,000, the provincial office said.',
    6000,
    { measure: 'other', qualifier: 'about' },
  ],
  [
    'a count whose only word is "displaced", after a passive loss',
    'Forty-one shopkeepers were killed and nearly 8,000 displaced when shells hit the bazaar.',
    8000,
    { measure: 'other', qualifier: 'about' },
  ],
  [
    'a title-case headline of a loss and a displacement',
    '210 Villagers Killed, Over 50,000 Displaced: UN Mission',
    50000,
    { measure: 'other', qualifier: 'more-than' },
  ],
  [
    'a vague count as the object of "displacing"',
    'Kabul said the shelling hit two villages in Kunar, displacing hundreds.',
    200,
    { measure: 'other', qualifier: 'vague', upper: 999 },
  ],
  [
    'a vague count as the object of "evacuated"',
    'Police in Chaman evacuated dozens as mortar rounds fell near the market.',
    24,
    { measure: 'other', qualifier: 'vague', upper: 99 },
  ],
  [
    'the migration agency under its full name speaks as the UN',
    'The International Organization for Migration said the fighting had displaced more than 40,000 people.',
    40000,
    { measure: 'other', claimant: 'un' },
  ],
  [
    'the British spelling of the agency',
    'The International Organisation for Migration said 9,000 families had crossed into Afghanistan.',
    9000,
    { measure: 'other', claimant: 'un' },
  ],
  [
    '"the UN migration agency"',
    'About 15,000 people have fled their homes, the UN migration agency said.',
    15000,
    { measure: 'other', claimant: 'un' },
  ],
];

describe('an elliptical count of sites still shares the noun', () => {
  it('negative: "seized 12 posts and later abandoned 5" counts posts', () => {
    expectFigure('Afghan fighters seized 12 posts and later abandoned 5.', 5, { measure: 'posts' });
  });
});

const NOT_FIGURES: [string, string][] = [
  [
    'negative: "several" after a preposition counts nothing',
    'The crossing stayed shut for several, traders said.',
  ],
  [
    'negative: "dozens" after "including" with no noun',
    'Officials named the victims, including dozens.',
  ],
];

describe('counts of the displaced', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NOT_FIGURES)('%s', (_name, text) => {
    expect(extractFigures(text).filter((f) => f.qualifier === 'vague')).toEqual([]);
  });
});

/**
 * Family: forms a speaker takes in briefs and quoted tweets. A place in title
 * case before a colon is a dateline ("Kabul: …"), not the speaker of the
 * sentence it opens; newspapers in the plural are the press (`other`), even
 * when a party's name qualifies them; reporting verbs in the present tense
 * ("while Islamabad asserts", "Kabul condemns") report like their past forms;
 * "the Afghan side", a state's consulate or embassy and the UN's "de facto
 * authorities" speak for their side.
 * Beside each, a sentence of the same shape whose speaker stays another.
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a title-case dateline does not speak; the country after it does',
    'Islamabad: Afghanistan on Monday rejected reports of a Pakistani force claiming 40 kills, saying only three Afghan soldiers had been hurt.',
    3,
    { measure: 'wounded', claimant: 'afghanistan' },
  ],
  [
    'the same with the other capital filing',
    'Islamabad: The Taliban government said 14 of its fighters were killed near Chaman.',
    14,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'newspapers in the plural are the press, whoever they belong to',
    '\u201cThe Afghan papers all say Kabul killed 70 Pakistani troops,\u201d the envoy wrote, mocking the reports.',
    70,
    { claimant: 'other' },
  ],
  [
    'a present-tense "asserts" after "while"',
    'The Taliban claim 40 Pakistani deaths, while Islamabad asserts it has seized 17 Afghan posts.',
    17,
    { measure: 'posts', claimant: 'pakistan' },
  ],
  [
    'a present-tense "condemns" in a headline-like sentence',
    'Kabul condemns Pakistani shelling that killed nine civilians in Kunar.',
    9,
    { claimant: 'afghanistan' },
  ],
  [
    '"the Afghan side" speaks for Afghanistan',
    'The Afghan side said 33 Pakistani soldiers died in the night fighting.',
    33,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'a consulate speaks for the state that sent it, not the city it sits in',
    'The Pakistani consulate in Jalalabad said 19 Pakistani traders were held.',
    19,
    { claimant: 'pakistan' },
  ],
  [
    '"the de facto authorities" are the Taliban government',
    'The de facto authorities said 27 civilians were killed in the raids on Paktika.',
    27,
    { claimant: 'afghanistan', claimantName: 'The de facto authorities' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a source before a colon is no dateline: it still speaks',
    'UNAMA: 41 civilians were hurt in the shelling of Spin Boldak.',
    41,
    { claimant: 'un' },
  ],
  [
    'a country before a colon in a headline does not speak for it',
    'Afghanistan: 12 civilians killed in night raids',
    12,
    { claimant: null },
  ],
  [
    'a single newspaper named as a party\u2019s own outlet is still the press',
    'A state-run paper said 25 fighters were killed.',
    25,
    { claimant: 'other' },
  ],
  [
    '"asserts" with no speaker before it leaves the count the outlet\u2019s',
    'The deal asserts a 48-hour pause along the border.',
    48,
    { claimant: null },
  ],
  [
    '"both sides" name no one side',
    'Both sides said 12 people were killed in the exchange of fire.',
    12,
    { claimant: null },
  ],
  [
    'another country\u2019s embassy is a third party',
    'The Chinese embassy in Islamabad said 3 of its nationals were hurt.',
    3,
    { claimant: 'other' },
  ],
];

describe('family: speaker forms in briefs, datelines and quoted tweets', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Family: sources that reach a count through what they issued or how they are
 * named later. A document speaks for whoever issued it ("a press release
 * issued by the ISPR", "a statement from the ministry"), also after the verb
 * and past a long hyphened name; an acronym introduced in brackets keeps
 * naming its body when an article comes before it ("the ACB said"); an
 * account noun before "indicate" or "suggest" reports even without "that"
 * ("early reports indicate a high toll, with …"); the UN's own agencies (IOM,
 * UNICEF, WFP) speak as the UN. Beside each, a sentence of the same shape
 * where nobody, or somebody else, speaks. Every sentence was written for this
 * table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a press release after the verb speaks for its issuer',
    '\u201cNine intruders were killed at the two posts,\u201d says a press release issued by Pakistan\u2019s Inter-Services Public Relations.',
    9,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'a statement issued by a party, after the verb, with no acronym',
    '\u201cFour of our soldiers were martyred,\u201d said a statement issued by the army.',
    4,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'a news release from a ministry before the verb',
    'A news release from the Afghan defence ministry said 16 Pakistani soldiers died in the raid.',
    16,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'an acronym with an article names the body introduced before it, in a later paragraph',
    'Kabul accused Islamabad of new raids. The Afghan Football Federation (AFF) said its players were hit.\n\n\u201cFour players and two coaches lost their lives,\u201d the AFF said in a post.',
    4,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'an acronym of a UN body introduced in brackets keeps speaking as the UN',
    'The World Health Organization (WHO) counted the wounded in Kunar. \u201cWe treated 85 injured people,\u201d the WHO said.',
    85,
    { measure: 'wounded', claimant: 'un' },
  ],
  [
    '"reports indicate that" is an unnamed account',
    'The offensive went on for a third night. Reports indicate that 140 fighters have been killed so far.',
    140,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    '"early reports indicate" a toll with no "that": the counts inside it are the account\u2019s',
    'Early reports indicate a grim toll, with more than 150 casualties, at least 40 of them dead.',
    150,
    { measure: 'casualties', claimant: 'other' },
  ],
  [
    'residents\u2019 accounts that "indicate" a count',
    'Accounts from villagers indicate that one household lost 11 members in the raid.',
    11,
    { claimant: 'other' },
  ],
  [
    'the UN migration agency speaks as the UN',
    'The International Organization for Migration says the shelling has driven more than 40,000 people from their homes.',
    40000,
    { claimant: 'un' },
  ],
  [
    'the UN children\u2019s agency by its acronym',
    'UNICEF said at least 12 children were among the dead in the strikes.',
    12,
    { claimant: 'un' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'an unknown acronym with an article names no one: the outlet\u2019s own count',
    '\u201cSeven houses were flattened,\u201d the PDQ said.',
    7,
    { claimant: null },
  ],
  [
    'a statement about a release (of prisoners) is no document issued by anyone',
    'Twelve guards were freed on Monday in a release brokered by Qatari mediators.',
    12,
    { claimant: null },
  ],
  [
    '"indicate" after a noun that is no account does not report',
    'Craters near the gate indicate where 30 shells landed overnight.',
    30,
    { claimant: null },
  ],
  [
    '"indicate" with a party as subject and no "that" stays a plain verb',
    'Satellite images indicate heavy damage at three Pakistani posts.',
    3,
    { claimant: null },
  ],
  [
    'a party\u2019s own reports still belong to the party',
    'Afghan reports indicate that 26 Pakistani soldiers were killed.',
    26,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'a document from a third party is the third party\u2019s, not the side that fired',
    'A statement from tribal elders in Kurram said Pakistani shelling burned 14 houses.',
    14,
    { claimant: 'other' },
  ],
];

describe('family: sources through what they issued and how they are named later', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

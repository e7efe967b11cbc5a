/**
 * A harm verb reaching its count past what real copy puts between them: a
 * count quoted from its source ('killed "at least 12" people'), an aside
 * between the auxiliary and its participle ("were, the army said, killed"),
 * and wordings of martyrdom and of hospital care ("attained martyrdom",
 * "are receiving treatment", "remain in hospital"). Every sentence was
 * written for this test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a quoted count after its verb',
    'The Taliban said the raid killed "at least 17" fighters of the other side.',
    17,
    { measure: 'killed', qualifier: 'at-least' },
  ],
  [
    'a quoted count after "wounded"',
    'Officials said the blast wounded “nine” passers-by near the gate.',
    9,
    { measure: 'wounded' },
  ],
  [
    'an attribution aside between auxiliary and participle',
    'Fourteen soldiers were, according to the army, martyred in the ambush.',
    14,
    { measure: 'killed' },
  ],
  [
    'a phrase aside between auxiliary and participle',
    'Six guards were, by the evening, confirmed dead at the post.',
    6,
    { measure: 'killed' },
  ],
  [
    '"attained martyrdom"',
    'The statement said eight soldiers attained martyrdom while repulsing the raid.',
    8,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'people receiving treatment are the wounded',
    'Doctors said 21 villagers were receiving treatment after the shelling.',
    21,
    { measure: 'wounded' },
  ],
  [
    'people being treated at a hospital are the wounded',
    'Health officials said 13 children were being treated at the district hospital.',
    13,
    { measure: 'wounded' },
  ],
  [
    'people who remain in hospital are the wounded',
    'Police said four officers remain in hospital after the mortar attack.',
    4,
    { measure: 'wounded' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'negative: people treated badly are not wounded',
    'Traders said 40 drivers were being treated badly at the crossing.',
    40,
    { measure: 'other' },
  ],
  [
    'negative: an aside after the auxiliary with no harm verb after it',
    'Nine traders were, as usual, waiting at the gate.',
    9,
    { measure: 'other' },
  ],
  [
    'negative: a quoted count with no harm verb before it',
    'The minister said "at least 30" lorries crossed on Monday.',
    30,
    { measure: 'other' },
  ],
];

describe('harm verbs reach their count past quotes, asides and care wordings', () => {
  it.each([...POSITIVES, ...NEGATIVES])('%s', (_name, text, value, want) =>
    expectFigure(text, value, want),
  );
});

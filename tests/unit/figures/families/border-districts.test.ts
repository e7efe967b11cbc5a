/**
 * Family: civilians placed by the district or town they were hit in. Copy
 * often names only a border district or town, not its province or country
 * ("shells landed in Dangam", "a drone hit a house in Mir Ali"); the
 * gazetteer knows the districts and towns along the border on both sides,
 * spelled as copy spells them. A place it does not know places nothing.
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a Kunar district',
    'Rockets fired across the border struck homes in Dangam overnight, killing five civilians.',
    5,
    { subject: 'afghan-civilians' },
  ],
  [
    'a Nangarhar district',
    'An air raid on a village in Khogyani left 13 civilians dead.',
    13,
    { subject: 'afghan-civilians' },
  ],
  [
    'a Paktika district, spelled as some copy spells it',
    'The bombs hit two houses in Bermal, killing nine civilians.',
    9,
    { subject: 'afghan-civilians' },
  ],
  [
    'a town in Waziristan',
    'Mortar rounds fired across the border landed in Mir Ali, wounding six civilians.',
    6,
    { subject: 'pakistani-civilians' },
  ],
  [
    'a Balochistan border district',
    'Shells fired from across the border hit a bazaar in Qilla Abdullah, killing four civilians.',
    4,
    { subject: 'pakistani-civilians' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a place the gazetteer does not know places nothing',
    'Rockets fired across the border struck homes in Gulbahar overnight, killing five civilians.',
    5,
    { subject: 'civilians' },
  ],
];

describe('family: civilians placed by a border district or town', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

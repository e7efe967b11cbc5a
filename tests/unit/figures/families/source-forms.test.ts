/**
 * Family: forms in which a source is named. A dotted acronym before the verb
 * ("the U.N. said") is the speaker, not a sentence break; a bracketed source
 * of figures closing a sentence ("(UNHCR data)") attributes its counts; an
 * aid group or charity speaks as a third party whatever nationality its
 * staff carry; protesting or condemning a killing gives the protester's
 * account of its toll; "adding to" a sum is no report; "claims by X that …"
 * are X's. Every sentence was written
 * for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a late "as reported by X"',
    'The October fighting left more than 60 people dead, as reported by the United Nations.',
    60,
    { claimant: 'un' },
  ],
  [
    'a late "as confirmed by X"',
    'Nine soldiers were killed in the ambush, as confirmed by the ISPR on Monday.',
    9,
    { claimant: 'pakistan' },
  ],
  [
    'a claim noun with "by X that"',
    'Islamabad rejected claims by the Taliban spokesman that its shells had killed 11 villagers.',
    11,
    { claimant: 'afghanistan' },
  ],
  [
    'an assertion by the military that …',
    'It came after an assertion by the ISPR that 35 militants had been killed in Kurram.',
    35,
    { claimant: 'pakistan' },
  ],
  [
    'a dotted acronym before the verb',
    'The U.N. said on Tuesday that some 60,000 people had fled the border districts.',
    60000,
    { claimant: 'un' },
  ],
  [
    'a dotted acronym after the count',
    'Shelling forced 3,500 families from their homes, the U.N. said.',
    3500,
    { claimant: 'un' },
  ],
  [
    'a bracketed source of figures closing a bullet',
    '- Refugees: 48,000 crossed into Pakistan in the first week (UNHCR figures).',
    48000,
    { claimant: 'un' },
  ],
  [
    'a bracketed party source closing a sentence',
    'About 2,300 homes were damaged in Kunar and Nangarhar (Afghan government data).',
    2300,
    { claimant: 'afghanistan' },
  ],
  [
    'an aid group’s local director speaks for the aid group',
    'Farid Noori, Afghan head of a Norwegian NGO, said his clinic treated 31 wounded children.',
    31,
    { claimant: 'other' },
  ],
  [
    'protesting a killing gives the protester’s account of it',
    'The foreign ministry in Islamabad protested the deaths of four of its border guards to the Afghan envoy.',
    4,
    { claimant: 'pakistan' },
  ],
  [
    'condemning a strike that killed a number',
    'The Taliban government condemned the air raid that killed 16 villagers in Paktika.',
    16,
    { claimant: 'afghanistan' },
  ],
  [
    'the short form of a country’s name owns its claims',
    'Afghanistan rejects Pak’s claims of killing 40 Taliban fighters',
    40,
    { claimant: 'pakistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a bracketed year is no source',
    'Some 700 homes were damaged in the valley (2019 data).',
    700,
    { claimant: null },
  ],
  [
    '"adding to" a sum is not "adding that"',
    'The new fighting uprooted 9,000 families, adding to Afghanistan’s long list of displaced.',
    9000,
    { claimant: null },
  ],
  [
    'a condemnation as a noun speaks for no one',
    'The condemnation came after shelling wounded 23 people in Kurram.',
    23,
    { claimant: null },
  ],
  [
    'the short form in a compound names no speaker',
    'Pak-Afghan trade fell to 30 lorries a day at the crossing.',
    30,
    { claimant: null },
  ],
  [
    'a bracketed place is no source',
    'Strikes hit 14 villages near the border (Paktika).',
    14,
    { claimant: null },
  ],
];

describe('family: forms in which a source is named', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

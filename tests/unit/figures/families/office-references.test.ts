/**
 * Family: an office taken up again. "…, the Ministry of Defence said. /
 * …, a statement from the ministry said": a later reference by the same noun
 * is the speaker named before, even in the next paragraph, whatever side the
 * new sentence names as acting. A nationality that owns an attack ("a
 * Pakistani incursion into Kandahar") names the attacker, not the party whose
 * unnamed officials tell of it. A possessive before "claim" makes it a noun
 * ("rejected Pakistan's claim"): its owner does not become the speaker a
 * later office holder refers to, but still speaks for the content right after
 * it ("Pakistan's claim that it killed 70"). An office holder of a body whose
 * acronym the text introduced ("AFF spokesman …") speaks for that body; unnamed
 * authorities with no party named near them take the place the paragraph
 * names, and so does a source in a provincial or district office. Beside each, sentences where the reference is to someone else.
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a statement from "the ministry" in the next paragraph is the ministry named before',
    'KANDAHAR: Scores were hurt during a Pakistani incursion into Spin Boldak district, the Ministry of Defence said on Friday.\n\nPakistani troops shelled the district overnight, killing 11 civilians, a statement from the ministry said.',
    11,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'an attack owned by a nationality does not place the officials who tell of it',
    'Shelling hit homes in Spin Boldak overnight. At least 40 people were wounded in the Pakistani incursion, the authorities said.',
    40,
    { measure: 'wounded', claimant: 'afghanistan' },
  ],
  [
    'an office holder of a body whose acronym the text introduced speaks for the body',
    'The Afghan Football Federation (AFF) mourned its players.\n\nA news agency quoted AFF spokesman Ahmad Noori as saying that six footballers were killed in Khost.',
    6,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'a source in a provincial office is placed where the events are',
    'The toll in Paktika rose to 31, a source in the provincial health department told a news agency.',
    31,
    { claimant: 'afghanistan' },
  ],
  [
    'a possessive "claim" does not make its owner the speaker taken up next',
    'The Taliban defence ministry in Kabul rejected Islamabad\u2019s claim. A ministry spokesman said Afghan forces repelled Pakistani raids, killing five Pakistani soldiers.',
    5,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'the owner of a claim speaks for the content right after it',
    'The new fighting follows Pakistan\u2019s claim that it killed 70 fighters in raids last week.',
    70,
    { measure: 'killed', claimant: 'pakistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a reference by another noun does not take up the ministry',
    'KANDAHAR: Scores were hurt in a Pakistani incursion, the Ministry of Defence said.\n\nPakistani troops killed 11 fighters, the Pakistani military said.',
    11,
    { claimant: 'pakistan' },
  ],
  [
    'a nationality that owns the forces that speak still places them',
    'Pakistani security officials said 16 attackers were killed near the crossing.',
    16,
    { claimant: 'pakistan' },
  ],
  [
    'an office holder with an acronym never introduced is placed as before',
    'Shelling hit Chaman overnight. Nine soldiers were wounded, the FC spokesman said.',
    9,
    { claimant: 'pakistan' },
  ],
  [
    'an unplaced source keeps the usual reading of unnamed sources',
    'Eight attackers were killed near the crossing, a source said.',
    8,
    { claimant: 'pakistan' },
  ],
  [
    'a possessive "report" with nothing after it reports nothing',
    'Kabul dismissed the army\u2019s report as propaganda. Eleven people died in the raids, residents said.',
    11,
    { claimant: 'other' },
  ],
];

describe('family: offices taken up again, and claims owned by a possessive', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

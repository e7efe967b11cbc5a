/**
 * Family: how far a speaker carries into the sentences after it, and what
 * stops it. A party's statement runs on into the next sentence of its
 * paragraph; a denial that names no count of its own ("Kabul denied this")
 * does not hand the outlet's next sentence to anyone. A headline or bullet
 * that restates a count the body attributes takes the body's claimant; a
 * full body sentence that tells the same count stays the outlet's own.
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a role holder named in passing is the "he" of the next paragraph',
    'A spokesman for the Paktika governor, Hamid Noori, linked the firing to new posts.\n\nHe said two border guards were killed.',
    2,
    { claimant: 'afghanistan', claimantName: 'Hamid Noori' },
  ],
  [
    'a party’s statement runs on into the next sentence of its paragraph',
    'The military said its troops had repulsed the raid. Eleven attackers were killed near the fence.',
    11,
    { claimant: 'pakistan' },
  ],
  [
    'a denial of a count: the count is the other party’s claim',
    'Mujahid denied that 40 Afghan fighters had been killed in the raids.',
    40,
    { claimant: 'pakistan' },
  ],
  [
    'a bullet restating a count the body attributes',
    '\u2022 31 Pakistani soldiers killed in the night raids\n\nThe army said 31 Pakistani soldiers were killed in the night raids.',
    31,
    { claimant: 'pakistan' },
  ],
  [
    'a one-sentence opening paragraph (a standfirst) restating a count the body attributes',
    'Pakistani troops seize 17 Afghan posts in overnight fighting.\n\nThe military said its troops had seized 17 Afghan posts overnight.',
    17,
    { claimant: 'pakistan' },
  ],
  [
    '"according to him" refers back like "he said"',
    'Zabihullah Mujahid spoke in Kabul on Sunday. According to him, 12 Pakistani soldiers died in Kurram.',
    12,
    { claimant: 'afghanistan', claimantName: 'Zabihullah Mujahid' },
  ],
  [
    'a pronoun speaker takes its antecedent, not the side of a place named beside it',
    'Zabihullah Mujahid spoke in Kabul on Sunday. In Kurram, he said, 15 Pakistani soldiers died.',
    15,
    { claimant: 'afghanistan' },
  ],
  [
    'a sentence between a statement and a pronoun that takes its speaker up again',
    'The operation was a success, the army spokesman said late on Thursday.\n\nMore than 90 fighters were wounded and 41 of them died. According to him, six camps were razed.',
    41,
    { claimant: 'pakistan' },
  ],
  [
    '"he said" with no one to refer back to takes the side of the places around it, unnamed',
    'The tribal agent blamed the border guards. Talking to reporters, he said shells fired at a post near Angoor Adda wounded 3 soldiers.',
    3,
    { claimant: 'pakistan', claimantName: null },
  ],
  [
    '"he" is the nearer antecedent: an official who spoke after a resident',
    'Karim, a shopkeeper in the town, said the shells came at night. A second raid hit Khost, another Afghan government official said. "Pakistani jets struck six villages," he said.',
    6,
    { claimant: 'afghanistan', claimantName: 'Afghan government official' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a time phrase before a role is no name',
    'On Friday Morning, spokesman for the Kunar governor, visited the crossing.\n\nHe said two guards were killed.',
    2,
    { claimantName: null },
  ],
  [
    'a role with no side gives its holder none',
    'A spokesman for the trade body, Hamid Noori, linked the closure to new posts.\n\nHe said two drivers were hurt.',
    2,
    { claimant: null },
  ],
  [
    'a denial with no count does not carry into the outlet’s next sentence',
    'Islamabad accuses Kabul of sheltering militants. Kabul has denied this. Pakistani jets struck Khost overnight, killing 9 people.',
    9,
    { claimant: null },
  ],
  [
    'a rejected charge does not carry into the outlet’s next sentence',
    'The Taliban rejected the accusation outright. Shelling later hit a market in Kurram, wounding 16 people.',
    16,
    { claimant: null },
  ],
  [
    'the outlet’s own full sentence keeps its count even when a party repeats the number',
    'The strike came before dawn. Pakistani jets hit a market in Khost, killing 12 people.\n\nAfghan officials said 12 people had died in the strike.',
    12,
    { claimant: null },
  ],
  [
    '"according to them" with no one named before names no one',
    'According to them, 18 homes were destroyed in Kurram.',
    18,
    { claimant: null, claimantName: null },
  ],
  [
    'no bridge when the pronoun sentence stands in another paragraph',
    'The operation was a success, the army spokesman said late on Thursday.\n\nMore than 90 fighters were wounded and 41 of them died.\n\nAccording to him, six camps were razed.',
    41,
    { claimant: null },
  ],
  [
    'no bridge over a sentence about another episode',
    'The operation was a success, the army spokesman said late on Thursday.\n\nA similar raid last year killed 41 fighters. He said six camps were razed.',
    41,
    { claimant: null },
  ],
  [
    '"two days later": the outlet moves on in time, the speaker does not carry',
    'The army said its posts came under fire near Chaman on Friday. Two days later, Afghan fighters stormed 6 Pakistani posts in Kurram.',
    6,
    { claimant: null },
  ],
  [
    '"the next day": the same',
    'Kabul said its forces were on alert along the frontier. The next day, jets struck 11 compounds in Khost.',
    11,
    { claimant: null },
  ],
  [
    '"he" after a resident who spoke last stays the resident’s',
    'Another Afghan government official said the raid began at dawn. Karim, a shopkeeper in the town, said the shells came at night. "Eight shops burned," he said.',
    8,
    { claimant: 'other' },
  ],
];

describe('family: how far a speaker carries', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

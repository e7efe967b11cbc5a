/**
 * Whose a possessive or a loss verb makes a count: "its troops killed 40 of their fighters" (the
 * agent's enemy), "our soldiers" (the speaker's own), "the Taliban lost nine" after a count of the
 * other side (the side that lost them), "their soldiers" inside a speaker's quoted words (never
 * the speaker's: the group named before it, else its enemy). Beside them, possessives with no
 * agent, which stay the speaker's. Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"their" beside the speaker’s troops as agent is the enemy',
    'The ISPR said its soldiers killed 35 of their fighters near the crossing.',
    35,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    '"their" beside a named force as agent',
    'Mujahid said Taliban units killed 14 of their troops overnight.',
    14,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a side that lost a bare count after the other side’s count',
    'Islamabad lost 17 soldiers; the Taliban lost six, officials said.',
    6,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a side that lost a bare count in a "while" clause',
    'The army said 19 soldiers died, while the Afghan side lost eight.',
    8,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    '"their" in a speaker’s own quoted words is the group named before it',
    '“Four Afghan border posts were flattened and 30 of their soldiers died,” the Pakistani brigadier said.',
    30,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    '"their" in a speaker’s own quoted words, no group named: the speaker’s enemy',
    '"The raid failed and 18 of their soldiers were killed," a Taliban commander told reporters.',
    18,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    '"its" with no agent is the speaker’s own',
    'The army said 12 of its soldiers were killed.',
    12,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    '"their" in reported speech, outside quotation marks, is the speaker’s own',
    'The Taliban said they lost 14 of their fighters in the fighting.',
    14,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    '"our" is the speaker’s own even beside an agent',
    'Mujahid said Pakistani jets killed 7 of our fighters.',
    7,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a bare count after the same side’s count keeps its side',
    'Pakistan lost 23 soldiers and 11 more on Monday.',
    11,
    { subject: 'pakistani-forces' },
  ],
];

describe('possessives and loss verbs: whose the count is', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

describe('security officials are a force', () => {
  it('"security officials" of a named side are its forces', () =>
    expectFigure('Three Afghan security officials were wounded in the shelling.', 3, {
      measure: 'wounded',
      subject: 'afghan-forces',
    }));

  it('officials with no "security" are not read as a force', () =>
    expect(
      figureWith('Three Pakistani officials were wounded in the shelling.', 3)?.subject,
    ).not.toMatch(/forces/));
});

describe('members of a household', () => {
  it('"family members" are civilians, not a force', () =>
    expectFigure('Shelling on a house in Kunar killed 11 family members.', 11, {
      measure: 'killed',
      subject: 'afghan-civilians',
    }));

  it('"members" of a force stay the force', () =>
    expectFigure('Shelling on a post in Kunar killed 11 Afghan force members.', 11, {
      measure: 'killed',
      subject: 'afghan-forces',
    }));
});

/**
 * Families: soldiers counted after one army's soldiers in the same sentence are that army's (the
 * other side named in between is who they fought); a speaker introduced by role and name
 * ("spokesperson Randhir Jaiswal") is the one a later bare surname refers to; a dotted acronym
 * before a reporting verb is its subject ("the U.N. reported on Friday").
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    "a soldier missing after a count of the speaker's own soldiers, the enemy named between",
    "Pakistan's military announced on Saturday that 8 of its men were killed and 19 others wounded in continuing frontier clashes with Afghan forces, with one soldier still missing.",
    1,
    { subject: 'pakistani-forces' },
  ],
  [
    'a wounded soldier after a count of the other army’s soldiers',
    'Kabul said 22 Afghan soldiers were killed in the clashes with Pakistani troops, while one soldier was hurt by a landmine.',
    1,
    { subject: 'afghan-forces' },
  ],
  [
    'a bare surname after its holder was named by role',
    "Japan's deputy foreign minister Kenji Sato said on Monday that the shelling was unacceptable. Sato said the raids killed 14 civilians in Khost.",
    14,
    { claimant: 'other', claimantName: "Japan's deputy foreign minister Kenji Sato" },
  ],
  [
    'a dotted acronym reporting after the count, with a day after the verb',
    'Shelling along the frontier has forced 40,000 people from their homes, the U.N. reported on Sunday.',
    40000,
    { claimant: 'un' },
  ],
  [
    'a dotted acronym reporting in the sentence before, the count told in the next',
    'Clashes spread to three more districts, the U.N. reported on Sunday. The fighting has forced 40,000 people from their homes.',
    40000,
    { claimant: 'un' },
  ],
];

describe('families: same army, named holders, dotted reporters', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: soldiers after a count of the other side’s fighters are the other army', () => {
    const f = figureWith(
      'The army said 120 Taliban fighters were killed in its response and 11 soldiers lost their lives.',
      11,
    );
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('negative: a surname never introduced by a role stays unplaced', () => {
    const f = figureWith(
      'The shelling was condemned widely on Monday. Sato said the raids killed 14 civilians in Khost.',
      14,
    );
    expect(f?.claimant).toBeNull();
  });

  it('negative: "reported deaths" after a full stop is a noun phrase, not a verb', () => {
    const f = figureWith(
      'Clashes spread to three more districts. Reported deaths rose to 30 on Sunday.',
      30,
    );
    expect(f?.claimant).toBeNull();
  });
});

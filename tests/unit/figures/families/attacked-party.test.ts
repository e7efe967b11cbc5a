/**
 * Family 2 (continued): soldiers of no stated side, counted in a paragraph
 * about an attack, belong to the attacked side: the side named in what was
 * attacked, else the side opposite the attacker. Fighters may be the
 * attackers themselves, so they are not read this way. Every sentence was
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'the object of the attack the sentence before describes',
    'Taliban units overran a Pakistani checkpoint near Torkham before dawn. 17 soldiers were killed, Kabul said.',
    17,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'an attack noun with "on" and its object',
    'Pakistani jets carried out an assault on Afghan border positions in Paktika.\nEleven soldiers died, a Taliban spokesman said.',
    11,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'the side opposite the attacker when the object names none',
    'Afghan forces attacked the post at night. Eight troops were wounded, a provincial official said.',
    8,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'a passive attack with its agent after "by"',
    'The checkpoint was raided by Afghan forces. Four soldiers were killed, the spokesman for the Islamic Emirate said.',
    4,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    "fighters of no side in Pakistan's account are the other side's",
    'Clashes went on through the night. About 45 fighters were killed, the military said.',
    45,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
];

describe('family 2: the attacked party', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('fighters are not read as the attacked side', () => {
    const f = figureWith(
      'Taliban units stormed a Pakistani post on Sunday. 40 fighters were killed, the ISPR said.',
      40,
    );
    expect(f?.subject).not.toBe('pakistani-forces');
  });

  it('an attack in an earlier paragraph does not reach a new one', () => {
    const f = figureWith(
      'Taliban units stormed a Pakistani post on Sunday.\n\nIn Kabul, the defence ministry said 12 soldiers were killed.',
      12,
    );
    expect(f?.subject).toBe('afghan-forces');
  });

  it("the count's own nationality outranks the attack", () => {
    const f = figureWith(
      'Taliban units stormed a Pakistani post on Sunday. 9 Afghan soldiers were killed, the ISPR said.',
      9,
    );
    expect(f?.subject).toBe('afghan-forces');
  });
});

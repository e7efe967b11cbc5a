/**
 * Whose losses and what kind of count: a party that kills the enemy's men
 * and then "loses" some has lost its own; attackers a nationality names are
 * that state's forces whatever forces the sentence names first; "combatants"
 * in a party's tally are the other side's or militants, never its own
 * soldiers; a count of attacks or blasts counts events, not people; and a
 * death toll reached "from the three blasts" still counts the dead.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want, number?][] = [
  [
    'an elliptical count a lose verb governs is the agent’s own',
    'The Taliban said they had killed 40 Pakistani soldiers and lost six.',
    6,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    '"while losing" fighters after the enemy’s dead',
    'Mujahid said Afghan units killed 31 Pakistani troops while losing only five fighters.',
    5,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'the same from the Pakistani side',
    'The military said it killed 150 Taliban fighters and lost 12 of its own.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'the enemy’s dead before the loss keep their side',
    'The Taliban said they had killed 40 Pakistani soldiers and lost six.',
    40,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a force "alleged" in a prepositional phrase is no agent of the kill',
    'Mujahid said Afghan units hit back against alleged Pakistani raids, killing 31 soldiers.',
    31,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'attackers a nationality names, after another force is named',
    'Kabul said Afghan units hit back, killing several Pakistani attackers near Khost.',
    3,
    { measure: 'killed', subject: 'pakistani-forces', qualifier: 'vague' },
  ],
  [
    'combatants in Pakistan’s tally are not its own soldiers',
    'Islamabad said its jets had hit Afghan militants and that at least 45 combatants died.',
    45,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    '"operatives" in Pakistan’s tally are the other side’s',
    '412 operatives killed, 96 posts destroyed so far: Tarar',
    412,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'ISKP members are militants',
    'A Taliban spokesman said 18 ISKP members were killed in a raid near Jalalabad.',
    18,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    '"eliminating" reports a kill',
    'Officials in Islamabad reported eliminating 96 Taliban fighters overnight.',
    96,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a side "reported to have lost" its men keeps them',
    'Kabul is reported to have lost 14 soldiers in the fighting near Torkham.',
    14,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a death toll past a count in its modifier',
    'The death toll from the two explosions in Kabul rose to 14, police said.',
    14,
    { measure: 'killed' },
  ],
];

describe('whose losses, and counts of events', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want, nth) => expectFigure(text, value, want, nth));

  it('a second loss keeps its own side (no agent killed anyone first)', () => {
    const text =
      'Pakistan was said to have lost more than 60 soldiers while Afghanistan lost dozens of its fighters.';
    expect(figureWith(text, 60)?.subject).toBe('pakistani-forces');
    expect(figureWith(text, 24)?.subject).toBe('afghan-forces');
  });

  it('a lose verb whose count names its own side keeps that side', () => {
    expect(
      figureWith('The Taliban claimed they killed 40 soldiers but lost 6 Afghan fighters.', 6)
        ?.subject,
    ).toBe('afghan-forces');
  });

  it('attacks, assaults and blasts counted are events, whatever group made them', () => {
    expect(figureWith('Two soldiers died in at least three insurgent attacks.', 3)?.measure).toBe(
      'other',
    );
    expect(figureWith('Border guards repelled four Taliban assaults.', 4)?.measure).toBe('other');
    expect(figureWith('Two soldiers died in at least three insurgent attacks.', 2)?.measure).toBe(
      'killed',
    );
  });

  it('a group named after the event noun is still counted', () => {
    expect(
      figureWith('Police said the clashes left 9 attackers of the Taliban dead.', 9)?.measure,
    ).toBe('killed');
  });

  it('fighters in Afghanistan’s own tally may still be its own', () => {
    expect(
      figureWith('Mujahid said 7 Afghan fighters were killed in the Pakistani strikes.', 7)
        ?.subject,
    ).toBe('afghan-forces');
  });
});

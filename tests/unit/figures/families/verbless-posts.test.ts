/**
 * Family: a speaker and the medium with no verb, then the quotation ('Mujahid in a post on X
 * "…"'), as live blogs and listicles write it: the quotation is the speaker's, sentences on.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a spokesman in a post on X, the quotation after',
    'Key points: 1. Government spokesman Zabihullah Mujahid in a post on X “Before dawn, Pakistani drones hit two homes in Dangam, killing five villagers. Another four were hurt in Kunar.”',
    5,
    { claimant: 'afghanistan' },
  ],
  [
    'the next sentence of the same quotation',
    'Key points: 1. Government spokesman Zabihullah Mujahid in a post on X “Before dawn, Pakistani drones hit two homes in Dangam, killing five villagers. Another four were hurt in Kunar.”',
    4,
    { claimant: 'afghanistan' },
  ],
  [
    'a military spokesman in a statement, with a colon',
    'Updates: Lt Gen Ahmed Sharif Chaudhry in a statement: "Our troops destroyed 12 Taliban posts overnight."',
    12,
    { claimant: 'pakistan' },
  ],
];

describe('family: a speaker, the medium and a quotation, no verb', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: a count before the speaker in the same sentence is not in the quotation', () => {
    expect(
      figureWith(
        'On Monday, seven houses were hit in Barmal as the fighting went on, and government spokesman Zabihullah Mujahid in a post on X “Pakistani drones killed five villagers in Dangam.”',
        7,
      )?.claimant,
    ).toBeNull();
  });

  it('negative: no quotation after the medium names no speaker for what follows', () => {
    expect(
      figureWith(
        'Zabihullah Mujahid in a post on X last week drew replies. Pakistani drones hit two homes in Dangam, killing five villagers.',
        5,
      )?.claimant,
    ).not.toBe('afghanistan');
  });
});

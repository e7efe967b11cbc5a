/**
 * Family: a count of places "of their …" or "of its …" right after a count of fighters is that
 * party's posts or camps ("killed 400 Afghan Taliban fighters and destroyed 150 of their posts").
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a running tally in a sentence',
    'Troops have so far killed 310 Afghan Taliban fighters and wrecked 95 of their posts, the ministry said.',
    95,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'a headline tally with no verb of its own',
    '310 Afghan Taliban fighters killed, 95 of their checkposts destroyed: minister',
    95,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'camps of the fighters counted just before',
    'The army said its troops hit back, killing over 70 Taliban and allied fighters and destroying several of their camps.',
    3,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
];

describe('family: places owned by the party counted just before', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: "their" after a count of soldiers is the soldiers’ side', () => {
    const f = figureWith(
      'Afghan forces killed 14 Pakistani soldiers and seized 4 of their posts.',
      4,
    );
    expect(f?.subject).toBe('pakistani-forces');
  });

  it('negative: no possessive keeps the attacker’s opposite', () => {
    const f = figureWith(
      'Afghan forces killed 14 Pakistani soldiers, and Pakistan later destroyed 6 posts in return.',
      6,
    );
    expect(f?.subject).not.toBe('pakistani-forces');
  });
});

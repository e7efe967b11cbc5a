/**
 * Family: counts whose harm the verb phrase leaves joint. "killed and captured dozens" has no slot
 * for both and is read for the dead; people "under the rubble" are dead or hurt, not yet told
 * apart, so they are casualties.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    '"killed and captured" is read for the dead',
    'Kabul said its fighters killed and captured scores of Pakistani troops near the crossing.',
    40,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'the same pair in the other order',
    'The spokesman said units captured and killed 11 Pakistani soldiers at two posts.',
    11,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a family buried under rubble are casualties',
    'The bombing in Nangarhar trapped 14 members of one family under the rubble of their home.',
    14,
    { measure: 'casualties' },
  ],
  [
    'victims left beneath debris are casualties',
    'Strikes on the district left scores of victims beneath the debris, officials said.',
    40,
    { measure: 'casualties' },
  ],
];

describe('family: joint harms in the verb phrase', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('negative: captured alone stays captured', () => {
    const f = figureWith('The Taliban captured 12 Pakistani soldiers at the post.', 12);
    expect(f?.measure).toBe('captured');
  });

  it('negative: a harm verb of its own outranks the rubble', () => {
    const f = figureWith('Jets hit a house in Khost and killed nine people under the rubble.', 9);
    expect(f?.measure).toBe('killed');
  });

  it('negative: rubble that counts nothing harmed stays another quantity', () => {
    const f = figureWith('Crews moved 300 tonnes of rubble from the market in Kabul.', 300);
    expect(f?.measure).toBe('other');
  });
});

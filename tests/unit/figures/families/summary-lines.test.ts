/**
 * Family: summary lines headed by a loss word. Fact boxes and bullet
 * summaries give counts after a heading and a colon ("Fatalities: 41 in one
 * province, 6 in another", "- Injuries: per the Afghan side, 22"): every bare
 * count on such a line counts that loss. A count naming a thing of its own
 * ("3 hours") keeps its own kind, and a heading that is no loss word
 * ("Duration:") gives nothing. Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const BOX =
  'Strikes in the east\n- Fatalities: according to Kabul, 37 (Khost), 5 (Kunar)\n- Injuries: according to Kabul, 19 (Khost), 2 (Kunar)\n- Duration: 3 hours, 2 waves';

const POSITIVES: [string, string, number, Want][] = [
  ['a bare count after "Fatalities:"', BOX, 37, { measure: 'killed' }],
  ['the second count on the same line', BOX, 5, { measure: 'killed' }],
  ['a bare count after "Injuries:"', BOX, 19, { measure: 'wounded' }],
];

const NEGATIVES: [string, string, number, Want][] = [
  ['a count with a noun of its own keeps it', BOX, 3, { measure: 'other' }],
  [
    'a heading that is no loss word gives nothing',
    'Strikes in the east\n- Waves: 4 over the night',
    4,
    { measure: 'other' },
  ],
];

describe('family: summary lines headed by a loss word', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Family 2/3: fighting between both sides harms people of neither side. A count whose harm
 * verb has both sides as its agent ("clashes between Pakistani and Afghan forces killed …"),
 * or whose own words put it on both sides ("guards from both sides", "including three Afghan
 * and one Pakistani"), is `people` (soldiers) or `civilians` (civilians), unless its own words
 * or a place in its own clause after it say which side.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'soldiers killed by fighting between both sides are people',
    'Heavy clashes between Afghan and Pakistani troops near the crossing killed 14 soldiers overnight.',
    14,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'civilians hit by fighting between both sides, placed in both countries, are civilians',
    'Renewed fighting on 12 March 2026 between Pakistani and Afghan forces in Chaman and Spin Boldak killed at least 9 civilians.',
    9,
    { measure: 'killed', subject: 'civilians' },
  ],
  [
    '"the two sides" as agent, with a participle',
    'Gun battles between the two sides raged for hours, leaving 30 soldiers wounded.',
    30,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'guards "from both sides"',
    'Officials in Nangarhar said more than 20 border guards from both sides were hurt in the exchange.',
    20,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'members that name one side and the other',
    'QUETTA, Pakistan - Five soldiers, including two Pakistani and three Afghan, died in the firing on Sunday.',
    5,
    { measure: 'killed', subject: 'people' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'one side as agent still makes the harmed the other side',
    'Afghan forces attacked a border post near Chaman, killing 6 soldiers.',
    6,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a place in the count’s own clause still places civilians',
    'Fighting between Afghan troops and Pakistani forces erupted overnight, killing 7 civilians in Chaman.',
    7,
    { measure: 'killed', subject: 'pakistani-civilians' },
  ],
  [
    'members of one side keep the side',
    'Four soldiers, including two officers, were killed in Kurram, the ISPR said.',
    4,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'a nationality in the count’s own words wins over both sides as agent',
    'Clashes between Afghan and Pakistani forces killed 11 Afghan soldiers, Kabul said.',
    11,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
];

describe('family 2: harm by both sides together', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Family: the men of the posts a side lost. "Captured three Pakistani posts,
 * killing 15 soldiers": the soldiers killed as a side's posts were taken or
 * destroyed are that side's, even when the sentence goes on to name a place
 * on the other side of the border. A nationality on the soldiers themselves
 * still wins, and a count joined by anything but a participle of harm is not
 * read this way. Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'posts taken, "killing" soldiers near a place on the other side',
    'The night raid seized two Pakistani border posts, killing 11 soldiers near Spin Boldak.',
    11,
    { subject: 'pakistani-forces' },
  ],
  [
    'posts destroyed, "leaving" soldiers dead in a place on the other side',
    'Artillery destroyed five Afghan checkposts, leaving 17 soldiers dead in Kurram.',
    17,
    { subject: 'afghan-forces' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a nationality on the soldiers themselves wins',
    'The night raid seized two Pakistani border posts, killing 11 Afghan soldiers near Spin Boldak.',
    11,
    { subject: 'afghan-forces' },
  ],
  [
    'a new clause is no participle of the posts',
    'The night raid seized two Pakistani border posts. Later 11 soldiers died near Spin Boldak.',
    11,
    { subject: 'afghan-forces' },
  ],
];

describe('family: the men of the posts a side lost', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

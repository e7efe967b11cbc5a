/**
 * Family: statements that carry their speaker beyond the sentence that names
 * it. Quotations in single quotes (‘…’ and '…') run on like double ones, while
 * apostrophes ("Pakistan’s", "don't", "soldiers' ") never open or close one.
 * A lead-in that ends in a colon ("The army said:") speaks for the list
 * items after it, bulleted or short lines, up to the first prose paragraph.
 * Consecutive bullet items read like the sentences of one paragraph: an item
 * with no speaker of its own continues the item before it that names one.
 * Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a curly single-quoted quotation runs on to its second sentence',
    'The army spokesman said the raids had gone to plan. ‘We destroyed 19 posts. The attackers lost 40 men.’',
    40,
    { claimant: 'pakistan' },
  ],
  [
    'a straight single-quoted quotation runs on to its second sentence',
    "Mujahid said the border was calm again. 'Our forces held the line. Pakistan lost 30 soldiers.'",
    30,
    { claimant: 'afghanistan' },
  ],
  [
    'a single-quoted paragraph belongs to the speaker of the paragraph before',
    'The Taliban spokesman told reporters in Kabul that the fighting had stopped.\n\n‘The enemy lost 58 soldiers in the night fighting.’',
    58,
    { claimant: 'afghanistan' },
  ],
  [
    'a single-quoted quotation closed by its speaker over two sentences',
    '‘Our men held every post. Nine of the attackers were killed,’ the military said.',
    9,
    { claimant: 'pakistan' },
  ],
  [
    'an apostrophe inside the quotation does not close it',
    'The army spokesman said the raids were over. ‘Pakistan’s soldiers did not retreat. The attackers lost 25 men.’',
    25,
    { claimant: 'pakistan' },
  ],
  [
    'bulleted items after a speaker’s colon lead-in',
    'The army said on Monday:\n• 31 posts destroyed\n• 64 fighters killed\n• 4 tanks seized',
    64,
    { measure: 'killed', claimant: 'pakistan', claimantName: 'The army' },
  ],
  [
    'the last of several bulleted items still keeps the lead-in’s speaker',
    'According to the Taliban defence ministry:\n- 17 Pakistani posts captured\n- 26 soldiers killed',
    26,
    { claimant: 'afghanistan' },
  ],
  [
    'unbulleted short lines (list items taken from a page) after the lead-in',
    'Mujahid said in a post on X:\n\n19 posts taken\n\n23 Pakistani soldiers killed',
    23,
    { claimant: 'afghanistan' },
  ],
  [
    'a bullet item with no speaker continues the bullet item before it',
    '\u25aa\ufe0fThe Afghan military said that nine of its soldiers were killed\n\u25aa\ufe0fIn addition, 14 civilians were wounded in a strike on a camp in Nangarhar',
    14,
    { claimant: 'afghanistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'apostrophes open no quotation that would carry the speaker on',
    "The army spokesman said Pakistan's troops didn't retreat. The soldiers' families gathered at the gate. Shops in the town stayed shut for 40 days.",
    40,
    { claimant: null },
  ],
  [
    'a closed single quotation does not carry its speaker into the outlet’s next paragraph',
    '‘We will not stop,’ Mujahid said.\n\nThe border crossing stayed shut for 12 days.',
    12,
    { claimant: null },
  ],
  [
    'a quoted word closes where it ends, so the speaker does not run on',
    "Mujahid said the strikes were 'cowardly'. Shops in Khost stayed shut. The crossing reopened after 14 days.",
    14,
    { claimant: null },
  ],
  [
    'a prose paragraph after the list is the outlet’s own again',
    'The army said on Monday:\n• 31 posts destroyed\n\nThe crossing at the border stayed shut for 12 days.',
    12,
    { claimant: null },
  ],
  [
    'summary bullets under a heading with no speaker stay the outlet’s',
    'Key points:\n• 58 soldiers were reported killed.\n• The border stayed shut for 9 days.',
    9,
    { claimant: null },
  ],
  [
    'a lead-in that names no speaker opens no list of claims',
    'What we know so far:\n• 45 fighters killed\n• 3 tanks destroyed',
    45,
    { claimant: null },
  ],
  [
    'a bullet item does not continue an item that was itself continued',
    '\u2022 The army said 12 posts were destroyed\n\u2022 Fighting went on overnight\n\u2022 Shelling damaged 30 homes in Kurram',
    30,
    { claimant: null },
  ],
  [
    'a bullet item about what the story followed is the outlet’s background',
    '- Islamabad cited evidence that militants based in Afghanistan planned the bombings\n- The strikes followed a bombing in Bannu that killed 11 soldiers',
    11,
    { claimant: null },
  ],
];

describe('family: quoted statements', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Family: a heading line that names a party's account ("Kabul's version", "The army's figures:")
 * speaks for the list items under it, up to the next heading. A heading that names no party, or
 * a body sentence that merely mentions a party's position, gives nothing; nor does a heading of
 * a party's losses "reported" (the losses were reported; the party did not report). Every sentence was
 * written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const LISTS =
  'The two sides tell the night very differently.\nIslamabad\u2019s version\n\u2022 90 Afghan fighters killed\n\u2022 14 posts overrun\nThe Taliban\u2019s claims:\n\u2022 31 Pakistani soldiers killed\n\u2022 6 soldiers captured';

const POSITIVES: [string, string, number, Want][] = [
  ['items under a heading naming one party', LISTS, 90, { claimant: 'pakistan' }],
  ['the second item under it', LISTS, 14, { claimant: 'pakistan' }],
  ['items under the next heading take the other party', LISTS, 31, { claimant: 'afghanistan' }],
  ['the last item under the next heading', LISTS, 6, { claimant: 'afghanistan' }],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a heading that names no party gives nothing',
    'What we know so far\n\u2022 90 fighters killed\n\u2022 14 posts overrun',
    90,
    { claimant: null },
  ],
  [
    'a body sentence that mentions a party’s position is no heading',
    'Islamabad\u2019s position has hardened since the raids, in which 90 Afghan fighters died.',
    90,
    { claimant: null },
  ],
  [
    'a heading of a party’s losses "reported" is no report by that party',
    'Heavy Taliban losses reported\nThe official briefing said:\n\u2022 212 Taliban fighters were killed\n\u2022 61 posts were destroyed',
    212,
    { claimant: null },
  ],
  [
    'nor a line of one side’s casualties "reported"',
    'Pakistani casualties reported\n\u2022 17 soldiers were killed near the crossing',
    17,
    { claimant: null },
  ],
];

describe('family: headings that name a party’s account', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('negative: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

/**
 * Two harms joined before one count are casualties ("killing or injuring dozens"), and a verb of
 * the count's own right before it outranks the verb of a list member after it ("killed 297
 * fighters, and over 450 others were injured"). Beside them, single harms and a list that shares
 * its one verb after the members. Every sentence was written for this test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const CASES: [string, string, number, Want][] = [
  [
    'killing or injuring',
    'The shelling went on all night, killing or injuring 35 villagers in Kunar.',
    35,
    { measure: 'casualties' },
  ],
  [
    'martyring and wounding',
    'He said the jets struck homes in Paktika, martyring and wounding dozens of people.',
    24,
    { measure: 'casualties', qualifier: 'vague' },
  ],
  [
    'injuring and killing, in the other order',
    'Mortars hit the bazaar, injuring and killing 19 shoppers.',
    19,
    { measure: 'casualties' },
  ],
  [
    'a verb of its own before the count, another member’s verb after',
    'The troops killed 120 fighters of the Taliban regime, and over 300 Afghan operatives were wounded.',
    120,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'the other member keeps its own verb',
    'The troops killed 120 fighters of the Taliban regime, and over 300 Afghan operatives were wounded.',
    300,
    { measure: 'wounded', subject: 'afghan-forces' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a single harm stays itself',
    'The shelling injured 35 villagers in Kunar.',
    35,
    { measure: 'wounded' },
  ],
  [
    'a list with no verb before it shares the verb after it',
    'The ministry said 14 soldiers and 60 fighters were killed.',
    14,
    { measure: 'killed' },
  ],
  [
    'a verb and a noun joined, not two verbs',
    'The blast, killing and property damage aside, left 12 injured.',
    12,
    { measure: 'wounded' },
  ],
];

describe('paired harm verbs and verbs of a list', () => {
  it.each(CASES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
});

describe('taken to hospital', () => {
  it('people rushed to hospital are the wounded', () =>
    expectFigure('About 14 villagers were rushed to hospitals in Khost.', 14, {
      measure: 'wounded',
    }));

  it('a strike on a hospital kills, it does not wound', () =>
    expectFigure('The jets killed at least 60 people in a strike on a hospital in Kabul.', 60, {
      measure: 'killed',
    }));

  // Not the wounded; bodies received at a hospital count the dead (labelling rules, "Measures").
  it('bodies taken to hospital are the dead, not the wounded', () =>
    expectFigure('The bodies of 9 soldiers were taken to hospital.', 9, { measure: 'killed' }));
});

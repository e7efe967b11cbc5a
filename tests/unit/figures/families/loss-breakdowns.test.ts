/**
 * Measures a count's own words carry past a frame or an unusual form: the
 * parts of a toll in brackets or after a colon keep their own loss word, a
 * participle before a loss noun ("confirmed deaths") stays in the phrase, a
 * possessive group keeps its loss ("the militants' deaths"), people treated
 * for injuries are the wounded, remains recovered where an attack fell count
 * the dead, and settlements or homes destroyed are civilian targets.
 * Every sentence was written for this test.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a bracketed breakdown keeps "killed"',
    'The mission recorded 22 civilian casualties (three killed, 19 injured) in Kunar last week.',
    3,
    { measure: 'killed' },
  ],
  [
    'a bracketed breakdown keeps "injured"',
    'The mission recorded 22 civilian casualties (three killed, 19 injured) in Kunar last week.',
    19,
    { measure: 'wounded' },
  ],
  [
    'the head of the breakdown stays casualties',
    'The mission recorded 22 civilian casualties (three killed, 19 injured) in Kunar last week.',
    22,
    { measure: 'casualties' },
  ],
  [
    'a colon heading does not override the count\'s own "deaths"',
    'Casualties: more than 900 confirmed deaths since the fighting began, according to the UN.',
    900,
    { measure: 'killed', qualifier: 'more-than' },
  ],
  [
    'a member of "confirmed deaths" is killed',
    'Toll: 310 recorded deaths so far, including 85 civilians, aid groups said.',
    85,
    { measure: 'killed' },
  ],
  [
    '"reported casualties" stays casualties',
    'The provincial office listed 47 reported casualties after the shelling.',
    47,
    { measure: 'casualties' },
  ],
  [
    'a possessive group keeps its loss noun',
    'The spokesman rejected the army’s figure of 40 fighters’ deaths as invented.',
    40,
    { measure: 'killed' },
  ],
  [
    "a possessive group's bodies are bodies",
    "Kabul said it held the eight soldiers' bodies at the crossing.",
    8,
    { measure: 'bodies' },
  ],
  [
    'people a hospital treated for injuries are the wounded',
    'A clinic near the crossing said it was treating five people for shrapnel injuries.',
    5,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'treated for wounds, in the past tense',
    'Doctors in Chaman treated 11 residents for light wounds overnight.',
    11,
    { measure: 'wounded' },
  ],
  [
    'bodies recovered after the count are the dead',
    'The raid killed 20 villagers, with the bodies of 16 already recovered from the ruins.',
    16,
    { measure: 'killed' },
  ],
  [
    'bodies carried out of the site are the dead',
    'Witnesses counted at least 25 bodies taken from the bombed clinic on Tuesday.',
    25,
    { measure: 'killed', qualifier: 'at-least' },
  ],
  [
    '"dead bodies" moved by a party stay bodies',
    'The spokesman said his men had moved 9 dead bodies of enemy soldiers across the border.',
    9,
    { measure: 'bodies' },
  ],
  [
    'dead bodies found are the dead',
    'Villagers found 4 dead bodies beside the road after the shelling.',
    4,
    { measure: 'killed' },
  ],
  [
    'settlements bombed are civilian targets',
    'Officials said five settlements in Paktika province were bombed from the air overnight.',
    5,
    { measure: 'targets', subject: 'afghan-civilians' },
  ],
  [
    'homes destroyed by a participle after an aside are civilian targets',
    'Pakistani guns shelled Kunar all week, the governor said, destroying at least eight homes.',
    8,
    { measure: 'targets', subject: 'afghan-civilians' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'negative: "killed and wounded" after a count is still casualties',
    'The shelling left 30 killed and wounded in the border town.',
    30,
    { measure: 'casualties' },
  ],
  [
    'negative: a verb of rising over a bare count stays with its loss noun',
    'The number of casualties rose to 63 by the evening.',
    63,
    { measure: 'casualties' },
  ],
  [
    'negative: bodies handed over stay bodies',
    'The army said the bodies of 6 soldiers had been handed over at the gate.',
    6,
    { measure: 'bodies' },
  ],
  [
    'negative: a possessive without a loss noun names no loss',
    "The 12 soldiers' families gathered at the base.",
    12,
    { measure: 'other' },
  ],
  [
    'negative: waiting "for" something is no injury',
    'Drivers waited three days for the gate to open.',
    3,
    { measure: 'other' },
  ],
  [
    'negative: posts destroyed stay posts',
    'The army returned fire, destroying seven Afghan posts.',
    7,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
];

describe('a count keeps the loss its own words name', () => {
  it.each([...POSITIVES, ...NEGATIVES])('%s', (_name, text, value, want) =>
    expectFigure(text, value, want),
  );
});

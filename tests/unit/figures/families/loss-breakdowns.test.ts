/**
 * Measures a count's own words carry past a frame or an unusual form: the
 * parts of a toll in brackets or after a colon keep their own loss word, a
 * participle before a loss noun ("confirmed deaths") stays in the phrase, a
 * possessive group keeps its loss ("the militants' deaths"), people treated
 * for injuries are the wounded, remains recovered where an attack fell count
 * the dead (those a party recovers, takes or hands over stay bodies),
 * settlements or homes destroyed are civilian targets, places bombed are
 * targets (named by no one's side when the side hit tells of them),
 * modifiers share a site noun ("brigade and corps headquarters"), and a
 * toll verb reaches past a short quoted aside.
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
    'Witnesses counted at least 25 bodies taken from the scene of the blast on Tuesday.',
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
    'bodies brought to a hospital are the dead',
    'Officials said 7 dead bodies were brought to the Khost civil hospital.',
    7,
    { measure: 'killed' },
  ],
  [
    'negative: bodies moved across the border stay bodies',
    'The commander said 7 dead bodies were moved to Kunar by his men.',
    7,
    { measure: 'bodies' },
  ],
  [
    'dead bodies found are the dead',
    'Villagers found 4 dead bodies beside the road after the shelling.',
    4,
    { measure: 'killed' },
  ],
  [
    'remains pulled out of the rubble are the dead',
    'Villagers pulled 12 bodies out of the collapsed mosque.',
    12,
    { measure: 'killed' },
  ],
  [
    'places bombed are targets',
    'A Taliban official said Pakistani jets bombed four places in Khost overnight.',
    4,
    { measure: 'targets' },
  ],
  [
    "locations the hit side says Pakistan struck name no one's sites",
    'Kabul said Pakistani aircraft struck six locations in Kunar, mostly homes.',
    6,
    { measure: 'targets', subject: 'other' },
  ],
  [
    'a military objective is a target',
    'The spokesman said the drones destroyed several "key military objectives" in Pakistan.',
    3,
    { measure: 'targets' },
  ],
  [
    'two modifiers share the site noun after them',
    'The minister said jets destroyed several battalion and division headquarters overnight.',
    3,
    { measure: 'targets', upper: 9 },
  ],
  [
    'a toll verb reaches past a quoted aside',
    'The spokesman said the death toll had "so far" climbed to 61 people.',
    61,
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
    'negative: bodies a party says it recovered, with no place they came out of, stay bodies',
    'The Taliban spokesman said 14 bodies recovered, and several soldiers were held.',
    14,
    { measure: 'bodies' },
  ],
  [
    'negative: bodies a party took from a post it overran stay bodies',
    'The commander said his men had taken nine bodies from the captured post.',
    9,
    { measure: 'bodies' },
  ],
  [
    'negative: "several places" with no verb of striking is no count of targets',
    'Lorries were stopped at several places along the highway.',
    3,
    { measure: 'other' },
  ],
  [
    "negative: the striking side's own tally of locations counts the enemy's sites",
    'The army said its jets struck 40 locations across Afghanistan overnight.',
    40,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    "negative: locations the Afghan side attacked are Pakistan's",
    'The military said Afghan troops opened fire at five locations along the border.',
    5,
    { measure: 'targets', subject: 'pakistani-forces' },
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

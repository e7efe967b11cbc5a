/**
 * Family: who a figure's source is. The press, cited sources, "informed
 * sources", and verbs that look like reporting but are not ("clashes that
 * claimed dozens of lives"). Every sentence was written for this table.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want, number?][] = [
  [
    'an outlet named with its medium after it ("Dawn online")',
    'Three guards were hurt near the Angoor Adda post, Dawn online reported.',
    3,
    { claimant: 'other', claimantName: 'Dawn' },
  ],
  [
    'an outlet known by name is the press',
    'Nine guards were killed at the Chaman gate on Friday, Al Jazeera reported.',
    9,
    { claimant: 'other' },
  ],
  [
    'an outlet known by name, with its article left off',
    'Express Tribune reported that 16 soldiers were hurt in the firing in Kurram.',
    16,
    { claimant: 'other' },
  ],
  [
    "a third country's ministry is a third party whatever the places named",
    'The Saudi foreign ministry said 14 villagers died in the strikes on Khost.',
    14,
    { claimant: 'other' },
  ],
  [
    'claiming lives is killing, not a claim',
    'Islamabad announced a two-day truce on Wednesday, following border fighting with Kabul that has claimed dozens of lives.',
    24,
    { measure: 'killed', claimant: null },
  ],
  [
    'claiming the lives of a number: no speaker either',
    'Another roadside blast claimed the lives of six policemen near the crossing.',
    6,
    { measure: 'killed', claimant: null },
  ],
  [
    'a report that ended in a background clause does not run on into the next sentence',
    'Kabul announced a pause in the fighting after dozens were killed. Dozens of soldiers and villagers died near the crossing this week.',
    24,
    { measure: 'killed', claimant: null },
  ],
  [
    "the count in the next sentence is the outlet's own too",
    'Kabul announced a pause in the fighting after dozens were killed. Dozens of soldiers and villagers died near the crossing this week.',
    24,
    { measure: 'killed', claimant: null },
    1,
  ],
  [
    'television reports speak for the broadcaster, state-run or not',
    'State television reported that at least one tank was destroyed in the exchange.',
    1,
    { claimant: 'other' },
  ],
  [
    'an actor that only qualifies the head noun does not speak',
    'Army-aligned media outlets reported that the raids eliminated several militants.',
    3,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'a newspaper as the speaker',
    'The paper said the night raids killed dozens of fighters.',
    24,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    '"informed sources" are an unnamed third party',
    'Two informed sources said 12 prisoners were handed back at the crossing.',
    12,
    { claimant: 'other' },
  ],
  [
    'a reporter citing officials: the officials are the source',
    'A suicide bomber killed seven soldiers at a checkpoint on Saturday, a television channel reported, citing Pakistani officials.',
    7,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'quoting security sources',
    'The army destroyed 12 Afghan Taliban positions, local media reported quoting security sources early on Saturday.',
    12,
    { claimant: 'pakistan' },
  ],
  [
    'citing a Taliban spokesman',
    'Eleven Pakistani soldiers died in the raid, the agency said on Monday, citing a Taliban spokesman.',
    11,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'a passive reporting verb with its agent after "by"',
    'The raid was confirmed by Taliban spokesman Zabihullah Mujahid. Afghan units hit Pakistani posts, where several Pakistani soldiers were killed.',
    3,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"maintain that" reports',
    'Pakistani officials maintain that nearly 70 militants died in the night raids.',
    70,
    { measure: 'killed', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    '"the mission" refers back to the UN body named before it',
    'The UN mission in Kabul released new numbers on Monday. The mission indicated that about 9,000 families had left their homes.',
    9000,
    { claimant: 'un' },
  ],
  [
    'a "warning" participle keeps its clause\'s speaker',
    'The UN mission called for calm, warning that 300 more families could be displaced.',
    300,
    { claimant: 'un' },
  ],
  [
    '"findings … reveal that" report, and a channel is the press',
    'UN staff counted 13 dead. Meanwhile, findings from a local news channel reveal that the raids killed 17 Afghan citizens.',
    17,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    "a count of the sources themselves is the reporter's, not the sources'",
    'The raids hit four hideouts inside Afghanistan, two Pakistani security officials told a news agency.',
    2,
    { claimant: null },
  ],
  [
    'unnamed sources are the usual security sources',
    'Sources said at least 28 militants were killed in raids across eastern Afghanistan.',
    28,
    { measure: 'killed', claimant: 'pakistan', qualifier: 'at-least' },
  ],
  [
    'a speaker who "emphasised that" reports, and the next sentence of the paragraph runs on',
    'The ISPR emphasised that the raid had been repulsed within hours. In that fighting, troops destroyed nine posts and killed 22 attackers.',
    22,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    '"stressed that" reports like "said that"',
    'Mujahid stressed that 14 Pakistani soldiers had been killed near the crossing.',
    14,
    { claimant: 'afghanistan' },
  ],
  [
    'claiming responsibility for an attack tells no count: the toll is the outlet’s',
    'A militant faction claimed responsibility for the ambush that killed nine policemen in Bajaur.',
    9,
    { claimant: null },
  ],
  [
    'tribesmen speak as a third party, and "they" takes them up',
    'Tribesmen in the valley said the drone struck before noon. They said the strike left nine people dead.',
    9,
    { claimant: 'other' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a claim of a count is still a claim',
    'The Taliban claimed 40 Pakistani soldiers were killed in the fighting.',
    40,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'a group that claims an attack and a count of its own still claims the count',
    'The TTP claimed responsibility for the raid and said its fighters killed 14 soldiers.',
    14,
    { claimant: 'other' },
  ],
  [
    'a claim about lives with a clause after "claimed" is still a claim',
    'The Taliban claimed that the raid took 40 lives.',
    40,
    { claimant: 'afghanistan' },
  ],
  [
    'a report that runs on keeps its speaker in the next sentence',
    'The army said 12 soldiers died in the clashes. Three more were missing.',
    3,
    { measure: 'missing', claimant: 'pakistan' },
  ],
  [
    "a party's own media wing speaks for the party",
    "The military's media wing said 23 soldiers were martyred overnight.",
    23,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'the media named inside a "who" clause do not speak',
    'A Pakistani security official, who was not allowed to speak to the media, said jets had hit 18 targets.',
    18,
    { measure: 'targets', claimant: 'pakistan' },
  ],
  [
    '"informed" as a verb still reports',
    'The Afghan spokesman informed reporters that 9 Pakistani soldiers had died.',
    9,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'citing a reason, not a source, changes nothing',
    'Citing the danger of new raids, officials in Kabul said 8 civilians had been killed.',
    8,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'a reporter citing no party stays the reporter',
    'Residents said 14 houses were flattened, a local radio station reported, citing witnesses.',
    14,
    { claimant: 'other' },
  ],
  [
    'a passive with no agent names no speaker',
    'Nine soldiers were reported missing after the clash.',
    9,
    { measure: 'missing', claimant: null },
  ],
  [
    'a passive whose "by" phrase is a time names no speaker',
    'Twelve bodies were reported by the evening.',
    12,
    { claimant: null },
  ],
  [
    '"maintain" with an object does not report',
    'Pakistan maintains 40 posts along that stretch of the border.',
    40,
    { claimant: null },
  ],
  [
    'a warning as a noun does not report',
    'The flood brought a warning for 30 villages downstream.',
    30,
    { claimant: null },
  ],
  [
    '"reveal" with an object does not report',
    'The footage may reveal 12 craters near the post.',
    12,
    { claimant: null },
  ],
  [
    'the figure the counted sources report is still theirs',
    'The raids hit four hideouts inside Afghanistan, two Pakistani security officials told a news agency.',
    4,
    { measure: 'targets', claimant: 'pakistan' },
  ],
  [
    'a party citing its own sources is still the party',
    'The Taliban said 58 Pakistani soldiers were killed, citing its military sources.',
    58,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'a party citing unnamed military sources is still the party',
    'Kabul said 31 Pakistani soldiers died in the night, citing military sources.',
    31,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    "citing a reason after a party's claim",
    "The Taliban said 58 Pakistani soldiers died, citing Pakistan's repeated raids.",
    58,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'sources placed by their own phrase',
    'Sources in Kabul said 12 civilians died in the shelling.',
    12,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'sources named by nationality',
    'Taliban sources said nine Pakistani soldiers were captured.',
    9,
    { measure: 'captured', claimant: 'afghanistan' },
  ],
  [
    'local sources are a third party',
    'Local sources said five houses were destroyed.',
    5,
    { claimant: 'other' },
  ],
  [
    '"stressed" with no "that" clause is no report',
    'The army stressed the need for calm after 16 people died in the shelling.',
    16,
    { claimant: null },
  ],
  [
    'tribesmen counted as the dead are not a speaker',
    'Troops fired on a jirga, killing 9 tribesmen near the crossing, the outlet learned.',
    9,
    { claimant: null },
  ],
];

describe('family: the source of a figure', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want, nth) => expectFigure(text, value, want, nth));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));
});

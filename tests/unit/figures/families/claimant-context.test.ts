/**
 * Family: speakers whose side comes from around them. Counted speakers after
 * the verb ("said one security official"), office holders named only by
 * their office ("the minister told reporters"), local officials who speak
 * for where the events are, and a participle that keeps the main clause's
 * speaker. Every sentence was written for this table.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'one counted source after the verb is the speaker, not a count',
    'Troops killed 14 militants in a raid near the border overnight, said one security official.',
    14,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'counted witnesses after the verb',
    'Eight civilians died when mortar shells hit a house in the town, said two witnesses.',
    8,
    { measure: 'killed', claimant: 'other' },
  ],
  [
    'an unnamed minister takes the party of the minister named before',
    "Pakistan's interior minister visited the wounded in Peshawar on Sunday. The minister told reporters that 23 soldiers had lost their lives.",
    23,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'an unnamed spokesman after a party acting in the sentence before',
    'Afghan forces shelled border posts late on Monday. The spokesman said 9 posts were destroyed.',
    9,
    { measure: 'posts', claimant: 'afghanistan' },
  ],
  [
    'a local official speaks for where the events are, not for the side that struck',
    'Pakistani jets struck three villages in Paktika overnight. A local official said 8 civilians were killed.',
    8,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    "a participle after a denial keeps the denier's own voice",
    "The ISPR dismissed the Taliban's claim that 58 soldiers were killed, saying 23 had died.",
    23,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    "the outlet's frame of what led up to a report is its own, in the sentence after the report too",
    "Pakistan's military said its forces killed 30 militants in Khost. The raids came two days after a bombing in a Peshawar market killed 12 people.",
    12,
    { measure: 'killed', claimant: null },
  ],
  [
    'a frame opened by "after" does not resume the carried report at the next comma',
    'Mujahid said 9 Pakistani posts were captured. The fighting erupted after Pakistani jets struck a depot in Kabul, killing 2 guards.',
    2,
    { claimant: null },
  ],
  [
    'a sentence about another episode is not carried on from the report before it',
    'The Taliban said 9 Pakistani soldiers died in the clash. A similar exchange two years ago left 15 people dead.',
    15,
    { measure: 'killed', claimant: null },
  ],
  [
    '"despite" opens the outlet\'s background too',
    'Afghan media said the shelling hit homes in two districts. The raids came despite a 48-hour truce agreed on Wednesday.',
    48,
    { claimant: null },
  ],
  [
    '"estimate that" in the present tense reports',
    'Analysts estimate that more than 1,000 fighters have been killed since the fighting began.',
    1000,
    { claimant: 'other', qualifier: 'more-than' },
  ],
  [
    'a UN body that qualifies a generic noun speaks as the UN',
    'UN human rights experts said the strikes killed 18 civilians, including nine children.',
    18,
    { measure: 'killed', claimant: 'un' },
  ],
  [
    "another country's ministry is a third party",
    "Iran's foreign ministry said 2 Iranian nationals were among the wounded.",
    2,
    { claimant: 'other' },
  ],
  [
    "another country's officials, by adjective",
    'Chinese officials said 5 of their engineers were evacuated from the border town.',
    5,
    { claimant: 'other' },
  ],
  [
    'a paramilitary force named by its corps speaks for its state',
    'A spokesman for the Frontier Corps said 6 attackers were killed near the fence.',
    6,
    { claimant: 'pakistan' },
  ],
  [
    'an envoy speaks for the state that sent them, not the body they are posted to',
    "Pakistan's envoy to the United Nations told the council that 70 fighters had been killed.",
    70,
    { claimant: 'pakistan' },
  ],
  [
    'a state-run outlet is the press',
    "Pakistan's state-run PTV said 40 Afghan posts were destroyed.",
    40,
    { claimant: 'other' },
  ],
  [
    'a place joined by "-based" only says where the speaker sits',
    'The Islamabad-based think tank said 60 attacks were recorded in the quarter.',
    60,
    { claimant: 'other' },
  ],
  [
    'an adverbial aside between the speaker and the verb is skipped',
    'The Pakistani army, in a statement issued by its media wing, said 11 soldiers had been martyred.',
    11,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    '"it" is the party that opens the sentence before',
    "Mujahid told reporters in Kabul that Afghan forces had lost 9 fighters.\n\nPakistan's military gave a different account. It said 23 soldiers were killed and 29 wounded.",
    29,
    { measure: 'wounded', claimant: 'pakistan' },
  ],
  [
    'a count of the sources themselves is no casualty and has no claimant',
    'Twelve soldiers were killed in the raid, two senior officials told a news agency.',
    2,
    { measure: 'other', subject: 'other', claimant: null },
  ],
  [
    'counted witnesses after the verb are a count of sources too',
    'Eight civilians died when mortar shells hit a house in the town, said two witnesses.',
    2,
    { measure: 'other', subject: 'other', claimant: null },
  ],
  [
    "a wire agency's reporters are told as the outlet's own",
    'Smoke rose over the capital after two loud explosions, according to Reuters reporters in the city.',
    2,
    { claimant: null },
  ],
  [
    'a channel citing a UN body: the UN body is the source',
    'According to a local TV channel citing UNAMA, 47 civilians died in the week of fighting.',
    47,
    { claimant: 'un' },
  ],
  [
    'a source cited at the head of the sentence speaks for the press that reports it',
    'Quoting security sources, the state broadcaster reported that 15 hideouts were destroyed.',
    15,
    { claimant: 'pakistan' },
  ],
  [
    'a four-word name after the verb takes its appositive role',
    'Two Afghan guards were killed in the gunfight, said Gul Ahmad Khan Zadran, the border police chief in eastern Afghanistan.',
    2,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    '"the official added" points back to the official named before, not to a place in its own sentence',
    'Jets bombed four villages in Khost overnight, killing 40 civilians, a Taliban official said.\n\nThe dead came from 3 families who had fled the Pakistani region of Waziristan years ago, the official added.',
    3,
    { claimant: 'afghanistan' },
  ],
  [
    'a quotation keeps its speaker to where it closes, sentence after sentence',
    '"Shells have hit homes and taken one life," the Kunar governor said. "Families have lost everything. At least 40 families have fled the district."',
    40,
    { claimant: 'afghanistan' },
  ],
  [
    'an adverb after "and" keeps two verbs coordinated, so a denial does not flip the second claim',
    'Afghan officials denied any raid over the frontier and instead accused Pakistani soldiers of killing five villagers.',
    5,
    { claimant: 'afghanistan' },
  ],
  [
    'a speaker after a semicolon does not reach back over the clause break',
    'Taliban kill 58 Pakistani troops along the border; Islamabad claims 200 Afghan fighters dead',
    58,
    { claimant: null },
  ],
  [
    'a count of sources after "according to X and"',
    'The army hit several Afghan posts, according to a TV channel and two security officials.',
    2,
    { measure: 'other', claimant: null },
  ],
  [
    'of an official and a resident speaking together, the official carries the claim',
    'An Afghan government official and a local resident of the eastern region said Pakistani rockets left 5 people dead.',
    5,
    { claimant: 'afghanistan' },
  ],
  [
    'a provincial office holder after a quotation is placed where the events are',
    'An Afghan resident said the raids began at night.\n\n"Five children were killed in the rocket attacks in a district of Kunar," the provincial director of information told reporters.',
    5,
    { claimant: 'afghanistan' },
  ],
  [
    'a single elder speaks as residents do',
    'At least 40 families have fled, a local elder said.',
    40,
    { claimant: 'other' },
  ],
  [
    'hospital sources are a third party, not the unnamed security sources',
    'Hospital sources in the eastern city said 14 bodies had been brought in.',
    14,
    { claimant: 'other' },
  ],
  [
    'medical sources too',
    'Medical sources told the channel that 9 of the injured were children.',
    9,
    { claimant: 'other' },
  ],
  [
    'a journalist on the ground is a third party',
    'A local journalist in Spin Boldak said 20 shops were burned.',
    20,
    { claimant: 'other' },
  ],
  [
    "victims' families are a third party",
    'Family members of the victims said 7 people from one household were killed.',
    7,
    { claimant: 'other' },
  ],
  [
    'a doctor named by title speaks as doctors do',
    'Dr Ahmad Wali, who runs the district clinic, said 31 wounded people were treated overnight.',
    31,
    { claimant: 'other', claimantName: 'Dr Ahmad Wali' },
  ],
  [
    "a party's tally does not reach a count the outlet gives as what led up to the story",
    'The Taliban said their fighters killed 20 Pakistani soldiers.\n\nThe clashes began days after a suicide bomber killed 11 soldiers at a checkpoint in Bajaur.',
    11,
    { measure: 'killed', claimant: null },
  ],
  [
    'nor a count in a sentence about another episode',
    'The Taliban said their fighters killed 20 Pakistani soldiers.\n\nA similar raid two years ago killed 9 soldiers in Kurram.',
    9,
    { measure: 'killed', claimant: null },
  ],
  [
    "a party's media affairs wing speaks for the party",
    "The military's media affairs wing said troops had destroyed 19 Afghan posts.",
    19,
    { claimant: 'pakistan' },
  ],
  [
    "after a denial, the denier's spokesman in the next sentence is the denier's",
    "Pakistan's military said 85 fighters were killed. The Taliban rejected those numbers. Their chief spokesman told reporters that 31 Pakistani soldiers had been killed.",
    31,
    { claimant: 'afghanistan' },
  ],
  [
    'any counted person after the verb is the speaker ("said one villager")',
    '"We pulled 3 bodies from the rubble of my cousin\'s house," said one villager.',
    3,
    { claimant: 'other' },
  ],
  [
    '"its spokesman" is the party that opens the sentence before',
    "Information Minister Attaullah Tarar said 73 posts had been destroyed. Afghanistan's Taliban government has given its own figures. Its deputy spokesman said 20 Afghan fighters had been killed.",
    20,
    { claimant: 'afghanistan' },
  ],
  [
    "the outlet's summing-up after a report is its own",
    'The Taliban said on Thursday their air defences had shot down a drone, the latest incident in a week of fighting that has killed at least 60 people.',
    60,
    { claimant: null },
  ],
  [
    '"the group" refers back to the armed group that spoke',
    'The Taliban said their air defences had shot down a drone. The group said 2 more drones had been brought down in Nangarhar.',
    2,
    { claimant: 'afghanistan' },
  ],
  [
    'a dateline is not part of the speaker shown',
    'KANDAHAR — The Taliban said 12 Pakistani soldiers were killed.',
    12,
    { claimant: 'afghanistan', claimantName: 'The Taliban' },
  ],
  [
    '"alleged" opening a noun phrase reports nothing',
    '• Alleged artillery fire from Afghan forces resulted in a death and four injuries across the region.',
    4,
    { claimant: null },
  ],
  [
    'nor after an article',
    'An alleged air strike by Pakistani jets killed 10 people in Khost.',
    10,
    { claimant: null },
  ],
  [
    'an acronym introduced in brackets names the body later',
    'Three cricketers were killed, the Afghanistan Cricket Board (ACB) said.\n\n"Five other people were also martyred," ACB said in its statement.',
    5,
    { claimant: 'other', claimantName: 'Afghanistan Cricket Board' },
  ],
  [
    'an outlet citing local officials after a bracketed date: the officials are the source, placed where events are',
    'Dozens of families have left their homes in Kunar province, a TV channel reported on Wednesday (November 15), citing local officials.',
    24,
    { claimant: 'afghanistan' },
  ],
  [
    'a clause holding a count before the speaker is content, not an appositive speaker',
    'Dozens of families fled after Pakistani guns fired 500 shells over four days, Karimzada reported.',
    24,
    { claimant: null },
  ],
  [
    'a count the outlet hedges as "reportedly" is not lent a party\'s claim',
    'The Taliban struck army checkpoints overnight, reportedly killing 12 Pakistani soldiers.\n\nThe Taliban said they had killed 20 Pakistani soldiers in all.',
    12,
    { measure: 'killed', claimant: null },
  ],
  [
    'a dateline does not place the unnamed officials',
    'ISLAMABAD: Six civilians were injured by shells that landed in Kunar, officials said.',
    6,
    { claimant: 'afghanistan' },
  ],
  [
    'a participle ("asserting that") takes the clause subject, not a place in its object',
    'The Pakistani Air Force had carried out sorties against Kabul and Kandahar, asserting that it had killed over 140 Taliban fighters.',
    140,
    { claimant: 'pakistan' },
  ],
  [
    'a participle after a party that struck the other side ("alleging that")',
    'Afghan forces shelled posts near Chaman, alleging that 19 Pakistani soldiers had died.',
    19,
    { claimant: 'afghanistan' },
  ],
];

const NEGATIVES: [string, string, number, Want][] = [
  [
    'a counted security official placed in Afghanistan is not Pakistan’s',
    'A security official in Khost province said 12 civilians were killed.',
    12,
    { claimant: 'afghanistan' },
  ],
  [
    'the denied figure inside the same sentence stays the other side’s',
    "The ISPR dismissed the Taliban's claim that 58 soldiers were killed, saying 23 had died.",
    58,
    { claimant: 'afghanistan' },
  ],
  [
    'an unnamed spokesman refers back to the speaker before, not to a party merely named',
    'Mujahid spoke after Pakistani jets struck a market in Kabul. The spokesman said 40 civilians died.',
    40,
    { claimant: 'afghanistan', claimantName: 'Mujahid' },
  ],
  [
    'a local official with a nationality keeps it',
    'Pakistani jets struck three villages in Paktika overnight. A Pakistani security official said 30 militants were killed.',
    30,
    { claimant: 'pakistan' },
  ],
  [
    'a pronoun with no antecedent names no one',
    'He told reporters that 23 soldiers had lost their lives.',
    23,
    { claimant: null, claimantName: null },
  ],
  [
    'a sentence that goes on with the same report keeps its speaker',
    'The Taliban said 9 Pakistani soldiers died in the clash. Another 14 were wounded near the crossing.',
    14,
    { measure: 'wounded', claimant: 'afghanistan' },
  ],
  [
    'a carried report keeps its speaker before the frame begins',
    "Pakistan's military said its forces killed 30 militants in Khost. Eleven more were wounded in the raids, after which the troops withdrew.",
    11,
    { claimant: 'pakistan' },
  ],
  [
    '"estimate" as a noun with its owner still reads as an account',
    "By the army's estimate, 40 fighters were killed in the raids.",
    40,
    { claimant: 'pakistan' },
  ],
  [
    'residents in a UN-named place are still residents',
    'Residents near the UN compound in Kabul said 6 houses were destroyed.',
    6,
    { claimant: 'other' },
  ],
  [
    'a party official talking to another country stays the party',
    'Afghan officials told Iranian diplomats that 7 traders were stranded at the crossing.',
    7,
    { claimant: 'afghanistan' },
  ],
  [
    'a UN mission at a place is still the UN',
    'The UN mission in Kabul said 14 civilians were hurt.',
    14,
    { claimant: 'un' },
  ],
  [
    'an aside that names the speaker itself is still read',
    'The strikes, according to Afghan officials, killed 12 civilians.',
    12,
    { claimant: 'afghanistan' },
  ],
  [
    '"it" is never a party that only acted in the sentence before',
    'The Taliban said 9 Pakistani soldiers died. Pakistani jets later struck Khost. It said 3 civilians were hurt there.',
    3,
    { claimant: 'afghanistan' },
  ],
  [
    'a count of people who are not sources stays a casualty',
    'Two officials were killed when the convoy was hit, police in Peshawar said.',
    2,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    "a party's own wording about a wire agency does not silence the party",
    'Mujahid told AFP that 9 posts were captured.',
    9,
    { claimant: 'afghanistan' },
  ],
  [
    'a party quoting its own sources stays the party',
    'Quoting its own field commanders, the Taliban government said 20 posts were captured.',
    20,
    { claimant: 'afghanistan' },
  ],
  [
    'unnamed local officials with no speaker before still speak for where the events are',
    'Shells landed in a Waziristan bazaar on Friday, killing 5 shoppers, officials said.',
    5,
    { claimant: 'pakistan' },
  ],
  [
    'a definite official with no speaker before falls back to the place',
    'Shells landed in a Waziristan bazaar on Friday, killing 5 shoppers, the official said.',
    5,
    { claimant: 'pakistan' },
  ],
  [
    'the speaker after a semicolon still speaks for what follows it',
    'Taliban kill 58 Pakistani troops along the border; Islamabad claims 200 Afghan fighters dead',
    200,
    { claimant: 'pakistan' },
  ],
  [
    'a count after "said" that the sentence goes on about is content, not the sources',
    'The Foreign Office said 3 diplomats had returned from Kabul.',
    3,
    { claimant: 'pakistan' },
  ],
  [
    'outside a quotation the outlet speaks again',
    '"Shells have hit homes," the Kunar governor said. Residents gathered at the hospital. At least 40 families have fled, a local elder said.',
    40,
    { claimant: 'other' },
  ],
  [
    'a resident alone is still a resident',
    "A resident of Afghanistan's eastern province said Pakistani rockets left 6 people dead.",
    6,
    { claimant: 'other' },
  ],
  [
    'sources of a party are still that party',
    'Taliban sources said 6 of their fighters had died.',
    6,
    { claimant: 'afghanistan' },
  ],
  [
    'a doctor by title who holds a party office speaks for the party',
    'Eleven soldiers died, said Dr Imran Qadir, the army spokesman.',
    11,
    { claimant: 'pakistan', claimantName: 'Dr Imran Qadir' },
  ],
  [
    'an aside set off by commas does not make the rest of the sentence background',
    'The Taliban said their fighters killed 20 Pakistani soldiers.\n\nThe offensive, following a week of shelling, left 12 Pakistani soldiers wounded near the crossing.',
    12,
    { measure: 'wounded', claimant: 'afghanistan' },
  ],
  [
    'the media on their own are still the press',
    'Afghan media said 9 Pakistani posts were captured.',
    9,
    { claimant: 'other' },
  ],
  [
    'a count after the verb that the clause goes on about is the claim',
    'Mujahid said two officials were killed in the raid.',
    2,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'a report that names its own superlative keeps it',
    'The Taliban said the strike, their biggest this year, killed 30 soldiers.',
    30,
    { claimant: 'afghanistan' },
  ],
  [
    'a group described by an appositive is not a reference back',
    'Gul Jan, a leader of a large tribal group in the region, told the paper that 30 people had been killed.',
    30,
    { claimant: 'other' },
  ],
  [
    'a sentence opener before the speaker is no name',
    'Meanwhile, the army said 12 soldiers died.',
    12,
    { claimant: 'pakistan', claimantName: 'the army' },
  ],
  [
    'nor is a participle that cites the source',
    'Quoting security sources, the channel reported that 15 hideouts were destroyed.',
    15,
    { claimant: 'pakistan', claimantName: 'security sources' },
  ],
  [
    'a name before a bracket is cut at the bracket',
    'The Frontier Corps (FC) said 4 of its men were wounded.',
    4,
    { claimant: 'pakistan', claimantName: 'The Frontier Corps' },
  ],
  [
    '"alleged that" still reports',
    'Kabul alleged that Pakistani jets killed 10 people in Khost.',
    10,
    { claimant: 'afghanistan' },
  ],
  [
    '"reported" after a comma still reports for the speaker after it',
    'Ten soldiers were killed, reported the state broadcaster.',
    10,
    { claimant: 'other' },
  ],
  [
    'an acronym never introduced stays unknown',
    '"Five other people were also martyred," XYZ said in its statement.',
    5,
    { claimant: null },
  ],
  [
    'an appositive before the verb is still read when it holds no count',
    'Ali Karimi, a spokesman for the Pakistani army, said 12 soldiers died.',
    12,
    { claimant: 'pakistan' },
  ],
  [
    'without the hedge the slot is still lent to a count told after the party’s tally',
    'The Taliban said they had killed 20 Pakistani soldiers in all.\n\nThe Taliban struck army checkpoints overnight, killing 12 Pakistani soldiers.',
    12,
    { measure: 'killed', claimant: 'afghanistan' },
  ],
  [
    'the outlet’s own lead, before any party speaks of that slot, is not lent a claimant',
    'The Taliban struck army checkpoints overnight, killing 12 Pakistani soldiers.\n\nThe Taliban said they had killed 20 Pakistani soldiers in all.',
    12,
    { measure: 'killed', claimant: null },
  ],
  [
    'a place in the sentence itself still places them',
    'Six civilians were injured by shells that landed in Kurram, officials said.',
    6,
    { claimant: 'pakistan' },
  ],
  [
    'a participle whose clause has no party for a subject names no one',
    'Shells landed near Chaman overnight, confirming fears that 23 homes were lost.',
    23,
    { claimant: null },
  ],
];

describe('family: speakers placed by their context', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));
  it.each(NEGATIVES)('not: %s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a counted speaker is no figure of its own', () => {
    const text =
      'Troops killed 14 militants in a raid near the border overnight, said one security official.';
    expect(extractFigures(text).map((f) => f.value)).toEqual([14]);
  });
});

/**
 * Paraphrased variations of the other family tables' shapes, written blind
 * (the expected slots were set from the labelling rules before the engine
 * was run): synonyms of the verbs and nouns, passive and fronted word order,
 * headline fragments, words for numbers and hedges. Every sentence was
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
import { expectFigure, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  // subject from context, attacked party
  [
    '"embraced martyrdom" is killed',
    'Twelve Pakistani soldiers embraced martyrdom in the clash, the ISPR said.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"laid down their lives" is killed, said in a statement',
    'Eight soldiers laid down their lives while repulsing the attack, the military said in a statement.',
    8,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'checkpoints overrun by the Afghan side are Pakistani posts',
    'Afghan forces said they had overrun 19 Pakistani checkpoints along the Durand Line.',
    19,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'outposts destroyed by Pakistani troops',
    'Pakistani troops destroyed 25 Afghan outposts in retaliatory fire, security sources said.',
    25,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a fronted "in a statement" before the speaker',
    'In a statement, Zabihullah Mujahid said 46 Pakistani troops were killed during the reprisal operations.',
    46,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'Taliban and affiliated fighters killed by the army',
    "Pakistan's army said it had killed more than 200 Taliban and affiliated fighters.",
    200,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    'positions seized by Taliban fighters',
    'Taliban fighters seized four Pakistani positions in Kurram overnight, Pakistani officials said.',
    4,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  // civilian sides
  [
    'civilians killed by Pakistani shelling in an Afghan town',
    'Pakistani shelling killed five civilians in Spin Boldak, Afghan officials said.',
    5,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'civilians hurt in a Pakistani town by fire from across the border',
    'Three civilians were injured in Chaman when mortar rounds fired from across the border landed in a bazaar, police said.',
    3,
    { measure: 'wounded', subject: 'pakistani-civilians', claimant: 'pakistan' },
  ],
  [
    '"lost their lives" with an "including" aside',
    'At least 10 civilians, including women and children, lost their lives in the Pakistani strikes on Kabul, the Taliban government said.',
    10,
    {
      measure: 'killed',
      subject: 'afghan-civilians',
      claimant: 'afghanistan',
      qualifier: 'at-least',
    },
  ],
  [
    'a UN count on the Afghan side',
    'The UN mission said 37 civilians were killed and 425 injured on the Afghan side of the border.',
    37,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'un' },
  ],
  [
    'the elliptical second count of a UN statement',
    'The UN mission said 37 civilians were killed and 425 injured on the Afghan side of the border.',
    425,
    { measure: 'wounded', subject: 'afghan-civilians', claimant: 'un' },
  ],
  // further counts, elliptical lists
  [
    'martyred and injured with the noun left out',
    'The army said 23 soldiers were martyred and 29 injured.',
    29,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"more" after a second count of posts',
    'Afghan forces captured 25 Pakistani posts and destroyed 19 more, Mujahid said.',
    19,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a vague second count after "and wounded"',
    'Troops killed 40 Taliban fighters and wounded dozens more, the ISPR said.',
    24,
    {
      measure: 'wounded',
      subject: 'afghan-forces',
      claimant: 'pakistan',
      qualifier: 'vague',
      upper: 99,
    },
  ],
  [
    '"another" before the second count',
    'Fourteen Pakistani soldiers were killed and another 30 were wounded, the Afghan defence ministry said.',
    30,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  // measure kinds
  [
    'bodies held',
    'The Taliban said they were holding the bodies of 17 Pakistani soldiers.',
    17,
    { measure: 'bodies', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"took prisoner" is captured',
    'Afghan forces took 9 Pakistani soldiers prisoner, a Taliban spokesman claimed.',
    9,
    { measure: 'captured', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"unaccounted for" is missing',
    'Two Pakistani soldiers remain unaccounted for after the raid, the army said.',
    2,
    { measure: 'missing', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"handed back" is released',
    'Kabul handed back 6 captured Pakistani soldiers on Sunday, officials in Islamabad said.',
    6,
    { measure: 'released', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"killed or wounded" is casualties',
    'More than 50 people were killed or wounded in the exchange of fire, hospital staff said.',
    50,
    { measure: 'casualties', subject: 'people', claimant: 'other', qualifier: 'more-than' },
  ],
  // verb shapes
  [
    '"neutralised" khawarij',
    'Security forces neutralised 30 khawarij in the border area, the ISPR said.',
    30,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    '"perished" with "according to"',
    'Around 15 Afghan fighters perished in the retaliatory fire, according to security sources.',
    15,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    'the side that "lost" fighters',
    "The Taliban regime lost nearly 100 fighters in the fighting, Pakistan's information minister said.",
    100,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    '"eliminated" operatives',
    'Pakistani forces eliminated 45 Taliban operatives near the border.',
    45,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  // claimants: sources, spans, names, late attribution
  [
    '"according to" a named Afghan spokesman, fronted',
    'According to Afghan defence ministry spokesman Enayatullah Khwarazmi, 9 Pakistani soldiers were killed.',
    9,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"wrote on X" by a named minister',
    "Pakistan's Information Minister Attaullah Tarar wrote on X that 133 Afghan Taliban fighters had been killed.",
    133,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a quote followed by "told reporters"',
    '"We killed 58 Pakistani soldiers," Mujahid told reporters in Kabul.',
    58,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a quote followed by the media wing',
    '"Our forces destroyed 21 Afghan posts," the military\'s media wing said in a statement.',
    21,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a hospital official told a wire agency',
    'A hospital official in Khost told AFP that 14 wounded people had been brought in.',
    14,
    { measure: 'wounded', subject: 'people', claimant: 'other' },
  ],
  [
    'a headline fragment with the source after a colon: first count',
    '23 soldiers martyred, over 200 Taliban killed: ISPR',
    23,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'a headline fragment with the source after a colon: second count',
    '23 soldiers martyred, over 200 Taliban killed: ISPR',
    200,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    "the Taliban government's claim",
    "Afghanistan's Taliban government claimed on Sunday that its forces had killed 58 Pakistani troops.",
    58,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'an inverted "said" with the speaker after it',
    'The fighting left 12 soldiers dead, said Lt Gen Ahmed Sharif Chaudhry, the army spokesman.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'residents of a town',
    'Residents of Spin Boldak said at least eight people had been killed.',
    8,
    { measure: 'killed', subject: 'people', claimant: 'other', qualifier: 'at-least' },
  ],
  [
    '"stated" by the Islamic Emirate\'s spokesman about its fighters',
    "The Islamic Emirate's spokesman stated that nine of its fighters were martyred.",
    9,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'a fronted participle clause before a named minister',
    'Speaking to journalists in Islamabad, Defence Minister Khawaja Asif said 40 Afghan posts had been destroyed.',
    40,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  // second and third rounds: more synonyms, headlines, hedges and speakers
  [
    '"set free" is released',
    'The Taliban set free 4 Pakistani soldiers held since the clash, the Foreign Office said.',
    4,
    { measure: 'released', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'a bracketed acronym between speaker and verb, "reduced to rubble"',
    'The Inter-Services Public Relations (ISPR) stated that 19 Afghan checkposts were reduced to rubble.',
    19,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    '"dozens of" fighters with a late claim',
    'Dozens of Taliban fighters were killed in the overnight exchange, Pakistani security officials claimed.',
    24,
    {
      measure: 'killed',
      subject: 'afghan-forces',
      claimant: 'pakistan',
      qualifier: 'vague',
      upper: 99,
    },
  ],
  [
    'a headline with "says" and no article',
    'Pak Army says 11 soldiers martyred in Afghan attack',
    11,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'a headline claim by the Taliban',
    'Taliban claim 58 Pakistani troops killed in frontier clashes',
    58,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'hideouts in Afghan provinces do not outrank the speaker after them',
    'Pakistani forces struck militant hideouts in Khost and Paktika provinces, killing 30 militants, the military said.',
    30,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'a pronoun speaker and a spokesman who "added"',
    'He said that as many as 50 Pakistani soldiers had been killed, the Taliban spokesman added.',
    50,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    "a denial is not the denier's claim",
    'Mujahid denied that 40 Afghan fighters were killed.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a fronted "in retaliation" and camps across the border',
    'In retaliation, the Pakistan Army targeted 15 Taliban camps across the border, security sources said.',
    15,
    { measure: 'targets', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    '"taken captive" by Afghan forces',
    'Nine Pakistani soldiers were taken captive by Afghan forces, the Afghan defence ministry claimed.',
    9,
    { measure: 'captured', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'bodies counted in words',
    'The bodies of twenty-three Pakistani soldiers remain with the Taliban, a spokesman for the Islamic Emirate said.',
    23,
    { measure: 'bodies', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'people hurt are people even with women and children among them',
    'At least 12 people, among them women and children, were hurt when shells landed in Kurram, local police said.',
    12,
    { measure: 'wounded', subject: 'people', claimant: 'pakistan', qualifier: 'at-least' },
  ],
  [
    '"according to a statement issued by" and a euphemism for killed',
    'According to a statement issued by the ISPR, about 200 Taliban and affiliated terrorists were sent to hell.',
    200,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    'a death toll "put at" a number',
    'Afghan officials put the civilian death toll in Paktika at 10.',
    10,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    '"some" before a count after a participle of killing',
    'The military said its troops had captured 21 enemy positions, killing some 60 fighters.',
    60,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    'security sources who "told" an outlet',
    'Over 100 Afghan Taliban personnel have been killed so far, Pakistani security sources told Geo News.',
    100,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    'UNAMA "reported that"',
    'UNAMA reported that 18 civilians had died in Pakistani air strikes in Paktika.',
    18,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'un' },
  ],
  [
    'a report of who killed whom keeps the victims Pakistani',
    'Pakistani officials said Afghan forces killed 7 soldiers at a checkpost in Kurram.',
    7,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"of the injured" with doctors speaking',
    'Seven of the injured are in critical condition, doctors at the Kandahar hospital said.',
    7,
    { measure: 'wounded', claimant: 'other' },
  ],
  [
    'a bracket of where the post was made between speaker and verb',
    'Islamic Emirate spokesman Zabihullah Mujahid, in a post on X, said 20 Pakistani posts had been captured.',
    20,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"a total of" and "in the line of duty"',
    'A total of 45 soldiers laid down their lives in the line of duty, the ISPR added.',
    45,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"of their posts" after a count of the same side',
    'Khawaja Asif told a TV channel that more than 300 Afghan Taliban were killed and 19 of their posts were destroyed.',
    19,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    '"succumbed to their injuries" is killed',
    'The army said that 6 soldiers succumbed to their injuries in hospital.',
    6,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"captured alive" after a wounded count',
    'Eighteen Afghan fighters were wounded, while 9 others were captured alive, the army said.',
    9,
    { measure: 'captured', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'an appositive between the ISPR and its verb',
    "The ISPR, the military's media wing, said 12 soldiers were martyred.",
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'an Afghan province does not outrank the military as speaker',
    'Pakistani jets bombed hideouts in Khost province, killing 25 militants, the army said.',
    25,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    '"stormed" outposts, speaker before a trailing clause',
    'Afghan Taliban fighters stormed 3 border outposts in Kurram, officials said, before being pushed back.',
    3,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"slain" and "more hurt"',
    'Fifteen Afghan soldiers were slain and 30 more hurt, a Pakistani security official said.',
    30,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a verbless list of headquarters and posts with one verb',
    'Two brigade headquarters, four battalion headquarters and 19 posts of the Taliban were destroyed, the military said.',
    19,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    '"among those who lost their lives"',
    'Afghan authorities said 9 children and 4 women were among those who lost their lives in the strikes in Paktika.',
    9,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    '"gunned down" with "roughly"',
    'Roughly 40 Taliban militants were gunned down in the clash, security sources said.',
    40,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    '"said in a statement that" before the count',
    'The Afghan ministry of defence said in a statement that its forces had destroyed 25 Pakistani military posts.',
    25,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"sustained injuries" after "others"',
    'Eleven Pakistani troops lost their lives, while 27 others sustained injuries, the ISPR said.',
    27,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"several" is vague 3 to 9',
    "Pakistan's military said several soldiers were martyred in the attack.",
    3,
    {
      measure: 'killed',
      subject: 'pakistani-forces',
      claimant: 'pakistan',
      qualifier: 'vague',
      upper: 9,
    },
  ],
  [
    '"of its fighters" and a second bare count',
    'The Taliban administration said 12 of its fighters were killed and 20 were injured.',
    20,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'a modal "may have been killed" with "up to"',
    'Up to 15 civilians may have been killed in the Pakistani raids on Kabul, the UN said.',
    15,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'un', qualifier: 'at-most' },
  ],
  [
    '"between … and" range told to a wire agency',
    'Between 20 and 30 Taliban fighters were killed, a senior Pakistani security official told Reuters.',
    20,
    {
      measure: 'killed',
      subject: 'afghan-forces',
      claimant: 'pakistan',
      qualifier: 'range',
      upper: 30,
    },
  ],
  [
    'positions destroyed by Pakistani security forces',
    "Pakistan's security forces repulsed the attack and destroyed 21 Taliban positions, state broadcaster PTV reported.",
    21,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'a third count "also martyred" of the speaker\'s own side',
    'Zabihullah Mujahid said Afghan forces killed 58 Pakistani soldiers and wounded 30 others, adding that 9 Afghan fighters were also martyred.',
    9,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'khawarij counted beside the Taliban are militants',
    "The army's spokesman told a press conference that 206 Taliban and 110 khawarij had been killed.",
    110,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'killed beside seized tanks',
    'Afghan forces killed 12 Pakistani soldiers and seized 5 tanks, the Taliban said.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'bodies received by a hospital',
    'Hospital officials in Spin Boldak said they had received the bodies of 12 civilians.',
    12,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'other' },
  ],
  // fourth round: counts in words, headlines, speakers across sentences, lists
  [
    '"members of a single family" after strikes named by Afghan officials',
    'Afghan officials said Pakistani strikes had hit a house in Paktika. Eight members of a single family were killed, they said.',
    8,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    '"a dozen" is twelve',
    'A dozen Pakistani soldiers were killed in the ambush, the Taliban said.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"nearly two dozen" is about 24',
    'Nearly two dozen Taliban fighters were killed, according to the ISPR.',
    24,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    '"he added" in the next paragraph keeps the speaker and the side of the posts',
    'Taliban spokesman Zabihullah Mujahid said nine Pakistani soldiers had been killed.\n\nHe added that 11 posts had been taken.',
    11,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a count of soldiers beside one civilian, with a governor speaking',
    'Three Afghan soldiers and a civilian were killed, the governor of Kandahar said.',
    3,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'a fronted "in the ensuing firefight" after an attack on posts',
    'The Taliban attacked Pakistani border posts. In the ensuing firefight, 23 soldiers were martyred, the ISPR said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'strikes named in the sentence before place the civilians',
    'Pakistan carried out air strikes in Kabul and Kandahar on Friday. Afghan officials said 12 civilians were killed.',
    12,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'a commander in an Afghan town who told a broadcaster',
    'Nine Afghan fighters were killed in Pakistani fire, a Taliban commander in Spin Boldak told the BBC.',
    9,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    '"flattened" posts',
    'At least 19 Taliban posts were flattened by artillery, Pakistani officials said.',
    19,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'at-least' },
  ],
  [
    'a fronted Pakistani town and a district administration',
    'In Chaman, 4 civilians were wounded by Afghan mortar fire, the district administration said.',
    4,
    { measure: 'wounded', subject: 'pakistani-civilians', claimant: 'pakistan' },
  ],
  [
    'the side that "lost" soldiers, claimed by the other side',
    'Pakistan lost 11 soldiers in the clashes, the Afghan defence ministry claimed.',
    11,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'killed after a shot-down drone',
    'The Taliban said they had shot down a drone and killed 15 Pakistani soldiers near Torkham.',
    15,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    '"the number of" a group "killed at" a count',
    'Security officials put the number of Afghan Taliban killed at more than 200.',
    200,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    'hideouts "belonging to" the TTP',
    'Twenty-one hideouts belonging to the TTP were hit, the military said.',
    21,
    { measure: 'targets', subject: 'militants', claimant: 'pakistan' },
  ],
  [
    'a two-claim headline: the second side',
    'Kabul says 9 of its soldiers died, Islamabad says 23 of its troops were martyred',
    23,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'a two-claim headline: the first side',
    'Kabul says 9 of its soldiers died, Islamabad says 23 of its troops were martyred',
    9,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    '"some" and "captured alive"',
    'Some 30 Pakistani soldiers were captured alive, the Islamic Emirate claimed in a statement on Saturday.',
    30,
    {
      measure: 'captured',
      subject: 'pakistani-forces',
      claimant: 'afghanistan',
      qualifier: 'about',
    },
  ],
  [
    'an elliptical wounded count told to a newspaper',
    'Pakistani troops killed 23 Afghan soldiers and injured 40, a military source told Dawn.',
    40,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'a list of counts shares the verb before its first member',
    'Officials said Pakistani forces had destroyed 6 Taliban tanks and 19 checkpoints.',
    19,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'a comma list of counts shares the verb too',
    'Pakistani jets struck two camps, three depots and four hideouts in Khost.',
    4,
    // Hideouts are militants' by the labelling rules, whoever struck them.
    { measure: 'targets', subject: 'militants' },
  ],
  [
    '"the number of" a group names its side over the speaker\'s',
    'Kabul said the number of Pakistani soldiers killed had reached 58.',
    58,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  // fifth round: speakers in other positions
  [
    'a trailing participle after the claim keeps the army as speaker',
    "Pakistan's army on Sunday said it had killed 200 Taliban fighters, calling the attack unprovoked.",
    200,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    '"our brave soldiers" with a prime minister writing on X',
    'Twenty-three of our brave soldiers were martyred, Prime Minister Shehbaz Sharif wrote on X.',
    23,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'wounded people counted by Afghan health officials',
    'Afghan health officials said 40 wounded people had been taken to hospitals in Kandahar.',
    40,
    { measure: 'wounded', subject: 'people', claimant: 'afghanistan' },
  ],
  [
    'an "among them" aside and a statement posted online',
    'The raids killed 8 civilians, among them two children, the Taliban’s spokesman, Zabihullah Mujahid, said in a statement he posted online.',
    8,
    { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
  ],
  [
    'an inverted "said sources in" after a count',
    'Over 50 Afghan Taliban personnel were killed in precise strikes, said sources in the security establishment.',
    50,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
  [
    '"martyred and 16 injured" of the speaker\'s side told to a wire agency',
    'Mujahid told the Associated Press that 9 Afghan soldiers had been martyred and 16 injured.',
    16,
    { measure: 'wounded', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    'a clause-opening "Per the ISPR"',
    'Per the ISPR, 12 soldiers embraced shahadat while fighting the intruders.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    'people killed in homes struck by drones',
    'The Taliban-run interior ministry said Pakistani drones had struck 3 homes in Khost, killing 8 people.',
    8,
    { measure: 'killed', subject: 'people', claimant: 'afghanistan' },
  ],
  [
    'officials speaking on condition of anonymity',
    'Pakistani security sources, speaking on condition of anonymity, said 38 Afghan fighters had been killed.',
    38,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'police in a Pakistani district "reported that"',
    'Police in Kurram reported that 5 people were injured when an Afghan mortar shell hit a house.',
    5,
    { measure: 'wounded', subject: 'people', claimant: 'pakistan' },
  ],
  [
    'soldiers "stationed there" after an overrun checkpoint',
    'Afghan troops overran a Pakistani checkpoint and killed 6 soldiers stationed there, the Taliban said.',
    6,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a named deputy spokesman in apposition',
    "The Afghan interim government's deputy spokesman, Hamdullah Fitrat, said 18 Pakistani posts had been destroyed.",
    18,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a quoted euphemism told to a news conference',
    '"At least 30 terrorists were sent to hell," the army\'s spokesman told a news conference in Rawalpindi.',
    30,
    { measure: 'killed', subject: 'militants', claimant: 'pakistan', qualifier: 'at-least' },
  ],
  [
    '"the toll among" troops rose to a count',
    'The toll among Pakistani troops rose to 12, the military said on Monday.',
    12,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"As per" a source opens a clause like "according to"',
    'As per security sources, 30 Afghan posts were destroyed.',
    30,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'an inverted "said" after a count, with an unnamed Afghan source',
    'Eleven Pakistani soldiers were captured, said a Taliban commander in Kandahar.',
    11,
    { measure: 'captured', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  // sixth round: headlines and wire styles
  [
    'a headline "claims it neutralised" posts',
    'Pakistan Army claims it neutralised 19 Afghan Taliban posts overnight',
    19,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'border guards of the Islamic Emirate and a ministry in Kabul',
    'Border guards of the Islamic Emirate killed 20 Pakistani soldiers, the ministry of defence in Kabul said.',
    20,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a verbless headline list after "lose", with a colon source',
    'Afghan Taliban lose 25 fighters, 10 posts in Pakistani retaliation: sources',
    10,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
  ],
  [
    'Frontier Corps personnel who "sustained wounds"',
    'Pakistani security officials said 7 Frontier Corps personnel sustained wounds in the exchange.',
    7,
    { measure: 'wounded', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"taken control of" outposts',
    'The Taliban said they had taken control of 8 Pakistani outposts and seized weapons.',
    8,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'afghanistan' },
  ],
  [
    'a force that "lost around 40 men"',
    'Taliban forces lost around 40 men in the clashes, according to Pakistani officials.',
    40,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'about' },
  ],
  [
    '"Of the 23 soldiers killed, 9 were …": a part of a counted group',
    'Of the 23 soldiers killed, 9 were from the Frontier Corps, the ISPR said.',
    9,
    { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    '"our posts" are the speaker\'s own, speaker after the quotation',
    '"Nineteen of our posts were captured," an Afghan border commander conceded on Sunday.',
    19,
    { measure: 'posts', subject: 'afghan-forces', claimant: 'afghanistan' },
  ],
  [
    '"our checkpoints" are the speaker\'s own, reported speech',
    'A Pakistani officer admitted that the attackers had overrun three of our checkpoints.',
    3,
    { measure: 'posts', subject: 'pakistani-forces', claimant: 'pakistan' },
  ],
  [
    "a second verb after a comma shares the headline's speaker; the count after it is no speaker",
    'Pakistan says 23 troops killed, claims over 200 Taliban dead',
    200,
    { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', qualifier: 'more-than' },
  ],
];

describe('paraphrased variants of the family shapes', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it.each([
    ['a year is not a figure', 'The 2,640-km frontier was drawn in 1893.', 1893],
    ['an age is not a figure', 'The 45-year-old commander was among those killed.', 45],
    ['a relative date is not a figure', 'Fighting resumed three days later along the frontier.', 3],
    ['"the two neighbours" is not a figure', 'The two neighbours agreed to a truce in Doha.', 2],
  ])('negative: %s', (_name, text, value) => {
    expect(extractFigures(text).some((f) => f.value === value)).toBe(false);
  });

  it('negative: posts without "our" still belong to the side the speaker struck', () => {
    expectFigure('An Afghan border commander said his men captured nineteen posts overnight.', 19, {
      measure: 'posts',
      subject: 'pakistani-forces',
      claimant: 'afghanistan',
    });
  });

  it('negative: a counted speaker after the verb is still read as the speaker, not as content', () => {
    expectFigure('At least 40 people died in the strikes, said two residents of Spin Boldak.', 40, {
      measure: 'killed',
      subject: 'people',
      claimant: 'other',
      qualifier: 'at-least',
    });
  });

  it('negative: a second count with its own noun keeps that noun', () => {
    expectFigure('Afghan forces destroyed 130 posts and captured 26 soldiers.', 26, {
      measure: 'captured',
    });
  });
  it('negative: a later verb of its own keeps a count out of the list before it', () => {
    expectFigure('Afghan forces killed 58 soldiers, and Pakistani jets destroyed 19 posts.', 19, {
      measure: 'posts',
      subject: 'afghan-forces',
    });
  });

  it('negative: a modal verb of another kind does not lend its measure', () => {
    expectFigure('Up to 40 soldiers may have been captured, the Taliban claimed.', 40, {
      measure: 'captured',
      qualifier: 'at-most',
    });
  });
  it('negative: "per" after a number is a rate, not a source', () => {
    expectFigure('Prices rose 10 per cent after the crossing closed, traders said.', 10, {
      measure: 'other',
      claimant: 'other',
    });
  });

  it('negative: an appositive with no count before the inverted verb is still the speaker', () => {
    expectFigure(
      'Nine soldiers were martyred, the spokesperson, Lt Gen Ahmed Sharif Chaudhry, said.',
      9,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    );
  });
});

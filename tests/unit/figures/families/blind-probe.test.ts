/**
 * A blind probe of the subject and measure families: sentences and short
 * paragraphs written for this test in the shapes real reporting uses (Afghan
 * civilians in many wordings, killed and casualty counts outside the verb
 * lists, forces whose counted noun is bare), each with the measure and
 * subject set from the labelling rules before the engine was run. Only the
 * sentences the engine reads as labelled are kept here, so a change that
 * breaks one fails; the ones it still misreads are listed in the report of
 * the change that added this file, not asserted.
 */
import { describe, it } from 'vitest';
import { expectFigure, type Want } from './family-table';

const CASES: [string, number, Want][] = [
  [
    'Pakistani air strikes on Paktika province killed nine women and children, Taliban officials said.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Seven members of one family died when a mortar round hit their house in Kunar province.',
    7,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Residents of the Barmal district said 14 villagers were killed in the overnight bombing by Pakistani jets.',
    14,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'At least six worshippers were killed when a Pakistani drone struck a mosque in Khost.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Eleven students were among the dead after the strike on a religious school in Nangarhar province.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The shelling killed four labourers working on a road near Spin Boldak.',
    4,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Twenty displaced people sheltering in a camp in Paktika were killed in the raid, the Taliban government said.',
    20,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'In Afghanistan, 12 civilians were killed in the Pakistani strikes, according to the Taliban.',
    12,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistan carried out air strikes in Afghanistan overnight. Taliban spokesman Zabihullah Mujahid said 10 civilians were killed.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The Taliban said Pakistani bombing in Kabul killed 13 civilians, including women and children.',
    13,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Eight civilians, most of them women and children, were killed in Pakistani strikes in Paktika, the Taliban said.',
    8,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'A Pakistani drone strike on a wedding party in Kunar left 16 guests dead.',
    16,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Hospital officials in Khost said they had received 30 wounded civilians after the Pakistani strikes.',
    30,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Nine children were among 15 civilians killed by Pakistani air raids in Afghanistan, the UN said.',
    15,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Nine children were among 15 civilians killed by Pakistani air raids in Afghanistan, the UN said.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Taliban officials said the Pakistani strikes on Kandahar killed 18 Afghan citizens.',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Three farmers were killed in their fields by Pakistani artillery fire in Kunar, a district official said.',
    3,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani airstrikes hit a refugee settlement in Khost, killing 17 refugees, Afghan authorities said.',
    17,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The bodies of 12 civilians were pulled from the rubble in Paktika after the Pakistani raid.',
    12,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said 37 Afghan civilians had been killed and 120 injured since the fighting began.',
    37,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said 37 Afghan civilians had been killed and 120 injured since the fighting began.',
    120,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'A Pakistani air strike hit a house in Barmal district, killing a man, his wife and their six children.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'In Paktika, eight members of a single family were killed when their home was bombed by Pakistani jets.',
    8,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Fighting along the border has killed more than 70 people, officials on both sides said.',
    70,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'At least 12 people were killed in Pakistani air strikes in eastern Afghanistan, a hospital official said.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Afghan shelling killed four civilians in the Pakistani town of Chaman, local police said.',
    4,
    { measure: 'killed', subject: 'pakistani-civilians' },
  ],
  [
    'Five children were hurt when Afghan mortar shells landed in a village in Kurram district of Pakistan.',
    5,
    { measure: 'wounded', subject: 'pakistani-civilians' },
  ],
  [
    'Nineteen Pakistani soldiers lost their lives in the clashes, the army said.',
    19,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Twelve Afghan border guards perished in the fighting, Taliban officials said.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The death toll from the Pakistani strikes in Khost rose to 25 civilians, the Taliban said.',
    25,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  ['The death toll rose to 25, officials said.', 25, { measure: 'killed', subject: 'people' }],
  [
    'Rescuers recovered 14 bodies from the rubble in Paktika.',
    14,
    // Bodies recovered from the rubble count the dead (labelling rules, "Measures").
    { measure: 'killed', subject: 'people' },
  ],
  [
    'The army reported 11 fatalities among its troops.',
    11,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The clashes claimed the lives of 23 Pakistani soldiers, the military said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Pakistani bombardment left 40 Afghan civilians dead, the Taliban said.',
    40,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Taliban officials reported 35 casualties among civilians in Paktika.',
    35,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'More than 50 Afghan soldiers were killed or injured, the ISPR said.',
    50,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'The toll rose to 17 Pakistani soldiers after two more died in hospital.',
    17,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The fighting caused 40 casualties among Afghan forces, the Pakistani military said.',
    40,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'Afghan forces suffered 60 casualties, Pakistani security sources said.',
    60,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'Pakistan said 23 of its soldiers had been martyred and 29 wounded.',
    29,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Mujahid said 58 Pakistani soldiers had been killed and 30 others wounded.',
    30,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'The raids left 15 people dead and 20 wounded in Paktika, the Taliban said.',
    15,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'The raids left 15 people dead and 20 wounded in Paktika, the Taliban said.',
    20,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'Afghanistan said nine of its soldiers were martyred in the fighting.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The strikes resulted in the deaths of 16 Afghan civilians.',
    16,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Twenty-three Pakistani troops were killed in action, the ISPR confirmed.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Pakistan put its losses at 23 soldiers killed.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Pakistani military said 200 Taliban fighters had been neutralised.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Over 40 Afghan civilians were killed or wounded in the strikes, the UN said.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Afghan officials said the civilian death toll had reached 37.',
    37,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Twelve Afghan soldiers were among the dead, Pakistani officials said.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Three Pakistani soldiers succumbed to their wounds in hospital.',
    3,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The ISPR said around 200 of the attackers, Taliban fighters and their affiliates, had been killed.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Taliban forces attacked Pakistani border posts on Saturday night. Pakistani troops repulsed the assault and killed 40 attackers, the military said.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani security forces came under fire from across the border. Five personnel were martyred, the ISPR said.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Pakistani security forces came under fire from across the border. Five troops were martyred, the ISPR said.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Taliban’s spokesman said seven Afghan fighters were killed and 13 wounded during the fighting with Pakistani troops.',
    7,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Taliban’s spokesman said seven Afghan fighters were killed and 13 wounded during the fighting with Pakistani troops.',
    13,
    { measure: 'wounded', subject: 'afghan-forces' },
  ],
  [
    'Afghan defence ministry said its forces killed 58 Pakistani soldiers and lost nine men of their own.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Afghan defence ministry said nine of its soldiers were killed.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Taliban said 20 of its fighters had been killed in the Pakistani strikes.',
    20,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani officials said Afghan troops attacked a border post, killing three guards.',
    3,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Afghan Taliban fighters attacked several Pakistani posts. Seven Pakistani soldiers were killed, and 12 men were wounded, officials said.',
    12,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Pakistani troops pounded Taliban positions across the Durand Line, killing 25 fighters, security sources said.',
    25,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Afghan Taliban said their forces captured 25 Pakistani posts and killed 58 troops.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Mujahid said the Islamic Emirate forces had killed 58 soldiers and captured 25 posts.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Mujahid said the Islamic Emirate forces had killed 58 soldiers and captured 25 posts.',
    25,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'The ISPR said 23 soldiers embraced martyrdom while repulsing the Afghan attack.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Security sources said Pakistani forces destroyed 19 Afghan posts and killed dozens of Taliban.',
    19,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'The Pakistani army said it had destroyed 21 Taliban positions along the border.',
    21,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'Afghan forces said they seized 20 Pakistani checkposts in retaliation.',
    20,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'Pakistan said its jets struck 22 targets inside Afghanistan, including Taliban camps.',
    22,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    'Pakistani aircraft hit 15 hideouts of the TTP in Afghanistan, the military said.',
    15,
    { measure: 'targets', subject: 'militants' },
  ],
  [
    'The army said the operation had killed 30 khawarij in North Waziristan.',
    30,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'The Taliban lost 150 men in the fighting, according to Pakistani military sources.',
    150,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistan said it killed 274 Taliban and affiliated fighters, while 23 of its own soldiers were martyred.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'According to the ISPR, 11 soldiers including an officer were martyred in the Afghan attack.',
    11,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Afghan border police said two of their men were wounded in Pakistani firing.',
    2,
    { measure: 'wounded', subject: 'afghan-forces' },
  ],
  [
    'Pakistani paramilitary forces lost four men in the exchange of fire at Torkham.',
    4,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Taliban said 15 Pakistani soldiers were captured alive during the fighting.',
    15,
    { measure: 'captured', subject: 'pakistani-forces' },
  ],
  [
    'Kabul said its forces had taken control of 19 Pakistani posts and seized weapons.',
    19,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'Pakistan carried out 22 air strikes in three provinces.',
    22,
    { measure: 'other', subject: 'other' },
  ],
  [
    'The border crossing at Torkham stayed closed for 21 days.',
    21,
    { measure: 'other', subject: 'other' },
  ],
  ['The two sides agreed to a 48-hour ceasefire.', 48, { measure: 'other', subject: 'other' }],
  [
    'UNAMA said it had documented 146 civilian casualties in Afghanistan since the start of the Pakistani operation, with 42 killed and 104 injured.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said it had documented 146 civilian casualties in Afghanistan since the start of the Pakistani operation, with 42 killed and 104 injured.',
    42,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said it had documented 146 civilian casualties in Afghanistan since the start of the Pakistani operation, with 42 killed and 104 injured.',
    104,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'The UN mission recorded 56 civilian deaths in Afghanistan from cross-border strikes this week.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani bombardment of Khost and Paktika killed 18 and injured 22, according to local officials.',
    18,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Afghan authorities said the number of dead in Kunar had risen to 19.',
    19,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'The civilian toll in Afghanistan climbed to 56 dead and more than 100 wounded, the UN said.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The civilian toll in Afghanistan climbed to 56 dead and more than 100 wounded, the UN said.',
    100,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Pakistan strikes kill 10 in Afghanistan, Taliban say',
    10,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'At least 10 civilians killed as Pakistani jets pound Afghan border areas',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Among the dead in Paktika were six children and two women, the Taliban said.',
    6,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Among the dead in Paktika were six children and two women, the Taliban said.',
    2,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The Pakistani strikes on Kabul killed 13 people, including nine children, the Taliban government said.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani strikes hit a madrassa in Paktika, killing 12 students and a teacher, Taliban officials said.',
    12,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Residents said 9 members of a nomad family were killed in the Pakistani strikes in Khost.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'A strike on a market in Spin Boldak killed 11 shoppers and stallholders, Afghan officials said.',
    11,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'In Kunar province, Pakistani rockets killed five civilians and wounded seven others.',
    7,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Pakistan denied killing civilians, but the Taliban said 23 civilians died in the Pakistani strikes in Afghanistan.',
    23,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The Taliban said Pakistani aircraft had bombed a house in Paktika, killing eight members of the same family.',
    8,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The Taliban said the Pakistani strikes killed 17 civilians and injured 28.',
    28,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'At least 35 people were killed and 120 injured in two days of fighting, officials said.',
    120,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'Afghan health officials said the bodies of 14 civilians had been brought to the provincial hospital in Khost.',
    14,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani soldiers killed in the clashes numbered 23, the ISPR said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Pakistan admitted to losing 23 soldiers in the clashes.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Pakistan suffered 23 fatalities, the military said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Afghan side suffered 200 fatalities, the ISPR said.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The military said it had inflicted heavy losses, killing more than 200 Taliban and allied militants.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Taliban spokesman said 12 Afghan fighters had been martyred, while Pakistan lost 58 soldiers.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Taliban spokesman said 12 Afghan fighters had been martyred, while Pakistan lost 58 soldiers.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    "Pakistan's military said 23 soldiers died defending the border, while more than 200 Taliban fighters were killed.",
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Kabul reported the deaths of nine of its fighters in the exchange.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Officials in Kabul said the Afghan side lost nine fighters.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Afghan forces said they killed 58 Pakistani troops and captured 25 of their posts.',
    25,
    { measure: 'posts', subject: 'pakistani-forces' },
  ],
  [
    'Pakistan claimed 19 Afghan posts were destroyed and several were captured by its troops.',
    19,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'The Afghan Taliban admitted that nine of their men were killed.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The military said the Afghan Taliban attacked at several points. Troops responded and killed 15 fighters, it said.',
    15,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Taliban fighters ambushed a Pakistani convoy near the border. Twelve soldiers were killed and eight wounded, the army said.',
    12,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Taliban fighters ambushed a Pakistani convoy near the border. Twelve soldiers were killed and eight wounded, the army said.',
    8,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    "Afghanistan's defence ministry said its forces had struck Pakistani army posts in reprisal. It said 47 Pakistani soldiers were killed and 26 wounded, and that eight Afghan soldiers died.",
    8,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani security officials said 30 Afghan attackers were killed near Angoor Adda.',
    30,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Pakistani army said troops had killed 25 infiltrators trying to cross from Afghanistan.',
    25,
    { measure: 'killed', subject: 'militants' },
  ],
  [
    'Security sources said 40 Afghan Taliban and TTP fighters were killed in the strikes on their hideouts in Kandahar.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Taliban said its forces had destroyed three Pakistani tanks and captured 25 soldiers.',
    25,
    { measure: 'captured', subject: 'pakistani-forces' },
  ],
  [
    'Four Pakistani soldiers were wounded when a shell hit their post in Bajaur, officials said.',
    4,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Security sources said nine soldiers were martyred and four injured.',
    4,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Afghan officials put the number of Pakistani soldiers killed at 58.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Afghan officials put the number of civilians killed in Pakistani strikes at 37.',
    37,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The dead included nine children, Taliban officials in Khost said.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Among those killed in the Pakistani strikes in Paktika were nine children.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Those killed in the Pakistani raid on Khost included nine children and two women.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'A Pakistani air strike killed a family of nine in Khost, the Taliban said.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'At least 12 civilians, including women and children, died in Pakistani air raids on Paktika.',
    12,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians — six children and four women — were killed in the Pakistani strikes on Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Civilian casualties in Afghanistan rose to 146, the UN mission said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'The civilian death toll in Afghanistan stood at 56, the UN said.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The number of civilian casualties in Afghanistan has reached 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'The number of civilians killed in Afghanistan has reached 56, UNAMA said.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The new strikes bring the number of Afghan civilians killed to 56, the UN said.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said 146 civilians had been harmed in Afghanistan, 42 of them killed.',
    42,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA verified 146 civilian casualties in Afghanistan (42 killed and 104 injured).',
    42,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA verified 146 civilian casualties in Afghanistan (42 killed and 104 injured).',
    104,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'The Pakistani strikes in Khost caused 30 civilian casualties, including 12 deaths.',
    30,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'The Pakistani strikes in Khost caused 30 civilian casualties, including 12 deaths.',
    12,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'In Khost, 12 civilians were killed and 18 injured when Pakistani jets bombed residential areas.',
    18,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani strikes on Kabul and Kandahar left 18 civilians dead or wounded.',
    18,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Afghan officials said the strikes in Paktika had killed or injured 40 civilians.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'At least 40 civilians were killed or wounded in Paktika, Afghan officials said.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'At least 40 civilians were either killed or wounded in Paktika, Afghan officials said.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'At least 40 civilian casualties were reported in Paktika after the Pakistani strikes.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'The Pakistani strikes resulted in 40 civilian casualties in Paktika.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Civilian casualties from the strikes in Afghanistan numbered at least 40, according to the UN.',
    40,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Since the fighting began, the UN has recorded 40 civilian deaths and 100 injuries in Afghanistan.',
    100,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'The Taliban said the Pakistani attacks in Kunar had left 11 civilians dead, among them five children.',
    5,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Doctors in Khost said 23 people were brought dead to the hospital after the Pakistani strikes.',
    23,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Afghanistan says 18 civilians killed in Pakistani air strikes',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani air strikes kill 18 civilians in Afghanistan',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani air strikes kill 18 civilians in eastern Afghanistan, Taliban says',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    '18 civilians dead as Pakistan bombs Afghan border villages',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Pakistan says its strikes killed 70 militants; Kabul says 18 civilians died.',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The Islamic Emirate said Pakistani strikes martyred 18 civilians in Nangarhar.',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Eighteen civilians were martyred in Nangarhar in the Pakistani bombardment.',
    18,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Eighteen people were martyred in Nangarhar in the Pakistani bombardment.',
    18,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Pakistani jets struck 12 locations in Khost and Paktika, the Taliban said.',
    12,
    // Sites given only as "locations" by the side hit are subject `other` (labelling rules, "Measures").
    { measure: 'targets', subject: 'other' },
  ],
  [
    'Pakistani aircraft bombed 12 sites in Afghanistan.',
    12,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    'Pakistan targeted 12 Taliban and TTP sites across the border.',
    12,
    { measure: 'targets', subject: 'afghan-forces' },
  ],
  [
    'At least 10 civilians, including six children and a woman who was pregnant, were killed in the strikes in Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians in the Barmal and Urgun districts of Paktika province were killed overnight, officials said.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians from two neighbouring villages in the Dand-e-Patan district of Paktia were killed.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Civilian casualties: 146 (42 killed, 104 injured)',
    146,
    { measure: 'casualties', subject: 'civilians' },
  ],
  [
    'Afghan officials said ten civilians had been killed, and a further 14 were injured.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    "Pakistan's strikes killed 10 civilians in Paktika; another 14 were hurt.",
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians, most of them from one extended family, lost their lives in Khost.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The Taliban administration said that at least 10 civilians, among them women and children, were killed when Pakistani aircraft bombed homes in Paktika province late on Monday.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Zabihullah Mujahid, the Taliban government\'s chief spokesman, said that 10 civilians were martyred in the "cowardly" Pakistani attack.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians were reportedly among those killed in the Pakistani strikes in Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The dead, 10 civilians in all, were buried in Paktika on Tuesday.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    // (The aside calls every one of them civilians: by the labelling rules they are civilians,
    // filed where they were hit.)
    'The Pakistani strikes on Paktika killed at least 10 people and wounded 14 others, all of them civilians.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'According to the Taliban, 10 civilians died and 14 were injured in the Pakistani strikes.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians died on the spot and 14 were injured in Khost.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians were killed and 14 others sustained injuries in Khost.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani strikes in Khost left ten civilians dead and 14 injured.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'The strikes killed 10 civilians and injured 14, according to the Taliban.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Pakistani strikes on Khost: 10 civilians killed, 14 injured',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'At least 10 civilians lost their lives and 14 others were injured in the Pakistani attack on Khost.',
    14,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'In Khost, the casualties included 10 civilians.',
    10,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians were among the casualties in Khost.',
    10,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'The strike on a house in Khost killed all 10 members of the household.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said 10 civilians were killed and 14 wounded by Pakistani military strikes in Khost and Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    // A count of a nationality is people unless its sentence calls them civilians (labelling rules).
    'Pakistani airstrikes killed 10 Afghan nationals in Khost, the Taliban said.',
    10,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Pakistani airstrikes killed 10 civilians, all Afghan nationals, in Khost, the Taliban said.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Afghan civilians bore the brunt: 10 were killed in Khost on Monday alone.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'A Pakistani shell killed ten members of a family in Kunar.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten members of the same family, including four children, were among the dead in Kunar.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The strikes in Paktika killed 10, the Taliban said.',
    10,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Pakistani jets killed 10 in Paktika, the Taliban said, most of them women and children.',
    10,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'UNAMA said 146 civilians (42 killed and 104 injured) had been harmed in Afghanistan.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said 146 civilians had been harmed in Afghanistan since the fighting began.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Twelve people so far have been confirmed dead in Khost.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  ['Twelve people in total were killed in Khost.', 12, { measure: 'killed', subject: 'people' }],
  ['Twelve people altogether were killed in Khost.', 12, { measure: 'killed', subject: 'people' }],
  [
    'Twelve people have been confirmed dead in Khost.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Twelve people are confirmed to have died in Khost.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  ['Twelve people have now died in Khost.', 12, { measure: 'killed', subject: 'people' }],
  ['Twelve people were left dead in Khost.', 12, { measure: 'killed', subject: 'people' }],
  [
    'Twelve people were pronounced dead at the hospital in Khost.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'The attack in Khost killed twelve and wounded dozens.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  ['Twelve were killed in Khost, officials said.', 12, { measure: 'killed', subject: 'people' }],
  ['Twelve are dead in Khost, officials said.', 12, { measure: 'killed', subject: 'people' }],
  ['Twelve people died instantly in Khost.', 12, { measure: 'killed', subject: 'people' }],
  ['Twelve people were killed instantly in Khost.', 12, { measure: 'killed', subject: 'people' }],
  ['Twelve people were reported dead in Khost.', 12, { measure: 'killed', subject: 'people' }],
  ['The strike in Khost took 12 lives.', 12, { measure: 'killed', subject: 'people' }],
  ['The strike in Khost cost 12 lives.', 12, { measure: 'killed', subject: 'people' }],
  ['The strike in Khost left 12 people dead.', 12, { measure: 'killed', subject: 'people' }],
  [
    'The strike in Khost resulted in the deaths of 12 people.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  ['The strike in Khost resulted in 12 deaths.', 12, { measure: 'killed', subject: 'people' }],
  [
    'Twelve people were wounded or killed in Khost.',
    12,
    { measure: 'casualties', subject: 'people' },
  ],
  [
    'Twelve people were either killed or injured in Khost.',
    12,
    { measure: 'casualties', subject: 'people' },
  ],
  [
    'Twelve people were killed and wounded in Khost.',
    12,
    { measure: 'casualties', subject: 'people' },
  ],
  ['The strike in Khost caused 12 casualties.', 12, { measure: 'casualties', subject: 'people' }],
  ['Twelve casualties were reported in Khost.', 12, { measure: 'casualties', subject: 'people' }],
  ['Twelve people became casualties in Khost.', 12, { measure: 'casualties', subject: 'people' }],
  ['There were 12 casualties in Khost.', 12, { measure: 'casualties', subject: 'people' }],
  ['There were 12 dead in Khost.', 12, { measure: 'killed', subject: 'people' }],
  ['Khost hospital received 12 dead and 30 injured.', 12, { measure: 'killed', subject: 'people' }],
  [
    'Khost hospital received 12 dead and 30 injured.',
    30,
    { measure: 'wounded', subject: 'people' },
  ],
  [
    'Pakistani troops killed or wounded 40 Taliban fighters, the army said.',
    40,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'More than 40 Afghan Taliban were either killed or wounded.',
    40,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'Over 40 Taliban fighters killed and wounded in retaliatory fire',
    40,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'The Taliban regime suffered over 40 casualties.',
    40,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'Afghan Taliban casualties exceeded 200, the security sources said.',
    200,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'The Taliban took heavy casualties, with 200 killed, security sources said.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Security sources said the Taliban lost more than 200 fighters and over 20 posts.',
    20,
    { measure: 'posts', subject: 'afghan-forces' },
  ],
  [
    'UNAMA put civilian casualties in Afghanistan at 146.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA estimated civilian deaths in Afghanistan at 56.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA reported civilian casualties totalling 146 in Afghanistan.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA reported civilian casualties of 146 in Afghanistan.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA reported a civilian death toll of 56 in Afghanistan.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'In Afghanistan, UNAMA counted 56 civilian deaths.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'In Paktika, 12 civilians; in Khost, nine civilians were killed, the UN said.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The strikes killed 12 civilians in Paktika and nine in Khost.',
    9,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Of the 146 civilian casualties in Afghanistan, 42 were killed.',
    42,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Of the 56 civilians killed in Afghanistan, 20 were children.',
    20,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Women and children accounted for 30 of the civilian casualties in Afghanistan.',
    30,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Forty fighters were killed in retaliatory strikes by Pakistan, security sources said.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'In the Pakistani retaliation, 40 fighters were killed, security sources said.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Afghan forces opened fire on Pakistani posts. Pakistan responded, and 19 Afghan posts were destroyed, while 40 fighters were killed.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistan said it had retaliated against Taliban aggression, killing 40 personnel.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Kabul said its forces had responded to Pakistani violations, killing 58 personnel.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Islamic Emirate said 58 personnel of the Pakistani army were killed.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'According to Mujahid, 58 enemy soldiers were killed and 30 wounded.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The ISPR said 200 enemy fighters were killed.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Mujahid said nine mujahideen were martyred in the clashes.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Taliban said nine of their men were martyred and 18 injured.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Security sources said 12 troops were wounded as Afghan forces shelled Pakistani posts.',
    12,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'The ISPR said 23 brave sons of the soil embraced shahadat.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    "Pakistan's military media wing said 11 soldiers were martyred.",
    11,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Afghan defence ministry said it had lost nine soldiers.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Afghan officials acknowledged that nine of their soldiers had died.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Nine Afghan border guards died, the Taliban said.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'In Kandahar, 12 Taliban members were killed in Pakistani strikes.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani drones struck Taliban positions in Paktika, killing 12 members of the group.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Taliban government said 12 of its border forces had been killed.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  ['Kabul said 12 of its troops were killed.', 12, { measure: 'killed', subject: 'afghan-forces' }],
  [
    'Twelve Afghan troops were killed, Kabul said.',
    12,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistan said 23 soldiers died. Afghanistan said it lost nine fighters.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani forces killed 30 Taliban, and captured 12 alive, the ISPR said.',
    12,
    { measure: 'captured', subject: 'afghan-forces' },
  ],
  [
    'Mujahid said Afghan forces captured 12 Pakistani soldiers alive.',
    12,
    { measure: 'captured', subject: 'pakistani-forces' },
  ],
  [
    'Mujahid said 12 soldiers had been taken prisoner by Afghan forces.',
    12,
    { measure: 'captured', subject: 'pakistani-forces' },
  ],
  [
    'Mujahid said 12 Pakistani troops had surrendered to Afghan forces.',
    12,
    { measure: 'captured', subject: 'pakistani-forces' },
  ],
  [
    'Heavy fighting broke out at the Kurram crossing on Saturday night.\n\nTwelve soldiers were killed and 20 injured, officials said.',
    12,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    "Pakistan's military said on Sunday that the fighting had ended.\n\nTwenty-three soldiers were killed in the clashes.",
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Pakistan and Afghanistan exchanged fire overnight. Twelve soldiers were killed.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'Twelve security personnel were killed in the attack on the border post in Bajaur.',
    12,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Twelve Frontier Corps personnel were wounded in the firing.',
    12,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Two Levies personnel were injured when a mortar landed near the checkpost in Chitral.',
    2,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Three policemen were among those wounded in Chaman.',
    3,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Three policemen were among those wounded in Spin Boldak.',
    3,
    { measure: 'wounded', subject: 'afghan-forces' },
  ],
  [
    'The army said 11 soldiers, including an officer, embraced martyrdom.',
    11,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Eleven soldiers, including a lieutenant colonel, were martyred in the North Waziristan district, the military said.',
    11,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'In the fighting, 23 soldiers were martyred and 29 injured, while more than 200 Taliban were killed.',
    29,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    "The military's media wing said 23 troops died in the clashes.",
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Security officials said five FC men were killed in the cross-border attack.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Five paramilitary soldiers were killed in the shelling from across the border, officials in Quetta said.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The attack from Afghan soil killed five soldiers, officials said.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Afghan Taliban fighters opened fire on a Pakistani checkpost, killing five soldiers.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Mortar shells fired from Afghanistan killed five soldiers in Kurram, officials said.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Five soldiers were killed in Kurram as firing from Afghanistan continued.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Afghan side fired mortars at Pakistani positions. Five personnel were injured.',
    5,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Five soldiers of the Pakistan Army were martyred.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Five soldiers belonging to the Frontier Corps were martyred.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Five Pakistani security forces personnel were martyred.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Five members of the security forces were martyred in Bajaur.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Five troops from the Pakistani side were killed.',
    5,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Eight members of one family, including five children, were among those killed in Khost.',
    8,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'In Khost, a family lost eight members in the Pakistani strike.',
    8,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians were left dead after the strike in Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians in Paktika met their deaths in the strike.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The strike in Paktika caused the death of ten civilians.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The strike in Paktika led to the deaths of ten civilians.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilians have been confirmed killed in Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Ten civilian deaths and 20 civilian injuries were reported in Paktika.',
    20,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'Civilian toll: 10 dead, 20 injured in Paktika.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Paktika: 10 civilians killed, 20 wounded',
    20,
    { measure: 'wounded', subject: 'afghan-civilians' },
  ],
  [
    'The raids killed 10 civilians in Paktika, taking the civilian toll to 56.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'It was the deadliest day for Afghan civilians, with 56 killed across three provinces.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'With 56 civilians killed, it was the deadliest day in Afghanistan.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Civilians in Afghanistan suffered 146 casualties, the UN said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'In total, 146 Afghan civilians were casualties of the strikes.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'UNAMA said 146 civilians were casualties, including 42 killed.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'The number of civilian casualties in Afghanistan is 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Civilian casualties in Afghanistan are now at 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'That brings civilian casualties in Afghanistan to 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'That takes the civilian casualties in Afghanistan to 146, UNAMA said.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'The UN said it had verified 146 cases of civilian casualties in Afghanistan.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'Fifty-six Afghan civilians have been killed so far, the UN said.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'Fifty-six civilians have lost their lives in Afghanistan, the UN said.',
    56,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'The ISPR said over 170 Taliban militants were killed in the reprisal.',
    170,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani forces killed more than 200 militants of the Afghan Taliban regime.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani forces responded to the Afghan Taliban attack, killing more than 200 militants, the ISPR said.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The Afghan Taliban regime and its proxies lost 200 militants, the ISPR said.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistan said 200 terrorists of the Taliban regime were sent to hell.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Over 200 Taliban operatives were killed, Pakistani security sources said.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'The army said it killed 200 Afghan Taliban and khawarij.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    "The Taliban regime's soldiers numbered among the 200 dead, the army said.",
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Taliban: 200 killed, 20 posts destroyed, security sources say',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Afghan Taliban losses: 200 killed, 20 posts destroyed',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Pakistani losses: 23 martyred, 29 injured',
    29,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'On the Pakistani side, 23 soldiers were martyred and 29 were injured.',
    29,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'On the Afghan side, 9 were killed and 16 wounded, according to Mujahid.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Of the Pakistani soldiers, 23 were killed and 29 were wounded.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The ISPR said Pakistani troops repulsed the attack. Twenty-three were martyred and 29 injured.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Twenty-three Pakistani soldiers were martyred. Another 29 were injured, the ISPR said.',
    29,
    { measure: 'wounded', subject: 'pakistani-forces' },
  ],
  [
    'Pakistani soldiers came under attack at several posts; 23 were martyred.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Mujahid said 58 were killed on the Pakistani side.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'Mujahid said 58 on the Pakistani side were killed.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'The Taliban said nine of their own were killed.',
    9,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'According to the ISPR, 23 were martyred in the Afghan attack.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  ['Afghan forces lost nine, Mujahid said.', 9, { measure: 'killed', subject: 'afghan-forces' }],
  [
    'Pakistan lost 23 in the clashes, the army said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  ['Of the Afghan forces, nine were killed.', 9, { measure: 'killed', subject: 'afghan-forces' }],
  [
    'The army said its troops killed more than 200 and destroyed 19 posts.',
    200,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'Afghan forces killed 58 and captured 25 posts, Mujahid said.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
];

describe('blind probe: subject and measure', () => {
  it.each(CASES)('%s (%i)', (text, value, want) => expectFigure(text, value, want));
});

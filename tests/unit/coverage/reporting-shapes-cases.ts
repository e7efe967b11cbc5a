/**
 * Coverage cases in the shapes real reporting takes (issue "read real
 * reporting", family 6), written for these tests in our own words: each
 * family has pages that are coverage of the Pakistan–Afghanistan conflict
 * beside pages that share its words but are about something else. Some are
 * plain text with no title, as an excerpt is read (headline on the first
 * line, or none at all).
 */
export interface ShapeCase {
  family: string;
  name: string;
  title: string;
  text: string;
  coverage: boolean;
}

export const SHAPE_CASES: readonly ShapeCase[] = [
  // Diplomacy: the ceasefire and the talks, with little fighting vocabulary.
  {
    family: 'ceasefire',
    name: 'Doha truce announced by the mediator',
    title: '',
    text: `Qatar says Kabul and Islamabad accept an immediate truce

The Qatari foreign ministry said early on Sunday that the delegations of Pakistan and Afghanistan had accepted an immediate truce after a day of negotiations in Doha.

Both sides also agreed to set up a mechanism to keep the peace and to meet again in the coming days, the ministry said in a statement. Turkey took part in the mediation.

The defence minister Khawaja Mohammad Asif led Islamabad's team, while the Taliban sent their own defence chief.`,
    coverage: true,
  },
  {
    family: 'ceasefire',
    name: 'talks resume with "the two sides" standing for the countries',
    title: 'Pakistan, Afghanistan to meet again in Istanbul',
    text: `Pakistan and Afghanistan will meet for a further round of talks in Istanbul next week, Turkey's foreign ministry announced.

The two sides exchanged fire along the frontier earlier this month, and dozens of soldiers and civilians died before the truce.

A monitoring arrangement is expected to be the main item on the agenda.`,
    coverage: true,
  },
  {
    family: 'ceasefire',
    name: "a mediator's call for restraint and no use of force between the two",
    title: '',
    text: `Ankara, 4 March (Agencies) – Turkey's foreign minister urged Pakistan and Afghanistan in a call with his Afghan counterpart to settle their differences by dialogue, saying the use of force would only deepen the crisis.

The Afghan minister said Kabul wanted good relations with Islamabad rather than military confrontation, and that no neighbour would be threatened from Afghan soil.

Both sides were asked to show restraint.`,
    coverage: true,
  },
  {
    family: 'ceasefire',
    name: 'a call for restraint between India and Pakistan, Afghanistan in passing (not coverage)',
    title: '',
    text: `Riyadh urges India and Pakistan to show restraint

Saudi Arabia's foreign minister urged India and Pakistan on Friday to show restraint and avoid the use of force after a week of shelling along the Line of Control.

He said the kingdom was in touch with New Delhi and Islamabad and was ready to mediate. The minister had visited Kabul earlier in the week to discuss aid to Afghanistan.`,
    coverage: false,
  },
  {
    family: 'ceasefire',
    name: 'ceasefire talks between other parties (not coverage)',
    title: 'Mediators push for a truce in Sudan',
    text: `Envoys from Saudi Arabia and the United States met the warring parties in Jeddah to press for a ceasefire in Sudan.

Both sides accused the other of breaking an earlier truce, and fighting continued around Khartoum.`,
    coverage: false,
  },
  {
    family: 'ceasefire',
    name: 'the 2020 US–Taliban Doha deal, with Pakistan as facilitator (not coverage)',
    title: 'Five years after the Doha deal, the Taliban still wait for recognition',
    text: `The United States and the Taliban signed an agreement in Doha in February 2020 that led to the withdrawal of American troops from Afghanistan.

Pakistan helped bring the Taliban to the negotiating table in Doha, officials in Islamabad have long said. The talks were hosted by Qatar.

Since taking power in Kabul, the Taliban have sought recognition from Western governments, which demand the reopening of girls' schools.`,
    coverage: false,
  },
  // Strikes and blasts reported through the parties' spokesmen.
  {
    family: 'strikes',
    name: 'blasts in Kabul, Mujahid and Khawaja Asif quoted',
    title: '',
    text: `Loud explosions were heard across central Kabul late on Thursday night.

Government spokesman Zabihullah Mujahid wrote on X that there was no cause for alarm and that an inquiry had begun. He did not say who was behind the blasts.

In Islamabad, Khawaja Asif told lawmakers that the country's patience had limits and that those giving shelter to militants would be held to account.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: 'overnight air strikes inside Afghanistan kill 18 (one side names the other only once)',
    title: '',
    text: `Overnight air raids inside Afghanistan left at least 18 people dead, among them women and children, the Taliban authorities said on Monday.

Islamabad said its jets had hit seven camps used by militants near the frontier and called the raids a response to recent bombings.

Residents of a village in Nangarhar said a family home was flattened. The Taliban defence ministry promised a measured response.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: 'operation name carries a tally with no other naming of the fighting',
    title: '',
    text: `Tarar: Operation Ghazab lil Haq goes on

The information minister said on Wednesday that security forces were pressing on with the operation, and that 600 operatives linked to the Kabul regime had been killed so far.

He said 240 checkpoints had been destroyed and dozens captured, and that targets in several provinces had been hit from the air.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: "the operation's name in the headline names both sides, though no country is named",
    title: '',
    text: `Righteous Fury: army says 250 hideouts destroyed in a week

The army said on Friday that its operation beyond the western border had destroyed some 250 hideouts and killed scores of fighters in seven days.

The Taliban government said the raids had hit homes in several provinces.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: "another operation's name against militants at home is no sign (not coverage)",
    title: '',
    text: `Operation Azm-e-Istehkam: army says 40 militants killed in a week

The army said on Friday that its operation against militants in the tribal districts had killed some 40 fighters in seven days.

The military's media wing said troops had cleared hideouts in Bajaur and Khyber, and that the Taliban government should stop militants crossing from its soil.`,
    coverage: false,
  },
  {
    family: 'strikes',
    name: 'the operation by its English name',
    title: "'Righteous Fury' enters its second week",
    text: `Pakistan's military said its campaign against the Afghan Taliban would continue until attacks across the frontier stopped.

Officials said several hundred fighters had been killed since the start of the operation.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: 'infiltration from Afghanistan repulsed, told in militancy words',
    title: '',
    text: `Five soldiers were martyred as troops beat back two attempts by terrorists to cross into Kurram from Afghanistan, the military's media wing said on Sunday.

It said 25 militants were killed. The Khawarij had been moving in groups along the border and had fired on Pakistani posts from Afghan soil, the ISPR said.

Islamabad again asked the Taliban government in Kabul to stop terrorists using Afghan territory against Pakistan, days after talks between the two sides in Istanbul.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: 'a TTP attack on police inside Pakistan (not coverage)',
    title: 'Six policemen martyred in attack on checkpoint in Bannu',
    text: `Militants attacked a police checkpoint in Bannu district before dawn on Tuesday, killing six policemen and wounding four, police said.

The banned Tehreek-i-Taliban Pakistan claimed the attack. Terrorists fled after an hour-long gunfight, and a search operation is under way.

Attacks on police in Khyber Pakhtunkhwa have risen since the militants ended their truce with the government. Islamabad says the group's leaders live in Afghanistan.`,
    coverage: false,
  },
  {
    family: 'strikes',
    name: 'a clash on the Iran–Afghanistan border (not coverage)',
    title: '',
    text: `Iranian guards and Taliban forces trade fire at border

Iranian border guards and Taliban forces exchanged fire on Sunday near the frontier between Afghanistan's Nimroz province and Iran's Sistan and Baluchestan province, officials on both sides said.

One Afghan border officer was killed, the Taliban said. Tehran blamed the Taliban for opening fire first; both sides said the clash was over within the hour.`,
    coverage: false,
  },
  // Rockets and mortars fired across the border, told by local officials.
  {
    family: 'strikes',
    name: 'rockets fired from the other side land in border villages',
    title: '',
    text: `Provincial officials said on Monday that some 80 rockets fired from the Pakistani side had hit villages in Sarkano district of Kunar over three days.

Pakistani forces launched about 50 of the rockets on Saturday alone, a district spokesman said. Most came down on farmland, but two houses were destroyed and a shepherd was hurt.

Elders said rockets had been landing near the villages along the Pakistani border on and off since spring, keeping children out of school.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: 'drones from across the border brought down over a city',
    title: '',
    text: `Two drones shot down near Peshawar, military says

Air defences brought down two small drones launched from Afghan territory over the outskirts of Peshawar overnight, the military said. No one was hurt.

The Taliban government denied sending them.`,
    coverage: true,
  },
  {
    family: 'strikes',
    name: 'drone footage of quake damage on both sides of the border (not coverage)',
    title: '',
    text: `Drone footage shows flattened villages after the quake

Drone footage released on Tuesday showed whole villages flattened in Kunar after the magnitude 5.9 earthquake, which was also felt in Peshawar and Islamabad.

Rescue teams from Pakistan crossed at Torkham to help Afghan teams dig through the rubble, officials said.`,
    coverage: false,
  },
  {
    family: 'strikes',
    name: 'police repulse a militant raid inside Pakistan (not coverage)',
    title: 'Police repulse attack on Lakki Marwat station',
    text: `Police in Lakki Marwat repulsed a night attack by militants on a police station after a fire exchange that lasted an hour, officials said. Two constables were hurt.

The banned TTP claimed the raid. Officials in Islamabad have long said the group's leaders shelter in Afghanistan.`,
    coverage: false,
  },
  // How real copy names the two as parties: "went to war", "the Asian
  // neighbours", a side's drones, "Pakistan's recent airstrikes".
  {
    family: 'parties',
    name: 'a commentary that says the two went to war, led by a word about Iran',
    title: '',
    text: `Pakistan and Afghanistan went to war last week, yet the fighting has drawn little notice while the world watches Iran.

Islamabad says it is hunting militants who shelter across the border. Kabul says its cities are being bombed.

Both governments claim to have inflicted heavy losses, and neither claim can be checked.`,
    coverage: true,
  },
  {
    family: 'parties',
    name: 'drones of one side and a defence ministry claim, first line ending in a full stop',
    title: '',
    text: `Kabul says its drones hit an army base near Islamabad, while Pakistan says it shot down two Afghan drones.

The defence ministry in Kabul said the strike caused heavy damage. Officials in Islamabad said debris fell on an empty plot and nobody was hurt.`,
    coverage: true,
  },
  {
    family: 'parties',
    name: "a UN mission's alarm at Pakistan's latest airstrikes on Afghan territory",
    title: '',
    text: `The UN mission in Kabul voiced alarm on Tuesday over Pakistan's recent airstrikes, saying most of those killed were children.

It said a house in Khost province was flattened during the night and that several more civilians were hurt in Kunar.

The Islamic Emirate condemned the raids and said it would answer at a time of its choosing.`,
    coverage: true,
  },
  {
    family: 'parties',
    name: '"the Asian neighbours" agree a pause after strikes',
    title: '',
    text: `Overnight Pakistani strikes in Paktika killed six people, among them two boys, local officials said on Friday.

The Asian neighbours had agreed a two-day pause in the fighting earlier in the week and were due to meet in Doha to turn it into a lasting truce.`,
    coverage: true,
  },
  {
    family: 'parties',
    name: 'India and Pakistan called "the two nuclear-armed neighbours", Afghanistan in passing (not coverage)',
    title: 'Guns fall silent along the Line of Control',
    text: `The two nuclear-armed neighbours agreed to halt firing along the Line of Control in Kashmir after four days of shelling, officials in New Delhi said.

Indian and Pakistani commanders spoke on a hotline. Afghanistan's foreign ministry welcomed the pause.`,
    coverage: false,
  },
  {
    family: 'parties',
    name: 'Iran and Afghanistan at war of words over a river, Pakistan in passing (not coverage)',
    title: '',
    text: `Iran and Afghanistan traded threats over the waters of the Helmand river, and Iranian border guards exchanged fire with Taliban forces for a second day.

Tehran accused Kabul of holding back the river's flow. Pakistan's foreign office urged both to talk.`,
    coverage: false,
  },
  {
    family: 'parties',
    name: 'an Iran–Taliban gunfight in Sistan-Baluchistan where "both sides" blame each other (not coverage)',
    title: '',
    text: `Border guards from Iran and Taliban fighters exchanged fire near a post in Sistan-Baluchistan on Sunday, leaving two dead.

Both sides accused each other of shooting first and said their forces had only returned fire.

Pakistan, which borders the province to the east, said it was watching closely.`,
    coverage: false,
  },
  {
    family: 'parties',
    name: 'Iranian guards and "Taliban forces" trade fire, then "the two neighbours" beside a Taliban word (not coverage)',
    title: '',
    text: `Taliban forces and Iranian border guards trade fire near Nimroz

Guards on the Iranian side and Taliban forces fired at each other for several hours near a border post in Nimroz, and one fighter and two guards were killed, officials said on Saturday.

Tehran's news agency blamed Taliban forces for shooting first. A spokesman in Kabul said the Iranian side had started it. Pakistan, the other neighbour, asked both to keep calm.

It was the worst clash between the two neighbours since the Taliban took power.`,
    coverage: false,
  },
  {
    family: 'parties',
    name: 'Taliban forces and Pakistani troops clash while Iran shuts its own crossing',
    title: '',
    text: `Taliban forces and Pakistani troops trade fire near Chaman

Afghan and Pakistani forces exchanged heavy fire at several posts near Chaman late on Friday, and both sides reported deaths.

Iran shut its own crossings with Afghanistan as a precaution, its interior ministry said.

Taliban forces said they had destroyed three Pakistani posts; the army said it had repulsed the attack.`,
    coverage: true,
  },
  {
    family: 'parties',
    name: 'Iran offers to mediate between the two, then "both sides" speak',
    title: 'Tehran offers to mediate after border clashes between Pakistan and Afghanistan',
    text: `Iran's foreign minister offered on Monday to host talks between Islamabad and Kabul after a week of clashes along their border.

Both sides said they were open to mediation but blamed each other for the shelling of villages near Chaman.`,
    coverage: true,
  },
  // The standing charge ("Islamabad accuses Kabul of harbouring militants
  // who attack it") is background most reports repeat: its words are the
  // militants' attacks, not the two states fighting.
  {
    family: 'standing charge',
    name: 'trade resumes at a crossing, with the old charge of harbouring attackers as background (not coverage)',
    title: '',
    text: `Lorries roll again at Chaman after a six-day halt

Goods and travellers began moving through the Chaman crossing again on Sunday, almost a week after the Afghan side halted traffic in a row over travel papers.

Ties between the two neighbours have been poor for years, with Islamabad accusing Kabul of giving shelter to militants who stage attacks and ambushes across the frontier, which the Taliban deny.

Customs staff said some 700 lorries carrying coal, fruit and cement passed in both directions on the first day, and hundreds of stranded travellers went through on foot.`,
    coverage: false,
  },
  {
    family: 'standing charge',
    name: 'jets strike hideouts, accusing Kabul of harbouring the attackers',
    title: '',
    text: `Pakistani jets struck what the army called militant hideouts in Khost and Paktika overnight, accusing Kabul of harbouring the fighters behind a deadly raid on a border post.

The Taliban government said the raids killed eleven civilians and promised to retaliate. Afghan forces fired on Pakistani posts near Angoor Adda hours later.`,
    coverage: true,
  },
  {
    family: 'standing charge',
    name: 'a brief on talks, the charge of harbouring named as their cause',
    title: '',
    text: `Delegations of Pakistan and Afghanistan met in Istanbul for a second round of talks aimed at shoring up their ceasefire, the Turkish foreign ministry said.

Islamabad says the Taliban let militants strike Pakistan from Afghan soil, which Kabul denies. The talks follow the deadliest border clashes between the two in years.`,
    coverage: true,
  },
  // Foreign forces (US drones, NATO's coalition) are a third party: their
  // strikes near the border are their own fight, not the two states'.
  {
    family: 'foreign forces',
    name: 'a US drone hits a compound in a tribal district near the Afghan border (not coverage)',
    title: '',
    text: `Drone strike kills six in North Waziristan

An American drone fired two missiles at a house in a village of North Waziristan near the Afghan border late on Monday, killing six suspected fighters, local officials said.

Intelligence officials said the men belonged to a network that sends fighters across the border to attack US troops in Afghanistan.

Pakistan's foreign office called the strike a breach of its sovereignty and summoned a US diplomat.`,
    coverage: false,
  },
  {
    family: 'foreign forces',
    name: 'coalition shells fired from the Afghan side land in a Pakistani village (not coverage)',
    title: '',
    text: `Shells from across the border kill a family in Bajaur

Eight members of one family were killed when shells fired by coalition forces on the Afghan side of the border struck their home in Bajaur, an army spokesman said on Thursday.

He said the troops had been chasing insurgents in Kunar, and that Pakistan had lodged a protest with NATO.`,
    coverage: false,
  },
  {
    family: 'foreign forces',
    name: 'Afghan and Pakistani troops trade fire while NATO urges calm',
    title: '',
    text: `Afghan and Pakistani troops trade fire in Kunar

Afghan army units and Pakistani troops fired artillery at each other across the border in Kunar for a second day, and four Afghan soldiers were killed, the Afghan defence ministry said.

Pakistan's army said its posts had come under fire first. NATO forces in Afghanistan urged both armies to stop shooting.`,
    coverage: true,
  },
  {
    family: 'foreign forces',
    name: 'Pakistani jets strike Paktika, years after the US troop withdrawal',
    title: '',
    text: `Pakistani jets bombed several villages in Paktika on Tuesday night, killing at least twelve people, the Taliban government said.

Relations between Islamabad and Kabul have worsened since the US troop withdrawal in 2021. The Afghan defence ministry vowed to retaliate for the strikes.`,
    coverage: true,
  },
  // "Across the border" after a verb of moving (taken, fled, slipped) is a
  // way people went, not fire between the two.
  {
    family: 'across the border',
    name: 'captured soldiers believed taken across the border by insurgents (not coverage)',
    title: '',
    text: `Missing troops believed held in Afghanistan

Pakistani officials said on Wednesday that eleven Levies soldiers missing since insurgents overran their post in Mohmand are thought to have been taken across the border into Afghanistan.

Two soldiers were killed in the raid on Sunday night, a security official said, asking not to be named.

Elders of the area were trying to win the men's release, he said. The insurgents slip across the porous frontier at will and have attacked Pakistani troops many times this year.

Pakistan's foreign ministry said it had asked the Afghan authorities to help find the soldiers.`,
    coverage: false,
  },
  {
    family: 'across the border',
    name: 'Afghan forces fire across the border at posts in Mohmand',
    title: '',
    text: `Afghan forces fire on posts in Mohmand

Afghan forces fired mortars across the border at two Pakistani posts in Mohmand on Wednesday, wounding three soldiers, the military said.

Pakistani troops responded, and the Afghan side's fire stopped after an hour. Officials in Kabul said Pakistan had fired first.`,
    coverage: true,
  },
  // A lead about militants inside one country, the neighbour only named
  // further down as the place they come from or the government asked to
  // rein them in, is the story of an insurgency.
  {
    family: 'militancy lead',
    name: 'militants storm a check post, Kabul asked to rein them in further down (not coverage)',
    title: '',
    text: `Nine soldiers martyred as militants storm post in Lakki Marwat

Militants of the banned TTP stormed a security post in Lakki Marwat before dawn on Friday, martyring nine soldiers, the military's media wing said.

The ISPR said troops fought back and killed five of the attackers in the exchange of fire that followed, and a search of the area was under way.

Islamabad has again asked the Taliban government in Kabul to stop the group from using Afghan soil. Kabul says it lets no one attack a neighbour from its land.

The TTP, a separate group allied with the Afghan Taliban, has stepped up attacks on troops and police since 2021.`,
    coverage: false,
  },
  {
    family: 'militancy lead',
    name: 'militants raid a police station, the next paragraph says where they came from (not coverage)',
    title: '',
    text: `Militants storm police station in Dera Ismail Khan, six policemen killed

Militants armed with rockets stormed a police station in Pakistan's Dera Ismail Khan district overnight, killing six policemen and wounding nine, officials said on Saturday.

A police officer said the attackers belonged to a TTP faction whose leaders live in Afghanistan's Paktika.

Reinforcements reached the station after a three-hour gunfight, and four attackers were killed.`,
    coverage: false,
  },
  {
    family: 'militancy lead',
    name: 'jets strike militant hideouts in Afghanistan after an attack on soldiers',
    title: '',
    text: `Pakistan strikes militant hideouts in Afghanistan after post attacked

Pakistani jets struck militant hideouts in Afghanistan's Paktika province overnight, two days after an attack on a post in North Waziristan killed seven soldiers, security officials said.

The Taliban government said the strikes killed civilians and vowed a response.`,
    coverage: true,
  },
  {
    family: 'militancy lead',
    name: "the army's count of militants killed in strikes across the border, the neighbour named next",
    title: '',
    text: `Army says 25 militants killed in strikes on hideouts

Pakistan's army said on Wednesday its jets had killed 25 militants in night-time strikes on hideouts across the border, two days after a raid on a post in Kurram.

The Taliban government said the strikes killed civilians in Paktia and promised to answer them.`,
    coverage: true,
  },
  // The Taliban's armed opponents inside Afghanistan are a third party: a
  // fight with them has "both sides" of its own.
  {
    family: 'armed opposition',
    name: 'Taliban forces fight resistance fighters, a claim about Pakistani drones (not coverage)',
    title: '',
    text: `Taliban forces and resistance fighters clash in Andarab

Taliban forces and fighters of the National Resistance Front fought for several hours in the Andarab valley on Tuesday, and both sides claimed to have inflicted heavy losses.

The front's spokesman, speaking from abroad, said Pakistani drones had helped the Taliban, a claim Islamabad called baseless. A Taliban commander said 12 resistance fighters were killed.`,
    coverage: false,
  },
  {
    family: 'armed opposition',
    name: 'border clash with Pakistan, the resistance front named in a paragraph of its own',
    title: '',
    text: `Pakistani and Afghan forces clash in Kurram

Pakistani troops and Afghan Taliban forces exchanged fire across the border in Kurram on Monday, killing three soldiers, officials on both sides said.

In the north, the Taliban also faced the National Resistance Front, which said it had killed four fighters in Panjshir.`,
    coverage: true,
  },
  // Short briefs: one paragraph about the two sides is most of the page.
  {
    family: 'briefs',
    name: "a one-sentence brief in the military's own words (martyrdom, neutralised)",
    title: '',
    text: 'The ISPR said 14 soldiers embraced martyrdom while more than 120 Taliban and affiliated terrorists were neutralised in the night.',
    coverage: true,
  },
  {
    family: 'briefs',
    name: "a one-sentence brief of a minister's tally, with no word of fighting but the losses and the posts",
    title: '',
    text: "Pakistan's information minister said 210 Afghan Taliban were killed and 340 wounded, while 61 posts were destroyed and 17 captured.",
    coverage: true,
  },
  {
    family: 'briefs',
    name: 'two-paragraph brief on talks resuming under mediation',
    title: 'Istanbul round opens',
    text: `Pakistani and Afghan delegations resumed talks in Istanbul on Thursday under Turkish and Qatari mediation, seeking to turn the Doha truce into a lasting arrangement.

Officials said a monitoring mechanism would be the main item.`,
    coverage: true,
  },
  {
    family: 'briefs',
    name: 'two-paragraph brief on people displaced by the fighting',
    title: '',
    text: `The UN refugee agency said some 100,000 people had been displaced in eastern Afghanistan by the recent cross-border fighting with Pakistan.

Most of them are women and children sheltering with relatives in Nangarhar and Kunar, it said.`,
    coverage: true,
  },
  {
    family: 'briefs',
    name: 'two-paragraph brief on trade talks (not coverage)',
    title: '',
    text: `Pakistani and Afghan officials met in Kabul on Tuesday to discuss transit trade and the reopening of rail links.

Both sides agreed to meet again next month.`,
    coverage: false,
  },
  {
    family: 'briefs',
    name: 'two-paragraph brief on deportations (not coverage)',
    title: '',
    text: `Pakistan deported 3,000 Afghans through Torkham on Sunday, officials said.

The Taliban's refugee ministry said the returnees were given food and shelter.`,
    coverage: false,
  },
  // Page furniture above the story: a dateline line, an inline "ALSO READ" link.
  {
    family: 'furniture',
    name: 'an agency dateline on the first line, then the headline',
    title: '',
    text: `XNA, May 4, 2019

Mortar fire from across the frontier hits Nangarhar villages

Villagers in two districts of Nangarhar said mortar shells fired by Pakistani troops had landed near their homes overnight.

A district chief said three civilians were hurt and a school was damaged in the shelling, the latest of several such incidents this year.`,
    coverage: true,
  },
  {
    family: 'furniture',
    name: 'a byline and a weekday dateline between headline and story',
    title: '',
    text: `Afghan and Pakistani border forces trade fire near Chaman

By Staff Correspondent

Wednesday, 9 April 2025

Border forces of Afghanistan and Pakistan exchanged heavy fire near the Chaman crossing on Wednesday, officials on both sides said. Traders said the crossing was shut as the firing went on.`,
    coverage: true,
  },
  {
    family: 'furniture',
    name: 'a sports story led by an "ALSO READ" link about the strike (not coverage)',
    title: '',
    text: `ALSO READ: How a Pakistani air strike in Paktika killed three young players Despite the pull-out of Afghanistan, the organisers of the triangular T20I event said the series will go ahead in Rawalpindi next month.

A cricket board official said talks were under way with two associate teams to fill the gap, and that the fixture list would be published once the third side was confirmed.

Afghanistan withdrew after three of its club players were killed in Pakistan's air strikes in Paktika, its cricket board said, adding that tension between the neighbours made the tour impossible for now. Ticket sales for the series open next week.`,
    coverage: false,
  },
  {
    family: 'furniture',
    name: 'a menu line and a dated label over a squad announcement (not coverage)',
    title: '',
    text: `Home | Sport | Cricket | Video

Updated 12 March 2026

Afghanistan name squad for the tri-series in Sharjah

The Afghanistan Cricket Board named a 16-man squad on Thursday for next month's tri-series against Pakistan and the UAE, with two uncapped spinners among the bowlers.

The selectors said tension between the two countries would not affect the team's preparation.`,
    coverage: false,
  },
  // The cost of the fighting: displaced people, cricketers among the dead.
  {
    family: 'humanitarian',
    name: 'UN count of people displaced by the fighting',
    title: '',
    text: `The fighting along the Afghanistan-Pakistan frontier has forced about 100,000 people from their homes in Afghanistan and some 3,000 in Pakistan, the UN refugee agency said on Tuesday.

The agency warned that the clashes could push many more Afghan refugees to return from Pakistan to a country that cannot absorb them.

Aid groups asked both governments to let supplies through the closed crossings.

Most of the displaced come from border districts of Kunar and Nangarhar, which were shelled during the clashes, the agency said.`,
    coverage: true,
  },
  {
    family: 'humanitarian',
    name: 'refugee deportations with a passing mention of tension (not coverage)',
    title: 'Pakistan steps up deportation of Afghan refugees',
    text: `Pakistan has deported thousands more Afghan refugees this month, the UN refugee agency said, urging Islamabad to halt the returns during winter.

Returnees arriving at Torkham described police raids and lost savings. Many had lived in Pakistan for decades without papers.

The deportations come amid tension between the two governments, the agency noted.`,
    coverage: false,
  },
  {
    family: 'humanitarian',
    name: 'families flee shelling from across the border within their own province',
    title: '',
    text: `Cross-border shelling drives families from Dangam villages

Hundreds of families have left their homes in Dangam district of Kunar after days of shelling by Pakistani forces, provincial officials said on Sunday.

The displaced families are staying with relatives in Asadabad. Officials said shells fired across the border had killed two children and wounded six people since Thursday.`,
    coverage: true,
  },
  {
    family: 'humanitarian',
    name: "Afghans fleeing an army operation in Pakistan's tribal districts (not coverage)",
    title: '',
    text: `Aid groups help Afghans fleeing conflict in Pakistan's Kurram district

Aid agencies are helping Afghan families who have returned to Afghanistan from Kurram in Pakistan, where an army offensive against militants has uprooted thousands on either side of the frontier.

According to the UN, about 4,500 families, both Afghan and Pakistani, have crossed into Afghanistan's Paktia province. Agency staff are handing out tents, blankets and hygiene kits.

"This influx of people into the border districts is stretching the host communities," an agency official said.`,
    coverage: false,
  },
  {
    family: 'humanitarian',
    name: 'people fleeing fighting in north-west Pakistan take refuge in Afghanistan (not coverage)',
    title: '',
    text: `Thousands flee Pakistan's north-west for Afghanistan

Around 7,500 people have escaped the fighting in Pakistan's north-west this summer and found shelter in eastern Afghanistan, the UN refugee agency said on Friday.

The families began arriving in Nuristan as fighting between the army and militants intensified across the border in Pakistan's tribal districts. Most are staying with relatives; others live in the open.

The agency said it had delivered blankets, plastic sheeting and cooking sets, and that a mobile clinic now visits the camps twice a week.`,
    coverage: false,
  },
  {
    family: 'humanitarian',
    name: 'families cross into Afghanistan to escape an army offensive on their own side (not coverage)',
    title: '',
    text: `PESHAWAR: Roughly 1,900 families from Pakistan's tribal belt have crossed the border into eastern Afghanistan in the past six weeks to get away from clashes between the army and insurgents, a provincial official said on Saturday.

Most of them are living with relatives in Nangarhar, the official said, adding that a local charity had handed out food.

Tribesmen escaping clashes on the Pakistani side of the frontier last spring had also crossed over into Afghanistan's Paktia, but went home within months.

There has been heavy fighting this month in Mohmand and other districts along the border with Afghanistan.`,
    coverage: false,
  },
  {
    family: 'cricket',
    name: "a board's withdrawal from a series after its cricketers died in one side's strikes, told in the lead (no headline)",
    title: '',
    text: `The Afghanistan Cricket Board has pulled its team out of next month's T20I tri-series in Pakistan, saying two young club cricketers died in Pakistani air strikes in Khost province.

The board said the two batsmen had played a friendly match in Khost city and were at a relative's home when the bombs fell.

"We have lost two of our cricket family," the board said, adding that its players would wear black armbands at their next match.

The tri-series with Sri Lanka was to be played in Lahore as preparation for the T20 World Cup, and the Pakistan Cricket Board said it would name a replacement team.`,
    coverage: true,
  },
  {
    family: 'which Taliban',
    name: "a short lead in the military's words: the Taliban and affiliated militants struck in retaliation",
    title: '',
    text: 'The Pakistani military said on Monday it had killed over 150 Taliban fighters and affiliated militants in retaliatory strikes overnight, and that 11 of its soldiers were martyred.',
    coverage: true,
  },
  {
    family: 'protests',
    name: 'traders protesting new crossing rules at a border town, one killed when police dispersed them (not coverage)',
    title: '',
    text: `PESHAWAR: Business in Torkham stood still for a ninth day on Tuesday as traders kept up their protest over new paperwork rules for crossing between Pakistan and Afghanistan.

Fresh protests broke out on Sunday after one man died in a clash with the Frontier Corps near the customs yard in Torkham, a local trader said.

Protesters have also blocked the road to the crossing, and hundreds of lorries carrying Afghan transit goods are waiting on both sides of the border.

Talks between the traders' council and the provincial government ended without a deal on Monday.`,
    coverage: false,
  },
  {
    family: 'protests',
    name: 'street protests in Kabul against Pakistani air strikes that killed civilians',
    title: 'Afghans rally in Kabul after Pakistani air strikes',
    text: `Fresh protests broke out in Kabul on Friday after Pakistani air strikes on Paktika killed at least 11 civilians, Taliban officials said.

Crowds chanted against Islamabad outside the Pakistani embassy, and the Taliban's defence ministry vowed to respond to the strikes.

Pakistan's military said its jets had hit militant hideouts across the border and denied striking civilians.`,
    coverage: true,
  },
  {
    family: 'neighbour as go-between',
    name: "a third country's envoy condemns one side's airstrikes on the other at the UN",
    title: '',
    text: `New Delhi's envoy told a Security Council session on Afghanistan on Tuesday that his government condemned Pakistan's bombing raids on Afghan towns during the fasting month.

He said India deplored the airstrikes on Afghan soil, which the UN mission says have killed scores of civilians and forced thousands from their homes.

India's Support for Afghan Sovereignty

India's foreign ministry also condemned the bombing of Kabul and Kandahar in a statement the next day. The envoy added that India would keep sending wheat and medicine to the Afghan people.`,
    coverage: true,
  },
  {
    family: 'neighbour as go-between',
    name: 'the same envoy condemning an attack on his own troops (India–Pakistan, not coverage)',
    title: '',
    text: `New Delhi's envoy told a Security Council session on Afghanistan on Tuesday that aid to Afghan families must not be held up, and urged Pakistan and Afghanistan to keep their border crossings open.

He said India condemned the shelling of Indian posts along the Line of Control by Pakistani troops, which killed three Indian soldiers last week.

India's army said it returned fire and destroyed two Pakistani bunkers in Poonch, and Indian jets flew along the frontier in Kashmir.`,
    coverage: false,
  },
  {
    family: 'neighbour as go-between',
    name: 'a third country urges restraint after a confrontation between the two',
    title: '',
    text: `Beijing said on Tuesday it was ready to help Pakistan and Afghanistan repair their relations.

Its foreign ministry spokesman urged both countries to stay calm and restrained, avoid escalating the conflict and settle their differences through dialogue.

Asked about the recent armed confrontation between Pakistan and Afghanistan, he said China was deeply concerned.`,
    coverage: true,
  },
  {
    family: 'neighbour as go-between',
    name: 'a neighbour voices concern and talks of its own ties in the same story',
    title: '',
    text: `Tajikistan's foreign ministry said on Thursday it was deeply concerned by the clashes between Pakistan and Afghanistan and urged both to stop the fighting at once.

The ministry called on Kabul and Islamabad to show restraint and settle their dispute through talks.

Dushanbe and Kabul have been working on a joint power line, and Tajik officials met an Afghan delegation last week to discuss it.

Tajikistan shares a long border with Afghanistan and hosts several trade fairs with its neighbours each year.`,
    coverage: true,
  },
  {
    family: 'neighbour as go-between',
    name: 'a clash on the Iran–Afghanistan border, with Pakistan urging restraint (not coverage)',
    title: 'Iranian and Afghan border guards trade fire near Islam Qala',
    text: `Iranian and Afghan border guards exchanged heavy fire near the Islam Qala crossing on Sunday, killing two Iranian guards, officials in Herat said.

Iran's interior ministry said Taliban forces opened fire first; Kabul blamed Iranian troops for the clash.

Pakistan's foreign office said it was concerned and called on Tehran and Kabul to show restraint.

The crossing, a major route for fuel imports from Iran, stayed shut on Monday.`,
    coverage: false,
  },
  {
    family: 'militancy lead',
    name: 'an army offensive in a border district displaces thousands; the TTP is accused of using Afghan soil (not coverage)',
    title: '',
    text: `About 40,000 people have left their homes in Mohmand district of Khyber Pakhtunkhwa since security forces began an operation against militants in the area bordering Afghanistan, a local official said on Tuesday.

The operation is meant to clear hideouts of the Tehreek-e-Taliban Pakistan (TTP), the official said. Curfews are in force in a dozen villages.

Relief camps have been set up in the district headquarters, where families are given food and tents.

The TTP, which has stepped up attacks on security forces this year, is accused of using safe havens in Afghanistan to plan raids inside Pakistan.`,
    coverage: false,
  },
  {
    family: 'trade',
    name: 'trade rerouted to other countries after a clash between the two',
    title: '',
    text: `Kabul is sending its fruit exports through Iran, Uzbekistan and India after a deadly border clash with Pakistan closed the crossings and left hundreds of trucks of grapes stranded.

Afghan traders say the shutdown has cost them millions of dollars in spoiled goods and lost orders, and that the new routes to Iran and Central Asia are longer and dearer.

Pakistan bought close to half of Afghanistan's exports last year.`,
    coverage: true,
  },
  {
    family: 'trade',
    name: 'new trade routes to third countries in calm times (not coverage)',
    title: '',
    text: `Afghanistan wants to send more of its fruit exports through Iran and Uzbekistan, its commerce ministry said, as it tries to depend less on Pakistan's ports.

Traders say shipments of grapes and pomegranates to India by way of Iran's Chabahar port doubled this year, while cargo through Pakistan held steady.

Officials from Kabul and Tashkent will meet next month to discuss a rail link for goods.`,
    coverage: false,
  },
  {
    family: 'cricket',
    name: 'a strike that kills club cricketers',
    title: '',
    text: `Three young cricketers were among eight people killed in a night-time air strike in Paktika province, the Afghanistan Cricket Board said.

The board said the players had been at a local match before the strike carried out by the Pakistani military hit their village. It withdrew from a tournament that was to be held in Pakistan.

Islamabad said it had targeted militant hideouts along the border.`,
    coverage: true,
  },
  {
    family: 'cricket',
    name: 'a match report that mentions the tension (not coverage)',
    title: 'Pakistan beat Afghanistan by 39 runs in tri-series',
    text: `Pakistan's spinners took seven wickets as Afghanistan fell 39 runs short in the tri-series match in Sharjah.

Chasing 170, Afghanistan lost early wickets and never recovered. The Pakistan captain praised his bowlers after the innings.

The match was played amid tension between the two countries, but the crowd cheered both teams.`,
    coverage: false,
  },
  {
    family: 'cricket',
    name: 'the tournament goes ahead without Afghanistan (not coverage)',
    title: '',
    text: `The Pakistan Cricket Board said the triangular T20I series would go ahead as scheduled in Lahore next month, with a replacement for Afghanistan to be named soon.

A board official said talks were under way with other cricket boards and that Sri Lanka had confirmed its squad. The Afghanistan Cricket Board pulled out last week, pointing to the deaths of young club cricketers in an air strike.

The official said ticket sales and hotel bookings for the series were going ahead as planned.`,
    coverage: false,
  },
  // The crossings as trade routes: shut by the fighting (coverage), or shut,
  // slowed or reopened for any other reason (not coverage). A closure alone is
  // no sign of the conflict; fighting between the two named anywhere is.
  {
    family: 'trade',
    name: 'crossing still shut a week after a gunfight between the two forces, no headline',
    title: '',
    text: `Long lines of lorries and stranded passengers filled the road to the Chaman crossing on Monday, ten days after a gunfight broke out between the border forces of both countries.

Since then Kabul and Islamabad have been at an impasse, each accusing the other of opening fire first.

On the Pakistani side the bazaar was empty and the customs sheds were locked. A local official said about 900 vehicles loaded with fruit and cement were waiting for the gate to open.`,
    coverage: true,
  },
  {
    family: 'trade',
    name: 'crossings stay shut after military tensions, traders count their losses',
    title: '',
    text: `Traders on both sides say they are losing money every day as the main crossings between Afghanistan and Pakistan stay closed for a fifth day.

The crossings were shut after military tensions between Afghanistan and Pakistan last week, and hundreds of trucks carrying goods wait at the Durand Line on both sides.

A chamber of commerce in Jalalabad urged both governments to reopen the routes, saying exporters of fresh produce had suffered heavy losses.`,
    coverage: true,
  },
  {
    family: 'trade',
    name: 'crossing shut over travel papers, officials of both sides try to mediate (not coverage)',
    title: '',
    text: `The Torkham crossing remained closed for a second day on Tuesday, although officials of Pakistan and Afghanistan tried to mediate a way out, leaving thousands of goods trucks stuck and businesses counting losses.

The Afghan side shut the gate after Pakistani officers asked relatives travelling with a sick Afghan man to show valid visas.

Traders in both countries said they had suffered losses because of the closure of the border crossing, and loads of fruit had started to rot.

Officials on both sides said they were in contact to settle the matter, but gave no date for reopening.`,
    coverage: false,
  },
  {
    family: 'trade',
    name: 'trade resumes at the crossing after a pandemic closure (not coverage)',
    title: 'Trucks roll again through Torkham after three months',
    text: `Trade between Pakistan and Afghanistan resumed on Monday as some 300 lorries loaded with fruit, coal and cotton crossed at Torkham, which had been closed since March because of the pandemic.

Border officials said perishable loads were allowed through first. Clearing agents at the crossing welcomed the reopening, saying hundreds of jobs would come back with the imports.`,
    coverage: false,
  },
  {
    family: 'trade',
    name: 'a slump in bilateral trade blamed on old tensions (not coverage)',
    title: '',
    text: `Trade between Pakistan and Afghanistan fell by almost a third last year, the head of a joint chamber of commerce said in Peshawar.

He blamed political tensions between Kabul and Islamabad, slow customs clearance and the shift of transit cargo to ports in Iran.

The chamber asked both governments to revise the transit trade agreement and to cut the paperwork for exporters.`,
    coverage: false,
  },
  {
    family: 'cricket',
    name: 'two boards blame each other for a called-off series (not coverage)',
    title: 'Pakistan and Afghanistan boards trade accusations over cancelled series',
    text: `The cricket boards of Pakistan and Afghanistan blamed each other on Friday for the collapse of a three-match T20 series that was due to start next month.

Each board accused the other of backing out over the venue, and the two sides gave no date for new talks. Players on both squads said they were disappointed.`,
    coverage: false,
  },
  // Other stories that name both countries.
  {
    family: 'other',
    name: 'an earthquake in the east (not coverage)',
    title: 'Quake in Kunar kills hundreds',
    text: `A magnitude 6.0 earthquake struck Kunar province overnight, killing more than 600 people, Taliban officials said.

Rescuers from Pakistan and aid agencies were sent to the villages cut off by landslides. Aftershocks continued through the morning.`,
    coverage: false,
  },
  {
    family: 'other',
    name: 'India and Pakistan exchange fire (not coverage)',
    title: 'Indian and Pakistani troops trade fire across the Line of Control',
    text: `Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir overnight, officials in New Delhi said.

Pakistan's army said Indian shelling killed five civilians. The fighting followed Indian strikes on what it called militant camps.

Afghanistan's Taliban government called for restraint.`,
    coverage: false,
  },
  // People of a nationality ("Pakistanis", "Afghans") are not the state: a
  // band of fighters "mostly Pakistanis" raiding across the line is an
  // insurgency, not Pakistan at war.
  {
    family: 'people, not states',
    name: 'insurgents, mostly Pakistanis, cross the line and raid police posts (not coverage)',
    title: '',
    text: `Militants overrun police posts in Kunar

Some two hundred fighters, most of them Pakistanis, crossed the Durand Line before dawn and stormed police posts in a district of Kunar province, the provincial police chief said.

He said nine attackers and two policemen died before the fighters withdrew, leaving their dead behind. The Pakistani Taliban said they had seized three posts.

It was the second raid on the province this month.`,
    coverage: false,
  },
  {
    family: 'people, not states',
    name: 'a suicide bomber said to be an Afghan national (not coverage)',
    title: '',
    text: `Quetta bomber was Afghan national, police say

The man who blew himself up at a market in Quetta last week, killing 17 people, was an Afghan national, the provincial police chief said on Monday.

He said the bomber had come into Pakistan through Chaman a month before the attack and had been sheltered by a local cell.

Afghanistan's interim government rejected the claim and said Pakistan should look to its own security. The bombing was claimed by a faction of the Pakistani Taliban.`,
    coverage: false,
  },
  {
    family: 'people, not states',
    name: 'Afghan nationals among those killed by shelling, Afghan forces fire back',
    title: '',
    text: `Pakistani shelling killed five Afghan nationals in Kunar's Dangam district on Sunday, the provincial governor said.

Afghan border forces fired back at Pakistani posts for an hour, and Kabul summoned Pakistan's envoy to protest.`,
    coverage: true,
  },
  {
    family: 'people, not states',
    name: 'Afghans among the dead of Pakistani strikes',
    title: '',
    text: `Pakistani jets struck hideouts in Khost province overnight, the army said, after an attack on a border post.

The Taliban government said twelve Afghans, most of them women and children, died in the strikes and promised to respond.`,
    coverage: true,
  },
  // A force's name is not a word of the border: "Frontier Corps" soldiers
  // lost to militants are no sign of the two states fighting, while the same
  // corps in a clash with Afghan forces is.
  {
    family: 'forces by name',
    name: 'Frontier Corps soldiers missing after militants overrun a post (not coverage)',
    title: '',
    text: `Pakistan was still looking on Friday for some thirty missing soldiers, most of them thought to be in the hands of the Afghan Taliban, after twelve soldiers were brought back from Afghanistan, officials said.

Contact was lost on Monday with the soldiers of a Frontier Corps post in Bajaur on the Afghan border after militants overran it.

An official said five soldiers died in the raid and that their bodies and the captives were taken into Afghanistan.

All the missing soldiers belong to the Frontier Corps, which carries the campaign against the Taliban across the tribal districts on Pakistan's Afghan frontier.

Another clash with militants on Wednesday left four soldiers and twenty militants dead.`,
    coverage: false,
  },
  {
    family: 'forces by name',
    name: 'Frontier Corps troops trade fire with Afghan forces',
    title: '',
    text: `Frontier Corps troops and Afghan border forces traded fire near Chaman for several hours on Thursday, officials on both sides said.

Pakistan said two of its soldiers were wounded; the Taliban government said its forces had answered shelling from across the border.`,
    coverage: true,
  },
  // Which Taliban: on a page about the Pakistani Taliban, a bare "the
  // Taliban" is that insurgency, and a district "near the Afghan border" only
  // places it; where the page calls the Taliban Afghanistan's rulers, they are.
  {
    family: 'which Taliban',
    name: 'Pakistani Taliban inside Pakistan, bodies swapped, "near the Afghan border" (not coverage)',
    title: '',
    text: `Pakistan gets back bodies of eight soldiers in swap with the Taliban

Pakistani officials said on Tuesday that the bodies of eight soldiers killed when the Taliban stormed their post in Bajaur last month had been handed back in an exchange.

Tribal elders arranged the swap, and the two sides traded their dead, eight soldiers for eight fighters, the officials said.

Last week Pakistan buried twelve policemen whom the Taliban had kidnapped and killed; a Taliban spokesman said it was revenge for army operations in the tribal districts near the Afghan border.

The Pakistani Taliban, an alliance of militant factions, have fought the state for years, and attacks on Pakistani forces have continued despite reports of talks.`,
    coverage: false,
  },
  {
    family: 'which Taliban',
    name: "TTP blamed, the Taliban named as Kabul's rulers, clashes on the border",
    title: '',
    text: `Pakistan and Afghan Taliban forces clash after militant raid

Pakistani troops and Taliban fighters exchanged heavy fire at several points on the border overnight, officials on both sides said.

Islamabad accuses the Taliban government of sheltering the Pakistani Taliban, whose fighters killed eleven soldiers in Bajaur last week. Kabul denies it.

The Taliban said their forces destroyed several Pakistani posts.`,
    coverage: true,
  },
  {
    family: 'which Taliban',
    name: 'TTP as the cause, then Pakistani jets strike Afghanistan',
    title: 'Pakistani jets strike Paktika after TTP attack',
    text: `Pakistani aircraft bombed targets in Paktika province on Sunday, days after the TTP killed nine soldiers in North Waziristan.

The Islamic Emirate said the strikes killed civilians and warned of a response. Taliban fighters later fired on Pakistani posts along the frontier.`,
    coverage: true,
  },
  // The crossing as a route: traders' strikes and travellers' sit-ins at a
  // shut crossing, with no fighting or dispute between the two, are trade
  // stories; a closure amid tensions or after clashes is the conflict's.
  {
    family: 'crossing as a route',
    name: "a border town's traders strike over a long closure (not coverage)",
    title: '',
    text: `Chaman was shut down on Sunday in protest against the closure of the Pak-Afghan border for more than a month.

Shops stayed shut and business stopped, as traders and residents vented their anger.

The town lives off cross-border trade, the head of a joint chamber of commerce said, and thousands cross at the Friendship Gate every day.

Pakistani officials sealed the crossing points with Afghanistan after a spate of terrorism in the country's cities.

Hundreds of containers are stuck on the Afghan side, and importers pay a daily fee for every container held up, he said.`,
    coverage: false,
  },
  {
    family: 'crossing as a route',
    name: 'travellers block the road to the crossing over passport rules (not coverage)',
    title: '',
    text: `Sit-in blocks road to Spin Boldak crossing

Protesters on Tuesday blocked the road between Spin Boldak and Chaman, demanding an end to new passport rules that have stopped the traders and day labourers who cross between Afghanistan and Pakistan.

Their leaders said families split by the Durand Line had always crossed freely, and that the sit-in would go on until the rule was dropped.

Lorries with goods were stranded on both sides, and traders said they had stopped shipping fruit until the road reopens.`,
    coverage: false,
  },
  {
    family: 'crossing as a route',
    name: 'transporters sit in at a crossing shut over a row about a new gate, talks of officials stalled (not coverage)',
    title: '',
    text: `Transporters camp at Ghulam Khan as crossing stays shut

Drivers, loaders and clearing agents camped near the Ghulam Khan crossing for a fifth day on Thursday, asking both governments to reopen the route, closed for two weeks.

Traffic was halted after the Afghan side began work on a new gate, and talks between officials of the two sides over the dispute have made no headway.

The drivers said hundreds of lorries of coal and fruit were stuck on each side, and clearing agents said exporters were losing money every day.`,
    coverage: false,
  },
  {
    family: 'crossing as a route',
    name: 'crossing to reopen for trade after a closure over border tensions',
    title: '',
    text: `Torkham to reopen for trade after week-long closure

Pakistan and Afghanistan are getting ready to open the Torkham crossing again after a week shut by border tensions.

Customs staff were told to return to the terminal, and hundreds of lorries loaded with fruit wait on the Pakistani side.

Officials on both sides said the standoff had eased enough for goods to move again.`,
    coverage: true,
  },
  {
    family: 'other',
    name: 'border crossing shut after the fighting, traders stranded',
    title: '',
    text: `Thousands of lorries stranded as Torkham stays shut

The closure of the Torkham border since the clashes two weeks ago has left drivers from both Pakistan and Afghanistan stuck on the highway with perishable goods.

Traders said the two neighbours had given no date for reopening the crossing.`,
    coverage: true,
  },
  {
    family: 'neighbour as go-between',
    name: "a neighbour's president offers to mediate between the two after failed talks",
    title: '',
    text: `Tehran, Nov 3: Iran's president said on Monday his country stood ready to mediate between Pakistan and Afghanistan so that their quarrel does not turn into a wider war, state media reported.

He spoke after meeting Pakistan's interior minister at a regional security conference in Tehran.

The offer follows a second round of talks between Islamabad and Kabul that ended without agreement, with each side blaming the other for the deadlock over militants crossing the border.`,
    coverage: true,
  },
  {
    family: 'neighbour as go-between',
    name: 'Central Asian envoy offers mediation between Kabul and Islamabad over the border fighting',
    title: 'Tashkent offers to mediate as border fighting goes on',
    text: `Uzbekistan's foreign minister offered on Friday to host mediation between Afghanistan and Pakistan, whose forces have fought along the border for a week.

The envoy said both Kabul and Islamabad had been asked to send delegations.`,
    coverage: true,
  },
  {
    family: 'neighbour as go-between',
    name: 'Pakistan offers to mediate in an Iran–Taliban border clash (not coverage)',
    title: 'Iranian guards and Taliban fighters clash on the Nimroz border',
    text: `Iranian border guards and Taliban fighters exchanged fire for hours near the frontier of Nimroz and Sistan-Baluchestan on Saturday, leaving three dead.

Tehran and the Taliban each said the other side had started the shooting.

Islamabad urged restraint on both and offered to mediate between Tehran and Kabul.`,
    coverage: false,
  },
  {
    family: 'neighbour as go-between',
    name: 'Iran mediates between Afghan factions, Pakistan named as a trade partner (not coverage)',
    title: '',
    text: `Tehran hosted talks between the Taliban and opposition figures this week, offering to mediate an end to the fighting in the north of Afghanistan.

Iranian officials said Pakistan and Afghanistan's other neighbours would be briefed on the outcome.`,
    coverage: false,
  },
  {
    family: 'dateline',
    name: 'a wire story filed from Islamabad about a Taliban raid on Islamic State fighters in Kabul (not coverage)',
    title: '',
    text: `Taliban say their forces killed three Islamic State fighters in Kabul

ISLAMABAD (AP) — The Taliban government's spokesman said on Tuesday that its forces killed three Islamic State militants and arrested two more in a night raid on a hideout in a western district of Kabul.

He said the cell had been planning attacks on mosques in the Afghan capital, and that weapons and explosives were seized in the operation.`,
    coverage: false,
  },
  {
    family: 'dateline',
    name: 'a wire story filed from Kabul about Pakistani strikes, named in the story',
    title: '',
    text: `Taliban say Pakistani strikes killed civilians in Paktika

KABUL, Afghanistan (AP) — The Taliban accused Pakistan on Wednesday of air strikes in Paktika province that killed at least eight civilians, and vowed a response.

Pakistan's military did not comment on the claim.`,
    coverage: true,
  },
  {
    family: 'dateline',
    name: 'a story filed from Peshawar about border fighting that names the other side only in its text',
    title: '',
    text: `Troops and Afghan forces trade fire near Kurram

PESHAWAR, Pakistan — Pakistani troops and Afghan Taliban forces exchanged heavy fire along the border in Kurram overnight, officials said, and several posts were hit.`,
    coverage: true,
  },
  // A call between ministers after fighting told only as "deadly exchanges".
  {
    family: 'exchanges',
    name: 'a mediator calls after "the weekend\'s deadly exchanges"',
    title: 'Qatari minister phones Dar as tensions rise',
    text: `Qatar's foreign minister called Ishaq Dar on Monday and offered to help ease matters between the two neighbours after the weekend's deadly exchanges, the foreign office said. Dar told him Islamabad wanted firm guarantees from Kabul on the TTP.`,
    coverage: true,
  },
  {
    family: 'exchanges',
    name: "heated exchanges at a traders' meeting",
    title: 'Traders spar at Pak-Afghan chamber meeting',
    text: `Members of the Pak-Afghan joint chamber had heated exchanges on Thursday over transit fees and the backlog of containers at Karachi port, an official said. The chamber will meet again next month.`,
    coverage: false,
  },
  {
    family: 'fire across the line',
    name: 'shells fired from across the Durand Line displace villagers',
    title: 'Families leave Kunar villages under shelling',
    text: `ASADABAD – Several hundred families have abandoned villages in Kunar's Shigal district this week as shells fired from across the Durand Line struck houses and orchards, district officials said.

The provincial disaster office said about 400 households had registered in the valley, most sheltering with relatives. Aid agencies said they could not reach the worst-hit hamlets while the firing went on.`,
    coverage: true,
  },
  {
    family: 'fire across the line',
    name: 'deportees crossing the Durand Line at Torkham (not coverage)',
    title: 'Returnees queue at Torkham as deportations gather pace',
    text: `Thousands of Afghan families deported from Pakistan queued at Torkham on Monday, many of them crossing the Durand Line for the first time in decades, aid workers said.

The UN refugee agency said more than 9,000 people had returned in a single day and called for more tents and water at the reception centre.`,
    coverage: false,
  },
  {
    family: 'strikes that kill players',
    name: 'a board withdraws after its club players die in an air strike',
    title: 'Four young Afghan cricketers among dead in Khost strike; board pulls out of series',
    text: `The Afghanistan Cricket Board has pulled its team out of a T20 tri-series due in Pakistan next month after four club players were killed in an air strike in Khost province.

The board named the four players and said they had gone to Gardez for a friendly match and were killed at a wedding in Tani after they came home. Eleven people died in all, the ACB said.

Pakistan said the raid hit fighters of the Gul Bahadur group and denied killing civilians.

The strike came hours after a short truce between the neighbours ran out following days of border clashes. The national captain called the attack cruel.

The International Cricket Council said it was shocked. The Pakistan Cricket Board said the series would go ahead with another team.`,
    coverage: true,
  },
  {
    family: 'strikes that kill players',
    name: 'a match report whose headline calls the game a clash (not coverage)',
    title: "Babar's century lifts Pakistan past Afghanistan in Sharjah clash",
    text: `SHARJAH: Babar Azam hit an unbeaten 104 as Pakistan chased down 212 with two overs to spare against Afghanistan in the tri-series on Friday.

Afghanistan had reached 211 for eight after Ibrahim Zadran's 71, but Shaheen Afridi took three wickets in the last five overs.

It was the first meeting of the sides since Afghanistan left a series last year after club players were killed in an air strike during the border fighting. Both crowds were seated apart.

Pakistan meet the hosts on Sunday.`,
    coverage: false,
  },
  {
    family: 'filed from elsewhere, shots in the air',
    name: 'talks in Doha filed from a third capital',
    title: 'Kabul and Islamabad talks stall in Doha',
    text: `New Delhi: Talks between Islamabad and Kabul in Doha stalled for a second day on Tuesday with no statement agreed, according to officials briefed on the meeting.

Qatar and Turkey are mediating and the truce that ended last week's fighting on the frontier, which killed dozens on both sides, still holds.`,
    coverage: true,
  },
  {
    family: 'filed from elsewhere, shots in the air',
    name: 'Taliban fire into the air at a rally by the Pakistani embassy (not coverage)',
    title: 'Taliban disperse rally outside Pakistani mission',
    text: `KABUL: Taliban fighters fired into the air on Wednesday to break up a small rally outside the Pakistani embassy, witnesses said. The crowd had gathered to protest against rising food prices and no one was hurt.`,
    coverage: false,
  },
  {
    family: 'strikes blamed on the other side',
    name: 'raids on one side, blamed on the other three paragraphs on',
    title: 'Jalalabad hospital stretched after night of raids',
    text: `JALALABAD – More than 30 injured people were taken to the regional hospital in the Afghan city after air strikes on several districts overnight, doctors said on Sunday.

One surgeon said the wards were full and that blood was running short. A shopkeeper said his stall had been flattened while he slept in the back room.

Provincial officials blamed the raids on Pakistan, which says it targets only militant hideouts.`,
    coverage: true,
  },
  {
    family: 'strikes blamed on the other side',
    name: 'a robbery blamed on a gang from the neighbour (not coverage)',
    title: 'Police blame gang for raid on Peshawar jeweller',
    text: `PESHAWAR – Police blamed a gang from Afghanistan for a night raid on a jeweller's shop in the city's old quarter, saying two of its members had been arrested. Three guards were injured in the robbery.`,
    coverage: false,
  },
  {
    family: 'Afghan internal security',
    name: 'a Taliban raid on an IS-K cell, IS-K attacks in Pakistan in background (not coverage)',
    title: 'Taliban forces kill five IS-K members in Kunduz raid',
    text: `KUNDUZ — Taliban intelligence forces killed five members of the Islamic State Khorasan Province and detained three others in a dawn raid on a safe house, a provincial spokesman said.

Explosives and rifles were seized at the house, which the cell had used to plan attacks on mosques, he said. One Taliban fighter was hurt.

IS-K has claimed bombings in northern Afghanistan and across the border in Pakistan's Khyber Pakhtunkhwa province in recent years.`,
    coverage: false,
  },
  {
    family: 'Afghan internal security',
    name: 'a clash at Torkham in which Kabul accuses Islamabad of sheltering IS-K',
    title: 'Afghan and Pakistani forces trade fire at Torkham',
    text: `Afghan and Pakistani forces exchanged heavy fire near the Torkham crossing overnight, officials on both sides said, and the crossing was shut.

Pakistan's military said four soldiers were killed. Taliban spokesman Zabihullah Mujahid said Pakistani shelling had killed three civilians and accused Islamabad of sheltering IS-K fighters.`,
    coverage: true,
  },
  {
    family: 'border districts file their own news',
    name: 'a Kurram brief naming no country but the Afghan forces',
    title: 'Border point shut as firing from Afghan side goes on',
    text: `KURRAM: The Kharlachi border point stayed shut for a third day on Thursday as Afghan forces kept up fire in the Spina Shaga area, residents said.

Three security personnel were hurt when a checkpoint came under mortar fire late on Wednesday; officials said nine attackers died in return fire.`,
    coverage: true,
  },
  {
    family: 'border districts file their own news',
    name: "a city dateline over a traders' protest (not coverage)",
    title: 'Afghan traders protest new visa rules',
    text: `PESHAWAR: Afghan traders staged a sit-in outside the consulate on Tuesday against new visa rules, saying dozens of their trucks were stuck on the road, a traders' body said. Officials said talks with the traders would continue next week.`,
    coverage: false,
  },
  {
    family: 'strikes that kill players',
    name: 'a series withdrawal after "Pakistani military strikes" killed club players',
    title: 'Afghanistan pulls out of T20 series after club players killed',
    text: `The Afghanistan Cricket Board has withdrawn from the T20 series Pakistan is hosting next month, saying two club cricketers were killed when Pakistani military strikes hit Khost province on Thursday.

The board said the players had come home from a friendly match in Gardez and were named by the board as Samiullah and Rahmat. It called their deaths a heavy loss to the country's cricket.

The captain backed the withdrawal. The series had been due to be played in Lahore and Karachi later this month.`,
    coverage: true,
  },
  // Reference pages: an encyclopedia's or a glossary's entry defines its subject first; news
  // tells what happened, even when it explains the line first.
  {
    family: 'reference page',
    name: 'an encyclopedia entry on a crossing, its clashes listed',
    title: 'Ghulam Khan crossing',
    text: `Ghulam Khan crossing

Ghulam Khan is a border crossing between North Waziristan in Pakistan and Khost province in Afghanistan, on the Durand Line.

History

The crossing was shut several times during clashes between Pakistani and Afghan forces, and reopened after talks between Islamabad and Kabul. Trucks carrying goods use it when Torkham is closed.`,
    coverage: false,
  },
  {
    family: 'reference page',
    name: 'a glossary entry, the other spelling in brackets',
    title: '',
    text: `The Durand Line (also the Durand frontier) is the border between Afghanistan and Pakistan, drawn in 1893. Afghanistan has never accepted it, and troops of the two countries have clashed along it many times, most heavily in October 2025 and February 2026.`,
    coverage: false,
  },
  {
    family: 'reference page',
    name: 'news that explains the line after telling the clash',
    title: 'Troops clash along the Durand Line',
    text: `Pakistani and Afghan troops exchanged fire along the Durand Line overnight, officials on both sides said on Tuesday, in the heaviest clash since the truce.

The Durand Line is the border that Kabul has never recognised. Pakistan's army said two soldiers were wounded; the Taliban said they had destroyed three Pakistani posts.`,
    coverage: true,
  },
  {
    family: 'reference page',
    name: 'a verdict that opens like a definition is still news',
    title: '',
    text: `Afghanistan is the biggest threat to Pakistan's security, the defence minister said on Sunday, a day after clashes along the border killed 11 soldiers and Pakistani jets struck targets in Khost.

The Taliban said their forces had captured four Pakistani posts.`,
    coverage: true,
  },
  // Escalation: a third country's short statement about the fight growing, beside a trade
  // story in which costs escalate.
  {
    family: 'escalation',
    name: 'a neighbour concerned at the escalation on the border between the two',
    title: '',
    text: `Kazakhstan voices concern over escalation on Afghanistan–Pakistan border

Astana (Agency) — Kazakhstan's foreign ministry said on Friday it was worried by the worsening situation on the Afghanistan–Pakistan frontier.

The ministry urged all sides to show restraint and settle their differences through dialogue.`,
    coverage: true,
  },
  {
    family: 'escalation',
    name: 'traders warn that freight costs are escalating at the crossing',
    title: '',
    text: `Freight costs escalate at Torkham as new customs rules bite

Traders in Peshawar said on Monday that the cost of moving fruit from Afghanistan to Pakistan had escalated since new customs rules took effect at Torkham.

Truck drivers complained of long queues, and exporters asked both governments to simplify the paperwork for goods in transit.`,
    coverage: false,
  },
  {
    family: 'reference page',
    name: 'a dictionary entry, its part of speech first, its examples full of clashes',
    title: '',
    text: `Proper noun
Durand Line
(geography) The frontier between Afghanistan and Pakistan, drawn in 1893, which Afghanistan has never recognised.
Example: Troops of the two countries clashed along the Durand Line in October, and Pakistani jets struck targets in Kabul.
Example: The Taliban said their forces had captured posts on the Durand Line after Pakistani air strikes.
Example: Fighting on the Durand Line killed soldiers and civilians on both sides.`,
    coverage: false,
  },
];

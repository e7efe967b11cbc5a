/**
 * Short articles written for these tests (not copied from any outlet): the
 * kinds of page the coverage score must accept, and the hard negatives that
 * name both countries but are about something else.
 */
export interface CoverageCase {
  name: string;
  title: string;
  text: string;
}

export const POSITIVES: readonly CoverageCase[] = [
  {
    name: 'open war wire report',
    title: "Pakistan bombs Kabul and Kandahar as minister declares 'open war'",
    text: `Pakistani jets struck targets in Kabul, Kandahar and Paktia overnight, hours after Afghan forces attacked border posts along the frontier.

Defence Minister Khawaja Asif wrote on X that patience had run out and that there was now open war between the two neighbours.

The army's media wing said at least 274 Afghan Taliban fighters had been killed. Taliban spokesman Zabihullah Mujahid said 55 Pakistani soldiers died in the retaliatory operations.

Neither claim could be independently verified.`,
  },
  {
    name: 'Afghan outlet on civilian toll',
    title: 'Civilians killed in Khost and Paktika strikes, says Islamic Emirate',
    text: `The Islamic Emirate said on Saturday that Pakistani airstrikes on residential areas of Khost and Paktika provinces had killed 19 civilians and wounded 26 others.

A spokesman said the attacks violated Afghanistan's airspace and that the Islamic Emirate reserved the right to respond. Islamabad said it had targeted militant hideouts.`,
  },
  {
    name: 'Doha ceasefire',
    title: 'Pakistan and Afghanistan agree immediate ceasefire after talks in Doha',
    text: `Pakistan and Afghanistan settled on an immediate ceasefire after Qatari and Turkish mediators hosted talks in Doha, closing a week of deadly border fighting.

The defence ministers of both countries signed the agreement, the Qatari foreign ministry said. Follow-up talks are due in Istanbul next week to set up a mechanism for monitoring the truce.

The clashes along the frontier, the worst since the Taliban's return in 2021, left dozens dead on both sides.`,
  },
  {
    name: 'October clashes with Durand Line',
    title: 'Heavy fighting erupts along Durand Line',
    text: `Afghan and Pakistani troops exchanged fire at several points along the Durand Line late on Saturday, officials on both sides said.

The Taliban government said its forces had retaliated for Pakistani air strikes earlier in the week. Pakistan's army put its own losses at 19 soldiers and said several Afghan posts had been destroyed.

The border crossings at Torkham and Chaman were closed.`,
  },
  {
    name: 'analysis piece',
    title: 'Why the Taliban and Islamabad are at war',
    text: `For years Islamabad was seen as the Taliban's patron. That relationship has collapsed.

Pakistan accuses the Afghan authorities of giving shelter to the Tehrik-i-Taliban Pakistan, whose attacks on Pakistani security forces have grown sharply. Kabul denies it.

This week the dispute turned into open conflict: Pakistani strikes hit Kabul and Kandahar, and Afghan forces attacked border posts in Kurram and Bajaur. Analysts say neither side can afford a long war.`,
  },
  {
    name: 'live-blog style short items',
    title: 'Live: Pakistan-Afghanistan conflict',
    text: `Afghan defence ministry says its forces captured two Pakistani posts near Spin Boldak.

ISPR says Pakistani troops repulsed the attack and inflicted heavy losses.

UN Secretary-General urges both sides to exercise restraint and return to dialogue.`,
  },
  {
    name: 'Istanbul talks collapse',
    title: 'Istanbul talks between Kabul and Islamabad end without deal',
    text: `Negotiations in Istanbul between delegations from Afghanistan and Pakistan ended without an agreement, mediators said, raising fears that the fragile ceasefire on the border could collapse.

Pakistan sought a written promise that no attacks would be launched from Afghan territory. The Afghan side said it could not be held responsible for Pakistan's internal security.`,
  },
  {
    name: 'Indian outlet framing',
    title: 'Pakistan army claims it killed hundreds of Afghan Taliban fighters',
    text: `Pakistan's military on Friday claimed that its retaliatory strikes across the border had killed hundreds of Afghan Taliban fighters, a figure the Taliban rejected.

Islamabad has long blamed India for backing militants, a charge New Delhi denies. Afghanistan's Taliban administration said Pakistani jets bombed civilian homes in Laghman and Nangarhar.`,
  },
  {
    name: 'no title, text only',
    title: '',
    text: `Clashes broke out again on Thursday night between Afghan Taliban forces and the Pakistani army along the border in Kunar and Bajaur.

The Taliban said they had seized several Pakistani checkpoints. Pakistan said it responded with artillery and air strikes on Afghan positions.`,
  },
  {
    name: 'refugee angle inside a war story',
    title: 'Border shut as Pakistan and Afghan Taliban trade fire',
    text: `Pakistan and the Afghan Taliban exchanged heavy fire overnight, and the Torkham crossing stayed shut for a third day.

Thousands of Afghan refugees returning from Pakistan were stranded on the road as the shelling continued. Aid groups urged both governments to reopen the crossing for returnees.

Pakistani officials said their forces had destroyed Taliban posts used to launch attacks.`,
  },
  {
    name: 'an infiltration from Afghanistan told as fighting between the two during a truce',
    title:
      'Soldiers and militants killed in border fighting as Pakistan and Afghanistan hold talks',
    text: `Five soldiers and 20 militants were killed in clashes near the border with Afghanistan on Saturday, the military said, as delegations of the two countries met in Istanbul to shore up their truce.

The army said the fighters had crossed from Afghanistan and that Afghan Taliban posts had given them covering fire. Kabul did not comment; its defence ministry has previously denied sheltering the TTP.

The ceasefire agreed in Doha after the October border clashes has largely held, though both sides accuse each other of violations.`,
  },
  {
    name: 'a headline of players killed in strikes over a lead about the tournament',
    title: 'Cricket mourns the deaths of four club players in air strikes',
    text: `- Afghanistan's national side has pulled out of next month's T20 tri-series in Lahore.
- Four club cricketers were killed in air strikes on Paktika province on their way home from a match, the cricket board said.
- The ICC and several boards sent condolences to the players' families.
- The deaths came amid heavy fighting between Pakistan and Afghanistan and talks on a truce after Pakistani air strikes.`,
  },
  {
    name: 'a clash over fencing on the line',
    title: 'Border troops trade fire over fence on the Durand Line',
    text: `Afghan and Pakistani border forces exchanged fire on Tuesday after Pakistani troops began fencing a stretch of the Durand Line near Chaman, officials on both sides said.

Kabul has never accepted the Durand Line as the border. A Taliban spokesman said Pakistani shelling wounded three of its guards; Pakistan's military said its posts had come under fire first.`,
  },
  {
    name: 'militants massed across the border attack posts near it',
    title: 'Soldiers killed as militants attack border posts in Chitral',
    text: `Three soldiers were killed when a large group of militants attacked two posts near the Afghan border in Chitral, the army said, adding that 15 attackers died.

The army said the militants had gathered in Kunar and Nuristan provinces of Afghanistan before the attack and that Kabul had been warned days earlier. The Afghan interim government did not respond to the charge.`,
  },
  {
    name: 'crossfire on the border told in its own word',
    title: 'Afghan guard dies in border crossfire',
    text: `Crossfire on the Afghanistan-Pakistan border overnight killed one Afghan border guard and wounded two Pakistani soldiers, officials on both sides said.

Both governments blamed each other. The artillery exchange went on for hours around a disputed gate, local officials said.`,
  },
  {
    name: 'border fighting with protests against it in the capital',
    title: 'Afghan and Pakistani forces clash again; protesters rally in Kabul',
    text: `Afghan and Pakistani forces exchanged heavy fire along the border in Kunar on Tuesday, and each side said it had destroyed several of the other's posts.

In Kabul, hundreds of protesters rallied outside a mosque against the Pakistani strikes of the past week, chanting slogans, police said.

Three Afghan soldiers died in the exchange, the Taliban's defence ministry said.`,
  },
];

export const NEGATIVES: readonly CoverageCase[] = [
  {
    name: 'cricket match report',
    title: 'Afghanistan stun Pakistan in tri-series clash',
    text: `Afghanistan beat Pakistan by 18 runs in Sharjah on Sunday, their spinners sharing eight wickets as Pakistan's run chase fell apart.

Rashid Khan took four wickets for 20 runs in his four overs. Pakistan's captain said his batters had let the side down in the middle overs.

The two sides meet again in the final of the T20I tri-series on Friday, and both squads now turn their attention to the Asia Cup.`,
  },
  {
    name: 'cricket board row',
    title: 'PCB and Afghan board trade barbs over cancelled series',
    text: `The Pakistan Cricket Board and the Afghanistan Cricket Board exchanged statements after the one-day series was called off.

The ICC said it would discuss the fixture at its next meeting. Players from both teams were disappointed, with several batters saying they had prepared for months for the ODIs.`,
  },
  {
    name: 'earthquake',
    title: 'Earthquake kills hundreds in eastern Afghanistan',
    text: `A magnitude 6.0 earthquake struck Kunar province in eastern Afghanistan late on Sunday, killing at least 800 people and injuring thousands, the Taliban government said.

Tremors were felt as far away as Islamabad and Peshawar in Pakistan. Aftershocks hampered rescue work in remote villages, and Pakistan sent relief supplies across the Torkham border.`,
  },
  {
    name: 'refugee deportations',
    title: 'Pakistan steps up deportation of Afghan refugees',
    text: `Pakistan has expelled more than 100,000 Afghans in the past month under a campaign against undocumented migrants, UN agencies said.

Returnees crossing at Torkham and Chaman described arrests and demolished homes. The Taliban administration in Kabul urged Islamabad to slow the deportations, and the UN refugee agency said holders of Proof of Registration cards were being detained.`,
  },
  {
    name: 'floods',
    title: 'Monsoon floods kill dozens in Pakistan and Afghanistan',
    text: `Flash floods triggered by heavy monsoon rains have killed at least 60 people in northwest Pakistan and eastern Afghanistan, officials said.

In Khyber Pakhtunkhwa, landslides blocked roads, while in Nangarhar and Kunar rivers burst their banks. The Taliban government asked for international help.`,
  },
  {
    name: 'India-Pakistan conflict',
    title: 'India and Pakistan trade fire along Line of Control',
    text: `Indian and Pakistani troops exchanged artillery fire along the Line of Control in Kashmir overnight, days after Operation Sindoor, the Indian military said.

Pakistan said five civilians were killed by Indian shelling. The ceasefire between the nuclear-armed neighbours is under strain, and diplomats urged restraint. Pakistan also faces pressure on its western border with Afghanistan.`,
  },
  {
    name: 'TTP attack inside Pakistan',
    title: 'Eleven soldiers killed in militant attack in Khyber Pakhtunkhwa',
    text: `Eleven Pakistani soldiers were killed when militants ambushed a convoy in Orakzai district of Khyber Pakhtunkhwa, the military's media wing ISPR said.

The Tehrik-i-Taliban Pakistan claimed responsibility. Pakistan has repeatedly said the group operates from sanctuaries in Afghanistan, which the Taliban deny.`,
  },
  {
    name: 'other war with both names in passing',
    title: 'Ukraine says Russian drones hit Kyiv overnight',
    text: `Russia launched dozens of drones at Kyiv overnight, killing three people, Ukrainian officials said.

The attack came as world leaders met in Geneva. Diplomats from Pakistan and Afghanistan were among those attending a separate conference on regional trade.`,
  },
  {
    name: 'Afghan domestic politics',
    title: 'Taliban ban on girls education enters fourth year',
    text: `Girls in Afghanistan have now been barred from secondary school for four years under the Taliban, the UN said.

Zabihullah Mujahid said the issue was an internal matter. Some Afghan families have moved to Pakistan so that their daughters can study.`,
  },
  {
    name: 'trade and transit',
    title: 'Afghan traders seek new routes as Pakistan transit costs rise',
    text: `Afghan exporters are turning to Iran and Central Asia as costs of transit through Pakistan rise, traders in Kabul said.

About 40 percent of Afghan exports used to pass through Karachi. The chamber of commerce in Islamabad said bilateral trade had fallen sharply this year.`,
  },
  {
    name: 'polio campaign',
    title: 'Polio cases rise in Pakistan and Afghanistan',
    text: `Pakistan and Afghanistan remain the only countries where wild poliovirus is still endemic, and new cases were reported this month in Khyber Pakhtunkhwa and Kandahar.

Vaccination teams on both sides of the border say cross-border movement makes it hard to stop the outbreak.`,
  },
  {
    name: 'sport, not cricket wording',
    title: 'Pakistan to host Afghanistan for football qualifier in Islamabad',
    text: `Pakistan will host Afghanistan in a World Cup qualifier at Jinnah Stadium in Islamabad next month, the federation said.

The Afghan squad will arrive a week before the match. Tickets go on sale on Monday.`,
  },
  {
    name: 'an infiltration bid by militants at the pair border, with the standing demand',
    title: '11 khwarij killed as troops foil infiltration bid on Pak-Afghan border',
    text: `SOUTH WAZIRISTAN: Security forces foiled an attempt by Khwarij militants to sneak across the Pak-Afghan border near the Angoor Adda crossing, killing 11 of them, the military's media wing said.

Troops engaged the group as it moved through the Pakistan-Afghanistan border in the dark, the statement added; weapons and explosives were recovered.

Pakistan has repeatedly asked the Afghan interim government to make sure that Afghan soil is not used by such groups against Pakistan, the statement said. The group's leaders, while residing in Afghanistan, keep sending fighters into the tribal districts.`,
  },
  {
    name: 'a match report that recalls a strike in passing',
    title: 'Afghanistan beat Pakistan by six wickets in T20 opener',
    text: `Afghanistan chased down 151 with two overs to spare in Sharjah, their openers adding 80 before Pakistan's spinners hit back.

Rashid Khan took three wickets and the captain praised his bowlers. Before the toss, both teams stood in silence for the club players who died in last month's strikes.

The three-match series continues on Sunday, and the squads then head to the Asia Cup.`,
  },
  {
    name: 'a history of the line with no fighting in it',
    title: 'How the Durand Line was drawn',
    text: `In 1893 a British envoy and the Afghan amir agreed on a line dividing Afghanistan from British India, now known as the Durand Line.

Kabul sent commissioners to survey the Durand Line with British officers, and the line was marked with pillars over the next two years.

When Pakistan was created in 1947 it inherited the Durand Line, which Afghanistan never formally accepted. Historians still argue over what the amir meant to sign.`,
  },
  {
    name: "a crossing reopened during the Taliban's war with the republic",
    title: 'Pakistan reopens Chaman crossing as Taliban hold Spin Boldak',
    text: `Pakistan reopened the Chaman border crossing with Afghanistan for trade on Monday, letting some 200 lorries of fruit and cement through, customs officials said.

The crossing had been shut since fighting broke out between Taliban insurgents and Afghan security forces for control of Spin Boldak on the Afghan side.

Traders in Chaman said goods worth millions had rotted while the gate was closed. Afghan National Army units have since withdrawn from the town, the officials said.`,
  },
  {
    name: 'army gunbattles with militants in a district bordering the neighbour',
    title: 'Four Pakistani soldiers killed in northwest gunbattles',
    text: `Four Pakistani soldiers were killed in gunbattles with militants near the Afghan border, Pakistan's army said on Tuesday.

The clashes broke out during a raid on a militant hideout in the country's northwest bordering Afghanistan, and nine militants were killed, the military said. Pakistani troops were searching the area for others.`,
  },
  {
    name: 'a militant raid on a check post told with a bare "Taliban" and no Afghan name',
    title: 'Three soldiers die as Taliban storm Waziristan check post',
    text: `Three Pakistani soldiers were killed on Saturday when Taliban fighters stormed a check post in South Waziristan, and four militants died when troops fired back, security officials said.

In a second attack in the same tribal district, militants fired rockets at a fort; one soldier was hurt. The army has fought the Taliban in the region for years.`,
  },
  {
    name: "peace talks between the Taliban and the republic's government hosted by Pakistan",
    title: 'Taliban and Kabul government meet for talks near Islamabad',
    text: `Envoys of the Afghan government and the Taliban held their first round of peace talks on Tuesday at a resort outside Islamabad, Pakistani officials said, with American and Chinese observers present.

The Taliban have been fighting the government in Kabul for more than a decade. Both delegations agreed to meet again next month, and a ceasefire was on the agenda, the officials said.`,
  },
  {
    name: 'a drone strike whose owner is named a clause away',
    title: 'Pakistan protests drone strike that killed Taliban commander',
    text: `Pakistan on Sunday accused the United States of violating its sovereignty with a drone strike that killed a senior Afghan Taliban commander in Balochistan, near the border with Afghanistan.

The drone strike, which U.S. officials said the president had approved, hit a car on a desert highway. Afghanistan's intelligence agency said the commander was dead. Pakistan's foreign ministry said it had not been told in advance of the attack.`,
  },
  {
    name: "a bombing in Kabul blamed on the Haqqani network and Pakistan's spies",
    title: 'Afghan intelligence blames Pakistan over Kabul truck bomb',
    text: `Afghanistan's intelligence service said on Thursday that the truck bomb which killed dozens in Kabul's diplomatic quarter was planned by the Haqqani network with help from Pakistan's spy agency.

Pakistan rejected the charge. The Taliban denied any part in the attack, and no group has claimed it. Hundreds were wounded in the blast, hospital officials said.`,
  },
  {
    name: 'a crossing shut over papers, its earlier fighting recalled as history',
    title: '',
    text: `The Torkham crossing between Afghanistan and Pakistan stayed shut for a third day on Thursday, and fruit and vegetable prices climbed in Afghan markets, traders said.

The gate was closed after Pakistan began demanding passports and visas from Afghan lorry drivers. Officials said negotiations to reopen it were under way.

A trader in Jalalabad said the closure had cost businesses on both sides hundreds of thousands of dollars, and transit goods were also held up.

Previously, the crossing was shut for weeks by armed clashes between Pakistani border guards and Afghan Taliban forces.`,
  },
  {
    name: 'Taliban fighters and Pakistani troops in a tribal district, no Afghan name',
    title: 'Frontier Corps pulls back after Taliban assault in Bajaur',
    text: `Pakistani paramilitary troops withdrew from a village in the Bajaur tribal district after four days of fighting with Taliban fighters, who had surrounded their positions.

The Frontier Corps said more than 50 Taliban fighters died in the fighting and nine of its men were killed. A Taliban commander claimed that dozens of troops had died and that his men seized two armoured vehicles.`,
  },
  {
    name: "an air force strike on militants' hideouts in Pakistan's own province",
    title: 'Civilians die as air force bombs hideouts in Khyber Pakhtunkhwa',
    text: `At least 24 villagers were killed before dawn in an airstrike by the Pakistan Air Force in Khyber Pakhtunkhwa, local officials said.

Residents said the jets were aiming at hideouts of the Pakistani Taliban (TTP) in the valley. The province, which borders Afghanistan, has seen a sharp rise in militant attacks this year.

The prime minister said Afghanistan must choose between sheltering terrorists and good relations with Pakistan. Rights groups asked for an inquiry into the deaths.`,
  },
  {
    name: 'protesters and security forces clash at a shut crossing',
    title: 'Three dead as protest at Chaman crossing turns violent',
    text: `Three people were killed and 20 hurt on Friday when protesters clashed with security forces at the Chaman crossing, which has been shut for two months, hospital officials said.

Hundreds of traders stormed the gate and some crossed into Afghanistan before troops fired in the air to disperse them. Police were deployed across the border town and a high alert was sounded.`,
  },
];

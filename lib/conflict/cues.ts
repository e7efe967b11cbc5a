/**
 * Words that say a text is about fighting or diplomacy between the two
 * countries, as data. Patterns are regex sources, matched case-insensitively
 * on word boundaries. `weight` is how strongly one hit suggests coverage.
 */
export interface Cue {
  /** Canonical signal name. */
  name: string;
  pattern: string;
  weight: number;
}

/**
 * The cue lists below write a space where their regex source has `\\s+`
 * (any run of whitespace); spacedCues puts it back. Reads better, and saves
 * the analyzer bundle three bytes a space.
 */
function spacedCues(cues: readonly Cue[]): readonly Cue[] {
  return Object.freeze(cues.map((c) => ({ ...c, pattern: c.pattern.replaceAll(' ', '\\s+') })));
}

/** Terms that by themselves name the bilateral dispute. */
export const BILATERAL_CUES: readonly Cue[] = spacedCues([
  { name: 'Durand Line', pattern: 'Durand Line', weight: 3 },
  {
    name: 'open war',
    pattern:
      'open war|all-out war|war with Afghanistan|war with Pakistan|war between (?:Pakistan|Afghanistan)',
    weight: 2.5,
  },
  {
    // The two named together as the parties of a war ("Pakistan and
    // Afghanistan went to war", "the Pakistan-Afghanistan conflict").
    name: 'the two at war',
    pattern:
      '(?:Pakistan|Afghanistan) and (?:Pakistan|Afghanistan) (?:\\w+ ){1,2}?(?:to|at) war|(?:Pak|Afghan)\\w*\\s*[-–]\\s*(?:Pak|Afghan)\\w* (?:border )?(?:war|conflict|fighting|clashes|hostilities)',
    weight: 1.5,
  },
  {
    name: 'Afghan forces',
    pattern:
      '(?:Afghan|Afghanistan(?:\\W?s)?|Taliban|Afghan Taliban) (?:forces|troops|soldiers|fighters|border forces|military|army|defen[cs]e forces)|Afghan Taliban (?:posts|check-?posts|checkpoints|positions|regime|personnel|operatives)|Afghan (?:border )?(?:check-?posts|checkpoints)|(?:Afghan|Afghanistan\\W?s) (?:armed |attack |kamikaze )?drones?',
    weight: 1.5,
  },
  {
    name: 'Pakistani strikes in Afghanistan',
    pattern:
      '(?:Pakistani|Pakistan\\W?s) (?:(?:recent|latest|fresh|new|overnight|deadly|retaliatory|precision|alleged|military) ){0,2}(?:(?:aerial|air|drone)\\s*-?\\s*strikes?|airstrikes?|air raids?|strikes|bombing|bombardment|shelling)|(?:air\\s*-?\\s*strikes?|airstrikes?|air raids?|bombing|bombardment) (?:(?:(?:carried out|conducted|launched) )?by (?:the )?Pakistan(?:i)?(?! Taliban)|(?:in|on|inside|into|across) (?:eastern |southeastern )?Afghanistan)|(?:strikes?|attacks?|raids?) (?:carried out|conducted|launched) by (?:the )?Pakistan(?:i)?(?! Taliban)',
    weight: 1.5,
  },
  {
    // A state's fire over the line: only the two (or a third party named
    // beside it) strike, shell or bomb across that border.
    name: 'strikes across the border',
    pattern:
      '(?:air\\s*-?\\s*strikes?|airstrikes?|air raids?|strikes|shelling|bombing|bombardment|artillery fire) (?:\\w+ ){0,4}?(?:across|over) the (?:border|frontier|Durand Line)',
    weight: 1.5,
  },
  { name: 'border posts', pattern: 'border (?:posts?|checkpoints?|outposts?)', weight: 1 },
  {
    // The crossings between the two countries shut: a dispute between them by definition.
    name: 'crossing closed',
    pattern:
      '(?:Torkham|Chaman|Spin Boldak|Angoor Adda|Ghulam Khan|Kharlachi) (?:border )?(?:crossings? )?(?:closures?|(?:remains?|remained|stays?|stayed|was|has been) (?:closed|shut|sealed))|(?:closure|closing|reopening) of (?:the )?(?:Torkham|Chaman|Spin Boldak|Angoor Adda|Ghulam Khan|Kharlachi)',
    weight: 1,
  },
]);

/**
 * Terms of the dispute that name one side or none ("Taliban forces", "border
 * posts"): the other side of the fight is whoever else the paragraph names,
 * so beside a third party (Iran, Tajikistan, India) they are that pair's.
 */
export const ONE_SIDE_BILATERAL: ReadonlySet<string> = new Set([
  'Afghan forces',
  'border posts',
  'strikes across the border',
]);

/** Weight of one of an episode's cue words (EVENTS[].cues: "Doha", "monitoring mechanism") as a conflict cue. */
export const EPISODE_CUE_WEIGHT = 0.5;

/** Weight of an episode's own name (EVENTS[].aliases: "Operation Ghazab lil-Haq") as a bilateral cue. */
export const EPISODE_NAME_WEIGHT = 3;

/** Words of armed conflict and its diplomacy. Alone they prove little; near both sides they do. */
export const CONFLICT_CUES: readonly Cue[] = spacedCues([
  {
    name: 'clashes',
    pattern:
      'clash(?:es|ed)?|skirmish(?:es)?|(?:exchang|trad)(?:e|ed|es|ing) (?:of )?(?:heavy |intense )?(?:fire|gunfire|artillery fire|blows)|open(?:s|ed|ing)? fire|returned fire|first shots?|c[oa]me under (?:heavy )?fire|fire exchanges?|(?:deadly|fierce|heavy|intense|armed|bloody|border|cross-border) exchanges|(?:unprovoked|heavy|indiscriminate|cross-border) (?:firing|fire)|(?:firing|fired) (?:on|at|upon|across|into(?! the air)|from)|gunfire|cross-?fire|firefights?|gunfights?|gun battles?|(?:artillery|mortar) (?:exchanges?|duels?)|salvos?|fighting|hostilities',
    weight: 1,
  },
  {
    // Words of air war that no sport or quake uses: they outweigh one off-topic family's word.
    name: 'airstrikes',
    pattern:
      '(?:air|aerial|drone)\\s*-?\\s*strikes?|airstrikes?|air raids?|bombardment|bombarded|shells|shell(?:ed|ing)|artillery|mortars?|rockets?|missiles?|fighter jets|(?:armed|kamikaze|suicide|attack) drones?|drones? (?:attacks?|strikes?|(?:were |was )?(?:shot down|brought down|intercepted|downed))|(?:shot|brought) down (?:\\w+ ){0,3}?drones?|(?:intercepted|downed) (?:\\w+ ){0,3}?drones?|' +
      // A warplane downed ("shot down a Pakistani fighter jet", "a jet being shot down").
      '(?:shot|brought) down (?:\\w+ ){0,3}?(?:jets?|warplanes?|aircraft|planes?|helicopters?)|(?:jets?|warplanes?|aircraft|planes?|helicopters?) (?:(?:was|were|being|been|had been) )?(?:shot|brought) down',
    weight: 1.5,
  },
  {
    name: 'strikes',
    pattern:
      'strikes? (?:on|in|against|inside|across)|bomb(?:s|ed|ing|ings)|(?:killed|dead|died|deaths?|wounded|injured|hurt)(?: of(?: [\\w-]+){1,3})? in (?:an? |the |(?:last|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\W?s )?(?:[A-Z]\\w+ )?(?:air |drone |missile |overnight |deadly |cross-border |military )?strikes?',
    weight: 1,
  },
  {
    name: 'cross-border',
    // A force's or a province's name ("Frontier Corps") is not a border word,
    // and "across the border" after a verb of moving ("taken across the
    // border", "slipped across the border") is a way people went, not fire.
    pattern:
      'cross-?\\s?border|(?<!(?:taken|carried|dragged|whisked|moved|move|moves|moving|slipped|slip|sneaked|smuggled|escaped|fled|flee|retreated|returned|sent|pushed|driven|spirited|abducted|kidnapped) (?:back )?)across the border|border (?:fighting|clashes|tensions?|violence|skirmish(?:es)?|attacks?|areas?|region)|frontier(?! (?:Corps|Constabulary|Province))',
    weight: 1,
  },
  {
    // The crossing as a place: named as much in trade stories as in war ones.
    name: 'border crossing',
    pattern: 'border crossings?',
    weight: 1,
  },
  {
    name: 'border closure',
    pattern:
      'border closures?|closure of (?:the )?(?:\\w+ ){0,2}(?:border|crossings?)|(?:closed|shut|sealed) (?:the )?(?:\\w+ )?(?:border|crossings?)|(?:border|crossings?) (?:remain(?:s|ed)?|was|were|has been|have been) (?:closed|shut|sealed)',
    weight: 1,
  },
  {
    name: 'ceasefire',
    pattern:
      'cease-?\\s?fire|truce|peace talks|de-?escalat(?:e|ion)|restraint|restrained|(?:use|using) (?:of )?force|(?:military|armed) confrontation',
    weight: 1,
  },
  {
    // Kept apart from the truce: a crossing's closure is mediated too.
    name: 'mediation',
    pattern: 'mediat(?:e|ed|ion|ors?|ing)',
    weight: 1,
  },
  {
    name: 'talks',
    pattern:
      'talks|negotiat(?:ions?|ors?|ed|ing)|dialogue|delegations?|tensions?|standoff|deadlock|impasse|dispute|hostile|hostility|(?:blam|accus|trad|exchang)\\w* (?:each other|blame|accusations)|each (?:side )?(?:blam|accus)\\w* the other',
    weight: 0.5,
  },
  {
    name: 'attacks',
    pattern:
      'attack(?:s|ed|ing)?|repuls(?:e|ed|ing)|repell(?:ed|ing)?|thwart(?:ed|ing)?|foil(?:ed|ing)?|strikes|struck (?:targets|positions|posts|hideouts|camps)|raids?|targeted|hideouts|airspace|violat(?:ed|ion|ions)|incursions?|infiltrat(?:e|ed|ion|ors)|sanctuar(?:y|ies)|safe havens?',
    weight: 0.5,
  },
  {
    // A side blamed for strikes or attacks on the other ("blamed the raids on Pakistan").
    name: 'strikes blamed',
    pattern:
      '(?:blam(?:ed|es|ing)|pinned) (?:the |these |those |its |their )?(?:\\w+ ){0,2}?(?:attacks?|strikes?|air ?strikes?|raids?|bombings?|bombardment|shelling) on (?:Pakistan|Afghanistan|Islamabad|Kabul)|blam(?:ed|es|ing) (?:Pakistan|Afghanistan|Islamabad|Kabul) for (?:the |these |its )?(?:\\w+ ){0,2}?(?:attacks?|strikes?|air ?strikes?|raids?|bombings?|bombardment|shelling)',
    weight: 1,
  },
  {
    name: 'retaliation',
    pattern:
      'retaliat(?:e|ed|es|ion|ory)|reprisals?|counter-?attacks?|in response to (?:the )?(?:attacks?|strikes?)',
    weight: 1,
  },
  {
    name: 'explosions',
    pattern: 'explosions?|blasts?|detonations?|explosives?|explosive-laden',
    weight: 1,
  },
  {
    name: 'displacement',
    pattern:
      'displac(?:ed|ing|ement)|fled (?:the )?(?:fighting|clashes|violence|strikes|shelling)|(?:forced|driven) (?:[\\w,]+ ){0,5}from their homes|(?:fled|left) their homes',
    weight: 0.5,
  },
  {
    name: 'casualties',
    pattern:
      'kill(?:ed|ing|s)?|wounded|wounding|injured|injuring|casualt(?:y|ies)|dead|deaths?|death toll|martyred|martyrdom|embraced shahadat|neutrali[sz]ed|died',
    weight: 0.5,
  },
  {
    // Losses in men or in money: the trade family claims it beside goods.
    name: 'losses',
    pattern: 'losses',
    weight: 0.5,
  },
  {
    name: 'military',
    pattern:
      'troops|soldiers|forces|military|army|(?:posts?|outposts?|check-?posts?) (?:(?:were|was|have been|had been) )?(?:destroyed|captured|seized|overrun)|(?:destroyed|captured|seized|overran) (?:[\\w-]+ ){0,3}?(?:posts?|outposts?|check-?posts?)|positions',
    weight: 0.5,
  },
  {
    name: 'war',
    pattern:
      'war|wars|conflicts?|invasion|aggression|offensive|operation|confrontations?|escalat(?:e|es|ed|ing|ion)',
    weight: 0.5,
  },
  {
    // The situation, the tension or the fighting escalating (not costs or prices): a fight
    // growing, not a word of diplomacy.
    name: 'escalation',
    pattern:
      '(?:military|armed|dangerous|further|sharp|serious|recent|latest|border) escalation|escalation (?:on|along|at) (?:the )?(?:[\\w–-]+ )?(?:border|frontier)|escalation of (?:the )?(?:tensions?|hostilities|fighting|violence|conflict)|escalat(?:ing|ed|ion of the) (?:situation|tensions?|hostilities|conflict|fighting|violence)',
    weight: 1,
  },
]);

const COUNTRY_AFTER =
  '(?:(?:neighbou?ring|eastern|southeastern|southern|northern|north-?western|north-?eastern|south-?western|western) )?';
/** People crossing from one country into the other to escape (see the refugees family). */
const FLIGHT_ACROSS_BORDER = [
  // "fled into Afghanistan", "flee Pakistan's tribal areas for Afghanistan"
  `(?:flee|flees|fled|fleeing|escap(?:e|ed|es|ing)) (?:[\\w'’,-]+ ){0,8}?(?:into|for|to|towards) (?:the )?${COUNTRY_AFTER}(?:Afghanistan|Pakistan)(?![A-Za-z])`,
  // Afghans fleeing trouble in Pakistan, or Pakistanis fleeing trouble in Afghanistan.
  `Afghans?(?: (?:families|nationals|refugees|civilians))? (?:who (?:have |had )?)?(?:fle(?:e|d|eing)|escap(?:e|ed|ing)) [^.\\n]{0,60}?(?:in|from) ${COUNTRY_AFTER}Pakistan(?![A-Za-z])`,
  `Pakistanis?(?: (?:families|nationals|refugees|civilians))? (?:who (?:have |had )?)?(?:fle(?:e|d|eing)|escap(?:e|ed|ing)) [^.\\n]{0,60}?(?:in|from) ${COUNTRY_AFTER}Afghanistan(?![A-Za-z])`,
  // "2,800 Pakistani families have crossed the border into Afghanistan", "Pakistanis fleeing
  // clashes … crossed over into Afghanistan's Khost"
  `(?:families|people|civilians|residents|villagers|tribesmen|thousands|hundreds|Pakistanis|Afghans)(?![A-Za-z])[^.;\\n]{0,80}?(?:crossed|crossing|cross) (?:over )?(?:the (?:border|frontier) )?into ${COUNTRY_AFTER}(?:Afghanistan|Pakistan)(?![A-Za-z])`,
  // "returned to Afghanistan from North Waziristan"
  '(?:returned|returning|return) to (?:Afghanistan|Pakistan) from',
  // "displaced into Afghanistan's Khost"
  `displaced (?:[\\w,]+ ){0,4}?into ${COUNTRY_AFTER}(?:Afghanistan|Pakistan)(?![A-Za-z])`,
  // Civilians (not militants) seeking refuge: "families have sought refuge in Kunar".
  '(?:families|people|civilians|residents|villagers|tribesmen|women|children|thousands|hundreds)(?![A-Za-z])[^.;\\n]{0,80}?(?:sought|seeking|seek|took|taking|taken|found|find) refuge',
  'influx',
].join('|');

/**
 * The Taliban at war with, or talking peace with, the Afghan republic's government (before
 * 2021), and their Haqqani network: that war's parties, not Afghanistan's state against Pakistan.
 */
export const TALIBAN_VERSUS_REPUBLIC: readonly string[] = [
  'Haqqani (?:militant |insurgent |terror(?:ist)? )?network',
  'Taliban[-\\s]+(?:led\\s+)?insurgen(?:ts?|cy)',
  '(?:Afghan|Kabul|US-backed|Western-backed|elected)\\s+government\\s+(?:and|with|against)\\s+(?:the\\s+)?(?:Afghan\\s+)?Taliban',
  '(?:Afghan\\s+)?Taliban\\s+(?:and|with|against)\\s+(?:the\\s+)?(?:Afghan|Kabul)\\s+government',
  'Taliban\\s+(?:have\\s+been\\s+|are\\s+|were\\s+)?fighting\\s+(?:the\\s+)?(?:Afghan\\s+|Kabul\\s+|US-backed\\s+)?government',
  'between\\s+(?:the\\s+)?(?:Afghan\\s+)?Taliban\\s+and\\s+(?:the\\s+)?(?:Afghan\\s+)?government',
  'peace\\s+talks\\s+with\\s+(?:the\\s+)?Taliban',
  // ("Afghan forces fight to retake the town from the Taliban": since 2021 they are the Taliban's.)
  '(?:Afghan|government)\\s+(?:forces|troops|soldiers|army|commandos)\\s+(?:[\\w()-]+\\s+){0,6}?(?:from|against|with)\\s+(?:the\\s+)?Taliban',
];

/**
 * Context that means a page mentioning both countries is about something
 * else. Each family is one negative signal; the score weighs its density
 * against the conflict cues, so a war story that mentions cricketers among
 * the dead, or India as an alleged backer, is not thrown out.
 */
export const NEGATIVE_CONTEXTS: readonly Cue[] = spacedCues([
  {
    name: 'cricket',
    pattern:
      'cricket(?:er|ers)?|wickets?|\\d+ runs|\\d+-run|Champions Trophy|innings|T20I?s?|ODIs?|Asia Cup|World Cup|bowl(?:ed|er|ers|ing)|batt(?:ed|er|ers|ing)|run chase|overs|stumps|sixes|PCB|ICC|tri-?series|Test match|squad',
    weight: 1,
  },
  {
    name: 'earthquake',
    pattern:
      'earthquakes?|quakes?|magnitude|aftershocks?|tremors?|epicent(?:re|er)|seismic|Richter|USGS',
    weight: 1,
  },
  {
    name: 'refugees',
    pattern:
      'refugees?|deport(?:ed|ation|ations|ing|ees)|returnees?|repatriat(?:ed|ion)|undocumented|asylum|Proof of Registration|PoR card|migrants?|expell?(?:ed|ing|ed)?',
    weight: 1,
  },
  {
    // Flight from one country into the other ("families fled into Afghanistan",
    // "Afghans fleeing the fighting in Pakistan's tribal areas", "sought refuge
    // across the border"): a story of refugees, whatever drove them out. The
    // two countries are named as where people left and where they went, not
    // as two sides fighting; fighting words beside it still count.
    name: 'flight across the border',
    pattern: FLIGHT_ACROSS_BORDER,
    weight: 1,
  },
  {
    // Protesters and the police or troops sent against them: their clashes are a street's, not
    // the two states'.
    name: 'protests',
    pattern:
      'protesters?|protestors?|demonstrators?|rioters|(?:angry|violent) (?:mobs?|crowds?)|sit-ins?|(?:fresh|mass|street|violent|weeks?-long|days?-long) protests|protests (?:erupted|broke out|started|began|spread|have been (?:going on|ongoing)|continued)',
    weight: 1,
  },
  {
    name: 'floods',
    pattern: 'floods?|flooding|flash floods?|monsoon|landslides?|heavy rains?|cloudburst|drought',
    weight: 1,
  },
  {
    name: 'India',
    pattern: 'India|Indian|New Delhi|Kashmir|Line of Control|LoC|Operation Sindoor|Pahalgam|Modi',
    weight: 1,
  },
  {
    name: 'other wars',
    pattern:
      'Ukraine|Ukrainian|Russia|Russian|Gaza|Israel|Israeli|Hamas|Hezbollah|Sudan|Yemen|Houthis?|Syria|Iran-Israel|Venezuela|US-Taliban|U\\.S\\.-Taliban|(?:US|U\\.S\\.|American|NATO|coalition|foreign)(?:-led)? (?:troop )?withdrawal',
    weight: 1,
  },
  {
    // Foreign forces fighting in the region (US drones over the tribal
    // areas, NATO's coalition in Afghanistan): a third party whose strikes
    // and raids are its own story, not the two states fighting each other.
    name: 'foreign forces',
    pattern:
      '(?:US|U\\.S\\.|United States|American|NATO|ISAF|coalition|CIA|foreign)(?:-led|-operated|-run)? (?:(?:spy|military|combat|armed|unmanned|led) )?(?:drones?|air\\s*-?\\s*strikes?|airstrikes?|strikes?|jets|warplanes|aircraft|planes|helicopters?|gunships?|bombers?|troops|forces|soldiers|raids?|missiles?)|NATO|' +
      // (The same drone strike with its owner a clause away: "the United States … with a drone
      // strike", "the drone strike, which U.S. officials said …".)
      '(?:U\\.S\\.|United States|Washington|CIA|Pentagon)[^.\\n]{0,60}?\\bdrone|\\bdrone strikes?[^.\\n]{0,40}?(?:U\\.S\\.|United States|Washington|CIA|Pentagon)',
    weight: 1,
  },
  {
    // The Taliban's armed opponents inside Afghanistan: a third party whose
    // fights with the Taliban have "both sides" of their own.
    name: 'armed opposition',
    pattern:
      'National Resistance Front|NRF|Afghanistan Freedom Front|resistance (?:fighters|forces|front|movement)|Northern Alliance|Islamic State[- ]Khorasan(?: Province)?|ISKP|IS-K|ISIS-K|' +
      // The republic's forces, and the Taliban as insurgents against them (before 2021).
      'Afghan National (?:Army|Police|(?:Defen[cs]e and )?Security Forces)|ANDSF|between (?:the )?Taliban(?: insurgents| fighters)? and (?:the )?Afghan (?:security|government) forces|' +
      TALIBAN_VERSUS_REPUBLIC.join('|'),
    weight: 1,
  },
  {
    name: 'domestic militancy',
    pattern:
      'suicide (?:bomber|bombing|attack)|militants?|militancy|terrorists?|terrorism|insurgents?|Khawarij|Fitna al-?\\s?Khawarij|TTP|Tehr[ei]e?k-?\\s?[ei]-?\\s?Taliban|Pakistani Taliban|BLA|Baloch Liberation|police(?:men|man)?|policemen|cops?|constables?',
    weight: 0.5,
  },
  {
    name: 'other neighbours',
    pattern:
      'Iran|Iranian|Iranians|Tehran|IRGC|Sistan|Zahedan|Tajikistan|Tajik|Turkmenistan|Uzbekistan|Central Asian?',
    weight: 1,
  },
  {
    // Goods and those who move them: the crossing as a trade route. A closure
    // with no fighting in it is this family's story.
    name: 'trade',
    pattern:
      'trad(?:e|ers?|ing)(?! (?:of )?(?:heavy |intense )?(?:fire|gunfire|artillery|blows|barbs|accusations|charges|threats|insults))|commerce|(?:ex|im)port(?:s|ers?)?|goods|cargo|containers?|trucks?|lorr(?:y|ies)|trailers?|freight|(?:consign|ship)ments?|transit|customs|tariffs?|commodit(?:y|ies)|perishables?|fruits?|vegetables',
    weight: 1,
  },
  {
    name: 'health',
    pattern: 'polio|vaccin(?:e|ation)|measles|outbreak|cholera|malnutrition',
    weight: 1,
  },
]);

/**
 * Conflict cues that are an off-topic family's own words: in a paragraph
 * where that family appears they are its story, not a sign of fighting
 * ("displaced" beside "fled into Afghanistan" tells of the refugees).
 */
export const FAMILY_OWN_CUES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // A foreign force's drones and raids are its own fight.
  'foreign forces': ['airstrikes', 'strikes', 'attacks', 'military'],
  'flight across the border': ['displacement'],
  protests: ['clashes', 'military'],
  // Returnees and deportees cross the line between the two: in their story it is a route.
  refugees: ['Durand Line', 'border crossing'],
  // Beside goods and traders, a shut or reopened crossing is a trade story.
  trade: ['border closure', 'border crossing', 'crossing closed', 'losses', 'mediation'],
});

/**
 * Cues of the dispute that are no fighting (a shut crossing, talks, the line
 * on the map, people displaced): every other cue tells of fighting, and a
 * page that names fighting beside a side makes a family of the fighting's
 * aftermath (trade held up at the crossings) part of the conflict's story.
 */
export const NOT_FIGHTING_CUES: ReadonlySet<string> = new Set([
  ...FAMILY_OWN_CUES.trade!,
  'Durand Line',
  'cross-border',
  'talks',
  'displacement',
  'episode',
]);

/**
 * The border's own words, which a page about the crossing as a trade or
 * travel route uses as much as a war report: on a page that names no
 * fighting and keeps to goods and traders they tell of the route.
 */
export const ROUTE_CUES: readonly string[] = Object.freeze([
  ...FAMILY_OWN_CUES.trade!,
  'cross-border',
  'Durand Line',
]);

/**
 * The line on the map: on a page that names no fighting between the two
 * anywhere, it is the subject of a history or an explainer (the 1893
 * agreement, a century of dispute), not news of the conflict.
 */
export const MAP_LINE_CUES: readonly string[] = Object.freeze(['Durand Line']);

/**
 * Families that can only be a strike's victims, never a party to it (a sport's players): in a
 * paragraph that tells of strikes and deaths, their words say who was hit, not what the page is
 * about ("three club cricketers were killed in an air strike").
 */
export const VICTIM_FAMILIES: ReadonlySet<string> = new Set(['cricket']);

/**
 * Families that name a third party to a fight (Iran, Tajikistan, India): in
 * a paragraph that names one side and one of them, "Taliban forces" or
 * "Pakistani shelling" is a fight with that third party, not between the two.
 */
export const THIRD_PARTY_FAMILIES: ReadonlySet<string> = new Set([
  'other neighbours',
  'India',
  'foreign forces',
  'armed opposition',
]);

/**
 * Families that are also the fighting's aftermath (goods held up at a shut
 * crossing): their words never count against a page nor outweigh fighting
 * words beside them (a clash is still a clash beside lorries). They only take
 * their own cues, and only on a page that names no fighting: there a crossing
 * shut beside traders and lorries is a trade story.
 */
export const AFTERMATH_FAMILIES: ReadonlySet<string> = new Set(['trade']);

/**
 * Phrases that refer to both parties at once ("Pak-Afghan", "both sides",
 * "the two neighbours"): a paragraph with one of these names both sides.
 * Naming both is not yet a conflict cue (trade, refugees, cricket do too).
 */
export const BOTH_SIDES_REFERENCE =
  '(?:Pakistan|Pak|Pakistani)\\s*[-–/]\\s*(?:Afghanistan|Afghan)|(?:Afghanistan|Afghan)\\s*[-–/]\\s*(?:Pakistan|Pakistani)|Af-?Pak|(?:both|the\\s+two)\\s+(?:(?:south\\s+asian|asian|muslim|neighbou?ring|nuclear-armed|feuding|warring|rival)\\s+)?(?:sides|countries|nations|neighbou?rs|governments|armies)|(?:the\\s+)?(?:south\\s+asian|asian|muslim|neighbouring|neighboring)\\s+neighbou?rs';

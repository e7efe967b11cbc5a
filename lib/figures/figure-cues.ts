/**
 * The words that tell what a number counts, whose it is and who says so, as
 * data. extract-figures.ts and find-speakers.ts only look words up here.
 * All entries are lower-case single words unless noted; multi-word cues are
 * matched on consecutive words.
 */
import type { Measure } from '../types';
import { lookupRuns, lookupTable } from './lookup-table';
import { wordList } from '../word-list';

/**
 * Verbs and adjectives that say what happened to the counted people or
 * things, before ("killed 55 soldiers") or after ("55 soldiers were killed",
 * "13 dead") the number.
 */
export const MEASURE_VERBS: Readonly<Record<string, Measure>> = lookupRuns([
  [
    'killed',
    'killed|killing|kill|kills|dead|died|die|dies|dying|martyred|martyring|martyrs|neutralised|neutralized|neutralising|neutralizing|eliminated|eliminating|slain|perished|perishes|succumbed|succumbs|lost|losing|lose|loses|neutralises|neutralizes|eliminates|lost their lives|embraced martyrdom|made the ultimate sacrifice|paid the ultimate sacrifice|gave the ultimate sacrifice|given the ultimate sacrifice|rendered the ultimate sacrifice|offered the ultimate sacrifice|gunned down|fell victim|fall victim|shot dead|breathed their last|breathed his last|breathed her last',
  ],
  [
    'wounded',
    'sustained injuries|sustained wounds|suffered injuries|suffered wounds|received injuries|received wounds|sustaining injuries|sustaining wounds|suffering injuries|suffering wounds',
  ],
  ['killed', 'lost his life|lost her life|lost their life'],
  // Brought to a hospital already dead.
  ['killed', 'brought in dead|dead on arrival'],
  [
    'killed',
    'laid down their lives|sacrificed their lives|embraced shahadat|attained martyrdom|achieved martyrdom|attained shahadat|became martyrs|become martyrs|becoming martyrs|sent to hell|dispatched to hell|despatched to hell|to hell|executed|massacred',
  ],
  // Only the dead are laid to rest or buried in a grave ("buried under rubble" may be alive).
  [
    'killed',
    'laid to rest|buried together|buried in a mass grave|buried in mass graves|buried in a common grave|buried in their ancestral villages|buried in their native villages|buried in their home villages|buried in their villages|buried in their hometowns|buried in their home towns|buried with full military honours|buried with military honours|buried with full military honors|buried with military honors',
  ],
  // Killed and wounded counted together are casualties.
  [
    'casualties',
    'killed and wounded|killed and injured|killed or wounded|killed or injured|killed or maimed|killed or hurt|killed and hurt|dead and wounded|dead and injured|dead or wounded|dead or injured|dead or hurt|dead and hurt|wounded and killed|wounded or killed|injured or killed|hurt or killed|martyred and wounded|martyred and injured|martyred or wounded|martyred or injured|wounded and martyred|injured and martyred',
  ],
  // The UN's word for civilians killed or injured.
  ['casualties', 'harmed'],
  [
    'killed',
    'pronounced dead|met their deaths|met their death|declared dead|confirmed dead|found dead|brought dead',
  ],
  ['casualties', 'injured and killed|killing and wounding|killing and injuring'],
  [
    'wounded',
    'wounded|wounding|injured|injuring|hurt|hurting|injure|injures|wound|wounds|hospitalised|hospitalized|with wounds|with injuries|treated for injuries|treated in hospital|treated at hospital|treated for wounds|receiving treatment|under treatment|being treated in|being treated at|being treated for|remain in hospital|remained in hospital|remain hospitalised|remain hospitalized|in critical condition|in a critical condition|in serious condition|in a serious condition|in a stable condition|in stable condition',
  ],
  [
    'captured',
    'captured|capturing|capture|captures|seize|seizes|arrests|detains|abducts|kidnaps|detained|abducted|kidnapped|taken prisoner|taken alive|captured alive|taken captive|taken hostage|taken hostages|taken into custody|taken prisoners|taken as prisoners|held captive|arrested|seized|surrendered|apprehended|nabbed|rounded up',
  ],
  ['missing', 'missing|went missing|unaccounted'],
  [
    'released',
    'released|freed|frees|releases|returned|repatriated|handed over|handed back|handed|set free|swapped|exchanged|releasing|freeing',
  ],
  [
    'posts',
    'destroyed|destroying|destroys|overran|overrun|overruns|demolished|demolishing|levelled|leveled|razed|flattened',
  ],
  ['targets', 'struck|hit|targeted|bombed|bombarded|shelled|pounded|damaged|striking|targeting'],
]);

/** Nouns heading the counted phrase that fix the measure ("19 deaths", "23 bodies", "19 posts"). */
export const MEASURE_NOUNS: Readonly<Record<string, Measure>> = lookupRuns([
  ['killed', 'deaths|death|fatalities|dead|deceased|killed|lives|life|martyrs|killings|martyrdom'],
  ['wounded', 'injuries|injured|wounded'],
  // "causalities" is a common slip for casualties in South Asian English-language reporting.
  ['casualties', 'casualties|casualty|causalities'],
  ['bodies', 'bodies|body|corpses|remains'],
  ['captured', 'prisoners|prisoner|captives|hostages|pows|detainees'],
  ['missing', 'missing'],
  [
    'posts',
    'posts|post|checkposts|checkpost|outposts|outpost|checkpoints|checkpoint|positions|position|bunkers|pickets',
  ],
  // A site struck is a target, one captured a post (decided where the verb is known).
  [
    'targets',
    'bases|base|targets|target|headquarters|depots|depot|hideouts|hideout|sites|camps|strongholds|installations|facilities|locations|compounds|spots|centres|centers|warehouses|airbases|airbase|objectives',
  ],
]);

/** Civilian places: struck, shelled or damaged, they are targets whose side is the civilians' ("hit two houses"). */
export const CIVILIAN_SITE_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'houses house homes home villages village towns town mosques mosque schools school madrassas madrasas madrassa seminaries seminary markets market shops hospitals clinics dwellings residences buildings settlements settlement hamlets hamlet',
  ),
);

/** Nouns before "of" + number that fix the measure ("the bodies of 23", "the deaths of 12", "the release of three"). */
export const MEASURE_OF_NOUNS: Readonly<Record<string, Measure>> = lookupRuns([
  ['bodies', 'bodies|remains'],
  [
    'killed',
    'deaths|death|martyrdom|shahadat|loss|killing|killings|lives|massacre|murder|murders|slaughter|elimination|neutralisation|neutralization',
  ],
  ['wounded', 'injuring|wounding|injuries'],
  ['released', 'release|return|repatriation'],
  ['captured', 'capture|detention'],
  ['killed', 'toll'],
  // "the funerals of 12 soldiers": only the dead have funerals ("funeral prayers for 14" too).
  ['killed', 'funeral|funerals|burial|burials'],
  ['casualties', 'casualties|causalities'],
  ['killed', 'fatalities'],
]);

/** "death toll rose to 19", "toll of 19": a toll counts the dead unless it says otherwise. */
export const TOLL_WORDS: Readonly<Record<string, Measure>> = lookupTable({
  toll: 'killed',
  'death toll': 'killed',
  'casualty toll': 'casualties',
  'casualty count': 'casualties',
  'casualty figure': 'casualties',
  'injury toll': 'wounded',
  losses: 'killed',
});

/**
 * Verbs that set a running count equal to the number after them ("casualties rose to 146",
 * "deaths have reached 56", "fatalities stood at 23"): the loss noun before the verb is what
 * the number counts.
 */
export const RISE_VERBS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rises',
  'rise',
  'climbed',
  'climbs',
  'jumped',
  'jumps',
  'increased',
  'mounted',
  'grew',
  'reached',
  'reaches',
  'reach',
  'hit',
  'hits',
  'stood',
  'stands',
  'numbered',
  'number',
  'totalled',
  'totaled',
  'totals',
  'touched',
  'crossed',
  // "The number of civilian casualties is 146".
  'is',
  'are',
  'was',
  'were',
  'surpassed',
  'exceeded',
  'totalling',
  'totaling',
  'numbering',
  'reaching',
  'standing',
  // "the casualties included 10 civilians": the count is part of the loss named before.
  'included',
  'include',
  'includes',
]);

/** Verbs that put a figure on a loss named after them ("UNAMA put civilian casualties at 146", "estimated deaths at 56"). */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(
  wordList('put puts putting estimated estimates estimating placed places pegged pegs fixed set'),
);

/** Auxiliaries and adverbs between a noun phrase and its verb ("were also reportedly killed"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'were',
  'was',
  'had',
  'have',
  'has',
  'been',
  'are',
  'is',
  'be',
  'being',
  'also',
  'still',
  'reportedly',
  'reported',
  'allegedly',
  'later',
  'all',
  'then',
  'subsequently',
  'each',
  'now',
  'since',
  'initially',
  'confirmed',
  'feared',
  'believed',
  // "are known to have died".
  'known',
  // Modal verbs of a hedged report: "15 civilians may have been killed".
  'may',
  'might',
  'could',
  'would',
  'suspected',
  'thought',
  'presumed',
  'estimated',
  'likely',
  'said',
  'to',
  'left',
  'remain',
  'remained',
  'remains',
  'got',
  'get',
  'either',
  'both',
  'already',
  'just',
  'apparently',
  'either',
  'critically',
  'seriously',
  'severely',
  'fatally',
  'badly',
  'slightly',
  'mortally',
  'were',
  'in',
  'action',
  // "12 people so far have died", "12 in all".
  'so',
  'far',
  'altogether',
  'overall',
]);

/** Words that end a counted noun phrase (finite verbs of no loss among them: "nine policemen took part"). */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = new Set(
  wordList(
    'and or but while as when after before who whom whose which that in on at during since from by with including to into across near for were was had have has are is been be will would could may might said says say told claimed according than if because so until where amid among along inside over under against per each this last also reportedly allegedly he she they it we there since through out now still already just only again then here there every not no yet ago took take takes came come comes went go goes made make makes gave give gives got get gets began begin begins fell falls ran runs kept keeps stood stands fought fights broke breaks sent sends spent spends rose rises reached reaches climbed climbs occurred happened',
  ),
);

/** Nouns for armed forces (whose side is read from an adjective or the context). */
export const FORCE_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'soldiers soldier troops troop personnel forces force servicemen serviceman fighters fighter guards guard officers officer policemen policeman police members member sepoys jawans armymen levies commandos paramilitaries paramilitary militiamen combatants operatives operative commanders commander posts post checkposts checkpost outposts positions bases pickets mujahideen cadets pilots allies affiliates associates prisoners prisoner pows captives',
  ),
);

/** Nouns for militant groups not part of either state's forces. */
export const MILITANT_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'terrorists terrorist militants militant iskp khawarij khwarij kharijis khariji kharjis insurgents insurgent jihadists jihadis attackers attacker assailants assailant raiders bombers bomber ttp miscreants infiltrators extremists rebels separatists gunmen',
  ),
);

/** Nouns for civilians. */
export const CIVILIAN_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'civilians civilian women children child kids villagers residents citizens inhabitants pedestrians family families worshippers students pupils schoolchildren schoolboys schoolgirls players cricketers footballers athletes refugees passengers farmers labourers laborers workers infants girls boys minors noncombatants bystanders shopkeepers traders drivers elders tribesmen journalists woman girl boy guests mourners shoppers patients nomads teachers worshipers pilgrims herders shepherds vendors porters wives babies toddlers newborns grandchildren relatives spectators doctors nurses innocents countrymen compatriots household households',
  ),
);

/** Adjectives that make people of no stated kind civilians ("displaced people", "innocent people"). */
export const CIVILIAN_ADJECTIVES: ReadonlySet<string> = new Set([
  'displaced',
  'innocent',
  'unarmed',
  'ordinary',
  'defenceless',
  'defenseless',
]);

/** Nouns for people of no stated kind. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'person',
  'individuals',
  'lives',
  'others',
  'victims',
  'men',
  // "12 Afghan nationals": a count of a nationality names people, not their kind.
  'nationals',
  // People on the move are of no stated kind: soldiers travel too.
  'travellers',
  'travelers',
  'commuters',
  'motorists',
  'visitors',
  'tourists',
]);

/** Words that refer back to the subject of an earlier figure ("27 others", "23 of them", "another 22"). */
export const ANAPHORA: ReadonlySet<string> = new Set([
  'others',
  'other',
  'them',
  'more',
  'another',
  'further',
  'additional',
  'those',
]);

/** Nationality words inside a noun phrase or speaker phrase. */
export const AFGHAN_WORDS: ReadonlySet<string> = new Set([
  'afghan',
  'afghans',
  'afghani',
  'afghanistan',
  "afghanistan's",
  'taliban',
  "taliban's",
  'kabul',
  "kabul's",
  'emirate',
  'iea',
  // The former republic's army, border and national police ("ANA soldiers", "ABP officers").
  'ana',
  'abp',
  'anp',
]);
export const PAKISTANI_WORDS: ReadonlySet<string> = new Set([
  'pakistani',
  'pakistanis',
  'pakistan',
  // "58 Pak troops" in headlines.
  'pak',
  "pakistan's",
  'islamabad',
  "islamabad's",
  'rawalpindi',
  'ispr',
  'fc',
]);
/** Words that make "Taliban" the Pakistani Taliban (TTP), a militant group. */
export const PAKISTANI_TALIBAN_MARKERS: ReadonlySet<string> = new Set([
  'pakistani',
  'pakistan',
  'ttp',
  'tehrik',
  'tehreek',
  'tehrik-i-taliban',
]);

/** Reporting verbs that report only when a "that" clause follows them. */
export const THAT_ONLY_VERBS: ReadonlySet<string> = new Set([
  'maintain',
  'maintains',
  'indicate',
  'indicated',
  'indicates',
  // "Local reports suggest that …": a suggestion that something happened is a report of it.
  'suggest',
  'suggests',
  'suggested',
  // "UN figures show 70 civilians were killed": what an account shows, it reports.
  'show',
  'shows',
  'showed',
  'reveal',
  'reveals',
  // "A watchdog found that …": what a study found, it reports.
  'found',
  'finds',
  // "The ISPR emphasised that …", "stressed that …": a stress on what was said is still a report.
  'emphasised',
  'emphasized',
  'stressed',
  'reiterated',
  'underlined',
  'affirmed',
]);

/** Forms of "put", "peg" and "place", which report only a count put "at" a figure. */
export const PUT_FORMS: ReadonlySet<string> = new Set(
  wordList('put puts putting pegged placed places placing'),
);

/** Verbs that report speech; the speaker stands before ("X said") or after ("said X") them. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'claimed',
  'claims',
  'claim',
  'claiming',
  'stated',
  'states',
  'added',
  'adds',
  'announced',
  'announces',
  'reported',
  'reports',
  'report',
  'reporting',
  'confirmed',
  'confirms',
  'alleged',
  'alleges',
  'insisted',
  'insists',
  'noted',
  'wrote',
  'writes',
  'posted',
  'tweeted',
  'declared',
  'estimated',
  'estimates',
  'asserted',
  // Headlines and briefs tell in the present ("while Islamabad asserts it captured 19 posts").
  'asserts',
  'declares',
  'admits',
  'acknowledges',
  'maintained',
  'acknowledged',
  'admitted',
  'disclosed',
  'revealed',
  'informed',
  'briefed',
  // "put the toll at 23", "placed its toll at 23" (only before "at" a count).
  ...PUT_FORMS,
  'counted',
  'recorded',
  'documented',
  'verified',
  'warned',
  'explained',
  'argued',
  'conceded',
  'mentioned',
  'saying',
  'adding',
  'stating',
  // "…, asserting that 270 were killed": the participle shares the main clause's speaker.
  'asserting',
  'alleging',
  'insisting',
  'confirming',
  'announcing',
  'acknowledging',
  'accused',
  // "A watchdog found that …" (only with "that" or an account as subject: THAT_ONLY_VERBS).
  'found',
  'finds',
  // Blaming someone for deaths gives the blamer's account of them ("blamed the strikes for 47 deaths").
  'blamed',
  'blames',
  'blaming',
  // Protesting a killing gives the protester's account of it ("condemned the firing that killed 6").
  'condemned',
  'deplored',
  'decried',
  'condemns',
  'deplores',
  'denounces',
  'decries',
  // Speech told with its mood ("…,’ he vented online", "she lamented") still reports.
  'lamented',
  'vented',
  'complained',
  'remarked',
  'protested',
  'denounced',
  'denied',
  // "The Taliban side countered that 21 troops had died": an answer is a claim of its own.
  'countered',
  'counters',
  // "Kabul counts 110 Pakistani soldiers killed": a party's present count.
  'counts',
  'rejected',
  'disputed',
  'dismissed',
  'refuted',
  'rubbished',
  'quoted',
  'cited',
  'warning',
  // Report only with a "that" clause ("maintain that 70 were killed", not "maintain a post").
  ...THAT_ONLY_VERBS,
]);

/**
 * Generic speaker nouns and the claimant they stand for when no nationality
 * word or place is attached. `null`: the side must come from an adjective
 * ("Afghan officials"), a place ("Khost police") or the last named speaker.
 */
export const SPEAKER_NOUNS: Readonly<
  Record<string, 'pakistan' | 'afghanistan' | 'un' | 'other' | null>
> = lookupTable({
  // Pakistan's military is the usual unnamed "military" / "army" / "security sources" in this conflict's copy.
  military: 'pakistan',
  army: 'pakistan',
  ispr: 'pakistan',
  'security sources': 'pakistan',
  'security officials': 'pakistan',
  'intelligence officials': 'pakistan',
  'foreign office': 'pakistan',
  'frontier corps': 'pakistan',
  // "IG FC says …": the Frontier Corps' inspector general, by the initials.
  'ig fc': 'pakistan',
  taliban: 'afghanistan',
  'islamic emirate': 'afghanistan',
  emirate: 'afghanistan',
  forces: null,
  force: null,
  troops: null,
  fighters: null,
  commander: null,
  commanders: null,
  officials: null,
  official: null,
  spokesman: null,
  spokesperson: null,
  spokeswoman: null,
  ministry: null,
  minister: null,
  government: null,
  authorities: null,
  // "the provincial disaster management authority said": a state body, placed like the authorities.
  authority: null,
  // The rural police of Balochistan and the tribal districts.
  levies: null,
  // The UN's name for the Taliban government ("the de facto authorities said").
  'facto authorities': 'afghanistan',
  // "The Afghan side said", "the Afghan consulate in Peshawar": placed by the nationality beside them.
  side: null,
  consulate: null,
  embassy: null,
  police: null,
  // Unnamed "sources" in this conflict's copy are Pakistan's security sources, like the unnamed military.
  sources: 'pakistan',
  statement: null,
  // "…, the release said": a press release, like a statement, speaks for whoever issued it.
  release: null,
  communique: null,
  'communiqu\u00e9': null,
  office: null,
  governor: null,
  // A district's civil administrator ("the deputy commissioner of Khyber").
  commissioner: null,
  // "the district chief of Barmal", "the police chief": the side comes from what is around it.
  chief: null,
  mission: null,
  administration: null,
  source: 'pakistan',
  officer: null,
  // Ranks speak like officers ("Pakistani Major General Nadeem Ahmad told reporters").
  officers: null,
  general: null,
  generals: null,
  brigadier: null,
  colonel: null,
  leaders: null,
  leader: null,
  department: null,
  director: null,
  // "the district's top administrator": placed by what is around it, like a director.
  administrator: null,
  // "the district's head of information and culture": an office's head, placed like a director.
  head: null,
  he: null,
  she: null,
  they: null,
  it: null,
  // '"We have confirmed …," the official said': a quoted speaker's "we" and "I" are the speaker.
  we: null,
  i: null,
  hospital: 'other',
  hospitals: 'other',
  // "Kabul's emergency surgical centre said": a hospital by another name, wherever it stands.
  'surgical centre': 'other',
  'surgical center': 'other',
  'trauma centre': 'other',
  'trauma center': 'other',
  'medical centre': 'other',
  'medical center': 'other',
  doctors: 'other',
  doctor: 'other',
  // "according to staff at the district hospital": unnamed staff are a third party.
  staff: 'other',
  residents: 'other',
  resident: 'other',
  witnesses: 'other',
  // Rescue and relief workers: a third party, like doctors.
  volunteers: 'other',
  rescuers: 'other',
  witness: 'other',
  villagers: 'other',
  tribesmen: 'other',
  tribesman: 'other',
  elders: 'other',
  elder: 'other',
  journalist: 'other',
  'family members': 'other',
  clinic: 'other',
  eyewitness: 'other',
  medic: 'other',
  observer: 'other',
  analysts: 'other',
  analyst: 'other',
  // "the watchdog found that …": a monitoring group is a third party.
  watchdog: 'other',
  experts: 'other',
  expert: 'other',
  observers: 'other',
  relatives: 'other',
  medics: 'other',
  'health workers': 'other',
  'rescue workers': 'other',
  survivors: 'other',
  locals: 'other',
  'aid groups': 'other',
  'aid group': 'other',
  'rights group': 'other',
  'aid agencies': 'other',
  ngo: 'other',
  charity: 'other',
  monitors: 'other',
  // "according to the conflict monitor ACLED", "according to the local community".
  monitor: 'other',
  community: 'other',
  researchers: 'other',
  diplomats: 'other',
  diplomat: 'other',
  'monitoring group': 'other',
  journalists: 'other',
  'rights groups': 'other',
  'local sources': 'other',
  'tribal elders': 'other',
  eyewitnesses: 'other',
  'diplomatic sources': 'other',
  'informed sources': 'other',
  'think tank': 'other',
  'think-tank': 'other',
  institute: 'other',
  'red cross': 'other',
  'red crescent': 'other',
  // The press, state-run or not, speaks for itself: what it reports is `other`.
  media: 'other',
  outlet: 'other',
  outlets: 'other',
  broadcaster: 'other',
  newspaper: 'other',
  newspapers: 'other',
  paper: 'other',
  papers: 'other',
  news: 'other',
  channel: 'other',
  channels: 'other',
  tv: 'other',
  television: 'other',
  radio: 'other',
  'news agency': 'other',
  // A party's own press office ("the military's media wing") speaks for the party.
  'media wing': null,
  'media cell': null,
  'media office': null,
  'media branch': null,
  // Organisations and ordinary people with a role: their statements count as `other`.
  board: 'other',
  chamber: 'other',
  association: 'other',
  federation: 'other',
  union: 'other',
  council: 'other',
  trader: 'other',
  traders: 'other',
  // "transporters told Dawn": people of the trade are a third party.
  transporters: 'other',
  truckers: 'other',
  driver: 'other',
  drivers: 'other',
  shopkeeper: 'other',
  shopkeepers: 'other',
  farmer: 'other',
  farmers: 'other',
  father: 'other',
  mother: 'other',
  brother: 'other',
  relative: 'other',
  villager: 'other',
  survivor: 'other',
  businessman: 'other',
  businessmen: 'other',
  exporters: 'other',
  importers: 'other',
  teacher: 'other',
  students: 'other',
  worker: 'other',
  workers: 'other',
  professor: 'other',
  fellow: 'other',
  un: 'un',
  'u.n.': 'un',
  'united nations': 'un',
  unama: 'un',
});

/** Speaker words that are pronouns or short references to the last named speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(
  wordList(
    'he she they it we i spokesman spokesperson spokeswoman ministry minister official officials statement release communique communiqu\u00e9 government administration authorities group',
  ),
);

/** Words after a number that mark page furniture ("4 min read", "3 comments", "1.2K shares"). */
export const FURNITURE_AFTER: readonly string[] = Object.freeze([
  'min read',
  'minute read',
  'minutes read',
  'mins read',
  'comments',
  'comment',
  'shares',
  'likes',
  'views',
  'retweets',
  'reposts',
  'replies',
  'hours ago',
  'hour ago',
  'minutes ago',
  'minute ago',
  'mins ago',
  'days ago',
  'day ago',
  'photos',
  'images',
  'slides',
  'sec read',
]);

/** Words that name a party's own losses without a noun ("Afghan losses", "the Pakistani toll"): read as its forces. */
export const LOSS_WORDS: ReadonlySet<string> = new Set([
  'losses',
  'toll',
  'casualties',
  'dead',
  'deaths',
  'fatalities',
]);

/** Words before a number that make it part of a group already counted ("including 3 children", "among them 3 women"). */
export const INCLUSION_WORDS: ReadonlySet<string> = new Set([
  'including',
  'included',
  'among',
  // "11 villagers, comprising six boys and five girls".
  'comprising',
  'namely',
]);

/** Words that show who attacked (militants) and so whose unmarked soldiers died (Pakistan's, in this conflict's copy). */
export const OWN_LOSS_MARKERS: ReadonlySet<string> = new Set([
  'martyred',
  'martyrdom',
  'shaheed',
  'shahadat',
]);

/** Words for militant attacks; soldiers killed in them, unmarked, are Pakistan's in this conflict's copy. */
export const MILITANT_ATTACK_WORDS: ReadonlySet<string> = new Set([
  'suicide',
  'ambush',
  'ambushed',
  'ied',
  'khawarij',
  'ttp',
]);

/** Reporting words that are often nouns ("credible reports", "the claims"): verbs only after a subject. */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'report reports claim claims estimates put puts counted counts recorded quoted cited warning',
  ),
);

/** Nouns of a party's own figures: "by Pakistan's own count", "in Kabul's tally". */
export const ACCOUNT_NOUNS: ReadonlySet<string> = new Set([
  'account',
  'count',
  'tally',
  'estimate',
  'reckoning',
  'figures',
  'figure',
  'version',
]);

/** Speaker nouns for institutions: without nationality they belong to the party last named or the place of the events. */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'ministry government authorities officials official police administration department office governor commissioner mission',
  ),
);

/**
 * Active verbs of harm or seizure whose object belongs to the side opposite
 * their agent ("Afghan forces killed 7 soldiers": the 7 are Pakistani).
 * Verbs of one's own loss ("lost", "died") are not here.
 */
export const HARM_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'killed killing kill kills wounded wounding injured injuring captured capturing seized seizing detained destroyed destroying overran struck striking hit hitting targeted targeting bombed neutralised neutralized eliminated shelled released freed returned',
  ),
);

/** Pronoun agents that stand for the sentence's speaker ("Pakistan said it killed …", "our forces destroyed …"). */
export const AGENT_PRONOUNS: ReadonlySet<string> = new Set([
  'it',
  'they',
  'we',
  'our',
  'its',
  'their',
]);

/** Words after a time unit that make the phrase a relative date, not a figure ("three days ago", "sixteen days later"). */
export const RELATIVE_TIME_AFTER: ReadonlySet<string> = new Set([
  'ago',
  'later',
  'earlier',
  'afterwards',
]);

/** Units of time: a number with one of these and a relative word after is a date, not a count. */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  wordList('days day hours hour weeks week months month years year minutes minute seconds'),
);

/**
 * Participles that open a modifier naming whose the counted people are:
 * "641 operatives linked to the Afghan Taliban", "fighters belonging to the TTP".
 */
export const AFFILIATION_PARTICIPLES: ReadonlySet<string> = new Set([
  'linked',
  'belonging',
  'affiliated',
  'allied',
  'attached',
  'loyal',
  'associated',
  'connected',
  'serving',
]);

/** Prepositions that open a short modifier between a counted phrase and its verb ("9 soldiers under their command were killed"). */
export const MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(
  wordList('under from in at of with near on along inside belonging stationed posted deployed'),
);

/** Agent nouns that name Pakistan's forces in this conflict's copy when no nationality is given ("the army destroyed …"). */
export const DEFAULT_PAKISTANI_AGENTS: ReadonlySet<string> = new Set(['army', 'military', 'ispr']);

/** Reporting verbs of denial: the figure they introduce is the other party's claim. */
export const DENIAL_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'denied denies deny rejected rejects dismissed dismisses disputed disputes refuted refutes rubbished rubbishes',
  ),
);

/** Nouns of an attack whose agent follows "by" ("an assault by the Afghan Taliban at four locations"). */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'attack attacks assault assaults strike strikes airstrike airstrikes raid raids shelling fire firing offensive incursion bombardment',
  ),
);

/** Possessives in a counted phrase that make the count the speaker's own ("23 of its soldiers", "our men"). */
export const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'our', 'their']);

/** Sentence openers that turn to another episode or account. */
export const SHIFT_OPENER =
  /^\W*(?:earlier|meanwhile|separately|elsewhere|previously|in (?:a |another )?separate|in another|last (?:week|month|year)|(?:in|since) (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|(?:(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards|before)|the (?:next|following|previous) (?:day|night|morning|week))\b/i;

/**
 * Equipment and materiel: a count of these is `other`, whatever the verb says
 * ("several weapons were seized", "one tank has been destroyed"), since only
 * people are killed or captured and only places are posts or targets.
 */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  'weapons',
  'weapon',
  'arms',
  'tanks',
  'tank',
  'vehicles',
  'vehicle',
  'trucks',
  'truck',
  'cars',
  'motorcycles',
  'guns',
  'rifles',
  'drones',
  'drone',
  'aircraft',
  'jets',
  'helicopters',
  'rockets',
  'missiles',
  'mortars',
  'shells',
  'ammunition',
  'equipment',
  'launchers',
  'carriers',
  'pieces',
  // Counts of attacks and incidents are no casualties, whatever the verb ("executed several airstrikes").
  'airstrikes',
  'strikes',
  'attacks',
  'bombings',
  'blasts',
  'explosions',
  'sorties',
  'raids',
  'incidents',
  'skirmishes',
]);

/** Nouns after "border" that make a country's border its own forces' ("Afghan border posts"), not a landmark. */
export const BORDER_HOLDERS: ReadonlySet<string> = new Set(
  wordList(
    'forces police guards guard troops soldiers posts post checkposts check-posts outposts checkpoints personnel officials officers',
  ),
);

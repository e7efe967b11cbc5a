/**
 * The words that tell what a number counts, whose it is and who says so, as
 * data. extract-figures.ts and find-speakers.ts only look words up here.
 * All entries are lower-case single words unless noted; multi-word cues are
 * matched on consecutive words.
 */
import type { Measure } from '../types';
import { lookupTable } from './lookup-table';

/**
 * Verbs and adjectives that say what happened to the counted people or
 * things, before ("killed 55 soldiers") or after ("55 soldiers were killed",
 * "13 dead") the number.
 */
export const MEASURE_VERBS: Readonly<Record<string, Measure>> = lookupTable({
  killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', dead: 'killed', died: 'killed', die: 'killed',
  dying: 'killed', martyred: 'killed', martyrs: 'killed', neutralised: 'killed', neutralized: 'killed',
  eliminated: 'killed', slain: 'killed', perished: 'killed', lost: 'killed', losing: 'killed', 'lost their lives': 'killed',
  'embraced martyrdom': 'killed', 'embraced shahadat': 'killed', 'sent to hell': 'killed', 'to hell': 'killed', executed: 'killed', massacred: 'killed',
  wounded: 'wounded', wounding: 'wounded', injured: 'wounded', injuring: 'wounded', hurt: 'wounded', injures: 'wounded',
  wounds: 'wounded', hospitalised: 'wounded', hospitalized: 'wounded', 'with wounds': 'wounded', 'with injuries': 'wounded',
  'treated for injuries': 'wounded', 'treated for wounds': 'wounded',
  captured: 'captured', capturing: 'captured', detained: 'captured', abducted: 'captured', kidnapped: 'captured',
  'taken prisoner': 'captured', 'taken captive': 'captured', 'taken hostage': 'captured', 'held captive': 'captured',
  arrested: 'captured', seized: 'captured', surrendered: 'captured',
  missing: 'missing', 'went missing': 'missing', unaccounted: 'missing',
  released: 'released', freed: 'released', returned: 'released', repatriated: 'released', 'handed over': 'released',
  swapped: 'released', exchanged: 'released', releasing: 'released', freeing: 'released',
  destroyed: 'posts', overran: 'posts', overrun: 'posts', demolished: 'posts',
  struck: 'targets', hit: 'targets', targeted: 'targets', bombed: 'targets', striking: 'targets', targeting: 'targets',
});

/** Nouns heading the counted phrase that fix the measure ("19 deaths", "23 bodies", "19 posts"). */
export const MEASURE_NOUNS: Readonly<Record<string, Measure>> = lookupTable({
  deaths: 'killed', death: 'killed', fatalities: 'killed', dead: 'killed', killed: 'killed', lives: 'killed', martyrs: 'killed',
  injuries: 'wounded', injured: 'wounded', wounded: 'wounded',
  casualties: 'casualties', casualty: 'casualties',
  bodies: 'bodies', body: 'bodies', corpses: 'bodies', remains: 'bodies',
  prisoners: 'captured', prisoner: 'captured', captives: 'captured', hostages: 'captured', pows: 'captured', detainees: 'captured',
  missing: 'missing',
  posts: 'posts', post: 'posts', checkposts: 'posts', checkpost: 'posts', outposts: 'posts', outpost: 'posts', checkpoints: 'posts',
  checkpoint: 'posts', positions: 'posts', position: 'posts', bunkers: 'posts', pickets: 'posts', bases: 'posts', base: 'posts',
  targets: 'targets', target: 'targets', hideouts: 'targets', hideout: 'targets', sites: 'targets', camps: 'targets',
  strongholds: 'targets', installations: 'targets', facilities: 'targets', locations: 'targets', compounds: 'targets',
});

/** Nouns before "of" + number that fix the measure ("the bodies of 23", "the deaths of 12", "the release of three"). */
export const MEASURE_OF_NOUNS: Readonly<Record<string, Measure>> = lookupTable({
  bodies: 'bodies', remains: 'bodies', deaths: 'killed', death: 'killed', killing: 'killed', killings: 'killed',
  release: 'released', return: 'released', repatriation: 'released', capture: 'captured', detention: 'captured',
  toll: 'killed',
});

/** "death toll rose to 19", "toll of 19": a toll counts the dead unless it says otherwise. */
export const TOLL_WORDS: Readonly<Record<string, Measure>> = lookupTable({
  toll: 'killed', 'death toll': 'killed', 'casualty toll': 'casualties', 'casualty count': 'casualties', 'casualty figure': 'casualties',
  'injury toll': 'wounded', losses: 'killed',
});

/** Auxiliaries and adverbs between a noun phrase and its verb ("were also reportedly killed"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'were', 'was', 'had', 'have', 'has', 'been', 'are', 'is', 'be', 'being', 'also', 'reportedly', 'allegedly', 'later',
  'all', 'then', 'subsequently', 'each', 'now', 'since', 'initially', 'confirmed', 'feared', 'believed', 'said', 'to',
  'left', 'remain', 'remained', 'remains', 'got', 'get', 'either', 'both', 'already', 'just', 'apparently', 'either',
  'critically', 'seriously', 'severely', 'fatally', 'badly', 'slightly', 'mortally', 'were', 'in', 'action',
]);

/** Words that end a counted noun phrase. */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'while', 'as', 'when', 'after', 'before', 'who', 'whom', 'whose', 'which', 'that', 'in', 'on', 'at',
  'during', 'since', 'from', 'by', 'with', 'including', 'to', 'into', 'across', 'near', 'for', 'were', 'was', 'had', 'have',
  'has', 'are', 'is', 'been', 'be', 'will', 'would', 'could', 'may', 'might', 'said', 'says', 'say', 'told', 'claimed',
  'according', 'than', 'if', 'because', 'so', 'until', 'where', 'amid', 'among', 'along', 'inside', 'over', 'under',
  'against', 'per', 'each', 'this', 'last', 'also', 'reportedly', 'allegedly', 'he', 'she', 'they', 'it', 'we', 'there',
  'since', 'through', 'out', 'now', 'still', 'already', 'just', 'only', 'again', 'then', 'here', 'there', 'every',
  'not', 'no', 'yet', 'ago',
]);

/** Nouns for armed forces (whose side is read from an adjective or the context). */
export const FORCE_NOUNS: ReadonlySet<string> = new Set([
  'soldiers', 'soldier', 'troops', 'troop', 'personnel', 'forces', 'force', 'servicemen', 'serviceman', 'fighters', 'fighter',
  'guards', 'guard', 'officers', 'officer', 'policemen', 'policeman', 'police', 'members', 'member',
  'sepoys', 'jawans', 'commandos', 'paramilitaries', 'paramilitary', 'militiamen', 'combatants', 'posts', 'post',
  'checkposts', 'checkpost', 'outposts', 'positions', 'bases', 'pickets', 'mujahideen', 'cadets', 'pilots', 'allies',
  'affiliates', 'prisoners', 'prisoner', 'pows', 'captives',
]);

/** Nouns for militant groups not part of either state's forces. */
export const MILITANT_NOUNS: ReadonlySet<string> = new Set([
  'terrorists', 'terrorist', 'militants', 'militant', 'khawarij', 'khwarij', 'kharijis', 'khariji', 'kharjis', 'insurgents',
  'insurgent', 'jihadists', 'jihadis', 'attackers', 'attacker', 'bombers', 'bomber', 'ttp', 'miscreants', 'infiltrators',
  'extremists', 'rebels', 'separatists', 'gunmen',
]);

/** Nouns for civilians. */
export const CIVILIAN_NOUNS: ReadonlySet<string> = new Set([
  'civilians', 'civilian', 'women', 'children', 'child', 'kids', 'villagers', 'residents', 'family', 'families', 'worshippers',
  'students', 'players', 'cricketers', 'refugees', 'passengers', 'farmers', 'labourers', 'laborers', 'workers', 'infants',
  'girls', 'boys', 'minors', 'noncombatants', 'bystanders', 'shopkeepers', 'traders', 'drivers', 'elders', 'journalists',
]);

/** Nouns for people of no stated kind. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'persons', 'person', 'individuals', 'lives', 'others', 'victims', 'men']);

/** Words that refer back to the subject of an earlier figure ("27 others", "23 of them", "another 22"). */
export const ANAPHORA: ReadonlySet<string> = new Set(['others', 'other', 'them', 'more', 'another', 'further', 'additional', 'those']);

/** Nationality words inside a noun phrase or speaker phrase. */
export const AFGHAN_WORDS: ReadonlySet<string> = new Set([
  'afghan', 'afghans', 'afghanistan', "afghanistan's", 'taliban', "taliban's", 'kabul', "kabul's", 'emirate', 'iea',
]);
export const PAKISTANI_WORDS: ReadonlySet<string> = new Set([
  'pakistani', 'pakistanis', 'pakistan', "pakistan's", 'islamabad', "islamabad's", 'rawalpindi', 'ispr', 'fc',
]);
/** Words that make "Taliban" the Pakistani Taliban (TTP), a militant group. */
export const PAKISTANI_TALIBAN_MARKERS: ReadonlySet<string> = new Set(['pakistani', 'pakistan', 'ttp', 'tehrik', 'tehreek', 'tehrik-i-taliban']);

/** Verbs that report speech; the speaker stands before ("X said") or after ("said X") them. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'claimed', 'claims', 'claim', 'claiming', 'stated', 'states', 'added', 'adds',
  'announced', 'announces', 'reported', 'reports', 'report', 'reporting', 'confirmed', 'confirms', 'alleged', 'alleges',
  'insisted', 'insists', 'noted', 'wrote', 'writes', 'posted', 'tweeted', 'declared', 'estimated', 'estimates', 'asserted',
  'maintained', 'acknowledged', 'admitted', 'disclosed', 'revealed', 'informed', 'briefed', 'put', 'puts', 'counted',
  'recorded', 'documented', 'verified', 'warned', 'explained', 'argued', 'conceded', 'mentioned', 'saying', 'adding',
  'stating', 'accused', 'denied', 'rejected', 'disputed', 'quoted', 'cited',
]);

/**
 * Generic speaker nouns and the claimant they stand for when no nationality
 * word or place is attached. `null`: the side must come from an adjective
 * ("Afghan officials"), a place ("Khost police") or the last named speaker.
 */
export const SPEAKER_NOUNS: Readonly<Record<string, 'pakistan' | 'afghanistan' | 'un' | 'other' | null>> = lookupTable({
  // Pakistan's military is the usual unnamed "military" / "army" / "security sources" in this conflict's copy.
  military: 'pakistan', army: 'pakistan', ispr: 'pakistan', 'security sources': 'pakistan', 'security officials': 'pakistan',
  'intelligence officials': 'pakistan', 'foreign office': 'pakistan',
  taliban: 'afghanistan', 'islamic emirate': 'afghanistan', emirate: 'afghanistan',
  forces: null, troops: null, fighters: null, commander: null, commanders: null,
  officials: null, official: null, spokesman: null, spokesperson: null, spokeswoman: null, ministry: null, minister: null,
  government: null, authorities: null, police: null, sources: null, statement: null, office: null, governor: null,
  administration: null, source: null, officer: null, leaders: null, leader: null, department: null,
  he: null, she: null, they: null, it: null,
  hospital: 'other', hospitals: 'other', doctors: 'other', doctor: 'other', residents: 'other', resident: 'other',
  witnesses: 'other', witness: 'other', villagers: 'other', elders: 'other', analysts: 'other', analyst: 'other',
  experts: 'other', expert: 'other', observers: 'other', relatives: 'other', medics: 'other', 'health workers': 'other',
  'rescue workers': 'other', survivors: 'other', locals: 'other', 'aid groups': 'other', 'aid agencies': 'other',
  monitors: 'other', researchers: 'other', diplomats: 'other', journalists: 'other', 'rights groups': 'other',
  'local sources': 'other', 'tribal elders': 'other', 'eyewitnesses': 'other', 'diplomatic sources': 'other',
  // Organisations and ordinary people with a role: their statements count as `other`.
  board: 'other', chamber: 'other', association: 'other', federation: 'other', union: 'other', council: 'other',
  trader: 'other', traders: 'other', driver: 'other', drivers: 'other', shopkeeper: 'other', shopkeepers: 'other',
  farmer: 'other', farmers: 'other', father: 'other', mother: 'other', brother: 'other', relative: 'other',
  villager: 'other', survivor: 'other', businessman: 'other', businessmen: 'other', exporters: 'other', importers: 'other',
  teacher: 'other', students: 'other', worker: 'other', workers: 'other', professor: 'other', fellow: 'other',
  un: 'un', 'u.n.': 'un', 'united nations': 'un', unama: 'un',
});

/** Speaker words that are pronouns or short references to the last named speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'spokesman', 'spokesperson', 'spokeswoman', 'ministry', 'minister', 'official', 'officials',
  'statement', 'government', 'administration', 'authorities', 'group',
]);

/** Words after a number that mark page furniture ("4 min read", "3 comments", "1.2K shares"). */
export const FURNITURE_AFTER: readonly string[] = Object.freeze([
  'min read', 'minute read', 'minutes read', 'mins read', 'comments', 'comment', 'shares', 'likes', 'views', 'retweets',
  'reposts', 'replies', 'hours ago', 'hour ago', 'minutes ago', 'minute ago', 'mins ago', 'days ago', 'day ago', 'photos',
  'images', 'slides', 'sec read',
]);

/** Words that name a party's own losses without a noun ("Afghan losses", "the Pakistani toll"): read as its forces. */
export const LOSS_WORDS: ReadonlySet<string> = new Set(['losses', 'toll', 'casualties', 'dead']);

/** Words before a number that make it part of a group already counted ("including 3 children", "among them 3 women"). */
export const INCLUSION_WORDS: ReadonlySet<string> = new Set(['including', 'included', 'among']);

/** Words that show who attacked (militants) and so whose unmarked soldiers died (Pakistan's, in this conflict's copy). */
export const OWN_LOSS_MARKERS: ReadonlySet<string> = new Set(['martyred', 'martyrdom', 'shaheed', 'shahadat']);

/** Words for militant attacks; soldiers killed in them, unmarked, are Pakistan's in this conflict's copy. */
export const MILITANT_ATTACK_WORDS: ReadonlySet<string> = new Set(['suicide', 'ambush', 'ambushed', 'ied', 'khawarij', 'ttp']);

/** Reporting words that are often nouns ("credible reports", "the claims"): verbs only after a subject. */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(['report', 'reports', 'claim', 'claims', 'estimates', 'put', 'puts', 'counted', 'recorded', 'quoted', 'cited']);

/** Nouns of a party's own figures: "by Pakistan's own count", "in Kabul's tally". */
export const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['account', 'count', 'tally', 'estimate', 'reckoning', 'figures', 'figure', 'version']);

/** Speaker nouns for institutions: without nationality they belong to the party last named or the place of the events. */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(['ministry', 'government', 'authorities', 'officials', 'official', 'police', 'administration', 'department', 'office', 'governor']);

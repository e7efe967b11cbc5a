/**
 * Who says each sentence: the claimant (pakistan | afghanistan | un | other |
 * null) and the speaker as named. Reads reporting verbs ("X said", "said X",
 * "according to X", "X told reporters", "…, the military said"), resolves the
 * speaker phrase through the conflict's actors (lib/conflict/actors.ts) and
 * generic speaker nouns ("Afghan officials", "hospital officials"), carries a
 * named speaker into later sentences that refer back to it ("he added", "the
 * ministry said"), and gives a sentence inside a multi-sentence quotation the
 * speaker named where the quotation closes.
 */
import { LEADING_DATELINE } from '../article/dateline';
import { OUTLETS } from '../article/outlets';
import type { Claimant } from '../types';
import { ACTORS } from '../conflict/actors';
import { PLACES, locatingPhrases } from '../conflict/places';
import { FIGURES_CONFIG } from './config';
import {
  ACCOUNT_NOUNS,
  AFGHAN_WORDS,
  BORDER_HOLDERS,
  ATTACK_NOUNS,
  CIVILIAN_NOUNS,
  CIVILIAN_SITE_NOUNS,
  FORCE_NOUNS,
  HARM_VERBS,
  INSTITUTION_NOUNS,
  MEASURE_NOUNS,
  MEASURE_VERBS,
  DENIAL_VERBS,
  NOUN_LIKE_VERBS,
  PAKISTANI_TALIBAN_MARKERS,
  PAKISTANI_WORDS,
  REPORTING_VERBS,
  SPEAKER_NOUNS,
  SHIFT_OPENER,
  SPEAKER_PRONOUNS,
  THAT_ONLY_VERBS,
  TIME_UNITS,
  PUT_FORMS,
} from './figure-cues';
import type { SentenceSpan } from './split-sentences';
import { tokenize, type Token } from './tokenize';
import { lookupTable } from './lookup-table';
import { TENS_WORDS, UNIT_WORDS } from './number-lexicon';
import { findNumbers } from './parse-number';
import { wordList } from '../word-list';

/** People who speak when counted after a reporting verb ("said one official", "said two witnesses"). */
const COUNTED_SPEAKERS: ReadonlySet<string> = new Set(
  wordList(
    'eyewitnesses official officials source sources spokesman spokesperson officer officers commander commanders witness witnesses resident residents diplomat diplomats doctor doctors elder elders',
  ),
);

/**
 * Whether the figure phrase text[start, end) counts the sources themselves: its last word is a
 * speaker noun ("two senior security officials", "three witnesses") and a reporting verb stands
 * right after it ("… told Reuters") or right before the count ("said two witnesses").
 */
export function countsSpeakers(
  text: string,
  start: number,
  end: number,
  sentenceEnd: number,
): boolean {
  const phrase = tokenize(text.slice(start, end)).filter((t) => t.type === 'word');
  const head = phrase[phrase.length - 1]?.lower;
  if (phrase.length < 2 || !head || !COUNTED_SPEAKERS.has(head)) return false;
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(end, Math.min(sentenceEnd, end + 40)))?.[1];
  if (next && REPORTING_VERBS.has(next.toLowerCase()) && !next.toLowerCase().endsWith('ing'))
    return true;
  // "said two witnesses", "according to a TV channel and two security officials": the count ends
  // its clause (not "said two officials were killed", where the officials are the content).
  const endsClause = /^\s*(?:[,.;:)\u201d"]|$|who\b|speaking\b|requesting\b|familiar\b)/u.test(
    text.slice(end, sentenceEnd),
  );
  const lead = text.slice(Math.max(0, start - 60), start);
  const verb = /([\p{L}]+)\s*$/u.exec(lead)?.[1]?.toLowerCase();
  return (
    endsClause &&
    ((!!verb && REPORTING_VERBS.has(verb) && !verb.endsWith('ing')) ||
      /\baccording to\b[^.;]{0,40}\band\s*$/i.test(lead))
  );
}

/**
 * Whether the words after a reporting verb are a counted speaker ("one villager", "two senior
 * security officials who spoke …"), not a count that is claimed ("two officials were killed").
 */
function countedSpeakerPhrase(phrase: string): boolean {
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const cut = words.findIndex((w) => CLAUSE_AFTER_SPEAKER.has(w));
  const head = (cut >= 0 ? words.slice(0, cut) : words).pop() ?? '';
  return COUNTED_SPEAKERS.has(head) || SPEAKER_NOUNS[head] === 'other';
}

/** Words that begin a clause or phrase about a speaker already named ("officials who spoke …", "residents of …"). */
const CLAUSE_AFTER_SPEAKER: ReadonlySet<string> = new Set(
  wordList('who speaking requesting familiar with of in from at near'),
);

export interface Attribution {
  claimant: Claimant;
  /** The speaker as named in the text ("Zabihullah Mujahid", "the military"), or null. */
  name: string | null;
  /** The party that speaks, when it is not the claimant (a denial: the figure is its opponent's claim). */
  speakerSide?: Claimant;
  /** An unnamed speaker nothing placed ("…, officials said"): the figure's own side may place it. */
  unplaced?: boolean;
}

type Side = Exclude<Claimant, null>;

interface Candidate {
  claimant: Side | null;
  name: string;
  /** A pronoun or short reference ("he", "the ministry") that should take the last named speaker. */
  refers: boolean;
  /** How firmly the phrase names a party: actor alias 3, nationality + noun 2, generic default 1. */
  strength: number;
  /** An unnamed institution ("the ministry"): resolved from the party last named, then from the places in the sentence. */
  institution?: boolean;
  /** A person named by the text though not a known actor: "he"/"she" after it refer to them. */
  person?: boolean;
  /** A bare name that is no known actor ("Chaudhry"): resolved from the people named earlier. */
  proper?: boolean;
  /** The person named in apposition to a role ("the army spokesman, Ali Karimi,"). */
  holder?: string;
}

/** Forms of "be" before a reporting verb that make it passive ("are confirmed", "was reported"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'be',
]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of every actor alias, longest first, as whole words. */
const ACTOR_ALIASES = ACTORS.flatMap((a) => a.aliases.map((alias) => ({ alias, actor: a }))).sort(
  (x, y) => y.alias.length - x.alias.length,
);
const ALIAS_INDEX = new Map(ACTOR_ALIASES.map((x) => [x.alias.toLowerCase(), x.actor]));
const ALIAS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ACTOR_ALIASES.map((x) => escape(x.alias)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
const PLACE_INDEX = new Map(
  PLACES.flatMap((p) => locatingPhrases(p).map((a) => [a.toLowerCase(), p.side] as const)),
);
const PLACE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PLACES.flatMap((p) => locatingPhrases(p))
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Countries named as speakers ("Afghanistan reports…", "Pakistan says…"). */
const COUNTRY_SPEAKERS: Readonly<Record<string, Side>> = lookupTable({
  afghanistan: 'afghanistan',
  pakistan: 'pakistan',
  pak: 'pakistan',
  kabul: 'afghanistan',
  islamabad: 'pakistan',
});

/** An envoy and the body it is posted to ("ambassador to the UN"): only the envoy is kept. */
const ENVOY_TO =
  /\b((?:envoy|ambassador|representative|delegate|delegation|mission)s?)\s+(?:to|at)\s.*$/i;

/** Units of a party's press office ("media wing", "media affairs cell"). */
const PRESS_OFFICE_UNITS: ReadonlySet<string> = new Set([
  'wing',
  'cell',
  'office',
  'branch',
  'department',
  'directorate',
]);

/** Words before "sources" that make them a third party's ("hospital sources", "tribal sources"). */
const THIRD_PARTY_SOURCES: ReadonlySet<string> = new Set(
  wordList('hospital medical tribal family media news local diplomatic humanitarian aid'),
);

/** Capitalised sentence openers that are no part of a name ("Meanwhile, the army said", "Quoting …"). */
const DISCOURSE_WORDS: ReadonlySet<string> = new Set(
  wordList(
    'meanwhile however separately earlier later moreover additionally also instead elsewhere today yesterday still then previously overnight quoting citing speaking according but and while in on at after',
  ),
);

/** Participles that also describe a noun ("an alleged strike", "the reported deaths"). */
const PARTICIPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'alleged',
  'reported',
  'claimed',
  'confirmed',
  'estimated',
  // "along the disputed border": a disputed thing, not a denial.
  'disputed',
  'contested',
]);

/** Nouns of an account that report through "indicate" or "suggest" with no "that" after them. */
const ACCOUNT_SUBJECTS: ReadonlySet<string> = new Set(
  wordList('reports report sources figures data statistics'),
);

/** A document and who issued it: "a press release issued by the ISPR", "a statement from Kabul". */
const ISSUED_BY =
  /^(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+)?(?:statement|release|communiqu[e\u00e9]|handout|notification|announcement)\s+(?:(?:issued|released|posted|put\s+out|sent)\s+)?(?:by|from)\s+(\S.*)$/iu;

/** A subject headed by an account noun and its source ("data from the UN", "figures released by the army"). */
const ACCOUNT_HEADED =
  /(?:^|[,;]\s*)(?:[\p{L}'\u2019-]+\s+){0,2}(?:reports?|figures|data|statistics)\s+(?:(?:released|compiled|published|shared|issued|gathered)\s+)?(?:from|by|of)\s[^,;]{2,60}$/iu;

/** Words after which such a participle opens a noun phrase rather than a report. */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(
  wordList(
    'the a an its their his her this these those in of by from after over amid following as with despite for on at an',
  ),
);

/** A capitalised name followed by its acronym in brackets ("Afghanistan Cricket Board (ACB)"). */
const ACRONYM_INTRO =
  /((?:\p{Lu}[\p{L}'\u2019-]*\s+(?:(?:of|for|and|the)\s+)?){1,6}\p{Lu}[\p{L}'\u2019-]*)\s*\((\p{Lu}{2,6})\)/gu;

/** A place in title case before a colon or dash at the head of a sentence ("Islamabad: …"). */
const PLACE_DATELINE =
  /^\s*(\p{Lu}[\p{L}'-]+(?:[ /]\p{Lu}[\p{L}'-]+)?)\s*(?:\([^)]{1,40}\))?\s*[:\u2014\u2013]\s+/u;

/** A title-case name headed by a noun of an organisation that is no state body ("International Crisis Group"). */
const ORGANISATION_NAME =
  /(?:\p{Lu}[\p{L}'\u2019-]*\s+(?:(?:for|of|on|and|the)\s+)?){1,5}(?:Group|Foundation|Organi[sz]ation|Network|Watch|Project|Society|Forum|Initiative|Trust|Studies)(?![\p{L}])/u;

/** A newspaper's title ("The New York Times", "the Express Tribune", "the Post"). */
const NEWSPAPER_NAME =
  /(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}(?:Times|Post|Tribune|Herald|Express|Guardian|Telegraph|Journal|Gazette|Chronicle|Daily|Press|TV|Radio)(?![\p{L}])/u;

/** A one-word outlet named for its news ("TOLOnews", "Geonews"). */
const NEWS_NAME = /(?<![\p{L}])\p{Lu}\p{L}*news(?![\p{L}])/u;

/** A party speaking of its own men or positions in the first person ("own posts", "our soldiers"). */
const OWN_VOICE =
  /\b(?:own|our)\s+(?:\p{L}+\s+)?(?:troops|soldiers|forces|posts|positions|men|personnel|jawans)\b/iu;

/** Participles of "as reported by X", "as confirmed by X". */
const AS_BY_VERBS: ReadonlySet<string> = new Set(
  wordList('reported stated confirmed announced claimed documented recorded'),
);

/** Participles after a count that name who gave it ("the 57 claimed by the Taliban"). */
const CLAIMED_BY_VERBS: ReadonlySet<string> = new Set(
  wordList('claimed reported given cited announced released issued put'),
);

/** Verbs of giving out counts whose passive names the giver ("the toll was given by …"). */
const GIVEN_BY_VERBS: ReadonlySet<string> = new Set(
  wordList('given shared released issued provided compiled published disclosed'),
);

/** Nouns of a claim whose "by X that …" names the claimant. */
const CLAIM_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'claim claims allegation allegations assertion assertions accusation accusations findings',
  ),
);

/** Conjunctions that join two verbs of one speaker ("denied … and claimed"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
/** Adverbs that may stand between the conjunction and the second verb ("and instead accused"). */
const LINKING_ADVERBS: ReadonlySet<string> = new Set(['instead', 'also', 'then', 'later']);

/** Prepositions after a speaker noun that place or qualify it ("residents near …", "doctors at …"). */
const HEAD_PREPOSITIONS: ReadonlySet<string> = new Set([
  'near',
  'at',
  'in',
  'of',
  'from',
  'outside',
  'inside',
]);

/**
 * Wire agencies whose copy outlets run as their own ("according to AFP reporters", "a Reuters
 * tally"): what they report is told as the outlet's own (no claimant).
 */
const WIRE_NAMES: readonly string[] = [
  'Reuters',
  'AFP',
  'Agence France-Presse',
  'Associated Press',
  'AP',
  'AP News',
  'PTI',
  'ANI',
  'IANS',
];
const nameRe = (names: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...new Set(names)]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
const WIRE_RE = nameRe(WIRE_NAMES);

/** The two states' broadcasters and agencies, by the names copy gives them. */
const STATE_MEDIA: readonly string[] = [
  'PTV',
  'PTV News',
  'Pakistan Television',
  'Radio Pakistan',
  'RTA',
  'Radio Television Afghanistan',
  'Bakhtar',
  'Bakhtar News Agency',
];

/**
 * Outlets based in one of the two countries, by the names copy gives them: the unnamed
 * sources or officials such an outlet cites are that country's ("TOLOnews reported, citing
 * security sources": Afghan security sources).
 */
const OUTLET_SIDES: ReadonlyMap<string, 'afghanistan' | 'pakistan'> = new Map([
  ...'TOLOnews|Tolo News|TOLO News|Pajhwok|Pajhwok Afghan News|Khaama|Khaama Press|Ariana News|Amu TV|Afghanistan International|Shamshad|RTA|Radio Television Afghanistan|Bakhtar|Bakhtar News Agency'
    .split('|')
    .map((n) => [n.toLowerCase(), 'afghanistan'] as const),
  ...'Dawn|Express Tribune|The Express Tribune|Geo News|Geo|The News|The News International|ARY News|PTV|PTV News|Pakistan Television|Radio Pakistan|APP|Associated Press of Pakistan|Samaa|Samaa TV|Dunya News|Pakistan Today|The Nation|Daily Times'
    .split('|')
    .map((n) => [n.toLowerCase(), 'pakistan'] as const),
]);

/** The country of the outlet a speaker phrase ends with ("local broadcaster TOLOnews"), if known. */
export function outletSide(name: string): 'afghanistan' | 'pakistan' | null {
  const words = name.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const side = OUTLET_SIDES.get(words.slice(-n).join(' ').toLowerCase());
    if (side) return side;
  }
  return null;
}

/**
 * Outlets known by name (lib/article/outlets.ts), as they are written, the article left off
 * ("The Express Tribune" as "Express Tribune"); wire agencies keep their own rule.
 */
const KNOWN_OUTLETS: ReadonlyMap<string, string> = new Map([
  ...[...new Set(Object.values(OUTLETS))]
    .filter((name) => !WIRE_NAMES.includes(name))
    .flatMap((name) => [name, name.replace(/^The\s+/, '')].map((k) => [k, name] as const)),
  // State media speaking in its own name is the press too ("according to PTV").
  ...STATE_MEDIA.map((name) => [name, name] as const),
]);

/**
 * Whether a wire agency is named at the speaker phrase's edge nearest the verb ("…, AFP reported",
 * "according to Reuters reporters"); a name inside a longer phrase is not the speaker.
 */
function wireAtEdge(trimmed: string, fromEnd: boolean): boolean {
  WIRE_RE.lastIndex = 0;
  const hits = [...trimmed.matchAll(WIRE_RE)];
  const m = fromEnd ? hits[hits.length - 1] : hits[0];
  if (!m) return false;
  const at = m.index ?? 0;
  const rest = fromEnd
    ? trimmed.slice(at + m[0].length)
    : trimmed.slice(0, at).replace(/\b(?:the|a|an|[\p{L}]+['\u2019]s)\s*/giu, '');
  return rest.trim().split(/\s+/).filter(Boolean).length <= (fromEnd ? 2 : 3);
}

/** Countries (and their adjectives) other than the two parties: their officials speak as `other`. */
const THIRD_COUNTRIES: ReadonlySet<string> = new Set(
  wordList(
    'iran iranian china chinese india indian russia russian american us u.s. britain british uzbek uzbekistan tajik tajikistan turkmen turkmenistan german germany french france european japanese japan emirati egyptian egypt saudi qatari turkish uae kazakh canadian australian nato',
  ),
);

/** Characters of sentence read around a reporting verb for places and subjects. */
const CONTEXT_CHARS = FIGURES_CONFIG.maxSentenceChars / 4;

/** A place after a source's name, at the end of a headline ("…: police chief in North Waziristan"). */
const SOURCE_PLACE =
  /\s(?:in|from|at)\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}\s*$/u;

/** A reporting verb followed by a colon: the statement follows ("the police chief said: …"). */
const COLON_STATEMENT = new RegExp(
  `(?<![\\p{L}])(?:${[...REPORTING_VERBS].filter((v) => !v.endsWith('ing')).join('|')})\\s*:\\s`,
  'iu',
);

/** Words that end a speaker phrase read after its verb ("said Mujahid on Sunday", "quoting officials early today"). */
const AFTER_SPEAKER_STOPS: ReadonlySet<string> = new Set(
  wordList(
    'that on in at after when while during late earlier early today yesterday last this overnight',
  ),
);

/** Documents whose text "reads" ("the statement read", "the post read"). */
const READ_DOCUMENTS: ReadonlySet<string> = new Set([
  'statement',
  'post',
  'message',
  'tweet',
  'letter',
  'note',
  'report',
  'communique',
]);

/** Words that name the source a reporter relies on ("reported, citing officials"). */
const CITING_WORDS: ReadonlySet<string> = new Set(['citing', 'quoting']);

/** Whether a phrase after "citing" names a source: it ends in a speaker noun or a person or body's name. */
function citesSource(phrase: string): boolean {
  // "the Ministry of Information": the noun before "of" heads the phrase.
  const words = tokenize(phrase.replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\s-]*$/u, '')).filter(
    (t) => t.type === 'word',
  );
  const head = words[words.length - 1]?.lower.replace(/'s$/, '');
  if (!head) return false;
  const two = words.length > 1 ? `${words[words.length - 2]?.lower} ${head}` : '';
  if (head in SPEAKER_NOUNS || two in SPEAKER_NOUNS) return true;
  ALIAS_RE.lastIndex = 0;
  const hits = [...phrase.trim().matchAll(ALIAS_RE)];
  const last = hits[hits.length - 1];
  const actor = last ? ALIAS_INDEX.get(last[0].toLowerCase()) : undefined;
  return (
    last !== undefined &&
    actor !== undefined &&
    actor.kind !== 'state' &&
    (last.index ?? 0) + last[0].length >= phrase.trim().length
  );
}

/** A named owner in the possessive right before a claim noun ("the Taliban's", "Kabul's"). */
const CLAIM_OWNER =
  /((?:(?:the|an?|\p{Lu}[\p{L}.\u2019'-]*)\s+){0,3}\p{Lu}[\p{L}.-]*)['\u2019]s\s*$/u;

/** Verbs that report a count when their object is a toll or figure ("gave a toll of 408"). */
const GIVE_FORMS: ReadonlySet<string> = new Set([
  'gave',
  'gives',
  'giving',
  'released',
  'issued',
  'provided',
  'offered',
  'presented',
  'presents',
  // "shared the latest figures on X", "posted a tally": a party's count put out online.
  'shared',
  'shares',
  'posted',
  'published',
]);
/** Nouns for a count a party gives. */
const TALLY_NOUNS: ReadonlySet<string> = new Set([
  'toll',
  'tally',
  'figure',
  'figures',
  'count',
  // "gave its own losses as 21 dead"
  'losses',
  'casualties',
]);

/** Object pronouns and the subject forms that refer back to a speaker. */
const OBJECT_PRONOUNS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/** A summary line's lead naming whose count follows ("The ISPR's tally as of Sunday: …"). */
const TALLY_LEAD =
  /^\s*(?:[-\u2022\u25aa*]\s*)?(.{2,40}?)(?:['\u2019]s?|\s+(?:revises|updates|raises|gives|releases|shares|issues|puts\s+out)\s+(?:its|their))\s+(?:(?:latest|updated|new|final|official|own)\s+)?(?:tally|figures|count|toll|numbers|claims?|account)(?:\s+(?:as\s+of|as\s+at|until|till|up\s+to|on|by|so\s+far|for)\b[^:]*)?\s*$/iu;

/** A heading line naming a party's account ("Pakistan's position", "The Taliban's claims:"). */
const PARTY_HEADING =
  /^\s*([\p{L} .-]{2,40}?)['\u2019]s?\s+(?:position|claims?|account|version|figures|narrative|tally)\s*:?\s*$/iu;

/**
 * A line opened by a party's name and a colon, then a count ("Afghan side: 64 soldiers dead", "-
 * Taliban: over 40 …"); a country's name and a colon ("Pakistan: 9 soldiers killed",
 * "Afghanistan: Reports about …") is where, a section's label, not a speaker.
 */
const PARTY_LINE =
  /^\s*(?:[-–•*]\s*)?((?:the\s+)?(?:(?:Pakistani|Afghan)\s+(?:side|military|army|government|officials|Taliban)|Taliban|Islamic\s+Emirate|ISPR|Pakistan\s+Army|(?:Zabihullah\s+)?Mujahid))\s*:\s+(?=(?:(?:about|around|over|more\s+than|at\s+least|nearly|up\s+to|some)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores|several)\b))/iu;

/** Noun-like reporting verbs whose past participle is the same word ("has put", "had counted"). */
const PARTICIPLE_LIKE: ReadonlySet<string> = new Set([
  'put',
  'counted',
  'recorded',
  'quoted',
  'cited',
]);

/**
 * Whether the word token at `p` makes the next word a verb: "has", "have" or "had", or an adverb
 * right after one of them or after a named subject ("the UN later counted 70").
 */
function perfectBefore(toks: readonly Token[], p: number): boolean {
  const perfect = (w: string | undefined): boolean => w === 'has' || w === 'have' || w === 'had';
  const w = toks[p]?.lower;
  if (perfect(w)) return true;
  const subject = toks[toks[p - 1]?.type === 'space' ? p - 2 : p - 1];
  return (
    /^(?:earlier|also|later|previously|initially|already|since|separately)$/.test(w ?? '') &&
    (perfect(subject?.lower) || namesSubject(subject))
  );
}

/** Whether a word can be a reporting verb's subject: a name, or a speaker noun ("officials'"). */
function namesSubject(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.type === 'word' &&
    (/^\p{Lu}/u.test(t.text) || t.lower.replace(/['\u2019]s$/, '') in SPEAKER_NOUNS)
  );
}

/** A lead-in to a list of the parties' accounts ("What each side claims:", "The two tallies:"). */
const CLAIMS_LEAD =
  /\b(?:claims?|claimed|says?|said|figures|tall(?:y|ies)|accounts?|versions?|narratives?)\b[^\n]*:\s*$/i;

/** The last line before `at` that is neither blank nor a bullet: a list's lead-in. */
function leadLineBefore(text: string, at: number): string {
  let end = text.lastIndexOf('\n', at - 1);
  for (let steps = 0; end > 0 && steps < 20; steps++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !BULLET.test(line)) return line;
    end = start - 1;
  }
  return '';
}

/** A heading line naming its source in brackets before a colon ("Operation tally (ISPR):"). */
const SOURCE_HEADING = /^\s*[\p{L}\d .,'\u2019-]{2,50}?\s*\(([^()\n]{2,40})\)\s*:\s*$/u;

/** Forms of "tell": the words after them name the listener ("told reporters"). */
const TELL_FORMS: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);

/** Forms of "claim", which also means "take (lives)". */
const CLAIM_FORMS: ReadonlySet<string> = new Set(['claim', 'claims', 'claimed', 'claiming']);

const QUOTE_OPEN = new Set(['\u201c']);
const QUOTE_CLOSE = new Set(['\u201d']);

/** Whether a token is a count: digits or a number word ("41", "seven", "twenty"). */
const isCountToken = (t: Token | undefined): boolean =>
  t !== undefined && (t.type === 'digits' || t.lower in UNIT_WORDS || t.lower in TENS_WORDS);

/** Fire or an attack coming from a place, right before the place ("shells fired from Kunar"). */
const FIRE_FROM =
  /\b(?:fire|fired|firing|gunfire|shells?|shelling|rockets?|mortars?|missiles?|drones?|artillery|attacks?|strikes?|launched|coming)\b(?:\s+[\w'\u2019-]+){0,6}?\s+from\s+(?:inside\s+|within\s+)?(?:the\s+)?(?:across\s+the\s+(?:border|frontier|Durand\s+Line)\s+(?:in|from)\s+)?$/i;

/** A country's name joined to the one after it ("Pakistan-", "Afghan/"), and to the one before it. */
const PAIR_BEFORE = /(?:Pak(?:istani?)?|Afghan(?:istan)?)\s*[-–/]\s*$/i;
const PAIR_AFTER = /^\s*[-–/]\s*(?:Pak|Afghan)/i;

/** A country's own name or adjective ("Afghanistan", "Pakistani"), not a district's. */
const COUNTRY_NAME = /^(?:Afghan(?:istan)?|Pak(?:istan)?i?)$/i;
/** "border" or "frontier" after a name, and the word after it. */
const BORDER_EDGE = /^\s+(?:border|frontier)\b(?:\s*[-–]?\s*([\p{L}-]+))?/iu;

/** Whether `after` (the text after a country's name) makes it a border's edge, not its border's forces or posts. */
function isBorderEdge(after: string): boolean {
  const m = BORDER_EDGE.exec(after);
  return m !== null && !BORDER_HOLDERS.has((m[1] ?? '').toLowerCase());
}

/** The word after a place name, past a perfect's auxiliary ("Kabul has denied"). */
const PLACE_SPEAKS = /^\s+(?:(?:has|have|had)\s+)?(\p{L}+)/u;
/** A preposition right before a place name: "officials in Khost said" are placed there. */
const PLACE_PREPOSITION = /\b(?:in|at|from|near|of|to|into|across|inside|outside)\s+$/i;

/** "Islamabad rejected …", "Kabul says …": a place that speaks, as a clause's subject, is its government. */
function speaksAsGovernment(phrase: string, at: number, length: number): boolean {
  const next = PLACE_SPEAKS.exec(phrase.slice(at + length, at + length + 30));
  return (
    next !== null &&
    REPORTING_VERBS.has((next[1] as string).toLowerCase()) &&
    !PLACE_PREPOSITION.test(phrase.slice(Math.max(0, at - 12), at))
  );
}

/** Whether the name at `at` (of `length`) is one half of a pair of both countries ("Pakistan-Afghanistan"). */
function inPairAt(phrase: string, at: number, length: number): boolean {
  return (
    PAIR_BEFORE.test(phrase.slice(Math.max(0, at - 14), at)) ||
    PAIR_AFTER.test(phrase.slice(at + length, at + length + 14))
  );
}

/**
 * Side of the places named in a phrase, or null. With `near`, the place closest to that offset
 * wins (a dateline "ISLAMABAD —" far from the figure does not say where the figure's casualties
 * were). With `governments`, a place that speaks as its government ("Islamabad rejected …") is no
 * place where things happen.
 */
export function placeSide(
  phrase: string,
  near?: number,
  governments = false,
): 'afghanistan' | 'pakistan' | null {
  PLACE_RE.lastIndex = 0;
  let best: { d: number; side: 'afghanistan' | 'pakistan' } | null = null;
  for (const m of phrase.matchAll(PLACE_RE)) {
    const side = PLACE_INDEX.get(m[0].toLowerCase());
    if (!side) continue;
    // "gunfire from Afghan territory struck Chaman": where fire came from is not where it hit.
    if (FIRE_FROM.test(phrase.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) continue;
    // "the Pakistan-Afghanistan border": a pair of both countries is no place of one side.
    const at0 = m.index ?? 0;
    if (inPairAt(phrase, at0, m[0].length)) continue;
    // "martyred in an attack at Afghanistan border": a country named as its border's edge is no
    // place on its side (whose border posts or forces are still that side's).
    if (
      COUNTRY_NAME.test(m[0]) &&
      isBorderEdge(phrase.slice(at0 + m[0].length, at0 + m[0].length + 40))
    )
      continue;
    // ("fighting against Pakistan": the opponent named is no place either.)
    if (
      governments &&
      (speaksAsGovernment(phrase, at0, m[0].length) ||
        /\bagainst\s+$/i.test(phrase.slice(Math.max(0, at0 - 9), at0)))
    )
      continue;
    if (near === undefined) return side;
    const at = m.index ?? 0;
    const d = at > near ? at - near : near - (at + m[0].length);
    if (!best || d < best.d) best = { d, side };
  }
  return best?.side ?? null;
}

/** Which sides nationality words among `words` name ("Pakistani Taliban" is the TTP, neither). */
function sidesNamed(words: readonly string[]): { afghan: boolean; pak: boolean } {
  let afghan = false;
  let pak = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (w === 'taliban' && k > 0 && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] as string)) {
      continue; // "Pakistani Taliban" is the TTP, not the Afghan state
    }
    if (AFGHAN_WORDS.has(w)) afghan = true;
    if (PAKISTANI_WORDS.has(w) && !(words[k + 1] === 'taliban')) pak = true;
  }
  return { afghan, pak };
}

/** Side named by nationality words among `words`, or null when none or both. */
function nationality(words: readonly string[]): 'afghanistan' | 'pakistan' | null {
  const { afghan, pak } = sidesNamed(words);
  if (afghan === pak) return null;
  return afghan ? 'afghanistan' : 'pakistan';
}

/** Words that may stand before a speaker noun as part of its name ("the senior provincial security officials"). */
const NAME_MODIFIERS: ReadonlySet<string> = new Set(
  wordList(
    'the a an its senior local provincial district security military government health interior defence defense foreign information army police hospital public chief deputy official media border news state state-run intelligence tribal federal two three several de',
  ),
);

/**
 * The speaker as a reader should see it: the speaker noun with the name-like words around it
 * ("Afghan health officials", "spokesman Zabihullah Mujahid"), never the clause it sits in.
 */
/** Conjunctions and prepositions that a headline in title case capitalises. */
const TITLE_CASE_BREAKS: ReadonlySet<string> = new Set(
  wordList('as in on at after amid with for to by while when but from over against into'),
);

function speakerName(phrase: string, headWord: number, headLength = 1): string {
  const toks = tokenize(phrase).filter((t) => t.type === 'word');
  if (headWord < 0 || headWord >= toks.length) return '';
  // (In a headline in title case, "Conflict Deepens As Taliban Claim": a capitalised
  // conjunction or preposition ends the name.)
  const nameLike = (t: Token): boolean =>
    (/^\p{Lu}/u.test(t.text) && !DISCOURSE_WORDS.has(t.lower) && !TITLE_CASE_BREAKS.has(t.lower)) ||
    NAME_MODIFIERS.has(t.lower.replace(/'s$/, '')) ||
    /'s$/.test(t.lower);
  let a = headWord;
  // A dash or colon between words ends the name ("KANDAHAR — The Taliban" is a dateline and a name).
  const joined = (x: number): boolean =>
    /^[\s'\u2019.-]*$/.test(phrase.slice((toks[x - 1] as Token).end, (toks[x] as Token).start));
  while (a > 0 && headWord - a < 5 && nameLike(toks[a - 1] as Token) && joined(a)) a--;
  let b = Math.min(toks.length - 1, headWord + headLength - 1);
  // Capitalised words after the noun are its holder's name ("spokesman Zabihullah Mujahid").
  while (
    b + 1 < toks.length &&
    b - headWord < 4 &&
    joined(b + 1) &&
    (/^\p{Lu}/u.test((toks[b + 1] as Token).text) ||
      (toks[b + 1] as Token).lower in SPEAKER_NOUNS ||
      // "media wing": the second word of a two-word speaker noun.
      `${(toks[b] as Token).lower} ${(toks[b + 1] as Token).lower}` in SPEAKER_NOUNS)
  )
    b++;
  return phrase.slice((toks[a] as Token).start, (toks[b] as Token).end);
}

/** Whether capitalised words follow the speaker noun at word `index` ("spokesman Ali Karimi"). */
function namedHolder(phrase: string, index: number): boolean {
  const toks = tokenize(phrase).filter((t) => t.type === 'word');
  const next = toks[index + 1];
  return next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** Titles written with a full stop before a name ("Dr.", "Gen."). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  wordList('dr mr mrs ms prof gen lt col maj capt brig sgt gov sen'),
);

/** Unnamed sources placed only by where they are ("sources in the area", "sources on the ground"). */
const AREA_SOURCES =
  /^(?:the\s+|some\s+)?sources?\s+(?:in|from)\s+the\s+(?:area|region|vicinity|locality)$|^(?:the\s+|some\s+)?sources?\s+on\s+the\s+ground$/i;

/** Unnamed speakers whom a dateline may place: a body of officials, not one adjective. */
const DATELINE_PLACED: ReadonlySet<string> = new Set(
  wordList('officials authorities police officers'),
);

/** Adverbs that stand between a speaker and its verb. */
const TRAILING_ADVERBS =
  /\s+(?:further|also|later|again|then|separately|earlier|previously|initially)$/i;

/** Resolves a speaker phrase (the words around a reporting verb). */
function resolveSpeaker(phrase: string, fromEnd: boolean, context = ''): Candidate | null {
  const trimmed = phrase
    // "The Islamabad-based think tank": a place joined by "-based" only says where the speaker sits.
    .replace(/(?<![\p{L}])\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?-based(?![\p{L}])/gu, '')
    // "Pakistan's envoy to the United Nations": the body an envoy is sent to does not speak.
    .replace(ENVOY_TO, '$1')
    // "The Chinese embassy in Islamabad": where a mission sits is not whose it is.
    .replace(/\b(embassy|consulate|high commission)\s+in\s+\p{Lu}[\p{L}-]*/giu, '$1')
    .replace(/^[\s,;:"'\u201c\u201d\u2018\u2019(]+|[\s,;:"'\u201c\u201d\u2018\u2019)]+$/g, '')
    // "The report further stated", "Chaudhry also said": an adverb before the verb is no part of the speaker.
    .replace(TRAILING_ADVERBS, '')
    // "TOLOnews had reported": the auxiliary of a perfect tense is no part of the speaker either.
    .replace(/\s+(?:has|have|had)$/i, '')
    // "ISLAMABAD: The military said": a dateline says where the reporter files from; it never speaks.
    .replace(LEADING_DATELINE, '')
    // "News Center- A Taliban government spokesperson said": a desk's name glued to a dash
    // before the story heads the copy; it never speaks.
    .replace(DESK_PREFIX, '')
    // "Islamabad: Afghanistan rejected …": so does a place in title case before a colon or dash.
    .replace(PLACE_DATELINE, (m, place: string) => (placeSide(place) ? '' : m));
  if (!trimmed) return null;
  // "Heavy Taliban losses reported", "Civilian casualties reported": losses are reported, they
  // never report (the verb is a passive with its auxiliary left out).
  if (fromEnd && LOSSES_REPORTED.test(trimmed)) return null;
  // "… quoted sources as saying", "sources cited by The News": unnamed sources that the press
  // quotes are the press's account, not a party's security sources.
  // ("AFP cited military sources as saying": sources an institution names are that institution's,
  // whoever quotes them.)
  if (PRESS_QUOTED_SOURCES.test(trimmed)) {
    const institution = INSTITUTION_SOURCES.exec(trimmed);
    return institution
      ? resolveSpeaker(institution[0], fromEnd, context)
      : { claimant: 'other', name: 'sources', refers: false, strength: 2 };
  }
  // "sources in the area said": local sources, a third party like residents.
  if (AREA_SOURCES.test(trimmed))
    return { claimant: 'other', name: trimmed, refers: false, strength: 2 };
  // "a press release issued by the ISPR", "a statement from the ministry": the document speaks for
  // whoever issued it.
  const issued = ISSUED_BY.exec(trimmed);
  if (issued) {
    const issuer = resolveSpeaker(issued[1] as string, fromEnd, context);
    if (issuer && issuer.strength >= 1) return issuer;
  }
  // A state-run or state-owned outlet is the press, whatever state runs it.
  if (/\bstate[- ](?:run|owned|controlled)\b/i.test(trimmed))
    return { claimant: 'other', name: trimmed, refers: false, strength: 2 };
  // 0. A wire agency: its copy is told as the outlet's own.
  if (wireAtEdge(trimmed, fromEnd)) return { claimant: null, name: '', refers: false, strength: 0 };
  // "The International Crisis Group said", "TOLOnews reported", "the Kabul Times said": a named
  // organisation that is no party (a title-case name headed by an organisation noun), a
  // newspaper and a "…news" outlet are third parties, whatever place their name holds.
  // The name must be the whole phrase ("said the International Crisis Group"), never a group
  // merely named inside it ("killing twelve members of the … Group").
  const org =
    ORGANISATION_NAME.exec(trimmed) ?? NEWS_NAME.exec(trimmed) ?? NEWSPAPER_NAME.exec(trimmed);
  // A named body of its own (the UN's agencies) keeps its actor; a capital or state inside the
  // name ("the Kabul Times") does not make it that state.
  ALIAS_RE.lastIndex = 0;
  const heads =
    org !== null &&
    org[0].length + (org.index ?? 0) === trimmed.length &&
    /^(?:the\s+)?$/i.test(trimmed.slice(0, org.index)) &&
    [...trimmed.matchAll(ALIAS_RE)].every(
      (h) => ALIAS_INDEX.get(h[0].toLowerCase())?.kind === 'state',
    );
  if (org && heads) return { claimant: 'other', name: org[0].trim(), refers: false, strength: 2 };
  // "Al Jazeera reported", "the BBC said": an outlet known by name is the press, as above.
  // ("the local TOLOnews", "private broadcaster Geo": a word that only describes it comes first.)
  // ("Dawn online reported", "the Express Tribune newspaper said": the outlet's medium after it.)
  const bare = trimmed
    .replace(/^the\s+/i, '')
    .replace(OUTLET_DESCRIPTION, '')
    .replace(/\s+(?:online|newspaper|daily|website|channel|television|TV)$/i, '');
  // (An outlet of one side known by its short name, "Pajhwok", is an outlet too.)
  const outlet =
    KNOWN_OUTLETS.get(bare) ?? (OUTLET_SIDES.has(bare.toLowerCase()) ? bare : undefined);
  if (outlet) return { claimant: 'other', name: outlet, refers: false, strength: 2 };
  // 1. Named actors.
  ALIAS_RE.lastIndex = 0;
  // ("Afghanistan-Pakistan Border Conflict Deepens As Taliban Claim": a pair of both countries
  // names no speaker.)
  // (Only where a party of its own speaks beside the pair: a pair inside a body's name, "the
  // Pakistan-Afghanistan Joint Chamber", still says whose body it is not.)
  const wordToks = tokenize(trimmed).filter((t) => t.type === 'word');
  const partySpeaks = wordToks.some(
    (t) => SPEAKER_NOUNS[t.lower] === 'afghanistan' || SPEAKER_NOUNS[t.lower] === 'pakistan',
  );
  const hits = [...trimmed.matchAll(ALIAS_RE)].filter(
    (h) => !partySpeaks || !inPairAt(trimmed, h.index ?? 0, h[0].length),
  );
  // Possessives name the owner: "the military's media wing" speaks for the military.
  const words = wordToks.map((t) => t.lower.replace(/'s$/, ''));
  const side = nationality(words);
  /** "the military's media affairs wing": a press office of a party, not the press. */
  const pressOffice = (i: number): boolean =>
    words[i] === 'media' && words.slice(i + 1, i + 3).some((w) => PRESS_OFFICE_UNITS.has(w));
  /** A generic `other`/`un` noun at word i, unless it begins a longer speaker noun ("media wing"). */
  const otherAt = (i: number): boolean => {
    const w = words[i] as string;
    if (pressOffice(i)) return false;
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    if (two in SPEAKER_NOUNS) return SPEAKER_NOUNS[two] === 'other' || SPEAKER_NOUNS[two] === 'un';
    return SPEAKER_NOUNS[w] === 'other' || SPEAKER_NOUNS[w] === 'un';
  };
  const genericOther = words.some((_, i) => otherAt(i));
  if (hits.length > 0) {
    // Prefer a person over an institution over a state; among equals, the one nearest the verb.
    const rank = (kind: string) =>
      kind === 'person' ? 3 : kind === 'institution' ? 2 : kind === 'group' ? 1 : 0;
    const ordered = fromEnd ? [...hits].reverse() : hits;
    let best = ordered[0] as RegExpMatchArray;
    for (const h of ordered) {
      const a = ALIAS_INDEX.get(h[0].toLowerCase());
      const b = ALIAS_INDEX.get(best[0].toLowerCase());
      if (a && b && rank(a.kind) > rank(b.kind)) best = h;
    }
    const actor = ALIAS_INDEX.get(best[0].toLowerCase());
    // "Residents in Kabul", "doctors in Islamabad": the place names where they are, not who speaks.
    // "Military-aligned media outlets reported": an actor that only qualifies the head noun does not speak.
    const last = words.length - 1;
    const headOther =
      fromEnd &&
      last >= 0 &&
      otherAt(last) &&
      (best.index ?? 0) + best[0].length <= trimmed.length - (words[last] as string).length;
    // "Residents near the UN compound", "doctors at a Kabul hospital": a generic noun that heads
    // the phrase, before a preposition, is who speaks; the actor after it only places them.
    const lead0 = words.findIndex((w) => !NAME_MODIFIERS.has(w));
    const headFirst = lead0 >= 0 && otherAt(lead0) && HEAD_PREPOSITIONS.has(words[lead0 + 1] ?? '');
    // "An Afghan government official and a resident said": of two speakers joined by "and", the
    // party's official is the one whose claim it is.
    if (actor && actor.kind === 'state' && genericOther && words.includes('and')) {
      const official = words.findIndex(
        (w, i) => w in SPEAKER_NOUNS && SPEAKER_NOUNS[w] === null && !otherAt(i),
      );
      const party =
        official >= 0 ? nationality(words.slice(Math.max(0, official - 3), official + 1)) : null;
      if (party)
        return {
          claimant: party,
          name: speakerName(trimmed, official),
          refers: false,
          strength: 2,
        };
    }
    if (actor && (actor.kind === 'state' || headOther || headFirst) && genericOther) {
      const wi = headFirst ? lead0 : headOther ? last : words.findIndex((_, i) => otherAt(i));
      // (a two-word noun, "surgical centre", by its whole key)
      const pair = `${words[wi] as string} ${words[wi + 1] ?? ''}`;
      const w = pair in SPEAKER_NOUNS ? pair : (words[wi] as string);
      // "UN experts", "UNAMA monitors": the UN body that qualifies the noun is who speaks.
      const unBody =
        actor.side === 'un' &&
        new RegExp(`${escape(best[0])}(?:\\s+[\\p{L}-]+){0,2}?\\s+${escape(w)}\\b`, 'iu').test(
          trimmed.slice(best.index ?? 0),
        ) &&
        !headFirst;
      return {
        claimant: unBody ? 'un' : (SPEAKER_NOUNS[w] as Side),
        name: speakerName(trimmed, wi, w === pair ? 2 : 1),
        refers: false,
        strength: 2,
      };
    }
    if (actor) {
      // "Afghan Taliban" said vs "Pakistani Taliban" (TTP): the TTP alias is longer and wins in the alternation.
      let claimant: Side = actor.side;
      if (actor.kind === 'state' && side && side !== actor.side) claimant = side;
      // "another Afghan government official", "according to Pakistan's information minister": an
      // office holder speaks for the state, and is the one named (a person "he" may refer back to).
      const holder = actor.kind === 'state' && SPEAKER_NOUNS[words[last] ?? ''] === null;
      // "Pakistan's foreign office spokesman Ali Karimi": the office holder named after the state
      // is the speaker, a person "he" refers back to.
      let role = -1;
      if (actor.kind === 'state' && fromEnd && !holder)
        for (let i = last - 1; i >= 0 && role < 0; i--)
          if (SPEAKER_NOUNS[words[i] as string] === null && namedHolder(trimmed, i)) role = i;
      return {
        claimant,
        name: holder
          ? speakerName(trimmed, last)
          : role >= 0
            ? speakerName(trimmed, role)
            : best[0],
        refers: false,
        strength: 3,
        person: role >= 0 || undefined,
      };
    }
  }
  // 2. Generic speaker nouns, two-word forms first.
  let nounHit: { key: string; value: Side | null; index: number } | null = null;
  let partyHit: { key: string; value: Side | null; index: number } | null = null;
  for (let k = 0; k < words.length; k++) {
    const two = k + 1 < words.length ? `${words[k]} ${words[k + 1]}` : '';
    // "one security official" speaks like "security officials": a two-word noun listed in the plural.
    const key =
      two && two in SPEAKER_NOUNS
        ? two
        : two && `${two}s` in SPEAKER_NOUNS
          ? `${two}s`
          : (words[k] as string) in SPEAKER_NOUNS
            ? (words[k] as string)
            : null;
    if (key === null) continue;
    if (key === 'media' && pressOffice(k)) continue;
    // "ministry staff", "embassy staff": staff of a named speaker speak for it.
    if (key === 'staff' && k > 0 && (words[k - 1] as string) in SPEAKER_NOUNS) continue;
    const hit = { key, value: SPEAKER_NOUNS[key] as Side | null, index: k };
    // "hospital sources", "medical sources": the unnamed sources are the third party that qualifies them.
    if (
      (key === 'sources' || key === 'source') &&
      k > 0 &&
      THIRD_PARTY_SOURCES.has(words[k - 1] as string)
    )
      hit.value = 'other';
    // Nearest the verb wins, but a generic word never overrides a telling one ("security officials separately").
    if (!nounHit || (fromEnd && (hit.value !== null || nounHit.value === null))) nounHit = hit;
    if (!partyHit && (hit.value === 'pakistan' || hit.value === 'afghanistan')) partyHit = hit;
    if (key === two || key === `${two}s`) k++;
    if (!fromEnd) break;
  }
  // "Security officials and local residents said": of two speakers joined by "and", the party's
  // is the one whose claim it is (as with a government official and a resident, above).
  if (
    partyHit &&
    nounHit &&
    (nounHit.value === 'other' || nounHit.value === 'un') &&
    words.includes('and')
  )
    nounHit = partyHit;
  const ownPlace = placeSide(trimmed);
  // A dateline ("ISLAMABAD:", "KABUL (Reuters) —") says where the reporter files from, not whose
  // the unnamed officials are.
  const contextPlace = context ? placeSide(context.replace(LEADING_DATELINE, '')) : null;
  const name = nounHit
    ? speakerName(trimmed, nounHit.index, nounHit.key.includes(' ') ? 2 : 1)
    : '';
  if (nounHit) {
    const k = nounHit.key;
    if (nounHit.value === 'other' || nounHit.value === 'un')
      return { claimant: nounHit.value, name, refers: false, strength: 2 };
    // "He", "they": a pronoun refers back to a speaker, never to a place named near it.
    if (/^(?:he|she|they|it|we|i)$/.test(k) && words.length === 1)
      return { claimant: null, name, refers: true, strength: 0 };
    if (k === 'taliban' && nationality(words) === 'pakistan')
      return { claimant: 'other', name, refers: false, strength: 2 };
    // The nationality next to the noun ("what Afghan officials said") before any elsewhere in the clause.
    const close = words.slice(Math.max(0, nounHit.index - 3), nounHit.index + 1);
    const closeSide = nationality(close);
    // "Afghan border commander Habib Noori": a named holder is a person a later surname or "he" takes up.
    const person = namedHolder(trimmed, nounHit.index) || undefined;
    // "Afghan sources said": sources named by nationality alone are no institution of a side.
    const byNationalityOnly =
      (k === 'sources' || k === 'source') &&
      close.slice(0, -1).every(
        (w) =>
          // (a nationality, not a party's own name: "Taliban sources" are the Taliban's)
          ((AFGHAN_WORDS.has(w) || PAKISTANI_WORDS.has(w)) && !(w in SPEAKER_NOUNS)) ||
          /^(?:the|some|two|several|other)$/.test(w),
      );
    if (closeSide && byNationalityOnly)
      return { claimant: 'other', name, refers: false, strength: 2 };
    if (closeSide) return { claimant: closeSide, name, refers: false, strength: 2, person };
    // "Iran's foreign ministry", "Chinese officials": another country's government is a third party.
    if (close.some((w) => THIRD_COUNTRIES.has(w)))
      return { claimant: 'other', name, refers: false, strength: 2 };
    if (side) return { claimant: side, name, refers: false, strength: 2, person };
    // "Khost police said": a place in the speaker's own phrase says whose they are.
    if (ownPlace) return { claimant: ownPlace, name, refers: false, strength: 2 };
    // "…, killing 30 militants in Khost, the military said": the speaker's own default outranks a place elsewhere.
    // "a source in the provincial health department": a local source is placed where the events
    // are, not taken for Pakistan's security sources.
    const localSource = (k === 'source' || k === 'sources') && LOCAL_WORDS.test(trimmed);
    // "ministry sources", "sources in the ministry": sources of an office named before, like "the
    // ministry said", not Pakistan's security sources.
    // (Only the ministry left unnamed: "a source from the Ministry of National Defense" names it.)
    if (
      (k === 'source' || k === 'sources') &&
      words.includes('ministry') &&
      words.every((w) => w === k || w === 'ministry' || /^(?:the|a|some|in|at|of)$/.test(w))
    )
      return { claimant: null, name, refers: true, strength: 0, institution: true };
    if (nounHit.value && !localSource)
      return { claimant: nounHit.value, name, refers: SPEAKER_PRONOUNS.has(k), strength: 1 };
    // "local officials said": unnamed officials and police speak for where the events are.
    // "the official added", though, points back to a speaker already named: the place is only
    // its fallback.
    // "JALALABAD, Afghanistan — Pakistani jets bombed …, officials said": where the events name
    // both sides, the dateline says where the unnamed officials speak from.
    const datelinePlace = context ? placeSide(LEADING_DATELINE.exec(context)?.[0] ?? '') : null;
    if (
      datelinePlace &&
      (!contextPlace || bothParties(context)) &&
      !/^the\s/i.test(trimmed) &&
      // (the unnamed officials themselves, not "an AFP tally of official figures")
      nounHit.index === words.length - 1 &&
      DATELINE_PLACED.has(k)
    )
      return { claimant: datelinePlace, name, refers: false, strength: 1 };
    if (contextPlace && !bothParties(context))
      return /^the\s/i.test(trimmed)
        ? {
            claimant: contextPlace,
            name,
            refers: true,
            strength: 1,
            institution: INSTITUTION_NOUNS.has(k) || words.some((w) => INSTITUTION_NOUNS.has(w)),
          }
        : { claimant: contextPlace, name, refers: false, strength: 2 };
    return {
      claimant: null,
      name,
      refers: true,
      strength: 0,
      // "Police spokesperson Khalid Zadran": an institution word or a named holder marks a new
      // speaker, placed like an institution rather than taken for the last speaker.
      institution:
        INSTITUTION_NOUNS.has(k) ||
        words.some((w) => INSTITUTION_NOUNS.has(w)) ||
        namedHolder(trimmed, nounHit.index) ||
        // "the provincial director of information": a local office is placed where events are.
        LOCAL_WORDS.test(trimmed),
    };
  }
  // 3. A country or capital as the subject ("Afghanistan reports…").
  const toks = tokenize(trimmed).filter((t) => t.type === 'word');
  const ordered = fromEnd ? [...toks].reverse() : toks;
  for (const t of ordered) {
    const c = COUNTRY_SPEAKERS[t.lower.replace(/'s$/, '')];
    if (c)
      return { claimant: c, name: t.text.replace(/['\u2019]s$/, ''), refers: false, strength: 2 };
  }
  // "The group said": the armed group or party named before it.
  if (/^the group$/i.test(trimmed))
    return { claimant: null, name: trimmed, refers: true, strength: 0 };
  // "Initial reports said", "according to reports": unnamed reports are a third party's account
  // (the adverb "reportedly" stays the outlet's own hedge); a party named before them owns them.
  // "According to available information": information of no stated source is an unnamed account
  // like reports.
  if (
    words[words.length - 1] === 'reports' ||
    // "according to one report", "a report said": one report of no stated source.
    (words[words.length - 1] === 'report' &&
      words.length === 2 &&
      /^(?:one|a|another)$/.test(words[0] as string)) ||
    (words[words.length - 1] === 'information' && words.some((w) => UNSOURCED_INFORMATION.has(w)))
  )
    return { claimant: side ?? 'other', name: trimmed, refers: false, strength: side ? 2 : 1 };
  // 4. "According to the report", "The report adds": the document of the party that spoke last.
  if (DOCUMENT_REF.test(trimmed)) return { claimant: null, name: '', refers: true, strength: 0 };
  // "Dr Ahmad Wali": a doctor named by title speaks as doctors do.
  if (/^(?:Dr\.?|Doctor)\s+\p{Lu}/u.test(trimmed))
    return {
      claimant: 'other',
      name: trimmed,
      refers: false,
      strength: 2,
      person: true,
      proper: true,
    };
  // 5. A bare surname or name ("Chaudhry added"): the person of that name met earlier, if any.
  // An acronym takes an article ("the ACB said") and still names the body it was introduced for.
  const acronym = /^the\s+(\p{Lu}{2,6})$/u.exec(trimmed);
  if (acronym)
    return { claimant: null, name: acronym[1] as string, refers: false, strength: 0, proper: true };
  if (PROPER_NAME.test(trimmed) && !placeSide(trimmed))
    return { claimant: null, name: trimmed, refers: false, strength: 0, proper: true };
  return null;
}

/** Words that leave information unsourced ("available information", "initial information"). */
const UNSOURCED_INFORMATION: ReadonlySet<string> = new Set(
  wordList('available initial preliminary early latest unconfirmed'),
);

/** Words that make an unnamed speaker local to where the events are ("local officials", "the district chief"). */
const LOCAL_WORDS = /\b(?:local|provincial|district)\b/i;

/** A news desk's name glued to a dash at the head of the copy ("News Center- "). */
const DESK_PREFIX = /^(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*[-\u2013\u2014]\s+(?=\p{L})/u;

/** Words before an outlet's name that only describe it ("local", "private broadcaster"). */
const OUTLET_DESCRIPTION =
  /^(?:(?:local|private|privately-owned|independent|leading|popular)\s+)+(?:(?:broadcaster|channel|outlet|daily|newspaper|news\s+agency|agency|media)\s+)?/i;

/** One to four capitalised words and nothing else: a person's name or surname. */
const PROPER_NAME = /^\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3}$/u;

/** A document named only by a determiner ("the report", "its latest survey"): it refers back to its author. */
const DOCUMENT_REF =
  /^(?:the|its|this|that|their|his|her)\s+(?:(?:latest|new|same|full)\s+)?(?:report|study|survey|assessment|findings|post|message|tweet|letter|note)$/i;

interface Found {
  candidate: Candidate;
  /** Offset (in the whole text) of the reporting verb or phrase. */
  at: number;
  /** A denial ("Mujahid denied that 40 … were killed"): the figure is the other party's claim, not the speaker's. */
  denial?: boolean;
  /** Start (in the whole text) of the speaker phrase before the verb: a count inside it ("two officials told") is not the speaker's claim. */
  from?: number;
  /** Start of a background clause ("… announced a truce after dozens were killed"): the outlet's own words. */
  stop?: boolean;
  /** Speaks only for what follows it ("with the spokesman saying …"). */
  forwardOnly?: boolean;
  /** Speaks only for what comes before it in its clause ("13 soldiers died (ISPR), while …"). */
  backwardOnly?: boolean;
  /** Speaks for the count between `from` and it, whoever spoke before ("not the 57 claimed by the Taliban"). */
  binds?: boolean;
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'this', 'that', 'their', 'a']);

/** Words that open a background clause after a report: what led up to it, told by the outlet. */
const BACKGROUND_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'following',
  'despite',
  'amid',
  // "The strikes followed a bombing that killed 31": what the story followed is background.
  'followed',
]);

/**
 * Whether the figure at `offset` in `sentence` sits in the outlet's background: after a frame of
 * what led up to the story ("… came days after a bomber killed 11") or in a sentence about another
 * episode ("a similar raid last year").
 */
export function inBackground(sentence: string, offset: number): boolean {
  if (OTHER_EPISODE.test(sentence)) return true;
  const toks = tokenize(sentence);
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.start >= offset) break;
    if (!opensBackground(toks, k)) continue;
    // ", following attacks on 53 sites, saw …": an aside set off by commas ends at its comma.
    const prev = toks[k - 1]?.type === 'space' ? toks[k - 2] : toks[k - 1];
    const aside = prev?.type === 'punct' && prev.text === ',';
    const close = aside ? sentence.indexOf(',', t.end) : -1;
    if (!aside || close < 0 || close > offset) return true;
  }
  return false;
}

/**
 * Whether token k opens a background clause: an opener ("after", "amid", "followed") before a word
 * that is no participle ("after killing"), no agent ("followed by") and no span of time ("after five
 * hours").
 */
function opensBackground(toks: readonly Token[], k: number): boolean {
  const t = toks[k] as Token;
  if (t.type !== 'word' || !BACKGROUND_OPENERS.has(t.lower)) return false;
  const next = toks[k + 1]?.type === 'space' ? toks[k + 2] : toks[k + 1];
  return !!next && next.type === 'word' && !/ing$|^by$/.test(next.lower) && !timeSpan(toks, k);
}

/** "after roughly five hours of fighting": a span of time after the opener, not an earlier event. */
function timeSpan(toks: readonly Token[], k: number): boolean {
  const n = findNumbers(
    toks
      .slice(k + 1, k + 9)
      .map((t) => t.text)
      .join(''),
  )[0];
  // ("despite a 48-hour truce": a hyphened length describes a noun, it is no span.)
  return n !== undefined && n.start < 12 && TIME_UNITS.has(n.unit ?? '') && !n.text.includes('-');
}

/** Superlatives that open the outlet's summing-up after a report (", the latest …", ", the deadliest …"). */
const SUMMING_UP: ReadonlySet<string> = new Set(
  wordList('latest deadliest worst bloodiest heaviest fiercest biggest largest most first highest'),
);

/** A sentence about another episode than the one just reported ("a similar clash in March", "last year"). */
const OTHER_EPISODE = /\b(?:similar|previous|last (?:week|month|year)|(?:in|since) \d{4}\b)/i;

/** Whether a sentence turns away from the statement before it: to another time, account or episode. */
const movesOn = (sentence: string): boolean =>
  SHIFT_OPENER.test(sentence) || OTHER_EPISODE.test(sentence);

/**
 * "Pakistan announced a truce after dozens were killed": the speaker's report ends where a
 * clause of what came before it begins, and resumes at the next comma or semicolon
 * ("said that after the raid, 15 were killed"). "after killing 30" stays the speaker's:
 * the participle is the speaker's own act.
 */
function backgroundStops(toks: readonly Token[], found: readonly Found[], base: number): Found[] {
  const out: Found[] = [];
  const reports = found.filter((f) => f.candidate.claimant !== null || f.candidate.refers);
  if (reports.length === 0) return out;
  const nonSpace = (from: number): number => {
    for (let j = from; j < toks.length; j++) if ((toks[j] as Token).type !== 'space') return j;
    return -1;
  };
  // One pass over the sentence, so that many speakers in one long sentence stay linear:
  // where the outlet's own frame begins, in token order ...
  const marks: { k: number; summing: boolean }[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    // "…, the latest incident in a week of fighting that has killed 60": the outlet's own
    // summing-up after the report, to the end of the sentence.
    if (t.type === 'punct' && t.text === ',') {
      const a = nonSpace(k + 1);
      const b = a < 0 ? -1 : nonSpace(a + 1);
      if (
        a >= 0 &&
        b >= 0 &&
        (toks[a] as Token).lower === 'the' &&
        SUMMING_UP.has((toks[b] as Token).lower)
      )
        marks.push({ k, summing: true });
      continue;
    }
    if (!opensBackground(toks, k)) continue;
    marks.push({ k, summing: false });
  }
  if (marks.length === 0) return out;
  // ... and the next comma or semicolon from each token on, where the report resumes.
  const nextSeparator = new Int32Array(toks.length + 1).fill(-1);
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k] as Token;
    nextSeparator[k] =
      t.type === 'punct' && /^[,;]$/.test(t.text) ? k : (nextSeparator[k + 1] ?? -1);
  }
  const firstAtOrAfter = <T>(xs: readonly T[], key: (x: T) => number, v: number): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(xs[mid] as T) < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const f of reports) {
    const from = f.at - base;
    // The first word after the speaker's cue.
    let k = firstAtOrAfter(toks, (t) => (t.start > from ? 1 : 0), 1);
    while (k < toks.length && (toks[k] as Token).type !== 'word') k++;
    if (k >= toks.length) continue;
    const mark = marks[firstAtOrAfter(marks, (m) => m.k, k)];
    if (!mark) continue;
    out.push({
      candidate: { claimant: null, name: '', refers: false, strength: 0 },
      at: base + (toks[mark.k] as Token).start,
      stop: true,
    });
    if (mark.summing) continue;
    const m = nextSeparator[mark.k + 1] ?? -1;
    if (m >= 0) out.push({ ...f, at: base + (toks[m] as Token).start });
  }
  return out;
}

/** Finds the speakers of one sentence (one per reporting verb), without looking at other sentences. */
/** Unnamed security officials or sources: "a security source", "senior military sources". */
const HOME_PLACED =
  /^(?:an?\s+|the\s+)?(?:senior\s+)?(?:security|military)\s+(?:officials?|sources?)$/i;
/** Words that make a source one another account cites. */
const CITING = /\b(?:citing|quoting|cited|quoted)\b/i;

/**
 * The speakers a sentence names. `home` is the side of the outlet that published the text, if
 * one of the two: it places the security sources the outlet leaves unnamed.
 */
function speakersOf(text: string, span: SentenceSpan, home: Side | null): Found[] {
  const s = text.slice(span.start, span.end);
  const toks = tokenize(s);
  const maxWords = FIGURES_CONFIG.maxSpeakerWords;
  const wordIdx: number[] = [];
  toks.forEach((t, k) => {
    if (t.type === 'word') wordIdx.push(k);
  });

  /** "the report", "its statement": a reporting word after a determiner is a noun, not a nested verb. */
  const afterDeterminer = (m: number): boolean => {
    const p = toks[m - 1]?.type === 'space' ? toks[m - 2] : toks[m - 1];
    return p?.type === 'word' && DETERMINERS.has(p.lower);
  };
  /** "informed sources": a participle before a speaker noun is its adjective, not a verb. */
  const adjectival = (m: number): boolean => {
    const n = toks[m + 1]?.type === 'space' ? toks[m + 2] : toks[m + 1];
    const w = (toks[m] as Token).lower;
    if (w === 'informed') return n?.type === 'word' && n.lower.replace(/'s$/, '') in SPEAKER_NOUNS;
    // "an alleged air strike", "Alleged mortar shelling from …", "the reported deaths": a
    // participle opening a noun phrase describes it; nobody speaks.
    if (
      !PARTICIPLE_ADJECTIVES.has(w) ||
      n?.type !== 'word' ||
      n.lower === 'that' ||
      n.lower === 'by'
    )
      return false;
    const pi = toks[m - 1]?.type === 'space' ? m - 2 : m - 1;
    const p = toks[pi];
    return (
      p === undefined ||
      // (a closing bracket ends the subject's name: "the Board (ACB) confirmed to reporters";
      // so does a dotted acronym's full stop: "the U.N. reported on Friday")
      (p.type === 'punct' &&
        !/^[,"\u201d\u2019')]$/.test(p.text) &&
        !(p.text === '.' && /^\p{Lu}$/u.test(toks[pi - 1]?.text ?? ''))) ||
      (p.type === 'word' && NOUN_PHRASE_OPENERS.has(p.lower))
    );
  };
  /** "…,” the post read": "read" reports after a document noun. */
  const readsAsReport = (k: number): boolean => {
    if ((toks[k] as Token).lower !== 'read' && (toks[k] as Token).lower !== 'reads') return false;
    const p = toks[k - 1]?.type === 'space' ? toks[k - 2] : toks[k - 1];
    return p?.type === 'word' && READ_DOCUMENTS.has(p.lower);
  };
  /** The reporting verb just before token k ("reported, citing"; "said on Sunday quoting"), or -1. */
  const reportingVerbBefore = (k: number): number => {
    for (let m = k - 1, words = 0; m >= 0 && words < 6; m--) {
      const p = toks[m] as Token;
      // "reported Wednesday (November 15), citing …": a bracketed date is no break.
      if (p.type === 'punct' && p.text !== ',' && p.text !== '(' && p.text !== ')') return -1;
      if (p.type !== 'word') continue;
      words++;
      if (REPORTING_VERBS.has(p.lower) && !p.lower.endsWith('ing')) return m;
    }
    return -1;
  };
  /** Text of the words before token k back to a quote, semicolon or sentence start, at most maxWords words. */
  const before = (k: number): string => {
    let count = 0;
    let m = k - 1;
    const pk = toks[k - 1]?.type === 'space' ? toks[k - 2] : toks[k - 1];
    const coordinated = pk?.type === 'word' && pk.lower === 'and';
    // "an attack which Afghan officials said killed 12": a speaker set inside a relative clause,
    // right before its harm verb, begins after the relative word.
    const nk = toks[k + 1]?.type === 'space' ? toks[k + 2] : toks[k + 1];
    const embedded = nk?.type === 'word' && HARM_VERBS.has(nk.lower);
    for (; m >= 0; m--) {
      const t = toks[m] as Token;
      // (Not before a pronoun, "the raids, which they said killed 13": the phrase before names them.)
      if (
        embedded &&
        t.type === 'word' &&
        (t.lower === 'which' || t.lower === 'that') &&
        !SPEAKER_PRONOUNS.has(s.slice(t.end, toks[k]?.start).trim().toLowerCase())
      )
        break;
      if (
        t.type === 'punct' &&
        (t.text === ';' || QUOTE_CLOSE.has(t.text) || QUOTE_OPEN.has(t.text) || t.text === '"')
      )
        break;
      // A nested report: in "Pakistan said the Taliban had claimed 58", "claimed" is the Taliban's;
      // coordinated verbs share their subject ("The Taliban accused Pakistan … and claimed").
      if (
        t.type === 'word' &&
        m < k - 1 &&
        REPORTING_VERBS.has(t.lower) &&
        !t.lower.endsWith('ing') &&
        !coordinated &&
        !afterDeterminer(m) &&
        !adjectival(m) &&
        // "Initial reports said", "earlier reports had said": a reporting noun right before the
        // verb (or its auxiliary) is its subject.
        !(
          NOUN_LIKE_VERBS.has(t.lower) &&
          (m === k - 2 || (m === k - 4 && /^(?:has|have|had)$/.test(toks[k - 2]?.lower ?? '')))
        )
      )
        break;
      if (t.type === 'word' && ++count > maxWords) break;
    }
    return s.slice(toks[m + 1]?.start ?? 0, toks[k]?.start ?? s.length);
  };
  /** Words after token k up to a comma, period, quote or maxWords words. */
  /** A count (with its hedge: "over 200", "a dozen") right after token k, as the number reader finds it. */
  const countFollows = (k: number): boolean => {
    const from = (toks[k] as Token).end;
    const rest = s.slice(from, from + FIGURES_CONFIG.countAfterVerbChars);
    const first = findNumbers(rest)[0];
    // ('put the toll at "over 400"': a quoted count still follows.)
    return first !== undefined && /^[\s"\u201c\u2018']*$/.test(rest.slice(0, first.start));
  };
  const after = (k: number): string => {
    let count = 0;
    let m = k + 1;
    for (; m < toks.length; m++) {
      const t = toks[m] as Token;
      // ("Armed Conflict Location & Event Data": an ampersand joins a name.)
      if (
        t.type === 'punct' &&
        t.text !== '-' &&
        t.text !== "'" &&
        t.text !== '.' &&
        t.text !== '&'
      )
        break;
      // ("U.N.", and a title's full stop: "said Dr. Zabiullah", "Lt. Gen. Chaudhry")
      if (
        t.type === 'punct' &&
        t.text === '.' &&
        !(toks[m - 1]?.text.length === 1) &&
        !TITLE_ABBREVIATIONS.has(toks[m - 1]?.lower ?? '')
      )
        break;
      if (t.type === 'word' && AFTER_SPEAKER_STOPS.has(t.lower) && count > 0) break;
      // "a release put out by Pakistan's Inter-Services Public Relations": a hyphened compound is
      // one word, and the issuer named after "by" gets words of its own.
      if (t.type === 'word' && t.lower === 'by') count = Math.min(count, 2);
      if (t.type === 'word' && toks[m - 1]?.text !== '-' && ++count > 8) break;
    }
    return s.slice(
      toks[k + 1]?.start ?? s.length,
      toks[m - 1] ? (toks[m - 1] as Token).end : s.length,
    );
  };

  /** "claimed the lives of 12", "claim 46 lives": "lives" within the next few words, no punctuation between. */
  const claimsLives = (k: number): boolean => {
    for (let m = k + 1, words = 0; m < toks.length && words < 6; m++) {
      const t = toks[m] as Token;
      if (t.type === 'punct' && t.text !== '-' && t.text !== ',') return false;
      if (t.type !== 'word') continue;
      words++;
      if (t.lower === 'lives' || t.lower === 'life') return true;
      if (t.lower === 'that' || REPORTING_VERBS.has(t.lower)) return false;
    }
    return false;
  };

  /** Whether the word before token k can be a verb's subject (a name or a speaker noun), not "an"/"the". */
  const prevIsSubject = (k: number): boolean =>
    namesSubject(toks[k - 1]?.type === 'space' ? toks[k - 2] : toks[k - 1]);
  /** "put the number of soldiers killed at 58": "at" and a count within the clause after token k. */
  const putsAt = (k: number): boolean => {
    const m = clauseWord(k, (w) => w === 'at');
    return m >= 0 && countFollows(m);
  };
  /** The first token that passes `word` within the clause after token k (a few words, no punctuation between), or -1. */
  const clauseWord = (k: number, word: (w: string) => boolean): number => {
    for (let m = k + 1; m < toks.length && m - k < FIGURES_CONFIG.maxPutAtWords * 2; m++) {
      if (word((toks[m] as Token).lower)) return m;
      if (/^[,.;:!?()\u201c\u201d"]$/.test((toks[m] as Token).text)) return -1;
    }
    return -1;
  };

  const found: Found[] = [];
  const owned = new Set<number>();
  /** The sentence around token k, clipped so long sentences keep the work linear. */
  // (The sentence's dateline goes with every window of it: it may place unnamed officials.)
  const dateline = LEADING_DATELINE.exec(s)?.[0] ?? '';
  const around = (k: number): string => {
    const at = (toks[k] as Token).start;
    const from = Math.max(0, at - CONTEXT_CHARS);
    return (from > dateline.length ? dateline : '') + s.slice(from, at + CONTEXT_CHARS);
  };
  // A dateline's lead, read before a speaker clipped from it, keeps its dateline and opening
  // subject: "ISLAMABAD (AP) — Pakistan's military, …, struck …, killing …, officials said" names
  // both sides though the clause before the officials names one.
  const leadHead = dateline
    ? (/^[^,;:\u2013\u2014]{0,60}/.exec(s.slice(dateline.length))?.[0] ?? '')
    : '';
  const withLead = (context: string): string =>
    dateline && !s.startsWith(context) ? `${dateline}${leadHead}, ${context}` : context;
  const add = (c: Candidate | null, k: number, from?: number): void => {
    if (!c) return;
    const denial = DENIAL_VERBS.has((toks[k] as Token).lower);
    found.push({ candidate: c, at: span.start + (toks[k] as Token).start, denial, from });
  };
  /** The clause just before token k, then up to two earlier comma segments (appositives). */
  const fromSegments = (k: number): Candidate | null => {
    let fallback: Candidate | null = null;
    const b = before(k);
    // "Kabul accused Pakistan of strikes that they say killed nine": a pronoun right before the
    // verb is its subject, the speaker of the sentence so far, not the party named before it.
    const earlier = found[found.length - 1];
    if (earlier && /\s(?:he|she|they|it)\s*$/i.test(b)) return earlier.candidate;
    const segs = b.split(',');
    for (let g = segs.length - 1, used = 0; g >= 0 && used < 3; g--) {
      const seg = (segs[g] as string).trim();
      if (!seg) continue;
      // An earlier segment holding a count is the reported content, never an appositive speaker
      // ("Dozens of families fled after Pakistan fired 500 rockets, TOLOnews reported").
      if (used > 0 && findNumbers(seg).length > 0) break;
      used++;
      // "A security official, who asked not to be named, said": skip the relative clause,
      // unless it names the speaker itself ("which Afghanistan claimed").
      // "The army, in a statement issued by its media wing, said": an adverbial aside is not the speaker.
      if (
        g > 0 &&
        /^(?:in|on|at|during|via|through|from)\s/i.test(seg) &&
        !/\b(?:which|that|who|whom)\b/i.test(seg)
      )
        continue;
      if (/^(who|which|whose|whom|speaking|citing|quoting)\b/i.test(seg)) {
        // "who" is itself the clause's subject: nothing inside it speaks ("who had no
        // clearance to brief reporters").
        // ("…, who speaks for the provincial culture office, said": a role, said as a clause.)
        const speaksFor =
          /^who\s+(?:(?:speaks|spoke)\s+for|heads|headed|leads|runs|directs)\s+(.+)$/i.exec(seg);
        const inner = speaksFor
          ? resolveSpeaker(
              /^who\s+(?:speaks|spoke)\b/i.test(seg)
                ? `a spokesman for ${speaksFor[1] as string}`
                : `the head of ${speaksFor[1] as string}`,
              true,
              around(k),
            )
          : /^who\b/i.test(seg)
            ? null
            : resolveSpeaker(seg.replace(/^\S+\s*/, ''), true, b);
        if (speaksFor && inner && inner.claimant !== null && inner.strength >= 1)
          return { ...inner, name: (segs[g - 1] ?? '').trim() || inner.name, refers: false };
        if (inner && inner.strength >= 2) return inner;
        // "Radio Pakistan, quoting security sources, said": a party's sources that an outlet
        // cites are the source of its report.
        if (
          inner &&
          /^(?:citing|quoting)\b/i.test(seg) &&
          (inner.claimant === 'pakistan' || inner.claimant === 'afghanistan') &&
          inner.strength >= 1
        )
          return { ...inner, refers: false };
        continue;
      }
      // "Emergency, an Italian aid group that runs a hospital in Kabul, said": the relative clause
      // inside an appositive only describes its noun.
      // (The role of a person named before it is placed by the whole sentence, where the events
      // told after the verb are.)
      const role = ROLE_APPOSITIVE.test(seg);
      const namedRole = role && g > 0 && PROPER_NAME.test((segs[g - 1] ?? '').trim());
      const c = resolveSpeaker(
        role ? seg.replace(/\s+(?:that|which|who)\s.*$/i, '') : seg,
        true,
        namedRole ? around(k) : withLead(b),
      );
      // A bare name yields to an appositive that says who the person is.
      if (c && c.proper) fallback ??= c;
      else if (c) {
        // "Ali Karimi, a spokesman for the army, said": the name before the appositive is the speaker.
        const holder = (segs[g - 1] ?? '').trim();
        if (
          c.claimant !== null &&
          ROLE_APPOSITIVE.test(seg) &&
          PROPER_NAME.test(holder) &&
          !DISCOURSE_WORDS.has(holder.toLowerCase()) &&
          !placeSide(holder) &&
          !ALIAS_INDEX.has(holder.toLowerCase())
        )
          return { ...c, name: holder, refers: false, person: true };
        // "Enayatullah Khwarazmi, the spokesman for the defence ministry, said": a role that names
        // no side yields to the known person it describes.
        if (c.claimant === null && role && ALIAS_INDEX.has(holder.toLowerCase())) {
          const known = resolveSpeaker(holder, true, b);
          if (known && known.claimant !== null && known.strength >= 2) return known;
        }
        // "the army spokesman, Ali Karimi, said": the name after the role is the person who holds it.
        return fallback ? { ...c, holder: fallback.name } : c;
      }
    }
    if (fallback) return fallback;
    return null;
  };

  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    // "not the 57 claimed by the Taliban", "the 281 announced by the military": a count's reduced
    // relative names who gave it.
    if (CLAIMED_BY_VERBS.has(t.lower) && toks[k + 2]?.lower === 'by') {
      let j = k - 1;
      while (j >= 0 && (toks[j] as Token).type === 'space') j--;
      const count = toks[j];
      if (count && isCountToken(count)) {
        const c = resolveSpeaker(after(k + 2), false, around(k));
        if (c && c.claimant !== null && c.strength >= 1) {
          found.push({
            candidate: { ...c, refers: false },
            at: span.start + t.start,
            from: span.start + count.start,
            binds: true,
          });
          continue;
        }
      }
    }
    // "(figures from the ISPR)", "(security sources)": a source in brackets closing a clause.
    if (t.type === 'punct' && t.text === '(') {
      const c = bracketSource(s, t.end, around(k));
      if (c) {
        found.push({ candidate: c, at: span.start + t.start, backwardOnly: true });
        continue;
      }
    }
    if (t.type !== 'word') continue;
    // "according to X"
    if (t.lower === 'according' && toks[k + 2]?.lower === 'to') {
      // "According to him": the object pronoun refers back like "he said".
      const who = after(k + 2).replace(
        /^\s*(him|her|them)\s*$/i,
        (_, p: string) => OBJECT_PRONOUNS[p.toLowerCase()] as string,
      );
      let c = resolveSpeaker(who, false, around(k));
      // '"According to our reports, 40 …," the minister said': reports a quoted speaker relies on
      // are the speaker's own account.
      if (c && unnamedReports(c) && insideQuotation(s, 0, t.start)) continue;
      // "UNAMA said that, according to preliminary information, 13 …": an unsourced hedge inside
      // a named speaker's report is the speaker's own.
      if (c && unnamedReports(c) && found.some((f) => !f.stop && f.candidate.strength >= 2))
        continue;
      // "according to a TV channel citing UNAMA": the source the press cites is the speaker.
      const citedIn = /\s(?:citing|quoting)\s+(.+)$/i.exec(who);
      const citedSource = citedIn ? resolveSpeaker(citedIn[1] as string, false, around(k)) : null;
      if (citedSource && citedSource.claimant !== null && citedSource.strength >= 1)
        c = citedSource;
      // "according to Ali Karimi, spokesman for Pakistan's prime minister,": an unknown name takes its appositive's party.
      if (!c || (c.claimant === null && !c.institution)) {
        const rest = s.slice((toks[k + 2] as Token).end).replace(/^\s+/, '');
        const m = /^([^,;.]{2,40}),\s*([^,;.\u201c\u201d"]{3,80})/u.exec(rest);
        // (The role is placed by what is around it: "the head of the provincial department".)
        const role =
          // (not the clause that goes on: "according to Zaidi, they also destroyed …")
          m && /^\p{Lu}/u.test(m[1] as string) && !/^(?:he|she|they|it|we)\b/i.test(m[2] as string)
            ? resolveSpeaker(m[2] as string, false, around(k))
            : null;
        if (role && role.claimant !== null && role.strength >= 1)
          c = { ...role, name: (m?.[1] as string).trim(), refers: false, person: true };
      }
      add(c, k);
      continue;
    }
    // "…, as reported by the United Nations": a late "as … by X" names who gave the count.
    // "The toll of 10 civilians was given by the spokesman": so does a passive verb of giving.
    if (
      (AS_BY_VERBS.has(t.lower) || GIVEN_BY_VERBS.has(t.lower)) &&
      (toks[k - 2]?.lower === 'as' ||
        (/^(?:was|were|been)$/.test(toks[k - 2]?.lower ?? '') &&
          /(?:figures?|numbers?|toll|tally|count|deaths|casualties|estimates?)\b/i.test(
            s.slice(0, t.start),
          ))) &&
      toks[k + 2]?.lower === 'by'
    ) {
      const c = resolveSpeaker(after(k + 2), false, around(k));
      if (c && c.strength >= 1) add(c, k);
      continue;
    }
    // "Per the ISPR, …", "As per security sources, …": a clause-opening "per" is "according to"
    // (not "10 per cent" or "per day", which follow a number or noun).
    if (t.lower === 'per') {
      let j = k - 1;
      while (j >= 0 && (toks[j] as Token).type === 'space') j--;
      const pj = toks[j];
      if (!pj || pj.type === 'punct' || pj.lower === 'as') {
        const c = resolveSpeaker(after(k), false, around(k));
        if (c && unnamedReports(c) && insideQuotation(s, 0, t.start)) continue;
        if (c && c.strength >= 1) add(c, k);
        continue;
      }
    }
    // "claims by the Taliban spokesman that …", "an assertion by the ISPR that …": the clause
    // after a claim noun is the claimant's report.
    if (CLAIM_NOUNS.has(t.lower)) {
      // ("Findings by Tolo News indicate …": a verb of showing, as "that" does, ends the name.)
      const m =
        /^\s+by\s+([^,;.:\u201c\u201d"]{2,80}?)\s+(?:that|indicated?|indicates|show(?:s|ed)?|suggest(?:s|ed)?)\s/i.exec(
          s.slice(t.end),
        );
      if (m) {
        const c = resolveSpeaker(m[1] as string, true, around(k));
        if (c && c.strength >= 1) add(c, k);
        continue;
      }
      // "the Taliban's assertion that 49 soldiers died": a claim noun that is no verb, after its
      // owner's possessive, reports the clause after it ("claim" itself is read as a verb below).
      const owner = CLAIM_OWNER.exec(before(k));
      if (
        owner &&
        !NOUN_LIKE_VERBS.has(t.lower) &&
        /^\s+(?:that|to\s+have)\s/i.test(s.slice(t.end))
      ) {
        const c = resolveSpeaker(owner[1] as string, true, around(k));
        if (c && c.strength >= 1) add(c, k);
        continue;
      }
    }
    // "By the Taliban spokesman's account", "in the ministry's account"
    // "Analysts estimate that …": the present tense of "estimate" before "that" reports.
    // ("Pakistani officials estimate 40-50 posts were hit": a count right after reports too.)
    const estimatesThat =
      t.lower === 'estimate' &&
      ((toks[k + 1]?.type === 'space' ? toks[k + 2] : toks[k + 1])?.lower === 'that' ||
        ((countFollows(k) || putsAt(k)) && prevIsSubject(k)));
    if (ACCOUNT_NOUNS.has(t.lower) && k >= 2 && !estimatesThat) {
      const b = before(k);
      const m = /\b(?:by|in|on|to)\s+([^,;]+?)(?:'s|\u2019s)?(?:\s+own)?\s*$/i.exec(b);
      if (m) {
        const c = resolveSpeaker(m[1] as string, true, around(k));
        if (c && c.strength >= 1) add(c, k);
      }
      continue;
    }
    // "…, an outlet reported, citing Pakistani officials": the cited party is the source of the
    // report, so it replaces the reporter as the speaker of that reporting verb.
    if (CITING_WORDS.has(t.lower)) {
      const what = after(k);
      // Only a source is cited as one ("citing officials", "citing Mujahid"); "citing Pakistan's
      // aggression" gives a reason.
      const cited = citesSource(what) ? resolveSpeaker(what, false, around(k)) : null;
      const verb = reportingVerbBefore(k);
      // "…, with one channel citing the information ministry that seven camps were hit": a
      // "that" clause after the cited source is its report, with no reporting verb before.
      const thatFollows = /^\s*that\b/i.test(
        s.slice(s.indexOf(what, (toks[k] as Token).end) + what.length),
      );
      if (cited && cited.claimant !== null && cited.strength >= 1 && verb < 0 && thatFollows) {
        add(cited, k);
        continue;
      }
      if (cited && cited.claimant !== null && cited.strength >= 1 && verb >= 0) {
        const at = span.start + (toks[verb] as Token).start;
        const own = found.findIndex((f) => f.at === at);
        const reporter = own >= 0 ? (found[own] as Found).candidate.claimant : null;
        // A party citing "its own sources" or unnamed "military sources" is still the party: only
        // the press, a third party or no one named gives way to the source it cites.
        const party = reporter === 'pakistan' || reporter === 'afghanistan';
        const ownSources = /^(?:its|their|his|her|own)\b/i.test(what.trim());
        // Sources no word places, cited by an outlet of one of the two countries, are that country's.
        const home =
          own >= 0 && cited.strength < 2 ? outletSide((found[own] as Found).candidate.name) : null;
        if (!party || (cited.strength >= 2 && !ownSources)) {
          if (own >= 0) found.splice(own, 1);
          found.push({ candidate: home ? { ...cited, claimant: home } : cited, at });
        }
      }
      continue;
    }
    // "gave a toll of 408 killed", "released figures of …": giving a count is reporting it.
    // "UN monitors attributed more than 370 deaths to the fighting": attributing a count reports it.
    const givesCount =
      (GIVE_FORMS.has(t.lower) && clauseWord(k, (w) => TALLY_NOUNS.has(w)) >= 0) ||
      (t.lower === 'attributed' && countFollows(k));
    if (
      !(REPORTING_VERBS.has(t.lower) || readsAsReport(k) || estimatesThat || givesCount) ||
      adjectival(k)
    )
      continue;
    // "Early reports indicate a high toll, with 200 casualties": after an account noun as its
    // subject the verb reports even without "that" ("the post indicates a gate" does not).
    // "Data from the UN shows …", "figures released by the military showed …": the account heads
    // a longer subject.
    if (
      THAT_ONLY_VERBS.has(t.lower) &&
      toks[k + 2]?.lower !== 'that' &&
      // ("Earlier reports had suggested …": the subject before a perfect's auxiliary.)
      !ACCOUNT_SUBJECTS.has(toks[k - 2]?.lower ?? '') &&
      !ACCOUNT_HEADED.test(before(k))
    )
      continue;
    // "adding to the 6 million displaced": adding to a sum reports nothing.
    if (t.lower.startsWith('add') && toks[k + 2]?.lower === 'to') continue;
    // "put the toll at 58" reports a count; "put pressure on Kabul" does not.
    if (PUT_FORMS.has(t.lower) && !putsAt(k)) continue;
    // "clashes that claimed dozens of lives": claiming lives is killing, not speaking.
    if (CLAIM_FORMS.has(t.lower) && claimsLives(k)) continue;
    // "claimed responsibility for an attack that killed 7": owning an attack tells no count (the
    // claimant still speaks for a verb joined to it: "… and said it killed 14").
    if (CLAIM_FORMS.has(t.lower) && toks[k + 2]?.lower === 'responsibility')
      owned.add(span.start + t.start);
    // A passive ("are confirmed killed", "was reported missing") names no speaker, unless its
    // agent follows ("the strike was confirmed by the Taliban spokesman").
    {
      const pw = toks[k - 1]?.type === 'space' ? toks[k - 2] : toks[k - 1];
      // "Mujahid was quoted as saying by TOLOnews": the one quoted speaks, not the outlet.
      if (
        pw &&
        pw.type === 'word' &&
        PASSIVE_AUXILIARIES.has(pw.lower) &&
        (t.lower === 'quoted' || t.lower === 'cited') &&
        /^\s+as\s+(?:saying|having\s+said)\b/i.test(s.slice(t.end))
      ) {
        const quoted = resolveSpeaker(
          before(k).replace(/\s+(?:was|were|is|are|has been|had been)\s*$/i, ''),
          true,
          around(k),
        );
        if (quoted && quoted.strength >= 1) add(quoted, k);
        continue;
      }
      if (pw && pw.type === 'word' && PASSIVE_AUXILIARIES.has(pw.lower)) {
        // "The toll was put at 58 by the Taliban": the agent follows the count.
        const by = PUT_FORMS.has(t.lower)
          ? clauseWord(k, (w) => w === 'by')
          : toks[k + 1]?.type === 'space'
            ? k + 2
            : k + 1;
        if (toks[by]?.lower === 'by') {
          const agent = resolveSpeaker(after(by), false, around(k));
          if (agent && agent.claimant !== null && agent.strength >= 1) add(agent, k);
        }
        continue;
      }
    }
    // The token before the verb, and where it stands (no search through the sentence's tokens).
    let p = toks[k - 1]?.type === 'space' ? k - 2 : k - 1;
    let prev = toks[p];
    // "The Inter-Services Public Relations (ISPR) said": a bracket between speaker and verb is part of the name.
    if (prev && prev.type === 'punct' && prev.text === ')') {
      let m = p - 1;
      while (m >= 0 && (toks[m] as Token).text !== '(' && k - m < 12) m--;
      const b = m > 0 ? (toks[m - 1]?.type === 'space' ? m - 2 : m - 1) : -1;
      const before0 = toks[b];
      if (m >= 0 && before0 && before0.type === 'word') {
        prev = before0;
        p = b;
      }
    }
    // "The U.N. said": the full stop of a dotted acronym is part of the speaker's name.
    if (prev?.text === '.' && /^\p{Lu}$/u.test(toks[p - 1]?.text ?? '')) prev = toks[--p];
    // "credible reports", "the claims": nouns, unless a subject stands before them ("Kabul reports", "officials put").
    // "rejected Pakistan's claim": after a possessive it is a noun, and its owner speaks only for
    // the content given right after it ("Pakistan's claim that it killed 70").
    if (
      NOUN_LIKE_VERBS.has(t.lower) &&
      prev?.type === 'word' &&
      /['\u2019]s$/.test(prev.text) &&
      !/^(?:that|of)$/.test(toks[k + 2]?.lower ?? '') &&
      // "Pakistan's claim to have destroyed 130 posts": the content follows too.
      !(toks[k + 2]?.lower === 'to' && toks[k + 4]?.lower === 'have')
    )
      continue;
    if (
      NOUN_LIKE_VERBS.has(t.lower) &&
      prev &&
      prev.type === 'word' &&
      !/^\p{Lu}/u.test(prev.text) &&
      !(prev.lower.replace(/'s$/, '') in SPEAKER_NOUNS) &&
      // "UNAMA's latest report recorded 70 deaths": an account is a subject too.
      !ACCOUNT_SUBJECTS.has(prev.lower) &&
      // "The ISPR has put the toll at 12", "had earlier put": a perfect tense makes it the verb.
      !(PARTICIPLE_LIKE.has(t.lower) && perfectBefore(toks, p))
    )
      continue;
    // "The Taliban accused Pakistan of … and claimed 58": coordinated verbs share the first one's speaker.
    // "… denied any raid and instead accused Pakistan of killing six": an adverb after the
    // conjunction does not break the coordination.
    const beforePrev = prev ? toks[p - 2] : undefined;
    const coordinated =
      prev?.type === 'word' &&
      (COORDINATORS.has(prev.lower) ||
        (LINKING_ADVERBS.has(prev.lower) &&
          beforePrev?.type === 'word' &&
          COORDINATORS.has(beforePrev.lower)));
    if (coordinated) {
      // "rejected the Taliban's assertion that 58 died, and said 11 …": a claim nested in the
      // object is no subject the second verb shares.
      const nestedClaim = (f: Found): boolean =>
        CLAIM_NOUNS.has((/^[\p{L}]+/u.exec(s.slice(f.at - span.start))?.[0] ?? '').toLowerCase()) &&
        /['\u2019]s\s*$/.test(s.slice(Math.max(0, f.at - span.start - 30), f.at - span.start));
      const earlier =
        [...found].reverse().find((f) => !f.stop && !nestedClaim(f)) ?? found[found.length - 1];
      if (earlier) {
        found.push({ candidate: earlier.candidate, at: span.start + t.start });
        continue;
      }
    }
    const inverted = !prev || prev.type === 'punct';
    // "…, claiming 55 soldiers died" / "said on Sunday, adding that…": a participle keeps the clause's speaker.
    if (
      inverted &&
      t.lower.endsWith('ing') &&
      prev &&
      (prev.text === ',' || prev.text === '"' || QUOTE_CLOSE.has(prev.text))
    ) {
      // The participle shares the main clause's speaker, not a report nested in its object ("The
      // ISPR dismissed the Taliban's claim that 58 died, saying 23 had"); a denier speaks for itself.
      // After a contrasting clause with a speaker of its own ("The Taliban claimed 58, while
      // Islamabad put its toll at 23, asserting …"), that clause is the one it goes on.
      const contrasted = [...found]
        .reverse()
        .find(
          (f) =>
            !f.stop &&
            f.at < span.start + t.start &&
            /(?:^|[,;])\s*(?:while|whereas)\s[^,;]*$|;[^,;]*$/i.test(s.slice(0, f.at - span.start)),
        );
      const earlier = contrasted ?? found[0];
      if (earlier) {
        found.push({ candidate: earlier.candidate, at: span.start + t.start });
        continue;
      }
      const clauseStart = Math.max(0, t.start - CONTEXT_CHARS);
      // The clause's subject: its words before the first auxiliary or past-tense verb ("The
      // Pakistani Air Force had carried out sorties against Kabul" → "The Pakistani Air Force").
      const subject = resolveSpeaker(
        (s.slice(clauseStart, t.start).split(/[,;]/)[0] ?? '').split(
          /\s(?:has|have|had|is|are|was|were|will|\p{Ll}+ed)\s/u,
        )[0] as string,
        false,
        around(k),
      );
      if (subject && subject.strength >= 1) {
        add(subject, k);
        continue;
      }
    }
    if (inverted) {
      // An appositive just before the verb ("spokesperson, Lt Gen Ahmed Sharif Chaudhry, said"),
      // else the speaker after it (", said Mujahid", "…,” said the ministry").
      // A segment holding a count is the reported content ("50 fighters were killed, said security
      // sources"), never an appositive speaker.
      const segment = prev
        ? (s
            .slice(0, prev.start)
            .split(/[,;:\u201c\u201d"]/)
            .pop() ?? '')
        : '';
      const appositive =
        prev && prev.text === ',' && !/\p{N}/u.test(segment) ? fromSegments(k) : null;
      if (appositive && appositive.strength >= 1) add(appositive, k);
      // "…, the governor's spokesman, Ali Wasi, told a news agency": what follows "told" is the
      // listener; a party's speaker before it outranks the listener (an unknown name does not).
      else if (
        TELL_FORMS.has(t.lower) &&
        appositive &&
        !appositive.proper &&
        (appositive.claimant !== null || appositive.institution)
      )
        add(appositive, k);
      else if (countFollows(k) && !countedSpeakerPhrase(after(k))) {
        // "Pakistan says 23 troops killed, claims over 200 Taliban dead": a count right after the
        // verb is what is claimed, never who claims it; after a comma the verb shares the
        // clause's speaker.
        const earlier = prev?.text === ',' ? found[found.length - 1] : undefined;
        if (earlier) found.push({ candidate: earlier.candidate, at: span.start + t.start });
      } else {
        // "said he had lost…": a pronoun right after the verb begins the content, it is not the speaker.
        const nextWord = toks[k + 2]?.lower ?? '';
        const who = after(k);
        let a = ['he', 'she', 'it', 'they', 'that', 'we', 'i'].includes(nextWord)
          ? null
          : resolveSpeaker(who, false, around(k));
        // "said Mohammad Nabi, a shopkeeper": the appositive after a bare name says whose they are.
        if (a?.proper) {
          const tail = s.slice((toks[k] as Token).end);
          const rest = tail.slice(tail.indexOf(who.trim()) + who.trim().length);
          const m = /^\s*,\s*([^,;.\u201c\u201d"]{3,80})/u.exec(rest);
          const role = m ? resolveSpeaker(m[1] as string, false) : null;
          if (role && role.claimant !== null && role.strength >= 1)
            a = { ...role, name: a.name, refers: false, person: true };
        }
        add(a && !(a.proper && appositive) ? a : appositive, k);
      }
    } else {
      // "X said" ("told Al Jazeera" names the listener, not the speaker: nothing after is read).
      // The speaker phrase is the last comma segment before the verb.
      const t0 = (toks[k] as Token).start;
      const b = before(k);
      add(fromSegments(k), k, span.start + t0 - b.length + b.lastIndexOf(',') + 1);
      // "…, with the Taliban spokesman saying …": an absolute or "which" clause speaks for what
      // follows it, never for the counts before it.
      const last = found[found.length - 1];
      if (last && /^\s*(?:with|which)\b/i.test(b.slice(b.lastIndexOf(',') + 1)))
        last.forwardOnly = true;
      // "Taliban kill 58 troops; Islamabad claims 200", "… 58 died while Kabul says 12": a speaker
      // that opens a new clause does not reach back over the clause break.
      // "The clashes, which left dozens dead, erupted after Islamabad accused …": a speaker inside a
      // clause of time tells what came before or after, not the counts of the main clause.
      const segmentBefore = b.slice(b.lastIndexOf(',') + 1);
      const opensClause =
        // (the speaker opening the clause after the semicolon, not one closing it: "…; the attempt
        // was repulsed, killing nine, the ISPR said")
        (/;\s*$/.test(s.slice(0, Math.max(0, t0 - b.length))) && !b.includes(',')) ||
        /^\s*(?:while|whereas|but)\b/i.test(segmentBefore) ||
        /\b(?:after|before|when|since|until|once)\s+\S/i.test(segmentBefore);
      if (last && opensClause) last.forwardOnly = true;
    }
  }
  // "Quoting security sources, the channel reported that …": a source cited at the head of the
  // sentence speaks for the press that reports it.
  const opening = /^\W*(?:citing|quoting)\s+([^,;]{2,60}),/i.exec(s);
  if (opening) {
    const cited = resolveSpeaker(opening[1] as string, false);
    const first = found.find((f) => f.at > span.start + opening[0].length);
    const reporter = first?.candidate.claimant;
    const press = !!first && reporter !== 'pakistan' && reporter !== 'afghanistan';
    // "Citing officials, TOLOnews said …": sources no word places, cited by an outlet of one of
    // the two countries, are that country's.
    const home = press && cited && cited.strength < 2 ? outletSide(first.candidate.name) : null;
    if (cited && first && press && home && (cited.claimant !== null || cited.institution))
      first.candidate = { ...cited, claimant: home };
    else if (cited && cited.claimant !== null && cited.strength >= 1 && first && press)
      first.candidate = cited;
  }
  // "The tally given by the prime minister's spokesman stood at 133": the giver named in the
  // subject speaks for the count of its predicate.
  for (const m of s.matchAll(TALLY_GIVEN_BY)) {
    const c = resolveSpeaker(m[1] as string, false);
    if (c && c.claimant !== null && c.strength >= 1 && !found.some((f) => !f.stop))
      found.push({ candidate: { ...c, refers: false }, at: span.start + m.index });
  }
  // Unnamed security officials and sources are the side of where the report comes from when that
  // is Afghan: an Afghan dateline ("PAKTIA: …, security officials said") or an Afghan outlet's own
  // copy ("a security source said" in TOLOnews), though the same words in Pakistan's press are
  // Pakistan's (the rules' default). Sources another account cites are that account's ("Citing
  // security sources, the reports claim …").
  const afghanDateline = !!dateline && placeSide(dateline) === 'afghanistan';
  if (afghanDateline || home === 'afghanistan')
    for (const f of found)
      if (
        f.candidate.claimant === 'pakistan' &&
        f.candidate.strength <= 1 &&
        HOME_PLACED.test(f.candidate.name.trim()) &&
        (afghanDateline || !CITING.test(s.slice(0, f.at - span.start)))
      )
        f.candidate = { ...f.candidate, claimant: 'afghanistan' };
  // "while Kabul's figure for Pakistani dead stands at 49", "Islamabad's tally of 409": a party's
  // own count named by its owner speaks for the counts after it.
  for (const m of s.matchAll(OWNED_COUNT)) {
    const c = resolveSpeaker(m[1] as string, true);
    // (A speaker of the same side named in the sentence says more: "Pakistan's tally … rose to
    // 571, the information minister said".)
    if (
      c &&
      c.claimant !== null &&
      c.strength >= 2 &&
      !found.some(
        (f) => !f.stop && (f.candidate.claimant === c.claimant || f.candidate.claimant === null),
      )
    )
      found.push({ candidate: { ...c, refers: false }, at: span.start + m.index });
  }
  // "… a 15% rise in three weeks (UNHCR data).": a bracketed source of figures closes the sentence.
  const cited = /\(([^()]{2,60})\s(?:data|figures|estimates?|tally|statistics)\)[\s.]*$/iu.exec(s);
  const source = cited && found.length === 0 ? resolveSpeaker(cited[1] as string, true) : null;
  if (source && source.claimant !== null && source.strength >= 2)
    found.push({ candidate: source, at: span.start + s.length - cited![0].length });
  // Headlines and bullets name their source after a colon at the end: "… killed so far: minister".
  // A headline also names it after a spaced dash ("… kills 15 civilians - reports"), never a country.
  const tail =
    /(?::|\s[-\u2013\u2014])\s*([^:;,.!?\u201c\u201d"\u2013\u2014-]{2,60}?)[\s.]*$/u.exec(s);
  const dashed = tail !== null && !tail[0].startsWith(':');
  // A tail holding a number is the content after a dateline ("KABUL: 12 people died"), not a source.
  if (tail && found.length === 0 && !/\p{N}/u.test(tail[1] as string)) {
    // "…: Taliban commander in Spin Boldak": where the source sits adds no words to its name.
    const words = (tail[1] as string).replace(SOURCE_PLACE, '').trim().split(/\s+/);
    const c =
      words.length <= FIGURES_CONFIG.maxColonSpeakerWords
        ? resolveSpeaker(tail[1] as string, true)
        : null;
    if (
      c &&
      (c.strength >= 1 || c.refers) &&
      !(dashed && (!listItem(s) || c.name.toLowerCase() in COUNTRY_SPEAKERS))
    )
      found.push({ candidate: c, at: span.start });
  }
  // Headlines that lead with their source: "UNAMA: … civilians hurt". A dateline ("KABUL:") or a
  // country is not a source.
  // (A live blog's time stamp before it is no part of the lead: "16:05 IST | Pakistan revises
  // its count: …".)
  const lead =
    /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|IST|PKT|PST|AFT|GMT|UTC)?\s*[|\u2013\u2014-]\s*)?([^:;,.!?\u201c\u201d"\n]{2,40}?):\s+\S/iu.exec(
      s,
    );
  if (lead && found.length === 0) {
    // "The ISPR's tally as of Saturday evening: 274 …": the owner of a tally leading a summary line.
    const owner = TALLY_LEAD.exec(lead[1] as string)?.[1];
    const phrase = owner ?? (lead[1] as string);
    // "What each side claims: / - Pakistan: 297 killed …": under a lead-in about claims, a bullet
    // headed by a party is that party's account.
    const claimsItem = BULLET.test(s) && CLAIMS_LEAD.test(leadLineBefore(text, span.start));
    const country =
      phrase
        .replace(/^[\s\-\u2022\u25aa*]+/, '')
        .trim()
        .toLowerCase() in COUNTRY_SPEAKERS;
    // "• Afghan Taliban killed: 597": a summary line's heading names what befell whom, not a source.
    const lastWord = /(\p{L}+)\s*$/u.exec(phrase)?.[1]?.toLowerCase() ?? '';
    const lossHeading = lastWord.endsWith('ed') && MEASURE_VERBS[lastWord] !== undefined;
    const c =
      phrase.trim().split(/\s+/).length <= FIGURES_CONFIG.maxColonSpeakerWords &&
      !lossHeading &&
      (!placeSide(phrase) || (claimsItem && country) || owner !== undefined)
        ? resolveSpeaker(phrase, true)
        : null;
    const kind = c ? ALIAS_INDEX.get(c.name.toLowerCase())?.kind : undefined;
    if (
      c &&
      c.strength >= 2 &&
      ((kind !== 'state' && !(c.name.toLowerCase() in COUNTRY_SPEAKERS)) ||
        claimsItem ||
        owner !== undefined)
    ) {
      found.push({ candidate: c, at: span.start });
      // A headline run into the body (no full stop after it) speaks only for its own line.
      const nl = s.indexOf('\n');
      if (nl > 0)
        found.push({
          candidate: { claimant: null, name: '', refers: false, strength: 0 },
          at: span.start + nl,
          stop: true,
        });
    }
  }
  // "Pakistan's position" over a list: a heading that names a party's account speaks for its items.
  // So does a heading that names its source in brackets ("Operation tally (ISPR):").
  // (A place in the brackets is where, not who: "Weather (Kabul):".)
  const sourceHeading = found.length === 0 ? SOURCE_HEADING.exec(s) : null;
  const heading =
    found.length === 0
      ? (PARTY_HEADING.exec(s) ??
        (sourceHeading && placeSide(sourceHeading[1] as string) === null ? sourceHeading : null))
      : null;
  const party = heading ? resolveSpeaker(heading[1] as string, true) : null;
  if (party && party.claimant !== null && party.strength >= 2)
    found.push({ candidate: party, at: span.start });
  // "Afghan side: 64 Pakistani soldiers dead; …": a line that opens with a party's own name and a
  // colon gives that party's counts (a country's or a city's name there says where instead).
  const labelled = found.length === 0 ? PARTY_LINE.exec(s) : null;
  const labeller = labelled ? resolveSpeaker(labelled[1] as string, true) : null;
  if (labelled && labeller && labeller.claimant !== null && labeller.strength >= 2)
    found.push({ candidate: labeller, at: span.start + labelled[0].length });
  // 'Zabihullah Mujahid in a post on X "At around 3:00 …"': a speaker and the medium, no verb,
  // then the quotation, are the quotation's speaker.
  const posted = found.length === 0 ? VERBLESS_POST.exec(s) : null;
  if (posted) {
    const poster = resolveSpeaker(posted[1] as string, true);
    if (poster && poster.claimant !== null && poster.strength >= 2)
      found.push({
        candidate: poster,
        at: span.start + posted.index + posted[0].length - 1,
        forwardOnly: true,
      });
  }
  // A claim of responsibility speaks for no count after it: a stop right behind its verb.
  for (const f of [...found])
    if (owned.has(f.at))
      found.push({
        candidate: { claimant: null, name: '', refers: false, strength: 0 },
        at: f.at + 1,
        stop: true,
      });
  return [...found, ...backgroundStops(toks, found, span.start)];
}

/** Which quotations are open while reading: double (“…”, "…") and single (‘…’, '…') apart. */
interface QuoteState {
  double: boolean;
  single: boolean;
}

/** A single mark that opens a quotation, read with the characters either side: at a word's start. */
const OPENS_SINGLE = /^[\s([:\u2014\u2013\u201c"-][\u2018']\p{L}$/u;
/** A single mark that closes one: at a word's end (so never an apostrophe between letters). */
const CLOSES_SINGLE = /^\S[\u2019'][\s.,;:!?)\]\u2014\u2013\u201d"-]$/u;

/**
 * Reads the quotation mark at `i` (one of QUOTE_CHARS) into `q`, and says whether it opened (1)
 * or closed (-1) a quotation. A single mark between letters ("Pakistan’s", "don't") is neither.
 */
function readQuote(text: string, i: number, q: QuoteState): 1 | -1 | 0 {
  const ch = text[i] as string;
  if (!/['\u2018\u2019]/.test(ch)) {
    q.double = ch === '"' ? !q.double : ch === '\u201c';
    return q.double ? 1 : -1;
  }
  const w = (text[i - 1] ?? ' ') + ch + (text[i + 1] ?? ' ');
  const r = q.single ? (CLOSES_SINGLE.test(w) ? -1 : 0) : OPENS_SINGLE.test(w) ? 1 : 0;
  if (r) q.single = r > 0;
  return r;
}

/** Characters that may be quotation marks, for a fast skip over the rest. */
const QUOTE_CHARS = /[\u201c\u201d"\u2018\u2019']/g;

/** Quote state at each sentence: whether it starts inside an open quotation, and whether it closes one. */
function quoteStates(
  text: string,
  spans: readonly SentenceSpan[],
): { startsInside: boolean; endsInside: boolean }[] {
  const q: QuoteState = { double: false, single: false };
  return spans.map((sp, index) => {
    const startsInside = q.double || q.single;
    QUOTE_CHARS.lastIndex = sp.start;
    for (let m = QUOTE_CHARS.exec(text); m && m.index < sp.end; m = QUOTE_CHARS.exec(text))
      readQuote(text, m.index, q);
    // A paragraph break ends a quotation that was never closed (unbalanced quotes in scraped text).
    const nextStart = spans[index + 1]?.start ?? text.length;
    if (text.slice(sp.end, nextStart).includes('\n')) q.double = q.single = false;
    return { startsInside, endsInside: q.double || q.single };
  });
}

/** A speaker at a position in a sentence (see `Found` for what each flag means). */
type Cue = Attribution & {
  at: number;
  stop?: boolean;
  from?: number;
  forwardOnly?: boolean;
  backwardOnly?: boolean;
  binds?: boolean;
};

/** A sentence's attribution, with one entry per reporting verb for sentences that quote several parties. */
export interface SentenceAttribution extends Attribution {
  /** Speakers by position: a figure takes the nearest reporting verb before it, else the first after it. */
  cues: Cue[];
}

type Ref = { claimant: Side; name: string; at: number } | null;

/** A speaker phrase headed by a loss, which is what was reported, not who reported it. */
const LOSSES_REPORTED =
  /(?:^|\s)(?:losses|casualties|deaths|fatalities|injuries|killings|damage)$/i;

/**
 * Unnamed sources the press quotes: "quoted sources as", "sources cited by", "sources quoted by",
 * and "sources as" alone (what is left before "saying" once the quoting verb has split the clause).
 */
const PRESS_QUOTED_SOURCES =
  /\b(?:quoted|quoting|cited|citing)\s+(?:[\w'\u2019-]+\s+){0,2}sources(?:\s+as)?$|^(?:[\w'\u2019-]+\s+){0,2}sources\s+(?:(?:cited|quoted)\s+by\b|as$)/i;

/** Sources named by a side's institution ("military sources", "security sources"). */
const INSTITUTION_SOURCES =
  /\b(?:security|military|army|intelligence|government|official|defen[cs]e|ministry|Taliban)\s+sources\b/i;

/** Sources with no word of their own: "sources", "the sources", "a source". */
const BARE_SOURCES = /^(?:the\s+|a\s+)?sources?$/i;
/** Sources a word places: "local sources", "Taliban sources", "hospital sources". */
const QUALIFIED_SOURCES = /^(?:the\s+|a\s+)?\S+(?:\s+\S+){0,3}\s+sources?$/i;

/** Unnamed officials of no stated side: "officials said", "the authorities say", "police said". */
const UNNAMED_OFFICIALS =
  /^(?:the\s+|some\s+|other\s+)?(?:officials?|authorit(?:y|ies)|police|officers?|security\s+officials?)$/i;

/**
 * The claimant and speaker name of every sentence, in order.
 *
 * @example findSpeakers('Mujahid said 55 soldiers died. He added 23 bodies were taken.', spans)
 *   → [{ claimant: 'afghanistan', name: 'Mujahid', … }, { claimant: 'afghanistan', name: 'Mujahid', … }]
 */
export function findSpeakers(
  text: string,
  spans: readonly SentenceSpan[],
  home: Side | null = null,
): SentenceAttribution[] {
  const own = spans.map((sp) => speakersOf(text, sp, home));
  const quotes = quoteStates(text, spans);
  const out: SentenceAttribution[] = [];
  const continued = new Set<number>();
  /** People named so far, by surname ("Chaudhry" → Ahmed Sharif Chaudhry). */
  const people = new Map<string, { claimant: Side; name: string }>();
  /** "the army spokesman, Ali Karimi, said": the named holder of a role speaks for the party found for it. */
  const rememberHolder = (c: Candidate, claimant: Side): void => {
    if (c.holder) people.set(surname(c.holder), { claimant, name: c.holder });
  };
  // "the Afghanistan Cricket Board (ACB) said … ACB said": an acronym introduced in brackets names
  // the body it follows.
  for (const m of text.matchAll(ACRONYM_INTRO)) {
    const body = resolveSpeaker(m[1] as string, true);
    if (body && body.claimant !== null && body.strength >= 2 && !body.refers)
      people.set((m[2] as string).toLowerCase(), {
        claimant: body.claimant,
        name: (m[1] as string).trim(),
      });
  }
  /** Sentences inside a statement opened by "X said:", which runs to the end of the paragraph. */
  const colonOpen = new Set<number>();
  spans.forEach((sp, k) => {
    if ((own[k] ?? []).length > 0 && COLON_STATEMENT.test(text.slice(sp.start, sp.end)))
      colonOpen.add(k);
  });
  /**
   * A speaker's lead-in that ends in a colon ("The army said on Sunday:") and the list items after
   * it: each item, bulleted or one short line with no full stop, keeps the lead-in's speaker.
   */
  const listLead = new Set<number>();
  spans.forEach((sp, k) => {
    const line = text.slice(sp.start, sp.end);
    if ((own[k] ?? []).some((f) => !f.stop) && (/:\s*$/.test(line) || PARTY_HEADING.test(line)))
      listLead.add(k);
  });
  let last: Ref = null;
  /** The first sources the story placed by a word of their own ("local sources", "Taliban sources"). */
  let namedSources: { claimant: Side; name: string } | null = null;
  /** The last person named anywhere (as subject or not): "he"/"she" refer to them. */
  let lastPerson: Ref = null;
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as SentenceSpan;
    /** The sentence's tokens (no spaces), read once if a complaint or a boast is looked for. */
    let sentenceToks: Token[] | null = null;
    const toksHere = (): Token[] =>
      (sentenceToks ??= tokenize(text.slice(sp.start, sp.end)).filter((t) => t.type !== 'space'));
    // One scan for the people named in the sentence serves both the first person and the map of
    // people (a sentence too long for the first person's clip is scanned again, clipped).
    const namedHere = personHits(text.slice(sp.start, sp.end));
    const clipEnd = sp.start + FIGURES_CONFIG.maxSentenceChars * 4;
    const person =
      (sp.end <= clipEnd ? namedHere : personHits(text.slice(sp.start, clipEnd)))[0] ??
      roleHolder(text.slice(sp.start, Math.min(sp.end, clipEnd)));
    // "a spokesman for the Paktika governor, Hamid Noori, linked …": the holder of a role named
    // in passing is the "he" of the next sentences, and "Noori said" later.
    if (person && !namedHere.includes(person)) people.set(surname(person.name), person);
    for (const p of namedHere) if (p.claimant !== 'other') people.set(surname(p.name), p);
    let found = own[k] ?? [];
    // Inside a quotation that runs past this sentence: the speaker is named where it closes (a
    // quotation that closes here unnamed runs on from its opener instead, below).
    if (found.length === 0 && quotes[k]?.endsInside) {
      for (let m = k + 1; m < spans.length && m <= k + 4; m++) {
        if ((own[m] ?? []).length > 0) {
          found = (own[m] as Found[]).filter((f) => !f.stop).map((f) => ({ ...f, at: sp.start }));
          break;
        }
        if (!quotes[m]?.endsInside) break;
      }
    }
    if (found.length === 0) {
      // A sentence that continues a party's statement in the same paragraph ("One soldier was missing.") keeps its speaker.
      const prevOut = out[k - 1];
      const prevSpan = spans[k - 1];
      // Consecutive bullet items read like the sentences of one paragraph.
      const sentence = text.slice(sp.start, sp.end);
      const sameParagraph =
        prevSpan !== undefined &&
        (!text.slice(prevSpan.end, sp.start).includes('\n') ||
          (BULLET.test(sentence) && BULLET.test(text.slice(prevSpan.start, prevSpan.end))));
      // A report that ended in a background clause ("… after dozens were killed") does not run on.
      const endedInBackground = prevOut?.cues[prevOut.cues.length - 1]?.stop === true;
      // "Kabul denied this." names no claim of its own: the outlet's next sentence is not the
      // denied party's either.
      const deniedOnly =
        prevOut !== undefined &&
        prevOut.cues.length > 0 &&
        prevOut.cues.every((c) => c.speakerSide !== undefined || c.stop);
      // "Earlier, …", "Meanwhile, …": the outlet turns to another account.
      // "A similar clash in March …": a sentence about another episode is the outlet's background.
      const shifts = movesOn(sentence);
      // "Additionally, 13 civilians were reportedly wounded": the outlet's own hedge, no one's claim.
      const hedged = /\b(?:reportedly|allegedly|purportedly)\b/i.test(sentence);
      // A quotation runs on to where it closes, sentence after sentence.
      // So does a quotation that resumes right after the sentence naming its speaker ('"…," said
      // Dr. Zabiullah, a physician. "We have had four deaths."').
      const prevSentence = prevSpan ? text.slice(prevSpan.start, prevSpan.end) : '';
      const quoteResumes =
        sameParagraph &&
        /^\s*[\u201c"]/.test(sentence) &&
        /[\u201d"]/.test(prevSentence) &&
        (own[k - 1] ?? []).some((f) => !f.stop && f.candidate.claimant !== null);
      const quoteRunsOn =
        (quotes[k]?.startsInside === true &&
          ((own[k - 1] ?? []).length > 0 || continued.has(k - 1))) ||
        quoteResumes;
      const listRunsOn = listLead.has(k - 1) && listItem(sentence);
      // "… the army said. / Owing to the threat, own posts were on alert …": a paragraph told in a
      // party's own voice ("own troops", "our soldiers") goes on with the statement before it, to
      // its end.
      const voiceRunsOn =
        !sameParagraph &&
        prevOut !== undefined &&
        (prevOut.claimant === 'pakistan' || prevOut.claimant === 'afghanistan') &&
        OWN_VOICE.test(sentence);
      if (
        prevOut &&
        prevOut.claimant !== null &&
        (sameParagraph || listRunsOn || voiceRunsOn) &&
        !endedInBackground &&
        !deniedOnly &&
        !shifts &&
        !(hedged && !quoteRunsOn) &&
        ((((own[k - 1] ?? []).length > 0 || colonOpen.has(k - 1)) &&
          (!continued.has(k - 1) || colonOpen.has(k - 1))) ||
          quoteRunsOn ||
          listRunsOn ||
          voiceRunsOn)
      ) {
        // "The strikes came two days after a bombing killed 12": the outlet's frame of what led up
        // to it ends the carried report for the rest of the sentence.
        const carried = {
          candidate: {
            claimant: prevOut.claimant,
            name: prevOut.name ?? '',
            refers: false,
            strength: 1,
          },
          at: sp.start,
        };
        const stops = backgroundStops(tokenize(sentence), [carried], sp.start).filter(
          (f) => f.stop,
        );
        out.push({
          claimant: prevOut.claimant,
          name: prevOut.name,
          cues:
            stops.length > 0
              ? [
                  { claimant: prevOut.claimant, name: prevOut.name, at: sp.start },
                  ...stops.map((f) => ({ claimant: null, name: null, at: f.at, stop: true })),
                ]
              : [],
        });
        continued.add(k);
        // "X said: …" opens a statement that runs to the end of its paragraph.
        if (colonOpen.has(k - 1) || voiceRunsOn) colonOpen.add(k);
        if (listRunsOn) listLead.add(k);
      } else out.push({ claimant: null, name: null, cues: [] });
      if (person) lastPerson = { ...person, at: k };
      continue;
    }
    const cues: Cue[] = [];
    for (const f of found) {
      const c = f.candidate;
      if (f.stop) {
        cues.push({ claimant: null, name: null, at: f.at, stop: true });
        continue;
      }
      // "local sources said … / …, the sources added": unqualified sources later in the story are
      // the sources it already placed, not a party's security sources.
      if (namedSources && BARE_SOURCES.test(c.name.trim()) && !f.denial) {
        cues.push({ claimant: namedSources.claimant, name: namedSources.name, at: f.at });
        last = { ...namedSources, at: k };
        continue;
      }
      if (c.claimant !== null && c.strength >= 1 && QUALIFIED_SOURCES.test(c.name.trim()))
        namedSources ??= { claimant: c.claimant, name: c.name };
      const personal = /^(he|she)\b/i.test(c.name) || /\b(he|she)$/i.test(c.name);
      const recentPerson: Ref =
        lastPerson && k - lastPerson.at <= FIGURES_CONFIG.maxSpeakerCarrySentences
          ? lastPerson
          : null;
      const recentSpeaker: Ref =
        last && k - last.at <= FIGURES_CONFIG.maxSpeakerCarrySentences ? last : null;
      // "He"/"she" is a person: never a country named as the speaker ("Pakistan said …").
      const aCountry = (r: Ref): boolean =>
        r !== null &&
        (r.name.toLowerCase() in COUNTRY_SPEAKERS ||
          ALIAS_INDEX.get(r.name.toLowerCase())?.kind === 'state');
      // "He" is the nearer of the last person and the last speaker (a person on a tie).
      const speakerFirst: boolean =
        recentSpeaker !== null &&
        !aCountry(recentSpeaker) &&
        (recentPerson === null || recentSpeaker.at > recentPerson.at);
      const recent: Ref = personal
        ? speakerFirst
          ? recentSpeaker
          : recentPerson
        : (recentSpeaker ?? recentPerson);
      // "Pakistan's military gave a different account. It said …": "it"/"they" is the party that
      // opens the sentence before, when that sentence reports nothing itself.
      if (c.refers && /^(?:it|they|its|their)\b/i.test(c.name.trim())) {
        const prevSpan = spans[k - 1];
        const subject =
          prevSpan &&
          !text.slice(prevSpan.end, sp.start).includes('\n') &&
          (own[k - 1] ?? []).length === 0
            ? openingParty(text.slice(prevSpan.start, prevSpan.end))
            : null;
        if (subject) {
          cues.push({ claimant: subject.claimant, name: subject.name, at: f.at });
          last = { claimant: subject.claimant, name: subject.name, at: k };
          continue;
        }
      }
      // "ACB spokesperson Sayed Naseem": an office holder of a body whose acronym the text
      // introduced speaks for that body.
      const acronym = /(?<![\p{L}])(\p{Lu}{2,6})(?![\p{L}])/u.exec(c.name)?.[1];
      const body =
        // (the acronym alone is a name, taken up below with the full name shown)
        acronym && acronym !== c.name.trim() && (c.claimant === null || c.refers)
          ? people.get(acronym.toLowerCase())
          : undefined;
      if (body) {
        cues.push({ claimant: body.claimant, name: c.name, at: f.at, from: f.from });
        last = { claimant: body.claimant, name: c.name, at: k };
        continue;
      }
      // "The minister told reporters": an unnamed office holder with no speaker to refer back to is
      // placed like an institution, from the party named before it.
      const unnamedHolder: boolean =
        c.refers && c.claimant === null && !recent && shownName(c.name) !== null;
      if (c.refers && (c.institution || unnamedHolder)) {
        // "The ministry said": the party named just before (this or the last sentence), else where the events are.
        const prevSpan = spans[k - 1];
        const leadStart =
          prevSpan && !text.slice(prevSpan.end, sp.start).includes('\n')
            ? prevSpan.start
            : sp.start;
        const lead = text.slice(Math.max(leadStart, f.at - CONTEXT_CHARS * 2), f.at);
        // "The ministry said" takes the ministry named in the sentence before, whole, even across a
        // paragraph ("a Taliban official … said. / …, the official added"), never any party merely
        // named there.
        // ("… the mission said in a report. / Over the year, the mission recorded …": a few
        // sentences back, whatever came between.)
        const farSpan = spans[Math.max(0, k - 3)];
        const crossLead = prevSpan ? text.slice((farSpan ?? prevSpan).start, f.at) : lead;
        // (Sources of an office are named by the office: "ministry sources" → "ministry".)
        const head =
          c.name
            .split(/\s+/)
            .filter((w) => !/^sources?$/i.test(w))
            .pop()
            ?.toLowerCase() ?? '';
        // The party that spoke last in this paragraph outranks a party merely named ("Pakistan's
        // military reported … Taliban posts. Officials claim …": the officials are Pakistan's).
        const spokeLast: Side | null =
          last && last.at >= k - 1 && leadStart !== sp.start && last.claimant !== 'other'
            ? last.claimant
            : null;
        const here = text.slice(
          Math.max(sp.start, f.at - CONTEXT_CHARS),
          Math.min(sp.end, f.at + CONTEXT_CHARS),
        );
        // "Local officials", "the district governor": they speak for where the events are, whoever
        // was named as acting there.
        const local = LOCAL_WORDS.test(c.name) ? (placeSide(here) ?? placeSide(lead)) : null;
        // "…, the Ministry of Defence said. / …, a statement from the ministry said": the last
        // speaker named by the same noun, a sentence or two before, even across a paragraph.
        const sameSpeaker: Side | null =
          last &&
          k - last.at <= FIGURES_CONFIG.maxSpeakerCarrySentences &&
          head.length > 2 &&
          last.name
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .includes(head)
            ? last.claimant
            : null;
        // "…, the ISPR said. In Kabul, an interior ministry spokesman said …": a place fronting the
        // sentence says where its unnamed office speaks from.
        const frontedPlace =
          /^\s*(?:(?:meanwhile|separately|and),?\s+)?(?:in|from)\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)?),/iu.exec(
            text.slice(sp.start, f.at),
          );
        const fronted = frontedPlace ? placeSide(frontedPlace[1] as string) : null;
        // ("Afghan officials reported … / Reuters cited local officials confirming … in Orakzai":
        // local officials are placed where the events are before any earlier officials.)
        const party: Side | null =
          fronted ??
          local ??
          sameNounParty(crossLead, head) ??
          sameSpeaker ??
          spokeLast ??
          complainingSide(toksHere()) ??
          (unnamedHolder ? boastingSide(toksHere()) : null) ??
          (bothParties(here) ? null : (lastParty(lead) ?? placeSide(here) ?? placeSide(lead)));
        if (party) {
          cues.push({ claimant: party, name: c.name, at: f.at });
          last = { claimant: party, name: c.name, at: k };
          rememberHolder(c, party);
          continue;
        }
      }
      // "Witnesses said … Eight people died, according to officials": unnamed officials never take
      // up a third party's account, unless named by the same noun ("an Iranian official … the official").
      const head = /(?:official|authorit(?:y|ie))s?$/i.exec(c.name)?.[0].toLowerCase();
      const otherTakenUp =
        recent?.claimant === 'other' &&
        !personal &&
        head !== undefined &&
        !recent.name.toLowerCase().includes(head.replace(/s$/, ''));
      if (c.refers && recent && !otherTakenUp && (c.claimant === null || c.strength <= 1)) {
        cues.push({ claimant: recent.claimant, name: recent.name, at: f.at });
        last = { ...recent, at: k };
        rememberHolder(c, recent.claimant);
        continue;
      }
      if (c.proper) {
        const known = people.get(surname(c.name));
        if (known) {
          cues.push({ claimant: known.claimant, name: known.name, at: f.at, from: f.from });
          last = { ...known, at: k };
          lastPerson = { ...known, at: k };
          continue;
        }
      }
      if (c.claimant === null) {
        // "he said" with no one to refer back to: the side of the places around it, unnamed.
        // (Read around the cue only, so a long sentence of many "he said" stays linear.)
        const from = Math.max(sp.start, f.at - CONTEXT_CHARS);
        const near = text.slice(from, Math.min(sp.end, f.at + CONTEXT_CHARS));
        const side = personal
          ? placeSide(from === sp.start ? near.replace(LEADING_DATELINE, '') : near)
          : null;
        cues.push({
          claimant: side,
          name: null,
          at: f.at,
          unplaced: side === null && UNNAMED_OFFICIALS.test(c.name),
        });
        continue;
      }
      if (f.denial) {
        // The denier still speaks: "he" or "their spokesman" in the next sentences is the denier's.
        if (c.strength >= 1) last = { claimant: c.claimant, name: c.name, at: k };
        // The denied figure is the opponent's claim; a denial by anyone else leaves it unattributed.
        const opp =
          c.claimant === 'pakistan'
            ? 'afghanistan'
            : c.claimant === 'afghanistan'
              ? 'pakistan'
              : null;
        cues.push({ claimant: opp, name: null, at: f.at, speakerSide: c.claimant });
        continue;
      }
      cues.push({
        claimant: c.claimant,
        name: c.name,
        at: f.at,
        from: f.from,
        forwardOnly: f.forwardOnly,
        backwardOnly: f.backwardOnly,
        binds: f.binds,
      });
      if (c.strength >= 1) last = { claimant: c.claimant, name: c.name, at: k };
      if (c.person || (c.strength >= 3 && ALIAS_INDEX.get(c.name.toLowerCase())?.kind === 'person'))
        lastPerson = { claimant: c.claimant, name: c.name, at: k };
      if (c.person || ROLE_BEFORE_NAME.test(c.name))
        people.set(surname(c.name), { claimant: c.claimant, name: c.name });
      rememberHolder(c, c.claimant);
    }
    if (person && !(lastPerson && lastPerson.at === k)) lastPerson = { ...person, at: k };
    // "… the ministry in Kabul said. Ten of them were soldiers, while Islamabad said …": a
    // sentence whose own speakers all come in a later clause goes on, before them, with the
    // statement of the sentence just before in its paragraph.
    if (found.some((f) => f.forwardOnly) && found.every((f) => f.stop || f.forwardOnly)) {
      const prevOut = out[k - 1];
      const prevSpan = spans[k - 1];
      const sentence = text.slice(sp.start, sp.end);
      if (
        prevOut &&
        prevOut.claimant !== null &&
        prevSpan &&
        !text.slice(prevSpan.end, sp.start).includes('\n') &&
        (own[k - 1] ?? []).some((f) => !f.stop) &&
        !movesOn(sentence)
      )
        cues.unshift({ claimant: prevOut.claimant, name: prevOut.name, at: sp.start });
    }
    const main = cues.find((c) => c.claimant !== null) ?? cues[0] ?? { claimant: null, name: null };
    // Only cues that name a claimant are looked up per figure; sorted by position for binary search.
    // Background stops stay too: a figure after one is the outlet's own.
    // An unplaced speaker is kept only in a sentence that names no other: it takes no figure
    // from a placed one.
    const onlyUnplaced = cues.every((c) => c.claimant === null);
    const named = cues
      .filter((c) => c.claimant !== null || c.stop || (onlyUnplaced && c.unplaced))
      .sort((a, b) => a.at - b.at);
    out.push({ claimant: main.claimant, name: main.name, cues: named });
  }
  attributeQuoteParagraphs(text, spans, own, out);
  bridgePronounReturns(text, spans, own, out);
  attributeGivenFigures(text, spans, out);
  return out;
}

/** Nouns for a set of counts already told ("the figures", "the toll", "these numbers"). */
const TOLD_COUNTS = String.raw`(?:the|these|those|this|that|its|their|his|her)\s+(?:(?:updated|latest|new|revised|same|casualty|death|official|provisional|preliminary)\s+){0,2}(?:figures?|numbers?|toll|tally|count|estimates?|statistics)`;
const GIVING_VERBS = String.raw`(?:gave|gives|shared|shares|released|releases|issued|issues|provided|provides|announced|confirmed|confirms|posted|posts|cited|cites|put\s+out|compiled|published|disclosed)`;
/** "The updated figures were shared by security sources …": the giver of counts told before. */
const FIGURES_GIVEN_BY = new RegExp(
  String.raw`^\s*${TOLD_COUNTS}\s+(?:was|were|had\s+been|have\s+been|has\s+been|is|are)\s+(?:\w+\s+)?${GIVING_VERBS.replace('gave|gives|', 'given|')}\s+by\s+(.{2,80}?)(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|during|via|through|late|earlier|after|shortly|from)\s)`,
  'i',
);
/** "Confirming the news, …": a sentence that opens by confirming what was just told. */
const CONFIRMING =
  /^\s*(?:while\s+)?confirming\s+(?:the|this|these|that|those)\s+(?:news|reports?|deaths?|toll|attack|incident|casualties|losses|figures?)\b/i;

/** "Hamdullah Fitrat gave the figures in a post on X": the same, told actively. */
const GAVE_FIGURES = new RegExp(
  String.raw`^\s*(.{2,80}?)\s+(?:also\s+|later\s+|had\s+|has\s+|have\s+)?${GIVING_VERBS}\s+${TOLD_COUNTS}\b`,
  'i',
);
/** '"… 90 of their men are dead." ¶ That was how a senior official described the night': who said the quotation before. */
const THAT_WAS_HOW =
  /^\s*(?:that|this)\s+(?:was|is)\s+how\s+(.{2,80}?)\s+(?:described|put|summed\s+up|characteri[sz]ed|explained|recounted|portrayed)\b/i;
/** "This is reported by Tolo News, citing local authorities": who reported what was just told. */
const THIS_IS_REPORTED =
  /^\s*(?:this|that|it)\s+(?:is|was|has\s+been|had\s+been)\s+(?:reported|stated|announced|claimed|said)\s+by\s+(.{2,120}?)\s*(?:[.;]|$)/i;
/** "That is the toll the governor's office gave": a restatement naming who gave the counts before. */
const THAT_IS_THE_TOLL = new RegExp(
  String.raw`^\s*(?:that|this|these|those)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:figures?|numbers?|toll|tally|count)\s+(?:that\s+)?(.{2,80}?)\s+${GIVING_VERBS}\b`,
  'i',
);

/**
 * "The toll has climbed to 380. ¶ The deputy spokesman gave the figures in a post on X": a sentence
 * that names who gave counts already told, without repeating them, attributes the unattributed
 * sentences with counts just before it (in its paragraph or the one before).
 */
function attributeGivenFigures(
  text: string,
  spans: readonly SentenceSpan[],
  out: SentenceAttribution[],
): void {
  for (let k = 1; k < spans.length; k++) {
    const sp = spans[k] as SentenceSpan;
    const sentence = text.slice(sp.start, sp.end);
    const m = /\b(?:figures?|numbers?|toll|tally|count|estimates?|statistics)\b/i.test(sentence)
      ? (FIGURES_GIVEN_BY.exec(sentence) ??
        GAVE_FIGURES.exec(sentence) ??
        THAT_IS_THE_TOLL.exec(sentence))
      : (THAT_WAS_HOW.exec(sentence) ?? THIS_IS_REPORTED.exec(sentence));
    const c = m ? namedGiver(m[1] as string, sentence) : confirmingSpeaker(sentence, out[k]);
    if (!c) continue;
    let breaks = 0;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const sj = spans[j] as SentenceSpan;
      const next = spans[j + 1] as SentenceSpan;
      if (text.slice(sj.end, next.start).includes('\n') && ++breaks > 1) break;
      const prev = out[j];
      if (!prev || prev.claimant !== null || prev.cues.some((q) => q.claimant !== null)) break;
      if (findNumbers(text.slice(sj.start, sj.end)).length === 0) break;
      out[j] = { claimant: c.claimant, name: c.name, cues: [] };
    }
  }
}

/** The giver a sentence names for counts already told, when it speaks for a party; else null. */
function namedGiver(phrase: string, sentence: string): Attribution | null {
  // ("a senior official in Rawalpindi": where the giver sits is no part of its name)
  const giver = phrase.replace(
    /\s+(?:in|from|at)\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)?$/u,
    '',
  );
  // "Tolo News, citing local authorities": the sources an outlet cites are the claim's, placed by
  // the outlet's country when nothing else places them.
  const citing = /^(.+?),?\s+(?:citing|quoting)\s+(.+)$/i.exec(giver);
  if (citing) {
    const cited = resolveSpeaker(citing[2] as string, true, sentence);
    const home = outletSide(citing[1] as string);
    if (cited && cited.claimant !== null && cited.strength >= 1 && !cited.refers) return cited;
    if (home) return { claimant: home, name: (citing[2] as string).trim() };
  }
  const c = resolveSpeaker(giver, true, sentence);
  return c && c.claimant !== null && c.strength >= 1 && !c.refers ? c : null;
}

/**
 * "Confirming the news, an officer of the army said …": the speaker of a sentence that opens by
 * confirming what was told just before gave it (the one who says, not "the news" it confirms).
 */
function confirmingSpeaker(
  sentence: string,
  own: SentenceAttribution | undefined,
): Attribution | null {
  if (!own || !CONFIRMING.test(sentence)) return null;
  return (
    [...own.cues, own].find(
      (q) => q.claimant !== null && !/\b(?:news|reports?)\b/i.test(q.name ?? ''),
    ) ?? null
  );
}

/**
 * "X said … ¶ More than 120 fighters were wounded. According to him, …": an unattributed sentence
 * between a speaker's statement and a pronoun that takes that speaker up again in the same
 * paragraph is part of the statement.
 */
function bridgePronounReturns(
  text: string,
  spans: readonly SentenceSpan[],
  own: readonly Found[][],
  out: SentenceAttribution[],
): void {
  for (let k = 1; k + 1 < spans.length; k++) {
    const before = out[k - 1];
    const after = out[k + 1];
    const first = (own[k + 1] ?? [])[0];
    if (out[k]?.claimant !== null || (own[k] ?? []).length > 0 || !before || !after || !first)
      continue;
    if (!/^(?:he|she|they)$/i.test(first.candidate.name.trim())) continue;
    if (after.claimant === null || after.claimant !== before.claimant) continue;
    const sp = spans[k] as SentenceSpan;
    const sentence = text.slice(sp.start, sp.end);
    if (text.slice(sp.end, (spans[k + 1] as SentenceSpan).start).includes('\n')) continue;
    if (movesOn(sentence)) continue;
    out[k] = { claimant: after.claimant, name: after.name, cues: [] };
  }
}

/**
 * A paragraph that is one quotation and names no speaker belongs to the speaker of the paragraph
 * just before it ("The spokesman said on Sunday:" / "Mujahid said …"), else of the one just after.
 */
function attributeQuoteParagraphs(
  text: string,
  spans: readonly SentenceSpan[],
  own: readonly Found[][],
  out: SentenceAttribution[],
): void {
  const paragraphs: number[][] = [];
  spans.forEach((sp, k) => {
    const prev = spans[k - 1];
    if (!prev || text.slice(prev.end, sp.start).includes('\n')) paragraphs.push([k]);
    else (paragraphs[paragraphs.length - 1] as number[]).push(k);
  });
  const spoke = (j: number | undefined): SentenceAttribution | null =>
    j !== undefined && (own[j] ?? []).some((f) => !f.stop) && out[j]?.claimant
      ? (out[j] as SentenceAttribution)
      : null;
  paragraphs.forEach((para, p) => {
    const first = spans[para[0] as number] as SentenceSpan;
    const lastSpan = spans[para[para.length - 1] as number] as SentenceSpan;
    const body = text.slice(first.start, lastSpan.end).trim();
    if (!/^[\u201c"\u2018']/.test(body) || !/[\u201d"\u2019'][.)]?$/.test(body)) return;
    if (para.some((k) => (own[k] ?? []).length > 0 || out[k]?.claimant)) return;
    // One quotation only: it opens at the start and closes at the end, and no other opens between.
    if (!oneQuotation(body)) return;
    const before = paragraphs[p - 1];
    const after = paragraphs[p + 1];
    const source = spoke(before?.[before.length - 1]) ?? spoke(after?.[0]);
    if (!source) return;
    for (const k of para) out[k] = { claimant: source.claimant, name: source.name, cues: [] };
  });
}

/** Bullet marks that open a list item ("• 20 posts destroyed", "- 45 killed"). */
export const BULLET =
  /^\s*(?:[\u2022\u00b7\u25aa\u25a0\u25cf]\ufe0f?|(?:[\u2013\u2014*-]|\d{1,2}[.)])\s)/u;

/** Whether a line is a list item or headline: bulleted, or one short line with no full stop at its end. */
export function listItem(line: string): boolean {
  const t = line.trim();
  return (
    BULLET.test(line) ||
    (t.length <= FIGURES_CONFIG.maxListItemChars && !/[.!?"'\u201d\u2019]$/.test(t))
  );
}

/** Whether a paragraph is one quotation: it opens at its start, stays open, and closes at its end. */
function oneQuotation(body: string): boolean {
  const q: QuoteState = { double: false, single: false };
  let opens = 0;
  let closedAt = -1;
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(body); m; m = QUOTE_CHARS.exec(body)) {
    const r = readQuote(body, m.index, q);
    if (r === 1 && ++opens > 1) return false;
    if (r === -1) closedAt = m.index;
  }
  return opens === 1 && closedAt >= body.length - 3;
}

/** The attribution for a figure at `offset`: the nearest reporting verb before it in the sentence, else the first after. */
export function attributionAt(sentence: SentenceAttribution, offset: number): Attribution {
  const cues = sentence.cues;
  // "not the 57 claimed by the Taliban": a count's own "claimed by" outranks any speaker before it.
  const bound = cues.find(
    (c) => c.binds && c.from !== undefined && c.from <= offset && offset < c.at,
  );
  if (bound) return { claimant: bound.claimant, name: shownName(bound.name) };
  // Last cue at or before the offset (binary search), else the first one after it.
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] as { at: number }).at <= offset) lo = mid + 1;
    else hi = mid;
  }
  // A source in brackets after a clause ("(ISPR)") speaks for that clause only: a figure after it
  // takes the next cue, or the one before the bracket.
  let before = lo - 1;
  while (
    before >= 0 &&
    ((cues[before] as { backwardOnly?: boolean }).backwardOnly ||
      (cues[before] as { binds?: boolean }).binds)
  )
    before--;
  const pick =
    before === lo - 1 ? (cues[before] ?? cues[lo] ?? null) : (cues[lo] ?? cues[before] ?? null);
  // "two security officials told a news agency": the count of sources is the reporter's, not theirs.
  if (pick && pick.at > offset && pick.from !== undefined && pick.from <= offset)
    return { claimant: null, name: null };
  if (pick && pick.at > offset && pick.forwardOnly) return { claimant: null, name: null };
  return pick
    ? {
        claimant: pick.claimant,
        name: shownName(pick.name),
        speakerSide: pick.speakerSide,
        unplaced: pick.unplaced,
      }
    : { claimant: sentence.claimant, name: shownName(sentence.name) };
}

/** A pronoun is never shown as a speaker ("— he"): when no antecedent was found, no name is shown. */
function shownName(name: string | null): string | null {
  // "the Taliban's (claim)": the possessive is no part of the name.
  name = name?.replace(/['\u2019]s$/, '') ?? null;
  // ", and later reports said …": the conjunction that joins the clause is no part of the name.
  name = name?.replace(/^(?:and|but|or|while|whereas|as|yet)\s+/i, '') ?? null;
  if (!name) return null;
  const words = name.trim().split(/\s+/);
  return words.every((w) => /^(he|she|they|it|we|i|him|her|them|us|the|a|an)$/i.test(w))
    ? null
    : name;
}

/** The party a sentence opens with as its subject ("Pakistan's military gave …"), or null. */
function openingParty(sentence: string): { claimant: Side; name: string } | null {
  const words = sentence.trim().split(/\s+/);
  const opening = words.slice(0, 4).join(' ').split(/[,;:]/)[0] ?? '';
  const c = resolveSpeaker(opening, false);
  return c && c.claimant !== null && c.strength >= 2 && !c.refers
    ? { claimant: c.claimant, name: c.name }
    : null;
}

/** "Afghanistan's defence ministry … The ministry said": the party named just before an earlier use of the same noun. */
function sameNounParty(stretch: string, noun: string): Side | null {
  if (!noun) return null;
  const toks = tokenize(stretch).filter((t) => t.type !== 'space');
  // The stretch ends with the speaker phrase itself ("… Officials"): its own noun is not an earlier use.
  let end = toks.length;
  for (let k = toks.length - 1; k >= 0 && k >= toks.length - 4; k--)
    if ((toks[k] as Token).lower === noun) {
      end = k;
      break;
    }
  for (let k = end - 1; k >= 0; k--) {
    if ((toks[k] as Token).lower !== noun) continue;
    for (let m = k - 1; m >= 0 && m >= k - 4; m--) {
      const t = toks[m] as Token;
      if (t.type === 'punct' && t.text !== '-' && t.text !== "'") break;
      const w = t.lower.replace(/'s$/, '');
      if (AFGHAN_WORDS.has(w)) return 'afghanistan';
      if (PAKISTANI_WORDS.has(w)) return 'pakistan';
      // "the UN mission … The mission said": a party's short name before the noun.
      const actor = ALIAS_INDEX.get(w);
      if (actor && actor.side !== 'other' && actor.kind !== 'person') return actor.side;
    }
  }
  return null;
}

/** A count whose subject names its giver: "the tally given by the spokesman stood at 133". */
const TALLY_GIVEN_BY =
  /\b(?:tally|toll|count|figures?)\s+(?:given|released|issued|announced|compiled|shared|provided|cited|put\s+out)\s+by\s+([^,;.]{2,60}?)\s+(?:stood|stands|was|is|were|are|rose|reached|showed|shows)\b/gi;

/** A count named by its owner ("Kabul's figure", "Islamabad's tally", "the ISPR's latest count"). */
const OWNED_COUNT =
  /(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2})['\u2019]s\s+(?:(?:own|latest|official|updated|revised|new|first|initial|preliminary)\s+)?(?:figures?|tally|count|estimates?|admission|numbers)\b/gu;

/** Reports of no stated source ("confirmed reports", "initial reports"), a third party's account. */
const unnamedReports = (c: Candidate): boolean =>
  c.claimant === 'other' && c.strength === 1 && /\b(?:reports?|information)$/i.test(c.name);

/** Whether `at` lies inside a quotation opened earlier in its sentence (from `from`). */
export function insideQuotation(text: string, from: number, at: number): boolean {
  const head = text.slice(from, at);
  const curlyOpen = head.split('\u201c').length - 1;
  const curlyClose = head.split('\u201d').length - 1;
  const straight = head.split('"').length - 1;
  return curlyOpen > curlyClose || straight % 2 === 1;
}

/** What may head a source given in brackets ("figures from", "source:", "according to", "via"). */
const BRACKET_SOURCE_LEAD =
  /^(?:(?:figures?|data|numbers?|tally|toll|count)\s+(?:from|by|of|according\s+to)\s+|sources?\s*:\s*|according\s+to\s+|as\s+per\s+|per\s+|via\s+|citing\s+)/i;
/** Speaker words a bracket may consist of without a lead ("(security sources)", "(ISPR)"). */
const BRACKET_SOURCE_WORDS =
  /\b(?:sources?|officials?|ministry|spokes(?:man|person|woman)|ISPR|military|army|UNAMA|statement)\b/i;

/**
 * A source given in brackets right after what it reported: "(figures from the ISPR)", "(security
 * sources)", "(according to Kabul)". The bracket must close its clause (a comma, a full stop or a
 * conjunction follows), so a gloss inside a phrase ("Afghan forces (Taliban) fired") never speaks.
 */
function bracketSource(s: string, from: number, context: string): Candidate | null {
  const close = s.indexOf(')', from);
  if (close < 0 || close - from > 60) return null;
  const inside = s.slice(from, close).trim();
  if (!inside || inside.includes('(')) return null;
  const rest = s.slice(close + 1);
  if (!/^\s*(?:[,.;:]|$|(?:while|and|but|whereas)\b)/i.test(rest)) return null;
  // (Only after a count: "the Inter-Services Public Relations (ISPR), said" is a name's gloss.)
  if (findNumbers(s.slice(Math.max(0, from - 160), from)).length === 0) return null;
  const lead = BRACKET_SOURCE_LEAD.exec(inside);
  const who = lead ? inside.slice(lead[0].length) : inside;
  if (!lead && (!BRACKET_SOURCE_WORDS.test(inside) || who.split(/\s+/).length > 4)) return null;
  const c = resolveSpeaker(who, false, context);
  return c && c.claimant !== null && c.strength >= 1 ? { ...c, refers: false } : null;
}

/** Agents of harm besides forces: the weapons they fly, and the speaker's own "it"/"we". */
const ARMED_AGENTS: ReadonlySet<string> = new Set(
  wordList('jets aircraft warplanes planes drones helicopters gunships it we they'),
);

/** People named by nationality alone: the plural nouns of the two countries' people. */
const NATIONALS: Readonly<Record<string, Side>> = {
  pakistanis: 'pakistan',
  afghans: 'afghanistan',
};

/**
 * "a protest was lodged over firing by Afghan border police, which resulted in the martyrdom of
 * five innocent Pakistanis, the ministry said": an unnamed office telling of its own civilians
 * harmed by the other side's forces speaks for the harmed side (a complaint, as boasts speak for
 * the side that did the harm). Null unless the civilians' side and the other side are both named.
 */
function complainingSide(toks: readonly Token[]): Side | null {
  const words = toks.filter((t) => t.type === 'word').map((t) => t.lower.replace(/'s$/, ''));
  let harmed: Side | null = null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const side =
      NATIONALS[w] ?? (CIVILIAN_NOUNS.has(w) ? nationalitySide(words[k - 1] ?? '') : null);
    if (!side) continue;
    if (harmed && harmed !== side) return null;
    harmed = side;
  }
  if (!harmed) return null;
  const other = harmed === 'pakistan' ? 'afghanistan' : 'pakistan';
  // (Harm told by a verb, or by a noun of loss: "the martyrdom of five", "the deaths of two".)
  const harm = words.some(
    (w) => HARM_VERBS.has(w) || MEASURE_NOUNS[w] === 'killed' || MEASURE_NOUNS[w] === 'wounded',
  );
  return harm && words.some((w) => nationalitySide(w) === other) ? harmed : null;
}

/** The side a nationality word names ("Afghan", "Pakistani's"), if any. */
function nationalitySide(w: string): Side | null {
  return AFGHAN_WORDS.has(w) ? 'afghanistan' : PAKISTANI_WORDS.has(w) ? 'pakistan' : null;
}

/** Prepositions whose object is acted on or a place ("attacks on Pakistani posts"), never the agent. */
const ACTED_ON = /^(?:on|at|in|inside|near|against|from|into|of)$/;

/**
 * "the minister said Afghan forces repelled the attack, killing four soldiers": an unnamed office
 * holder reporting harm done to fighters speaks for the side that did it. Harm to civilians is a
 * complaint as often as a boast, so it decides nothing.
 */
function boastingSide(words: readonly Token[]): Side | null {
  // (Nor does harm to "people", who may be anyone.)
  if (
    words.some(
      (t) =>
        CIVILIAN_NOUNS.has(t.lower) || CIVILIAN_SITE_NOUNS.has(t.lower) || t.lower === 'people',
    )
  )
    return null;
  const sideOf = (t: Token | undefined): Side | null =>
    nationalitySide(t?.lower.replace(/'s$/, '') ?? '');
  const enemy = (side: Side): Side => (side === 'pakistan' ? 'afghanistan' : 'pakistan');
  const k = words.findIndex((t) => HARM_VERBS.has(t.lower));
  if (k < 0) return null;
  let agent: Side | null = null;
  // Whether an armed agent stands before the verb ("troops killed", "it killed"), not an event
  // ("fighting that killed", "shelling killed": the losing side reports those).
  let armed = false;
  for (let m = k - 1; m >= 0 && m >= k - 10; m--) {
    const t = words[m] as Token;
    // "35 fighters were killed": a passive names no one who did it.
    if (/^(?:was|were|been|being|is|are|be)$/.test(t.lower)) return null;
    // "583 Afghan operatives killed": the count before the verb is the side harmed.
    if (isCountToken(t)) return agent && enemy(agent);
    if (t.type !== 'word' || REPORTING_VERBS.has(t.lower)) break;
    if (FORCE_NOUNS.has(t.lower) || ARMED_AGENTS.has(t.lower)) armed = true;
    // "attacks on Pakistani posts": a side after a preposition is acted on, not the agent.
    // The clause's subject comes first: "Afghan troops beat back the Pakistani assault and killed".
    if (ACTED_ON.test(t.lower)) agent = null;
    else agent = sideOf(t) ?? agent;
  }
  if (agent) return agent;
  // "troops killed 40 Afghan fighters": with no side named as agent, the side harmed is the enemy's.
  if (!armed) return null;
  for (let m = k + 1; m < words.length && m <= k + 5; m++) {
    const t = words[m] as Token;
    if (t.type === 'digits') continue;
    if (t.type !== 'word' || ACTED_ON.test(t.lower)) break;
    const side = sideOf(t);
    if (side) return enemy(side);
  }
  return null;
}

/** The party (Pakistan, Afghanistan, the UN) named last in a stretch of text, by actor or nationality word. */
function lastParty(stretch: string): Side | null {
  let best: { at: number; side: Side } | null = null;
  ALIAS_RE.lastIndex = 0;
  const all = tokenize(stretch).filter((t) => t.type !== 'space');
  /** The index in `all` of the first token ending after offset `at` (binary search). */
  const indexAt = (at: number): number => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid] as Token).end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** "41 Afghan Taliban operatives": a party right after a count names whom it counts, not who tells of them. */
  const counted = (at: number): boolean => {
    let j = indexAt(at) - 1;
    // (over the rest of the party's name: "795 Afghan Taliban")
    for (let n = 0; n < 3 && j >= 0; n++, j--) {
      const t = all[j] as Token;
      if (!(AFGHAN_WORDS.has(t.lower) || PAKISTANI_WORDS.has(t.lower) || /^\p{Lu}/u.test(t.text)))
        break;
    }
    return isCountToken(all[j]);
  };
  for (const m of stretch.matchAll(ALIAS_RE)) {
    const a = ALIAS_INDEX.get(m[0].toLowerCase());
    if (a && a.side !== 'other' && !counted(m.index ?? 0))
      best = { at: m.index ?? 0, side: a.side };
  }
  const toks = all.filter((t) => t.type === 'word');
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const w = t.lower.replace(/'s$/, '');
    // "a Pakistani incursion into Kandahar": a nationality owning an attack names the attacker,
    // not the party whose officials tell of it.
    if (ATTACK_NOUNS.has(toks[i + 1]?.lower ?? '')) continue;
    if (counted(t.start)) continue;
    const side: Side | null = AFGHAN_WORDS.has(w)
      ? 'afghanistan'
      : PAKISTANI_WORDS.has(w)
        ? 'pakistan'
        : null;
    if (side && (!best || t.start > best.at)) best = { at: t.start, side };
  }
  return best?.side ?? null;
}

/**
 * Whether a stretch names both parties ("Afghan and Pakistani forces clashed", "Afghan fire hit a
 * Pakistani post"): unnamed officials there could be either side's.
 */
function bothParties(stretch: string): boolean {
  const { afghan, pak } = sidesNamed(
    tokenize(stretch)
      .filter((t) => t.type === 'word')
      .map((t) => t.lower.replace(/'s$/, '')),
  );
  return afghan && pak;
}

/**
 * An appositive that says who a named person is: an article ("a spokesman for …") or, as copy
 * often drops it, a role noun at once ("spokesperson for the interior ministry").
 */
const ROLE_APPOSITIVE =
  /^(?:(?:a|an|the)\s|(?:spokes(?:man|person|woman)|head|chief|minister|deputy|director|commander|governor)\s+(?:for|of|to|at|in)\s)/i;

/** A role that has a side ("spokesman for the Paktika governor", "interior ministry official"). */
const ROLE_PHRASE =
  String.raw`(?:[\p{L}'\u2019-]+\s+){0,4}?(?:spokesman|spokesperson|spokeswoman|official|commander|governor|minister|officer|director|chief)` +
  String.raw`(?:\s+(?:for|of|to|in)\s+[^,;:\u201c\u201d"]{2,60}?)?`;

/** A person's name of two to four capitalised words. */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,3}`;

/** A speaker (the last few capitalised words before it), "in a post on X" or the like, then a quotation. */
const VERBLESS_POST =
  /((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)\s+(?:in|on|via)\s+(?:a|an|his|her|its|their)\s+(?:(?:social\s+media|video|written|short)\s+)?(?:post|statement|tweet|message)(?:\s+on\s+(?:X|Twitter|Facebook|Telegram))?\s*[,:]?\s*["“]/u;

/** A speaker phrase that ends in a role and its holder's name ("spokesperson Randhir Jaiswal"): "Jaiswal said" later is them. */
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`\b(?:spokes(?:man|person|woman)|official|commander|governor|minister|officer|director|chief|envoy|ambassador|secretary)\s+${PERSON_NAME}$`,
  'u',
);

/** A role with a side, then a name in commas: "a spokesman for the Paktika governor, Hamid Noori,". */
const ROLE_THEN_NAME = new RegExp(
  String.raw`\b(?:an?|the)\s+(${ROLE_PHRASE}),\s+(${PERSON_NAME}),`,
  'u',
);

/** Capitalised words that open a phrase, not a name ("On Friday, …", "In March, …"). */
const NOT_A_NAME_START: ReadonlySet<string> = new Set(
  wordList(
    'in on at from by with for after before during since meanwhile earlier later last this that the a an monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december',
  ),
);

/** A name, then a role with a side in commas: "Nasir Omari, spokesperson for the interior ministry,". */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?:^|[\s(])(${PERSON_NAME}),\s+((?:(?:an?|the)\s+)?${ROLE_PHRASE}),`,
  'u',
);

/** The named holder of a role that a sentence introduces in passing, with the role's side. */
function roleHolder(sentence: string): { claimant: Side; name: string } | null {
  const before = ROLE_THEN_NAME.exec(sentence);
  const after = before ? null : NAME_THEN_ROLE.exec(sentence);
  const name = before ? before[2] : after?.[1];
  const roleText = before ? before[1] : after?.[2];
  if (!name || !roleText) return null;
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  if (placeSide(name) || DISCOURSE_WORDS.has(name.toLowerCase()) || NOT_A_NAME_START.has(first))
    return null;
  const role = resolveSpeaker(roleText, true);
  if (!role || role.claimant === null || role.strength < 2) return null;
  return { claimant: role.claimant, name };
}

/** The last word of a name, lower-cased: how a later sentence refers to the person. */
function surname(name: string): string {
  return (name.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/['\u2019]s$/, '');
}

/** Every person actor named in a stretch of text, in order (of any side). */
function personHits(stretch: string): { claimant: Side; name: string }[] {
  const out: { claimant: Side; name: string }[] = [];
  ALIAS_RE.lastIndex = 0;
  for (const m of stretch.matchAll(ALIAS_RE)) {
    const a = ALIAS_INDEX.get(m[0].toLowerCase());
    if (a && a.kind === 'person') out.push({ claimant: a.side, name: m[0] });
  }
  return out;
}

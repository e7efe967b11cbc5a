/**
 * Who did what to whom, per clause. A figure counted as the object of a
 * harm verb ("Afghan forces killed 7 soldiers", "Pakistani jets struck 30
 * hideouts", "…, killing 30 fighters") belongs to the side opposite the
 * verb's agent; in the passive the agent follows "by". The agent is read
 * inside the clause only: a reporting frame ("Pakistani officials said …")
 * names the speaker, not the agent, so the search stops there.
 */
import { FIGURES_CONFIG } from './config';
import { MONTHS, UNIT_WORDS } from './number-lexicon';
import {
  AFGHAN_WORDS,
  AGENT_PRONOUNS,
  ATTACK_NOUNS,
  DEFAULT_PAKISTANI_AGENTS,
  FORCE_NOUNS,
  HARM_VERBS,
  MILITANT_NOUNS,
  PAKISTANI_TALIBAN_MARKERS,
  PAKISTANI_WORDS,
  REPORTING_VERBS,
  SPEAKER_NOUNS,
} from './figure-cues';
import type { TextView } from './text-view';
import { wordList } from '../word-list';

type Side = 'afghanistan' | 'pakistan';

/** Words that open a new clause: the agent of a verb after them is not before them. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  wordList('that while whereas but although though after when as who which'),
);

/** Quote marks around a word of the clause ('launched "cowardly attacks" at'): no clause boundary. */
const QUOTES: ReadonlySet<string> = new Set(['"', "'", '\u2018', '\u2019', '\u201c', '\u201d']);

/** Verbs of attack: their object (posts, locations) belongs to the side opposite their agent. */
const ATTACK_VERBS: ReadonlySet<string> = new Set([
  'attacked',
  'attacking',
  'attack',
  'attacks',
  'raided',
  'raiding',
  'stormed',
  'storming',
]);

/** Verbs of an earlier predicate joined to a harm by "and" ("shot down a drone and seized …"). */
const EARLIER_PREDICATES: ReadonlySet<string> = new Set(
  wordList('shot downed repulsed repelled foiled burned torched took launched fired pushed drove'),
);

/** Prepositions after an attack noun that introduce what was attacked ("attacks on four posts"). */
const ATTACK_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'against']);

/** The word starting at or after token k, past spaces and quote marks. */
function wordAfterQuotes(v: TextView, k: number): string | null {
  let m = v.next(k);
  for (let n = 0; n < 3 && v.toks[m]?.type === 'punct' && QUOTES.has(v.toks[m]?.text ?? ''); n++)
    m = v.next(m + 1);
  return v.word(m);
}

export interface Agent {
  /**
   * The side of the agent, or 'speaker' when the agent is a pronoun for the sentence's speaker
   * ("it killed"), or 'militants' when militants are the agent ("terrorists attacked two posts").
   */
  side: Side | 'speaker' | 'militants' | 'both' | null;
}

/** Nouns for the two parties together ("between the two sides", "both armies"). */
const PARTY_PAIR_NOUNS: ReadonlySet<string> = new Set(
  wordList('sides countries neighbours neighbors armies forces parties'),
);

/**
 * Whether the clause words (text order) make both sides the agent: fighting "between" a side and
 * the other ("clashes between Pakistani and Afghan forces killed …"), or "the two sides" / "both
 * sides" named together. What such fighting harms is on no one side.
 */
function bothSidesAgent(forward: readonly string[]): boolean {
  for (let k = 0; k < forward.length; k++) {
    const w = forward[k] as string;
    const next = forward[k + 1] ?? '';
    if ((w === 'two' || w === 'both') && PARTY_PAIR_NOUNS.has(next)) return true;
    if (w !== 'between') continue;
    const span = forward.slice(k + 1, k + 8);
    const and = span.indexOf('and');
    if (and < 0) continue;
    const first = span.slice(0, and);
    const second = span.slice(and + 1);
    const sideIn = (ws: readonly string[]): Side | null => {
      for (let m = 0; m < ws.length; m++) {
        const side = sideOfWord(ws, m);
        if (side) return side;
      }
      return null;
    };
    const a = sideIn(first);
    const b = sideIn(second);
    if (a && b && a !== b) return true;
  }
  return false;
}

/** Prepositions of place: a country after them ("a checkpoint in northwest Pakistan") is where, not who. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'inside',
  'into',
  'across',
  'near',
  'within',
  'along',
]);
/** Words that may stand between a place preposition and the country it places ("in the north of", "in eastern"). */
const PLACE_MODIFIERS: ReadonlySet<string> = new Set(
  wordList(
    'the north south east west northern southern eastern western northwest northwestern southwest southwestern northeast northeastern southeast southeastern central neighbouring neighboring',
  ),
);

/** Whether the word at k (text order) is the object of a place preposition: a location, not an agent. */
function isPlaceObject(words: readonly string[], k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - 3; m--) {
    const w = words[m] as string;
    if (PLACE_PREPOSITIONS.has(w)) return true;
    if (!PLACE_MODIFIERS.has(w)) return false;
  }
  return false;
}

/** Prepositions whose object is no agent ("into a military checkpoint", "at an army post"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...PLACE_PREPOSITIONS,
  'on',
  'at',
  'against',
  'to',
  'from',
]);

/** Whether the word at k (text order) stands in a prepositional phrase, at most two words after its preposition. */
function isPrepositionObject(words: readonly string[], k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - 3; m--) {
    const w = words[m] as string;
    if (OBJECT_PREPOSITIONS.has(w)) return true;
    if (w !== 'a' && w !== 'an' && w !== 'the' && !/^[a-z]+$/.test(w)) return false;
    if (HARM_VERBS.has(w) || REPORTING_VERBS.has(w)) return false;
  }
  return false;
}

/** Whether the word at k owns an attack noun after it ("Pakistan's air strikes", "Afghan shelling"). */
function ownsAttack(words: readonly string[], k: number): boolean {
  const next = words[k + 1] ?? '';
  return (
    ATTACK_NOUNS.has(next) ||
    ((next === 'air' || next === 'military' || next === 'drone') &&
      ATTACK_NOUNS.has(words[k + 2] ?? ''))
  );
}

/** Whether words k-1 and k name both countries as a pair ("the Pakistan-Afghanistan border", "Afghan-Pakistan talks"). */
function bothSidesPair(words: readonly string[], k: number): boolean {
  const a = words[k - 1] ?? '';
  const b = words[k] as string;
  const pair = (x: string, y: string): boolean =>
    (x === 'pakistan' || x === 'pakistani' || x === 'pak') &&
    (y === 'afghanistan' || y === 'afghan');
  return pair(a, b) || pair(b, a);
}

/** Whether the word at k is one of a pair of both countries ("the Pakistan-Afghanistan border"). */
export function inCountryPair(words: readonly string[], k: number): boolean {
  return bothSidesPair(words, k) || (k + 1 < words.length && bothSidesPair(words, k + 1));
}

function sideOfWord(words: readonly string[], k: number): Side | null {
  const w = words[k] as string;
  if (w === 'taliban' && k > 0 && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] as string))
    return null;
  if (isPlaceObject(words, k)) return null;
  // A pair names both countries, so no side: a border, talks, trade between them.
  if (inCountryPair(words, k)) return null;
  if (AFGHAN_WORDS.has(w)) return 'afghanistan';
  if (PAKISTANI_WORDS.has(w) && words[k + 1] !== 'taliban') return 'pakistan';
  return null;
}

/** Words of fire that a side sends across ("fired", "shells", "rounds"). */
export const FIRE_WORDS: ReadonlySet<string> = new Set(
  wordList(
    'fire fired firing shells shelled shelling rockets rocket mortar mortars rounds missiles drones artillery gunfire',
  ),
);

/** The side named after "from (the)" that fire words before it came from, or null. */
function fireSource(forward: readonly string[]): Side | null {
  for (let k = 1; k < forward.length; k++) {
    if (forward[k - 1] !== 'from' || !forward.slice(0, k - 1).some((w) => FIRE_WORDS.has(w)))
      continue;
    let at = k;
    while (/^(?:the|across|inside|within)$/.test(forward[at] ?? '')) at++;
    const side = sideOfWord(forward, at);
    if (side) return side;
  }
  return null;
}

/**
 * The agent of the words read back from a harm verb (nearest the verb first). A finite verb's
 * agent is the side word nearest it; a participle's ("…, killing 23") is the main clause's
 * subject, the side word farthest back ("Afghan forces attacked Pakistani posts, killing 23").
 */
function agentOfWords(back: readonly string[], subjectFirst = false): Agent {
  // back[0] is the word just before the verb; read the clause in text order for nationality words.
  const forward = [...back].reverse();
  if (bothSidesAgent(forward)) return { side: 'both' };
  if (subjectFirst) {
    for (let k = 0; k < forward.length; k++) {
      // "it had retaliated against Taliban aggression, killing 40": the subject pronoun comes first,
      // and a side named after a preposition is what the subject acted on, not the subject.
      if (AGENT_PRONOUNS.has(forward[k] as string)) return { side: 'speaker' };
      // "Gunmen attacked a Pakistani post, killing 7": past the main verb, a side is its object.
      if (HARM_VERBS.has(forward[k] as string) || ATTACK_VERBS.has(forward[k] as string)) break;
      if (isPrepositionObject(forward, k)) continue;
      const side = sideOfWord(forward, k);
      if (side) return { side };
    }
  } else
    for (let k = forward.length - 1; k >= 0; k--) {
      // "began an offensive in reply to Pakistan's air raids and seized 12 posts": a side
      // that owns an attack inside a prepositional phrase is its cause, not the agent.
      if (isPrepositionObject(forward, k) && ownsAttack(forward, k)) continue;
      const side = sideOfWord(forward, k);
      if (side) return { side };
    }
  // "rounds were fired on the gate from the Afghan side, wounding two": where the fire came from fired it.
  const source = fireSource(forward);
  if (source) return { side: source };
  if (back.some((w) => AGENT_PRONOUNS.has(w))) return { side: 'speaker' };
  // (A participle's agent is the main clause's subject, before its verb: "militants attacked a
  // military post, killing 7" has no army as agent.)
  const mainVerb = subjectFirst
    ? forward.findIndex((w) => HARM_VERBS.has(w) || ATTACK_VERBS.has(w))
    : -1;
  const subject = mainVerb >= 0 ? forward.slice(0, mainVerb) : forward;
  // "a terrorists' attack on two posts": militants are the agent when no force is named beside them
  // ("troops chasing the militants" has the troops as agent).
  if (
    subject.some((w) => MILITANT_NOUNS.has(w)) &&
    !subject.some((w) => FORCE_NOUNS.has(w) || DEFAULT_PAKISTANI_AGENTS.has(w))
  )
    return { side: 'militants' };
  // "the army destroyed …", not "rammed a truck into a military checkpoint": an object of a preposition is no agent.
  if (subject.some((w, k) => DEFAULT_PAKISTANI_AGENTS.has(w) && !isPrepositionObject(subject, k)))
    return { side: 'pakistan' };
  return { side: null };
}

/**
 * The agent of the harm verb that governs the number at `phraseTok`, when
 * that verb stands before it in the same clause ("X killed 7", "X struck
 * hideouts …, killing 30"). Returns null when no harm verb governs it.
 *
 * @example agentBefore(view("Afghan forces killed 7 soldiers"), tokOf("7")) → { side: 'afghanistan' }
 */
export function agentBefore(
  v: TextView,
  phraseTok: number,
  sentenceStartTok: number,
): Agent | null {
  const max = FIGURES_CONFIG.maxVerbLookbehindWords;
  let k = v.prev(phraseTok);
  let words = 0;
  let verbAt = -1;
  /** The first token of the list member being read back from. */
  let memberStart = phraseTok;
  // The verb governs the number only from just before it ("killed at least 30", "struck some 30"):
  // no comma, conjunction or other noun phrase between them.
  for (; k >= sentenceStartTok && words <= FIGURES_CONFIG.maxGoverningGapWords; k = v.prev(k)) {
    const t = v.toks[k];
    if (!t) return null;
    if (t.type === 'digits') return null;
    const listComma = t.type === 'punct' && t.text === ',';
    if (t.type === 'punct' && !listComma && t.text !== '-' && !QUOTES.has(t.text)) return null;
    if (t.type !== 'word' && !listComma) continue;
    words++;
    if (listComma || t.lower === 'and' || t.lower === 'or') {
      // "destroyed 6 tanks and 19 checkpoints": a list of counts shares the verb before its first,
      // when the coordinator joins the counts themselves (not "… and the Taliban seized 4").
      const first = k === v.prev(memberStart) ? countBeforeCoordinator(v, k, sentenceStartTok) : -1;
      if (first < 0) return null;
      k = first;
      memberStart = first;
      words = 0;
      continue;
    }
    if (REPORTING_VERBS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return null;
    // "attacking two posts", "launched attacks at four locations": what is attacked is the other side's.
    const attackOn =
      ATTACK_NOUNS.has(t.lower) && ATTACK_OBJECT_PREPOSITIONS.has(wordAfterQuotes(v, k + 1) ?? '');
    if (HARM_VERBS.has(t.lower) || ATTACK_VERBS.has(t.lower) || attackOn) {
      verbAt = k;
      break;
    }
  }
  if (verbAt < 0) return attackBy(v, phraseTok, sentenceStartTok);
  // "a militants' assault on three posts", "Taliban attacks on posts": the noun's own modifier is its agent.
  const own = ATTACK_NOUNS.has(v.word(verbAt) ?? '') ? attackModifier(v, verbAt) : null;
  if (own) return own;
  const participle = v.word(verbAt)?.endsWith('ing') ?? false;
  // "their forces captured 25 posts, destroyed several others, and wounded 30 soldiers": the last
  // of coordinated predicates shares the subject of the first, past the commas of the list.
  const coordinated = v.word(v.prev(verbAt)) === 'and';
  // Read the agent back from the verb; a participle after a comma takes the main clause's subject.
  const back: string[] = [];
  let crossedComma = false;
  /** The words read since the last comma crossed, as written. */
  let member: string[] = [];
  const embedded =
    participle || coordinated ? -1 : pastEmbeddedSpeaker(v, verbAt, sentenceStartTok);
  const from = coordinated ? v.prev(v.prev(verbAt)) : embedded >= 0 ? embedded : v.prev(verbAt);
  // The word budget counts the agent's own clause: words of an earlier object and its verb,
  // dropped below, do not use it up (a whole-read cap keeps this bounded).
  let read = 0;
  for (
    let m = from, n = 0;
    m >= sentenceStartTok && n < max * (participle ? 3 : 2) && read < max * 6;
    m = v.prev(m), read++
  ) {
    const t = v.toks[m];
    if (!t) break;
    if (t.type === 'punct') {
      if (t.text === ',' && participle && !crossedComma) {
        crossedComma = true;
        member = [];
        continue;
      }
      // "… posts in Nangarhar, Kunar, and Paktia, killing 12": the commas of a list of names
      // before the participle's comma are inside the main clause.
      if (t.text === ',' && crossedComma && listedName(member)) {
        member = [];
        continue;
      }
      if (t.text === ',' && coordinated && back.length === 0) continue;
      // Other commas close an aside ("The raids, by Pakistan's own count, killed …"): not the agent.
      if (t.text === '-' || QUOTES.has(t.text)) continue;
      break;
    }
    // A date ("clashes on 15 October 2025 between …") is no earlier object.
    if (t.type === 'digits' && isDatePart(v, m)) continue;
    // An earlier object and its verb ("captured 25 posts and wounded 30"): the shared agent is before them.
    // "Afghan forces shot down a Pakistani drone and seized eight posts": so is the verb of an
    // earlier coordinated predicate, whose object names no agent.
    if (
      t.type === 'digits' ||
      (t.type === 'word' &&
        (HARM_VERBS.has(t.lower) ||
          (coordinated && (ATTACK_VERBS.has(t.lower) || EARLIER_PREDICATES.has(t.lower)))))
    ) {
      back.length = 0;
      member = [];
      n = 0;
      continue;
    }
    if (t.type !== 'word') continue;
    if ((REPORTING_VERBS.has(t.lower) && !describesNoun(v, m)) || CLAUSE_OPENERS.has(t.lower))
      break;
    back.push(t.lower.replace(/'s$/, ''));
    member.push(t.text);
    n++;
  }
  return agentOfWords(back, participle && crossedComma);
}

/** Words of a speaker's phrase: "the", a name, a side's word or a speaker noun ("the Afghan Taliban"). */
function speakerPhraseWord(v: TextView, k: number): boolean {
  const t = v.toks[k];
  if (!t || t.type !== 'word') return false;
  return (
    t.lower === 'the' ||
    /^\p{Lu}/u.test(t.text) ||
    t.lower in SPEAKER_NOUNS ||
    AFGHAN_WORDS.has(t.lower) ||
    PAKISTANI_WORDS.has(t.lower)
  );
}

/**
 * "strikes the Taliban say killed five", "an attack which officials said killed 12", "The
 * assault, which the army said killed four": a speaker set inside a relative clause, right
 * before its harm verb, says who claims it, not who did it; the clause's antecedent before it
 * is the agent. Returns the token to read the agent back from, or -1 when the word before the
 * verb is no such speaker's verb.
 */
function pastEmbeddedSpeaker(v: TextView, verbAt: number, sentenceStartTok: number): number {
  const say = v.prev(verbAt);
  const verb = v.word(say);
  if (say < sentenceStartTok || !verb || !REPORTING_VERBS.has(verb) || verb.endsWith('ing'))
    return -1;
  let m = v.prev(say);
  let words = 0;
  for (; m >= sentenceStartTok && words < 6 && speakerPhraseWord(v, m); m = v.prev(m)) words++;
  if (words === 0 || m < sentenceStartTok || v.toks[m]?.type !== 'word') return -1;
  const relative = v.word(m) === 'which' || v.word(m) === 'that';
  if (!relative && !/^\p{Ll}/u.test(v.toks[m]?.text ?? '')) return -1;
  if (!relative) return m;
  m = v.prev(m);
  // (a comma before "which" opens a non-restrictive clause: its antecedent is before the comma)
  if (v.toks[m]?.type === 'punct' && v.toks[m]?.text === ',') m = v.prev(m);
  return m >= sentenceStartTok && v.toks[m]?.type === 'word' ? m : -1;
}

/** Words between two commas that are one member of a list of names: "Kunar", "and Paktia". */
function listedName(words: readonly string[]): boolean {
  const names = words.filter((w) => /^\p{Lu}/u.test(w));
  return (
    names.length > 0 &&
    words.length <= 3 &&
    words.every((w) => names.includes(w) || w === 'and' || w === 'or')
  );
}

/** Reporting participles that also describe a noun ("alleged incursions", "reported strikes"). */
const ADJECTIVAL_REPORTING: ReadonlySet<string> = new Set(
  wordList('alleged reported claimed purported suspected verified confirmed identified'),
);

/** Words after which such a participle opens a noun phrase ("against alleged …", "the reported …"). */
const NOUN_PHRASE_OPENING: ReadonlySet<string> = new Set(
  wordList('the a an against of on in for by over after to with from into amid its their his her'),
);

/**
 * Whether the reporting word at token k describes the noun after it, so nobody reports there:
 * after an article or preposition, or as the object of a harm verb ("struck verified camps").
 */
function describesNoun(v: TextView, k: number): boolean {
  if (!ADJECTIVAL_REPORTING.has(v.word(k) ?? '')) return false;
  const before = v.word(v.prev(k)) ?? '';
  return NOUN_PHRASE_OPENING.has(before) || HARM_VERBS.has(before) || ATTACK_VERBS.has(before);
}

/** Whether the digits at token k are part of a date: a year, or a day beside a month name. */
function isDatePart(v: TextView, k: number): boolean {
  const text = v.toks[k]?.text ?? '';
  if (/^(?:19|20)\d\d$/.test(text)) return true;
  return MONTHS.has(v.word(v.prev(k)) ?? '') || MONTHS.has(v.word(v.next(k + 1)) ?? '');
}

/**
 * The token of the count that opens a list ending at the coordinator `andAt`
 * ("6 Taliban tanks and …", "two camps, three depots and …"), or -1 when the words before the
 * coordinator are no short counted phrase.
 */
function countBeforeCoordinator(v: TextView, andAt: number, sentenceStartTok: number): number {
  let k = v.prev(andAt);
  for (let words = 0; k >= sentenceStartTok && words <= 4; k = v.prev(k)) {
    const t = v.toks[k];
    if (!t) return -1;
    if (t.type === 'digits' || (t.type === 'word' && UNIT_WORDS[t.lower] !== undefined)) return k;
    if (t.type === 'punct' && t.text !== ',' && t.text !== '-') return -1;
    if (t.type !== 'word') continue;
    if (HARM_VERBS.has(t.lower) || REPORTING_VERBS.has(t.lower)) return -1;
    words++;
  }
  return -1;
}

/** The agent named just before an attack noun ("militants' assault", "Afghan Taliban attacks"), or null. */
function attackModifier(v: TextView, nounAt: number): Agent | null {
  const words: string[] = [];
  for (let m = v.prev(nounAt), n = 0; m >= 0 && n < 2; m = v.prev(m)) {
    const t = v.toks[m];
    if (!t) break;
    if (t.type === 'punct' && QUOTES.has(t.text)) continue;
    if (t.type !== 'word') break;
    words.unshift(t.lower.replace(/['\u2019]s$/, ''));
    n++;
  }
  for (let k = words.length - 1; k >= 0; k--) {
    const side = sideOfWord(words, k);
    if (side) return { side };
    const w = words[k] as string;
    if (MILITANT_NOUNS.has(w) || w === 'militant') return { side: 'militants' };
  }
  return null;
}

/**
 * "a raid across the border by the Afghan Taliban on three sectors": an attack noun with its
 * agent after "by", earlier in the clause than the number.
 */
function attackBy(v: TextView, phraseTok: number, sentenceStartTok: number): Agent | null {
  let k = v.prev(phraseTok);
  for (let n = 0; k >= sentenceStartTok && n < FIGURES_CONFIG.maxAttackByWords; k = v.prev(k)) {
    const t = v.toks[k];
    if (!t || t.type === 'digits') return null;
    if (t.type === 'punct' && t.text !== '-' && t.text !== ',') return null;
    if (t.type !== 'word') continue;
    n++;
    if (REPORTING_VERBS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return null;
    if (t.lower === 'by' && ATTACK_NOUNS.has(v.word(v.prev(k)) ?? '')) {
      const words: string[] = [];
      for (let m = k + 1, c = 0; m < phraseTok && c < 5; m++) {
        const x = v.toks[m];
        if (x?.type === 'word') {
          words.push(x.lower.replace(/'s$/, ''));
          c++;
        }
      }
      const a = agentOfWords([...words].reverse(), true);
      return a.side ? a : null;
    }
  }
  return null;
}

/**
 * The agent after a passive harm verb: "were killed by Afghan forces",
 * "destroyed by Pakistani strikes". `fromTok` is where the verb search
 * ended (just after the noun phrase).
 */
export function agentAfter(v: TextView, fromTok: number, sentenceEndChar: number): Agent | null {
  let k = fromTok;
  let sawVerb = false;
  for (let n = 0; n < 10 && k < v.toks.length; k++) {
    const t = v.toks[k];
    if (!t || t.start >= sentenceEndChar) return null;
    if (t.type === 'punct' && t.text !== '-') return null;
    if (t.type !== 'word') continue;
    n++;
    if (HARM_VERBS.has(t.lower)) sawVerb = true;
    else if (t.lower === 'by' && sawVerb) {
      const words: string[] = [];
      for (let m = k + 1, c = 0; m < v.toks.length && c < 5; m++) {
        const x = v.toks[m];
        if (!x || x.start >= sentenceEndChar || (x.type === 'punct' && x.text !== '-')) break;
        if (x.type === 'word') {
          words.push(x.lower.replace(/'s$/, ''));
          c++;
        }
      }
      const a = agentOfWords([...words].reverse());
      return a.side ? a : null;
    } else if (sawVerb && (t.lower === 'in' || t.lower === 'during' || t.lower === 'under')) {
      // "killed in Pakistani shelling", "destroyed in the response of Pakistani troops".
      const words: string[] = [];
      let sawAttack = false;
      for (let m = k + 1, c = 0; m < v.toks.length && c < 8; m++) {
        const x = v.toks[m];
        if (!x || x.start >= sentenceEndChar || (x.type === 'punct' && x.text !== '-')) break;
        if (x.type !== 'word') continue;
        if (REPORTING_VERBS.has(x.lower) || CLAUSE_OPENERS.has(x.lower) || x.lower === 'and') break;
        if (ATTACK_NOUNS.has(x.lower) || RESPONSE_NOUNS.has(x.lower)) sawAttack = true;
        words.push(x.lower.replace(/'s$/, ''));
        c++;
      }
      const a = sawAttack ? agentOfWords([...words].reverse(), true) : null;
      // Else read on: "killed in the attack by Afghan forces".
      if (a?.side && a.side !== 'speaker') return a;
    }
  }
  return null;
}

/** Nouns of a military answer whose agent follows "of" or precedes them ("the response of Pakistani troops"). */
const RESPONSE_NOUNS: ReadonlySet<string> = new Set([
  'response',
  'retaliation',
  'counterattack',
  'counter-attack',
  'operation',
  'operations',
  'action',
]);

/**
 * Figures: every numeric claim in an article's text, with what it counts
 * (measure), whose it is (subject) and who asserts it (claimant).
 *
 * Pipeline, all linear in the text: sentences (split-sentences.ts) →
 * speakers per sentence and per reporting verb (find-speakers.ts) → number
 * phrases (parse-number.ts) → for each number, the counted noun phrase after
 * it, a verb after ("were killed") or before ("killing at least") it, a noun
 * before "of" ("the bodies of"), and the words around it for the subject.
 * The cue words live in figure-cues.ts; the conflict's actors and places in
 * lib/conflict/actors.ts.
 */
import { LEADING_DATELINE } from '../article/dateline';
import type { Figure, Measure, ParsedNumber, Subject } from '../types';
import { FIGURES_CONFIG } from './config';
import {
  BORDER_HOLDERS,
  AFFILIATION_PARTICIPLES,
  AFGHAN_WORDS,
  ANAPHORA,
  AUXILIARIES,
  CIVILIAN_ADJECTIVES,
  CIVILIAN_SITE_NOUNS,
  CIVILIAN_NOUNS,
  FORCE_NOUNS,
  FURNITURE_AFTER,
  INCLUSION_WORDS,
  LOSS_WORDS,
  MEASURE_NOUNS,
  MILITANT_ATTACK_WORDS,
  MEASURE_OF_NOUNS,
  MEASURE_VERBS,
  MILITANT_NOUNS,
  MODIFIER_PREPOSITIONS,
  NOUN_LIKE_VERBS,
  NOUN_PHRASE_STOPS,
  OWN_LOSS_MARKERS,
  OWN_POSSESSIVES,
  PAKISTANI_TALIBAN_MARKERS,
  PAKISTANI_WORDS,
  PEOPLE_NOUNS,
  RELATIVE_TIME_AFTER,
  REPORTING_VERBS,
  RISE_VERBS,
  ESTIMATE_VERBS,
  TIME_UNITS,
  THING_NOUNS,
  TOLL_WORDS,
} from './figure-cues';
import {
  attributionAt,
  BULLET,
  countsSpeakers,
  findSpeakers,
  insideQuotation,
  outletSide,
  placeSide,
  type SentenceAttribution,
} from './find-speakers';
import { findNumbers } from './parse-number';
import { notFigureRule } from './is-figure-candidate';
import { TENS_WORDS, UNIT_WORDS, UNITS } from './number-lexicon';
import { splitSentences, type SentenceSpan } from './split-sentences';
import { tokenize, type Token } from './tokenize';
import { groupByWord } from './group-by-word';
import { TextView } from './text-view';
import { FIRE_WORDS, agentAfter, agentBefore, inCountryPair } from './clause-roles';
import { resolveRestatements } from './resolve-restatements';
import { resolveSubjectRestatements } from './resolve-subject-restatements';
import { memberSide, memberSubject, type Side } from './member-side';
import { wordList } from '../word-list';

type Category = 'force' | 'militant' | 'civilian' | 'people';

/** Multi-word verb cues, longest first ("lost their lives", "taken prisoner", "handed over"). */
const VERB_PHRASES = Object.keys(MEASURE_VERBS)
  .map((k) => k.split(' '))
  .sort((a, b) => b.length - a.length);
const TOLL_PHRASES = Object.keys(TOLL_WORDS)
  .map((k) => k.split(' '))
  .sort((a, b) => b.length - a.length);

/** The phrases above by the word they start or end with: a rule tries only those that can match at a word. */
const VERB_PHRASES_BY_FIRST = groupByWord(VERB_PHRASES, (p) => p[0] as string);
const VERB_PHRASES_BY_LAST = groupByWord(
  VERB_PHRASES.filter((p) => p.length >= 2),
  (p) => p[p.length - 1] as string,
);
const TOLL_PHRASES_BY_LAST = groupByWord(TOLL_PHRASES, (p) => p[p.length - 1] as string);

const LINKING_VERBS: ReadonlySet<string> = new Set(['became', 'become', 'becoming']);

/**
 * First words of verb cues ("embraced martyrdom", "lost their lives"): a noun phrase ends before
 * them. A linking verb is no such word: "became martyrs" is a cue, but "became casualties" is read
 * as its own noun.
 */
const VERB_STARTS: ReadonlySet<string> = new Set(
  Object.keys(MEASURE_VERBS)
    .map((k) => k.split(' ')[0] as string)
    .filter((w) => MEASURE_NOUNS[w] === undefined && !LINKING_VERBS.has(w)),
);

/** Nouns a counted phrase may be coordinated with ("fighters and affiliated militants", "soldiers and police"). */
const isGroupNoun = (w: string): boolean =>
  FORCE_NOUNS.has(w) ||
  MILITANT_NOUNS.has(w) ||
  CIVILIAN_NOUNS.has(w) ||
  (PEOPLE_NOUNS.has(w) && !ANAPHORA.has(w)) ||
  w === 'taliban' ||
  w === 'khawarij';

/** Words that end the search for a verb before a number: a new clause about something else starts there. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'meanwhile',
]);

interface NounPhrase {
  /** Lower-case words of the phrase, in order. */
  words: string[];
  /** Token index after the phrase (or after the number when empty). */
  endTok: number;
  /** Character offset where the phrase ends. */
  endChar: number;
}

/** The counted noun phrase right after a number: "Pakistani soldiers", "members of the Afghan forces", "of them". */
function nounPhraseAfter(
  v: TextView,
  endTok: number,
  endChar: number,
  numberStarts: ReadonlySet<number>,
): NounPhrase {
  const words: string[] = [];
  let k = endTok;
  let last = endTok;
  let lastChar = endChar;
  let sawOf = false;
  let joined = false;
  const max = FIGURES_CONFIG.maxNounPhraseWords;
  for (let steps = 0; steps < max * 3 && words.length < max + 4; steps++) {
    const g = v.next(k);
    const t = v.toks[g];
    if (!t) break;
    if (
      g === k &&
      k !== endTok &&
      t.type === 'punct' &&
      t.text === '-' &&
      v.toks[k + 1]?.type === 'word'
    ) {
      k++; // hyphen-joined words stay in the phrase ("Taliban-led forces", "al-Khawarij")
      joined = true;
      continue;
    }
    // A quote closed right after the number: '"more than 12" civilians'.
    if (steps === 0 && t.start === endChar && CLOSING_QUOTES.has(t.text)) {
      k = g + 1;
      continue;
    }
    // An opening quote inside the phrase: 'more than 200 "Taliban and affiliated terrorists"',
    // "21 ‘enemy positions’" (a single quote only after a space: not an apostrophe).
    if (
      t.type === 'punct' &&
      (t.text === '\u201c' ||
        t.text === '"' ||
        ((t.text === '\u2018' || t.text === "'") && v.toks[g - 1]?.type === 'space')) &&
      v.toks[g + 1]?.type === 'word' &&
      words.length < 2
    ) {
      k = g + 1;
      joined = true;
      continue;
    }
    if (g === k && k !== endTok && t.type !== 'punct' && !joined) break;
    joined = false;
    // A possessive group before its loss: "70 militants' deaths", "the soldiers' bodies".
    if (
      (t.text === "'" || t.text === '\u2019') &&
      isGroupNoun(words[words.length - 1] ?? '') &&
      MEASURE_NOUNS[v.word(v.next(g + 1)) ?? ''] !== undefined
    ) {
      k = g + 1;
      joined = true;
      continue;
    }
    // A short bracketed acronym inside a group's name: "Tehrik-i-Taliban Pakistan (TTP) militants".
    if (t.type === 'punct' && t.text === '(' && words.length > 0) {
      const close = bracketEnd(v, g);
      if (
        close > 0 &&
        (close - g <= 4 || (close - g <= 10 && bracketIsName(v, g, close))) &&
        isGroupNoun(v.word(v.next(close + 1)) ?? '')
      ) {
        // A nationality an editor added in brackets still says whose they are.
        for (let j = g + 1; j < close; j++) {
          const x = v.word(j);
          if (x && (AFGHAN_WORDS.has(x) || PAKISTANI_WORDS.has(x))) words.push(x);
        }
        k = close + 1;
        continue;
      }
    }
    // Coordination: "fighters and affiliated militants", "soldiers, militants and civilians".
    if (
      (t.type === 'punct' && t.text === ',') ||
      (t.type === 'word' && (t.lower === 'and' || t.lower === 'or'))
    ) {
      const tail = coordinatedTail(v, g + 1, numberStarts);
      // After a comma the tail must continue a list ("soldiers, militants and civilians"), not be an
      // appositive speaker ("7 soldiers, a Taliban commander said").
      const listGoesOn = (): boolean => {
        if (!tail) return false;
        const h = v.next(tail.endTok);
        const x = v.toks[h];
        return (
          !!x &&
          ((x.type === 'punct' && x.text === ',') ||
            (x.type === 'word' && (x.lower === 'and' || x.lower === 'or' || !!verbAt(v, h))))
        );
      };
      // "several brigade and corps headquarters": two modifiers share the site noun after them.
      if (!tail && t.type === 'word' && words.length > 0 && !words.some(namesWhat)) {
        const raised = raisedSiteTail(v, g + 1, numberStarts);
        if (raised) {
          words.push(...raised.words);
          k = raised.endTok;
          last = k;
          lastChar = raised.endChar;
          continue;
        }
      }
      // "21 dead soldiers and the Taliban claimed 56": a tail that a reporting verb follows is the
      // subject of a clause of its own, not more of the group.
      const tailSpeaks =
        !!tail &&
        REPORTING_VERBS.has(v.word(v.next(tail.endTok)) ?? '') &&
        !NOUN_LIKE_VERBS.has(v.word(v.next(tail.endTok)) ?? '');
      if (tailSpeaks) break;
      const first = v.word(v.next(g + 1));
      // "14 people, women and children among them,": an aside naming part of the group, not more of it.
      const commaOk =
        t.type !== 'punct' ||
        (first !== 'a' &&
          first !== 'an' &&
          first !== 'the' &&
          listGoesOn() &&
          !amongAside(v, g + 1));
      if (words.length > 0 && tail && commaOk) {
        words.push(...tail.words);
        k = tail.endTok;
        last = k;
        lastChar = tail.endChar;
        continue;
      }
      break;
    }
    if (t.type !== 'word') break;
    // A dotted acronym is one word: "two U.S. soldiers", "three U.N. staff".
    const acronymEnd = dottedAcronymEnd(v, g);
    if (acronymEnd > 0) {
      words.push(
        v.toks
          .slice(g, acronymEnd)
          .map((x) => x.text.toLowerCase())
          .join(''),
      );
      k = acronymEnd;
      joined = true;
      continue;
    }
    const w = t.lower;
    if (w === 'of' && !sawOf) {
      let n = v.next(g + 1);
      // "dozens of (Pakistani) soldiers": an editor's bracketed gloss before the noun.
      if (v.toks[n]?.text === '(') n = v.next(n + 1);
      const nw = v.word(n);
      if (!nw || (NOUN_PHRASE_STOPS.has(nw) && nw !== 'them' && nw !== 'those')) break;
      sawOf = true;
      words.push(w);
      k = g + 1;
      continue;
    }
    if (NOUN_PHRASE_STOPS.has(w) && !(sawOf && (w === 'the' || w === 'them' || w === 'those')))
      break;
    // "Eleven of the wounded", "six of the dead": a loss word after "of the" names the group.
    if (sawOf && words[words.length - 1] === 'the' && MEASURE_NOUNS[w] !== undefined) {
      words.push(w);
      k = g + 1;
      last = k;
      lastChar = t.end;
      continue;
    }
    // "23 martyred soldiers", "40 slain fighters": a participle before the head noun is its adjective.
    if (
      VERB_STARTS.has(w) &&
      !(words.length === 0 && (participleBeforeNoun(v, g) || reportedLoss(v, g)))
    )
      break;
    // After the head noun, a participle starts a modifier: "fighters operating from…", "civilians caught in…".
    const prevWord = words[words.length - 1];
    // ("four TTP training camps": an -ing word before a site noun is its modifier.)
    if (
      prevWord &&
      isGroupNoun(prevWord) &&
      (w.endsWith('ing') || w.endsWith('ed')) &&
      !(
        w.endsWith('ing') &&
        SITE_MEASURES.has(MEASURE_NOUNS[v.word(v.next(g + 1)) ?? ''] ?? 'other')
      )
    )
      break;
    // "one soldier remains missing": after the head noun, "remains" is the verb, not the dead's remains.
    // ("the soldiers' remains" is the noun: a possessive stands before it.)
    if (prevWord && isGroupNoun(prevWord) && REMAIN_VERBS.has(w) && !possessiveBefore(v, g)) break;
    // Measure adjectives belong to the phrase first ("13 dead") or after "of" ("dozens of wounded people").
    if (
      MEASURE_NOUNS[w] !== undefined &&
      MEASURE_VERBS[w] !== undefined &&
      words.length > 0 &&
      words[words.length - 1] !== 'of'
    )
      break;
    words.push(w);
    k = g + 1;
    last = k;
    lastChar = t.end;
    // "503 of those casualties": the loss noun after "those" is the counted noun.
    if ((w === 'them' || w === 'those') && !(w === 'those' && lossNounAt(v, v.next(g + 1)))) break;
  }
  while (words.length && (words[words.length - 1] === 'of' || words[words.length - 1] === 'the'))
    words.pop();
  return { words, endTok: last, endChar: lastChar };
}

/** The token after a dotted acronym's last dot ("U.S.", "U.N."), or 0 when `g` starts none. */
function dottedAcronymEnd(v: TextView, g: number): number {
  let k = g;
  while (
    /^\p{Lu}$/u.test(v.toks[k]?.text ?? '') &&
    v.toks[k + 1]?.type === 'punct' &&
    v.toks[k + 1]?.text === '.'
  )
    k += 2;
  return k - g >= 4 ? k : 0;
}

/** Whether the word at token `g` follows a possessive ("soldiers' remains", "soldier's remains"). */
function possessiveBefore(v: TextView, g: number): boolean {
  const prev = v.toks[g - 1];
  const at = prev?.type === 'space' ? v.toks[g - 2] : prev;
  return at !== undefined && /['\u2019]s?$/.test(at.text);
}

/**
 * "Twenty-one (21) hostile positions": a count in words glossed by the same count in digits is
 * one count; the bracket joins the first and is read past to the counted noun.
 */
function mergeGlossedNumbers(text: string, numbers: ParsedNumber[]): ParsedNumber[] {
  const out: ParsedNumber[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i] as ParsedNumber;
    const gloss = a.upper === null ? GLOSS.exec(text.slice(a.end, a.end + 24)) : null;
    if (gloss && Number((gloss[1] as string).replace(/,/g, '')) === a.value) {
      const end = a.end + gloss[0].length;
      out.push({ ...a, end, text: text.slice(a.start, end) });
      // (The digits inside, when the parser read them, are the same count.)
      const b = numbers[i + 1];
      if (b && b.start < end) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
/** The same count in digits, in brackets right after a count. */
const GLOSS = /^\s*\(\s*(\d[\d,]*)\s*\)/;

/** "its own toll at", "their own losses of" right before a count. */
const OWN_TOLL_BEFORE =
  /\b(?:its|their|our)\s+own\s+(?:toll|tally|losses|casualties|dead|count)\s+(?:at|to|of|as)\s+$/i;

/** A side's toll put at a count: "put the Pakistani death toll at 48 soldiers". */
const SIDE_TOLL_BEFORE =
  /\b(pakistani|pakistan['\u2019]s|afghan|afghanistan['\u2019]s)\s+(?:(?:military|army|security|troops['\u2019]?|soldiers['\u2019]?)\s+)?(?:death\s+)?(?:toll|losses|casualties|dead)\s+(?:at|to|of|as)\s+$/i;

/** Whether a participle right after the counted phrase opens a modifier ("captured during the clashes"). */
function describingParticiple(v: TextView, endTok: number): boolean {
  const k = v.next(endTok);
  const w = v.word(k) ?? '';
  if (!w.endsWith('ed') || MEASURE_VERBS[w] === undefined) return false;
  return MODIFIER_AFTER_PARTICIPLE.has(v.word(v.next(k + 1)) ?? '');
}
/** Adverbs that stand inside a verb ("was tragically killed", "were reportedly wounded"). */
const VERB_ADVERBS: ReadonlySet<string> = new Set(
  wordList(
    'tragically reportedly allegedly also later instantly immediately critically seriously severely fatally badly mortally then subsequently',
  ),
);

/** Loss verbs with no object: their subject is the one who died ("died", "lost his life"). */
const INTRANSITIVE_LOSS: ReadonlySet<string> = new Set(wordList('died lost succumbed perished'));

/** Words that may stand between a coordinator and the count it joins ("and at least seven others"). */
const JOINED_COUNT_LEAD: ReadonlySet<string> = new Set(
  wordList('at least more than over about around nearly some up to as many another'),
);

/**
 * The subject of the clause before "and N others", when that clause is a harm told in the
 * passive ("An Afghan border guard was killed in the clash and at least seven others were
 * wounded"): the words before its verb, however long the place after the verb. Null otherwise.
 */
function othersAntecedent(ctx: readonly string[], words: readonly string[]): string[] | null {
  if (!words.includes('others')) return null;
  let and = ctx.length - 1;
  while (and >= 0 && JOINED_COUNT_LEAD.has(ctx[and] as string)) and--;
  if (and < 0 || ctx.length - 1 - and > 3 || !CLAUSE_JOINERS.has(ctx[and] as string)) return null;
  for (let k = and - 1; k >= Math.max(1, and - 9); k--) {
    const w = ctx[k] as string;
    if (CLAUSE_JOINERS.has(w)) return null;
    if (MEASURE_VERBS[w] === undefined) continue;
    // ("… policeman lost his life during the clash and six others": an intransitive loss too.)
    if (
      !PASSIVE_AUXILIARIES.has(ctx[k - 1] as string) &&
      !VERB_ADVERBS.has(ctx[k - 1] as string) &&
      !INTRANSITIVE_LOSS.has(w)
    )
      return null;
    return ctx
      .slice(Math.max(0, k - 7), k)
      .filter((x) => !VERB_ADVERBS.has(x) && !PASSIVE_AUXILIARIES.has(x));
  }
  return null;
}

/** Verbs that link a count to the state of its group ("one was missing", "two remain missing"). */
const STATE_AUXILIARIES: ReadonlySet<string> = new Set(
  wordList('was were is are remain remains remained went have has had'),
);

/** Whether a measure predicate follows the count's phrase ("… and one was missing"). */
function ownPredicateAfter(v: TextView, endTok: number): boolean {
  const k = v.next(endTok);
  if (!STATE_AUXILIARIES.has(v.word(k) ?? '')) return false;
  let m = v.next(k + 1);
  if (v.word(m) === 'been') m = v.next(m + 1);
  return MEASURE_VERBS[v.word(m) ?? ''] !== undefined;
}

/** Words that join a second clause or list member ("killed and 30 others injured"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(wordList('and or but while whereas'));
/** Words that open a participle's modifier: when, where or how long ago. */
const MODIFIER_AFTER_PARTICIPLE: ReadonlySet<string> = new Set(
  wordList('during in since on at near earlier last from after'),
);

/** "42 of them deaths": a part of a counted loss that names its own loss. */
const PART_LOSS = /^\s+of\s+(?:them|whom)\s+(deaths|dead|fatalities|injuries|injured|wounded)\b/i;
/** The gap after such a part before the next one ("… deaths and 104 injuries"). */
const PART_LOSS_LISTED = /^\s+(?:deaths|dead|fatalities|injuries|injured|wounded),?\s+and\s+$/i;

/** "42 of them fatally": a part of a counted loss that died. */
const FATALLY_PART = /^\s+of\s+(?:them|whom)\s+fatally\b/i;

/** ", up from", "down from" between a toll's count and its earlier one. */
const UP_FROM =
  /^[^.;]{0,40}?\b(?:up|down)\s+from\s+(?:an?\s+(?:earlier|initial)\s+|the\s+(?:(?:earlier|previous)\s+)?)?$/i;

/** A household named right after a count of people: every one of them was of it. */
const ONE_FAMILY_AFTER =
  /^\s+(?:from|of|in)\s+(?:one|a\s+single|the\s+same)\s+(?:family|household)\b/i;
/** The same, opening the clause before the count ("From one family alone, 24 people …"). */
const ONE_FAMILY_BEFORE =
  /(?:^|[.;:"\u201c]\s*)(?:from|in)\s+(?:one|a\s+single|the\s+same)\s+(?:family|household)(?:\s+alone)?\s*,\s*$/i;

/** "reported a heavy civilian toll, saying 117 people …": the count that spells out a civilian toll. */
const CIVILIAN_TOLL_BEFORE =
  /\bcivilian\s+(?:death\s+)?(?:toll|casualties|deaths|losses)(?:\s+(?:in|from|of)\s+[^,.;]{1,40})?\s*,\s*(?:saying|adding|with)\s+(?:that\s+)?(?:(?:at\s+least|some|nearly|about|around|more\s+than|over|almost)\s+)?$/i;

/** "on their side", "on its own side" right after a bare count. */
const OWN_SIDE_AFTER = /^\s+(?:on|from)\s+(?:their|its|our)\s+(?:own\s+)?side\b/i;

/** Whether "were among the dead" (victims, those killed …) follows a counted phrase ending at `endTok`. */
function amongLossAfter(v: TextView, endTok: number): boolean {
  let k = v.next(endTok);
  // ("…, with two commanders among the dead": the copula left out after "with".)
  if (COPULAS.has(v.word(k) ?? '')) k = v.next(k + 1);
  if (v.word(k) !== 'among') return false;
  k = v.next(k + 1);
  const det = v.word(k);
  if (det !== 'the' && det !== 'those') return false;
  const at = v.next(k + 1);
  const w = v.word(at) ?? '';
  return w === 'victims' || lossNounAt(v, at) || isLoss(MEASURE_VERBS[w] ?? 'other');
}

/** Whether the word at token k is a noun of loss ("casualties", "deaths", "dead"). */
function lossNounAt(v: TextView, k: number): boolean {
  return isLoss(MEASURE_NOUNS[v.word(k) ?? ''] ?? 'other');
}

/** Whether the words from token `from` up to the next mark end in "among them" (or those, whom). */
function amongAside(v: TextView, from: number): boolean {
  for (let m = from, words = 0; m < v.toks.length && words < 10; m++) {
    const t = v.toks[m] as Token;
    if (t.type === 'punct') return false;
    if (t.type !== 'word') continue;
    words++;
    if (t.lower === 'among') return /^(?:them|those|whom)$/.test(v.word(v.next(m + 1)) ?? '');
  }
  return false;
}

/** Measures of sites: a noun of these heads a phrase ("training camps", "border posts"). */
const SITE_MEASURES: ReadonlySet<Measure> = new Set(['posts', 'targets']);

/** Forms of "remain" that follow a counted noun as its verb ("one soldier remains missing"). */
const REMAIN_VERBS: ReadonlySet<string> = new Set(['remains', 'remain', 'remained']);

/** Participles that stand before a counted noun as its adjective ("martyred soldiers", "slain fighters"). */
const ADJECTIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'martyred',
  'slain',
  'killed',
  'captured',
  'detained',
  'abducted',
  'kidnapped',
]);

/** "1,200 confirmed deaths", "40 reported casualties": a participle right before a loss noun qualifies it. */
function reportedLoss(v: TextView, k: number): boolean {
  const w = v.word(k) ?? '';
  if (!w.endsWith('ed')) return false;
  const a = v.next(k + 1);
  const x = v.word(a) ?? '';
  const m = a === k + 1 || MEASURE_VERBS[x] !== undefined ? undefined : MEASURE_NOUNS[x];
  return m === 'killed' || m === 'wounded' || m === 'casualties';
}

/** Whether the participle at k is an adjective of a group noun one or two words on ("martyred Pakistani soldiers"). */
function participleBeforeNoun(v: TextView, k: number): boolean {
  if (!ADJECTIVE_PARTICIPLES.has(v.word(k) ?? '')) return false;
  const a = v.next(k + 1);
  const x = v.word(a);
  if (a === k + 1 || !x) return false;
  if (isGroupNoun(x)) return true;
  const b = v.next(a + 1);
  const y = v.word(b);
  return b !== a + 1 && !!y && isGroupNoun(y) && (AFGHAN_WORDS.has(x) || PAKISTANI_WORDS.has(x));
}

/** After "and" or a comma: up to three words ending in a group noun ("affiliated militants", "their allies", "police officers"). */
function coordinatedTail(
  v: TextView,
  from: number,
  numberStarts: ReadonlySet<number>,
): { words: string[]; endTok: number; endChar: number } | null {
  const words: string[] = [];
  let k = from;
  for (let n = 0; n < 4; n++) {
    let g = v.next(k);
    // Quoted group names: 'fighters and "khawarij"'.
    if (v.toks[g]?.type === 'punct' && /["\u201c\u201d']/.test((v.toks[g] as Token).text)) g++;
    const t = v.toks[g];
    if (!t || t.type !== 'word' || numberStarts.has(g)) return null; // "nine soldiers and two children": two figures
    let w = t.lower;
    if (w === 'and' && n === 0 && words.length === 0) {
      k = g + 1; // the ", and" of a list
      continue;
    }
    // "11 soldiers and a child": one more person, not more of the counted group.
    if (words.length === 0 && (w === 'a' || w === 'an')) return null;
    // "killed over 100 fighters and denying civilian deaths": a participle opens a clause.
    if (words.length === 0 && w.endsWith('ing') && !isGroupNoun(w)) return null;
    // "200 Taliban and affiliated were killed": an affiliate adjective whose noun is left out.
    if (
      words.length === 1 &&
      AFFILIATION_PARTICIPLES.has(words[0] as string) &&
      (PASSIVE_AUXILIARIES.has(w) || verbAt(v, g))
    )
      return { words, endTok: g, endChar: (v.toks[k - 1] as Token).end };
    // Hyphen-joined name parts count as one word ("Tehrik-i-Taliban"): the last part says what it is.
    while (v.toks[g + 1]?.text === '-' && v.toks[g + 2]?.type === 'word') {
      words.push(w);
      g += 2;
      w = (v.toks[g] as Token).lower;
    }
    if (
      (NOUN_PHRASE_STOPS.has(w) && w !== 'their' && w !== 'its' && w !== 'the') ||
      VERB_STARTS.has(w) ||
      MEASURE_VERBS[w] !== undefined
    )
      return null;
    words.push(w);
    k = g + 1;
    if (v.toks[k]?.type === 'punct' && /["\u201c\u201d']/.test((v.toks[k] as Token).text)) k++;
    // "its allied armed groups": a group word ends a tail that named its members first.
    if (isGroupNoun(w) || (words.length > 1 && GROUP_NOUNS.has(w))) {
      // A group's full name and its acronym: "Tehrik-i-Taliban Pakistan (TTP) militants".
      let h = v.next(k);
      const nat = v.word(h);
      if (w === 'taliban' && nat && (PAKISTANI_WORDS.has(nat) || AFGHAN_WORDS.has(nat))) {
        words.push(nat);
        k = h + 1;
        h = v.next(k);
      }
      if (v.toks[h]?.text === '(') {
        const close = bracketEnd(v, h);
        if (close > 0 && close - h <= 4) {
          k = close + 1;
          h = v.next(k);
        }
      }
      // Take a following group noun too ("police officers", "terrorist groups").
      const x = v.word(h);
      if (x && (isGroupNoun(x) || GROUP_NOUNS.has(x)) && h !== k) {
        words.push(x);
        return { words, endTok: h + 1, endChar: (v.toks[h] as Token).end };
      }
      return { words, endTok: k, endChar: (v.toks[k - 1] as Token).end };
    }
  }
  return null;
}

/** Sites named only by where they are ("three locations", "four different spots"). */
const GENERIC_SITE_WORDS: ReadonlySet<string> = new Set(
  wordList('locations location places place spots spot different separate other'),
);

/** Words that carry a kind (not determiners, prepositions or place names' particles). */
const isContentWord = (w: string): boolean => !NOUN_PHRASE_STOPS.has(w) && w !== 'of';

/** Whether the bracket from `open` to `close` holds only a name ("(Tehreek-e-Taliban Pakistan)"). */
function bracketIsName(v: TextView, open: number, close: number): boolean {
  for (let j = open + 1; j < close; j++) {
    const t = v.toks[j] as Token;
    if (t.type === 'space' || (t.type === 'punct' && t.text === '-')) continue;
    if (t.type !== 'word') return false;
    // Capitalised words, and the short particles a hyphened name joins ("Tehrik-i-Taliban").
    const joined = v.toks[j - 1]?.text === '-' && t.text.length <= 2;
    if (!joined && t.text[0] === (t.text[0] ?? '').toLowerCase()) return false;
  }
  return true;
}

/** Determiners that open a verb's object ("killed their commander"); "the" or "a" may open a time ("killed the day after"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(wordList('their its his her our'));

/** Exchange verbs, whose object after them is what was exchanged ("exchanged views", "swapped fire"). */
const EXCHANGE_VERBS: ReadonlySet<string> = new Set(wordList('exchanged swapped exchange swap'));

/**
 * Whether the one-word verb at k (ending at `end`) takes an object right after it: a count, a
 * definite or possessive determiner, or, after a verb of exchanging, any plain noun.
 */
function objectFollows(v: TextView, k: number, end: number): boolean {
  if (end !== k + 1) return false;
  const g = v.next(end);
  if (g === end) return false;
  const t = v.toks[g];
  if (!t) return false;
  if (t.type === 'digits') return true;
  if (t.type !== 'word') return false;
  if (OBJECT_DETERMINERS.has(t.lower)) return true;
  return (
    EXCHANGE_VERBS.has(v.word(k) ?? '') &&
    !NOUN_PHRASE_STOPS.has(t.lower) &&
    MEASURE_VERBS[t.lower] === undefined &&
    t.text[0] === t.lower[0]
  );
}

/** Whether words name a site ("posts", "locations"). */
const isPlaceWords = (words: readonly string[]): boolean =>
  words.some((w) => MEASURE_NOUNS[w] === 'posts' || MEASURE_NOUNS[w] === 'targets');

/** Plain copulas: "twenty-nine were from one family", "six were children". */
const COPULAS: ReadonlySet<string> = new Set(wordList('were are was is'));

/** What a copula's complement opens with when it says who part of a group were ("from one family", "children"). */
const describesGroup = (w: string): boolean =>
  w === 'from' || w === 'of' || w === 'among' || w === 'all' || w === 'mostly' || isGroupNoun(w);

/** Whether a word already says what a phrase counts (a measure noun or a group of people). */
const namesWhat = (w: string): boolean =>
  MEASURE_NOUNS[w] !== undefined || isGroupNoun(w) || NOUN_PHRASE_STOPS.has(w);

/** After "and"/"or": up to three words ending in a site noun ("corps headquarters"), or null. */
function raisedSiteTail(
  v: TextView,
  from: number,
  numberStarts: ReadonlySet<number>,
): { words: string[]; endTok: number; endChar: number } | null {
  const words: string[] = [];
  let k = from;
  for (let n = 0; n < 3; n++) {
    const g = v.next(k);
    const t = v.toks[g];
    if (!t || t.type !== 'word' || numberStarts.has(g) || (g === k && n > 0)) return null;
    const w = t.lower;
    if (NOUN_PHRASE_STOPS.has(w) || VERB_STARTS.has(w) || isGroupNoun(w)) return null;
    words.push(w);
    k = g + 1;
    const m = MEASURE_NOUNS[w];
    if (m === 'posts' || m === 'targets') return { words, endTok: k, endChar: t.end };
    if (m !== undefined) return null;
  }
  return null;
}

/** "seven posts have been taken": sites taken (not "taken to") are captured. */
function takenAfter(v: TextView, from: number): boolean {
  for (let k = v.next(from), n = 0; n < 4; n++, k = v.next(k + 1)) {
    const w = v.word(k);
    if (w === 'taken') return v.word(v.next(k + 1)) !== 'to';
    if (!w || !AUXILIARIES.has(w)) return false;
  }
  return false;
}

/**
 * "five civilians in Pakistan", "13 soldiers and five civilians in Pakistan": a country named with
 * "in" right after a counted phrase (or the list it opens) is where they were, not a party.
 */
function countryAfter(v: TextView, from: number): Side | null {
  for (let k = v.next(from), n = 0; n < 10; n++, k = v.next(k + 1)) {
    const t = v.toks[k];
    if (!t || (t.type === 'punct' && t.text !== ',')) return null;
    if (t.lower === 'in' || t.lower === 'inside') {
      const c = v.word(v.next(k + 1));
      return c === 'pakistan' ? 'pakistan' : c === 'afghanistan' ? 'afghanistan' : null;
    }
    if (t.type === 'word' && (verbAt(v, k) || NOUN_PHRASE_STOPS.has(t.lower)) && t.lower !== 'and')
      return null;
  }
  return null;
}

/**
 * The measure a noun names where it stands for a group already counted ("were among the victims",
 * "The victims included …"): a loss group's victims are its dead.
 */
const lossGroupNoun = (w: string): Measure | undefined =>
  w === 'victims' ? 'killed' : MEASURE_NOUNS[w];

/** Whether a measure counts people harmed (killed, wounded or both). */
const isLoss = (m: Measure): boolean => m === 'killed' || m === 'wounded' || m === 'casualties';

/** Words that open a subordinate clause: a loss named before one is not the subject after it. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'as',
  'because',
  'if',
  'who',
  'which',
  'that',
  'where',
  'while',
]);

/** Adverbs between a verb of rising and its count ("are now at 146"). */
const RISE_ADVERBS: ReadonlySet<string> = new Set([
  'now',
  'currently',
  'already',
  'still',
  'so',
  'far',
]);

/** Verbs that carry a running loss to a new count ("brings civilian casualties to 146"). */
const BRING_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'brings brought bringing bring takes took taking take pushed pushes pushing raised raises raising lifted lifts',
  ),
);

/** Prepositions of place that open a subject's modifier ("the toll across the two provinces"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(wordList('on across along at'));

/** Prepositions that put a loss noun in a modifier, not at the head of the counted subject ("trucks … after the deaths"). */
const MODIFIER_OPENERS: ReadonlySet<string> = new Set(
  wordList('after since following during despite amid by with over about'),
);

/** How far back a rise verb's subject is read ("the death toll from … strikes in the eastern provinces of Khost and Kunar has jumped to"). */
const RISE_SUBJECT_WORDS = 20;

/**
 * What a count after a verb of rising or standing counts: the loss noun heading its subject
 * ("civilian casualties in Afghanistan rose to 146", "deaths have reached 56", "the number of
 * fatalities stood at 23"). Null unless the number follows such a verb and a loss noun heads
 * the words before it in the clause.
 */
function riseFrame(v: TextView, phraseTok: number, sentenceStartTok: number): Measure | null {
  let k = v.prev(phraseTok);
  let w = v.word(k);
  const preposition = w;
  if (w === 'to' || w === 'at') {
    k = v.prev(k);
    w = v.word(k);
  }
  // "casualties are now at 146": an adverb between the verb and its count.
  while (w !== null && RISE_ADVERBS.has(w)) {
    k = v.prev(k);
    w = v.word(k);
  }
  // "Civilian casualties: 146": a colon sets the count equal to the loss named before it.
  // So do a bracket ("civilian casualties (146)") and a table cell ("| Civilians killed | 42 |").
  const colon = [':', '(', '|'].includes((v.toks[k] as Token | undefined)?.text ?? '');
  // "UNAMA put civilian casualties in Afghanistan at 146", "brings civilian casualties to 146": the
  // loss stands between the verb and its preposition.
  const estimate =
    (preposition === 'at' || preposition === 'to') && !colon && !RISE_VERBS.has(w ?? '');
  if (!colon && !estimate && (!w || !RISE_VERBS.has(w))) return null;
  const found = new Set<Measure>();
  // Whether a lower-case content word stands between the verb and the words read so far outside a
  // modifier: then the subject's head is that word ("when a mortar shell hit"), not a loss before it.
  let loose = false;
  for (
    let j = estimate ? k : v.prev(k), n = 0;
    j >= sentenceStartTok && n < RISE_SUBJECT_WORDS;
    j = v.prev(j), n++
  ) {
    const t = v.toks[j] as Token;
    if (t.type === 'punct' && (t.text === '-' || t.text === "'" || t.text === '\u2019')) continue;
    if (t.type !== 'word') break; // a number, comma or bracket ends the subject
    const x = t.lower;
    if (CLAUSE_BREAKS.has(x) || SUBORDINATORS.has(x)) break;
    // "the number of trucks rose": a thing heads the subject, unless it sits in a modifier of a
    // loss noun before it ("deaths from the airstrikes rose"), which a preposition then shows.
    if (THING_NOUNS.has(x)) {
      loose = true;
      continue;
    }
    // ("the death toll from … has jumped to 47": a two-word loss noun, read by its head.)
    const pair = `${v.word(v.prev(j)) ?? ''} ${x}`;
    const toll = MEASURE_NOUNS[x] === undefined ? TOLL_WORDS[pair] : undefined;
    const m = MEASURE_NOUNS[x] ?? toll;
    if (toll !== undefined) j = v.prev(j);
    if (m !== 'killed' && m !== 'wounded' && m !== 'casualties') {
      // "killed and wounded rose to 40": both kinds of loss together are casualties.
      if (found.size) {
        if (x !== 'and' && x !== 'or') break;
        continue;
      }
      if (MODIFIER_PREPOSITIONS.has(x) || MODIFIER_OPENERS.has(x) || x === 'among' || x === 'from')
        loose = false;
      else if (
        !MODIFIER_DETERMINERS.has(x) &&
        !AUXILIARIES.has(x) &&
        (t.text[0] ?? '').toLowerCase() === (t.text[0] ?? '')
      )
        loose = true;
      continue;
    }
    if (loose) break;
    // A loss noun inside a modifier ("after the deaths") is not what the subject counts.
    let inModifier = false;
    for (let q = v.prev(j), c = 0; q >= sentenceStartTok && c < 3; q = v.prev(q), c++) {
      const y = v.word(q);
      if (!y) break;
      if (MODIFIER_OPENERS.has(y)) inModifier = true;
      if (MODIFIER_OPENERS.has(y) || y === 'of') break;
    }
    if (inModifier) continue;
    found.add(m);
  }
  if (
    estimate &&
    !estimateVerbBefore(v, k, sentenceStartTok, preposition === 'at' ? ESTIMATE_VERBS : BRING_VERBS)
  )
    return null;
  if (found.has('killed') && found.has('wounded')) return 'casualties';
  return [...found][0] ?? null;
}

/**
 * Whether the count follows a verb of rising whose subject is a bare count noun pointing back
 * ("… 70 militants were killed, and later the number had risen to 80"): the count goes on with
 * the figure told just before.
 */
function bareCountRises(v: TextView, phraseTok: number, sentenceStartTok: number): boolean {
  let k = v.prev(phraseTok);
  // "the Taliban insisted the number was at least 50": the figure just told, said to be another.
  if (/^(?:is|was|were|are)$/.test(v.word(k) ?? '')) {
    const noun = v.prev(k);
    const det = v.word(v.prev(noun));
    return (
      BARE_COUNT_NOUNS.has(v.word(noun) ?? '') &&
      (det === 'the' || det === 'this' || det === 'that')
    );
  }
  if (v.word(k) !== 'to' && v.word(k) !== 'at') return false;
  k = v.prev(k);
  // "… while the Taliban put the figure at 55": a count put on the figure just told.
  if (
    BARE_COUNT_NOUNS.has(v.word(k) ?? '') &&
    v.word(v.prev(k)) === 'the' &&
    /^(?:put|puts|putting|placed|pegged)$/.test(v.word(v.prev(v.prev(k))) ?? '')
  )
    return true;
  if (!RISE_VERBS.has(v.word(k) ?? '')) return false;
  k = v.prev(k);
  while (k >= sentenceStartTok && AUXILIARIES.has(v.word(k) ?? '')) k = v.prev(k);
  if (k < sentenceStartTok || !BARE_COUNT_NOUNS.has(v.word(k) ?? '')) return false;
  const det = v.word(v.prev(k));
  return det === 'the' || det === 'this' || det === 'that';
}

/**
 * Whether a bare count is a rival figure for the count just told: the object of a verb of saying
 * or owning up ("Kabul says 58 soldiers died; Islamabad acknowledges 23", "admits to 23") or
 * "a (lower) figure of five".
 */
function rivalCount(v: TextView, phraseTok: number): boolean {
  const k = v.prev(phraseTok);
  const w = v.word(k) ?? '';
  if (w === 'of') {
    const noun = v.word(v.prev(k)) ?? '';
    const det = v.word(v.prev(v.prev(k))) ?? '';
    return (
      (BARE_COUNT_NOUNS.has(noun) || noun === 'toll') && (det === 'a' || RIVAL_ADJECTIVES.has(det))
    );
  }
  if (w === 'to') return /^(?:admits|admitted|admit|owns|owned)$/.test(v.word(v.prev(k)) ?? '');
  return RIVAL_VERBS.has(w);
}

/** Whether the clause ends at token k ("Islamabad acknowledges 23."), with no verb of its own after. */
function endsClause(v: TextView, k: number): boolean {
  const t = v.toks[v.next(k)];
  return !t || (t.type === 'punct' && t.text !== '-') || t.text.includes('\n');
}

/** Verbs whose bare object is a rival figure ("Islamabad acknowledges 23"). */
const RIVAL_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'acknowledges acknowledged admits admitted concedes conceded confirms confirmed says said claims claimed counts counted',
  ),
);
/** Words that set a figure against another ("a lower figure of five"). */
const RIVAL_ADJECTIVES: ReadonlySet<string> = new Set(
  wordList('lower higher smaller bigger larger different separate conflicting revised'),
);

/** Nouns that stand for a count already given ("the number", "the figure", "this tally"). */
const BARE_COUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'figure', 'count', 'tally']);

/** Whether an estimating verb ("put", "estimated") opens the clause that ends before token `k`. */
function estimateVerbBefore(
  v: TextView,
  k: number,
  sentenceStartTok: number,
  verbs: ReadonlySet<string>,
): boolean {
  for (let j = v.prev(k), n = 0; j >= sentenceStartTok && n < 14; j = v.prev(j), n++) {
    const t = v.toks[j] as Token;
    if (t.type === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '\u2019') return false;
    if (t.type !== 'word') continue;
    if (verbs.has(t.lower)) return true;
  }
  return false;
}

/** A verb cue starting at word index k ("killed", "lost their lives", "taken prisoner"). */
function verbAt(v: TextView, k: number): { measure: Measure; end: number } | null {
  for (const phrase of VERB_PHRASES_BY_FIRST.get(v.word(k) ?? '') ?? []) {
    const e = v.matches(k, phrase);
    if (e < 0) continue;
    const measure = MEASURE_VERBS[phrase.join(' ')] as Measure;
    // "left several dead and wounded at least 22": a second harm with a count of its own is a
    // verb of its own, not the joined "dead and wounded" of casualties.
    if (measure === 'casualties' && phrase.length === 3 && ownCounts(v, k, e)) continue;
    // "returned fire at several points", "exchanged fire": fire given back frees no one.
    if (measure === 'released' && FIRE_WORDS.has(v.word(v.next(e)) ?? '')) continue;
    return { measure, end: e };
  }
  return null;
}

/** Words that open a count ("at least 22", "some 40", "dozens"), besides digits and number words. */
const COUNT_OPENERS: ReadonlySet<string> = new Set(
  wordList('at more over nearly almost about around some up as dozens scores hundreds another'),
);

/** Words that end a count right before its verb ("several dead", "dozens wounded"). */
const COUNT_ENDS: ReadonlySet<string> = new Set(
  wordList('several dozens scores hundreds many few others more'),
);

/** Whether token k is digits, a number word or one of `edge`: where a count starts or ends. */
function countEdge(v: TextView, k: number, edge: ReadonlySet<string>): boolean {
  const t = v.toks[k];
  if (!t) return false;
  if (t.type === 'digits') return true;
  const w = v.word(k);
  return w !== null && (edge.has(w) || w in UNIT_WORDS || w in TENS_WORDS);
}

/**
 * Whether the two harms joined between tokens `from` and `to` each have a count of their own
 * ("several dead and wounded at least 22"), so that they are two verbs, not casualties.
 */
function ownCounts(v: TextView, from: number, to: number): boolean {
  return countEdge(v, v.prev(from), COUNT_ENDS) && countEdge(v, v.next(to), COUNT_OPENERS);
}

/**
 * The token where an auxiliary or verb cue starts after a short modifier ("under their command
 * were killed" → "were"), or -1 when none follows within a few words of the same clause.
 */
function afterModifier(v: TextView, from: number): number {
  let k = from;
  for (let n = 0; n <= FIGURES_CONFIG.maxModifierWords && k < v.toks.length; k++) {
    const t = v.toks[k] as Token;
    if (t.type === 'digits') return -1;
    if (t.type === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '\u2019') return -1;
    if (t.type !== 'word') continue;
    if ((AUXILIARIES.has(t.lower) && t.lower !== 'in' && t.lower !== 'to') || verbAt(v, k))
      return k;
    if (NOUN_PHRASE_STOPS.has(t.lower) && !MODIFIER_PREPOSITIONS.has(t.lower) && t.lower !== 'the')
      return -1;
    n++;
  }
  return -1;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/**
 * The measure of the first passive ("were killed") or intransitive ("died", "lost their lives") verb
 * in a short relative clause and the verb just after it. An active verb right after the pronoun
 * ("soldiers who killed three") makes the group the agent, not the victims.
 */
function relativeVerb(v: TextView, from: number): Measure | null {
  let aux = false;
  for (
    let k = from, words = 0;
    k < v.toks.length && words <= FIGURES_CONFIG.maxRelativeClauseWords;
    k++
  ) {
    const t = v.toks[k] as Token;
    if (t.type === 'digits') return null;
    if (t.type === 'punct') {
      if (t.text === '-' || t.text === "'" || t.text === '\u2019') continue;
      return null;
    }
    if (t.type !== 'word') continue;
    const hit = verbAt(v, k);
    if (hit) {
      // A cue of several words ("lost their lives", "embraced martyrdom") takes no object either.
      const phraseWords = v.toks.slice(k, hit.end).filter((x) => x.type === 'word').length;
      if (aux || INTRANSITIVE_HARM.has(t.lower) || phraseWords > 1) return hit.measure;
      return null;
    }
    aux =
      t.lower === 'were' || t.lower === 'was' || t.lower === 'been' || t.lower === 'are'
        ? true
        : aux && AUXILIARIES.has(t.lower);
    words++;
  }
  return null;
}

/** Verbs of losing: harm when a party loses people, not when a group loses something. */
const LOSE_VERBS: ReadonlySet<string> = new Set(wordList('lost lose loses losing'));

/** Whether a plain noun phrase (what was lost) follows a verb of losing that ends at `end`. */
function lostThing(v: TextView, end: number): boolean {
  const g = v.next(end);
  const w = g === end ? null : v.word(g);
  return w !== null && w !== undefined && !NOUN_PHRASE_STOPS.has(w) && !AUXILIARIES.has(w);
}

/** Harm verbs that take no object, so the group before them is the harmed one ("who died"). */
const INTRANSITIVE_HARM: ReadonlySet<string> = new Set(['died', 'perished', 'dead']);

/** A passive or intransitive verb after the noun phrase: "were killed", "had been wounded", "died", "missing in action". */
function verbAfter(v: TextView, fromTok: number, numbersAt: ReadonlySet<number>): Measure | null {
  let k = fromTok;
  let aux = 0;
  /** The step right after a counted phrase ends (the first, or the one after a skipped list member or bracket). */
  let phraseEnd = 0;
  for (let steps = 0; steps < 24; steps++) {
    const g = v.next(k);
    const t = v.toks[g];
    if (!t) return null;
    // '"dozens" were killed': a quote mark closing the counted word itself.
    if (steps === 0 && CLOSING_QUOTES.has(t.text)) {
      k = g + 1;
      phraseEnd = 1;
      continue;
    }
    if (t.type === 'word') {
      const hit = verbAt(v, g);
      // "Five soldiers killed three attackers", "the two ministers exchanged views": an active verb
      // with an object of its own makes the counted group its agent, not what it counts.
      if (hit && aux === 0 && objectFollows(v, g, hit.end)) return null;
      // "nine villages lost power", "two families lost their homes": a group that lost something
      // is not the loss ("… lost their lives" is a phrase of its own).
      if (hit && hit.end === g + 1 && LOSE_VERBS.has(t.lower) && lostThing(v, hit.end)) return null;
      if (hit) return hit.measure;
      // "received injuries", "sustained serious wounds": a verb of receiving with an injury noun.
      if (RECEIVING_VERBS.has(t.lower)) {
        for (let d = 0, z = g + 1; d < 6 && z < v.toks.length; d++, z++) {
          const wz = v.word(z);
          if (wz === 'injuries' || wz === 'wounds' || wz === 'injury') return 'wounded';
        }
      }
      // "four soldiers including an officer were martyred": an unpunctuated aside of members (a
      // comma may list them: "including a guard and women, children were killed").
      if (steps === phraseEnd && t.lower === 'including') {
        let m = g + 1;
        const last = Math.min(v.toks.length, g + 1 + FIGURES_CONFIG.maxAsideWords * 4);
        for (let words = 0; m < last && words <= FIGURES_CONFIG.maxAsideWords; m++) {
          const x = v.toks[m] as Token;
          if (x.type === 'punct' && x.text !== '-' && x.text !== ',') {
            m = -1;
            break;
          }
          if (x.type !== 'word') continue;
          if (words > 0 && (PASSIVE_AUXILIARIES.has(x.lower) || verbAt(v, m))) break;
          words++;
        }
        if (m > 0 && m < last && (v.toks[m] as Token).type === 'word') {
          k = m;
          continue;
        }
        return null;
      }
      // "two soldiers later succumbed", "five civilians reportedly died": an adverb before the verb.
      if (SENTENCE_ADVERBS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4)) {
        const h = v.next(g + 1);
        if (h !== g + 1 && verbAt(v, h)) {
          k = h;
          continue;
        }
      }
      // "a hospital treated three people for minor injuries": what they were treated for;
      // "two people with serious injuries were taken to Peshawar": what they carry.
      if (steps === phraseEnd && (t.lower === 'for' || t.lower === 'with')) {
        for (let d = 0, z = v.next(g + 1); d < 3 && z < v.toks.length; d++, z = v.next(z + 1)) {
          const wz = v.word(z);
          if (wz === 'injuries' || wz === 'wounds' || wz === 'injury') return 'wounded';
          if (!wz || NOUN_PHRASE_STOPS.has(wz)) break;
        }
      }
      // "9 soldiers under their command were killed": a short modifier before the verb.
      if (steps === phraseEnd && MODIFIER_PREPOSITIONS.has(t.lower)) {
        const m = afterModifier(v, g + 1);
        if (m >= 0) {
          k = m;
          continue;
        }
      }
      // "…, four of whom were also killed": the partitive relative's verb is the count's own.
      if (steps === phraseEnd && t.lower === 'of' && v.word(v.next(g + 1)) === 'whom') {
        k = v.next(g + 1) + 1;
        continue;
      }
      // "eight fighters who were planning an attack were killed", "12 soldiers who were martyred":
      // a relative clause about the counted group, then its passive or intransitive verb.
      if (steps === 0 && RELATIVE_PRONOUNS.has(t.lower)) return relativeVerb(v, g + 1);
      // "were among the dead", "were among eight civilians killed", "three cricketers among eight
      // people have been killed" (the words are counted, not the spaces between them).
      if (t.lower === 'among') {
        let m = g + 1;
        for (let n = 0; n < 8; m++) {
          const x = v.toks[m];
          if (!x || (x.type === 'punct' && x.text !== '-' && x.text !== ',')) return null;
          if (x.type !== 'space') n++;
          if (x.type === 'word') {
            const hitA = verbAt(v, m);
            if (hitA) return hitA.measure;
            // "were among the victims": a loss group's victims are its dead.
            const noun = lossGroupNoun(x.lower);
            if (noun) return noun;
          }
        }
        return null;
      }
      if (AUXILIARIES.has(t.lower) && aux < FIGURES_CONFIG.maxVerbLookaheadWords) {
        aux++;
        k = g + 1;
        continue;
      }
      // A participial modifier before the verb: "fighters based in Kunar were killed",
      // "fighting alongside them had been killed", "brought in with shrapnel wounds".
      // After an auxiliary any word is the verb ("had been brought in with wounds"), irregular or not.
      if (
        (aux > 0 || t.lower.endsWith('ing') || t.lower.endsWith('ed')) &&
        !NOUN_PHRASE_STOPS.has(t.lower)
      ) {
        let m = g + 1;
        for (let c = 0; c < 12; c++) {
          const x = v.toks[m];
          if (!x || (x.type === 'punct' && x.text !== '-')) break;
          if (x.type === 'word') {
            // "were rushed to hospitals", "had been taken to the hospital": the wounded (not "… in
            // a strike on a hospital").
            if (
              (x.lower === 'hospital' || x.lower === 'hospitals') &&
              [v.word(m - 2), v.word(m - 4)].includes('to')
            )
              return 'wounded';
            if (x.lower === 'with' || x.lower === 'for') {
              const y = v.next(m + 1);
              for (let d = 0, z = y; d < 6; d++, z++) {
                const wz = v.word(z);
                if (wz === 'wounds' || wz === 'injuries' || wz === 'wounded' || wz === 'injured')
                  return 'wounded';
              }
            }
            if (
              aux === 0 &&
              AUXILIARIES.has(x.lower) &&
              !['in', 'to', 'action', 'since'].includes(x.lower)
            ) {
              const hit = verbAfter(v, m, numbersAt);
              if (hit) return hit;
              break;
            }
          }
          m++;
        }
      }
      // "11 soldiers and a child were killed": the verb after the single person named beside them is shared.
      if (t.lower === 'and' && (v.word(v.next(g + 1)) === 'a' || v.word(v.next(g + 1)) === 'an')) {
        let m = v.next(g + 1) + 1;
        let c = 0;
        for (; c < 4; c++) {
          const h = v.next(m);
          const x = v.word(h);
          if (h === m || !x) break;
          if (AUXILIARIES.has(x) || verbAt(v, h)) break;
          // "killed six pupils and a teacher and flattened a shop": a second clause, not the verb.
          if (x === 'and' || x === 'or') return null;
          m = h + 1;
        }
        if (c > 0 && c < 4) {
          k = m;
          continue;
        }
      }
      // Coordination: "13 soldiers and 10 civilians were killed", "three players alongside five other
      // villagers were killed" — the verb after the next figure is shared.
      const joinEnd = coordinatorEnd(v, g);
      if (joinEnd >= 0 && numbersAt.has(v.next(joinEnd))) {
        k = v.next(joinEnd);
        // skip the next number phrase and its noun phrase words
        let m = k;
        for (let s = 0; s < 12; s++) {
          const x = v.toks[m];
          if (
            !x ||
            (x.type === 'word' && (NOUN_PHRASE_STOPS.has(x.lower) || verbAt(v, m))) ||
            (x.type === 'punct' && x.text !== ',' && x.text !== '-' && x.text !== '.')
          )
            break;
          m++;
        }
        k = m;
        phraseEnd = steps + 1;
        continue;
      }
      return null;
    }
    // "were, according to the military, killed": an aside between the auxiliary and its participle.
    if (aux > 0 && t.type === 'punct' && (t.text === ',' || t.text === '\u2014')) {
      const closedAt = plainAsideEnd(v, g);
      const at1 = closedAt < 0 ? -1 : v.next(closedAt + 1);
      if (at1 >= 0 && verbAt(v, at1)) {
        k = at1;
        continue;
      }
    }
    // 'were "martyred"': scare quotes around the verb after its auxiliary.
    if (aux > 0 && (t.text === '\u201c' || t.text === '\u2018' || CLOSING_QUOTES.has(t.text))) {
      k = g + 1;
      continue;
    }
    // A bracketed aside names members or a short name, never the verb: "seven pupils (three boys and
    // four girls) died", "140 Tehrik-i-Taliban Pakistan (TTP) fighters died".
    if (t.type === 'punct' && (t.text === '(' || t.text === '[')) {
      const close = bracketEnd(v, g);
      if (close < 0) return null;
      k = close + 1;
      phraseEnd = steps + 1;
      continue;
    }
    if (t.type === 'punct' && PAREN_OPENERS.has(t.text) && aux === 0 && steps === 0) {
      // "12 soldiers, including two officers, were killed", "11 civilians—among them children—were
      // killed", '15 fighters, including "four bombers" were killed': one short aside.
      const w0 = v.word(v.next(g + 1));
      // The aside was read into the phrase already ("Six villagers, every one a woman or a child, were killed").
      // An active participle after the comma starts a clause of its own: in "destroyed eight posts,
      // killing 25 fighters" the posts are not the ones killed.
      if (
        w0 &&
        w0 !== 'said' &&
        !w0.endsWith('ing') &&
        t.text === ',' &&
        // "kills one, injures seven": a present-tense verb after the comma has a subject of its own.
        (AUXILIARIES.has(w0) ||
          (verbAt(v, v.next(g + 1)) && !(w0.endsWith('s') && MEASURE_VERBS[w0] !== undefined)))
      ) {
        k = g + 1;
        aux++;
        continue;
      }
      // "17 civilians, 11 of them children, had been killed": a part named in an aside, then the
      // verb of the whole.
      if (!w0 && t.text === ',' && PART_ASIDE.test(v.text.slice(t.end, t.end + 64))) {
        const closedAt = partAsideEnd(v, g);
        const at1 = closedAt < 0 ? -1 : v.next(closedAt + 1);
        const w1 = at1 < 0 ? null : v.word(at1);
        if (!w1 || !(AUXILIARIES.has(w1) || verbAt(v, at1))) return null;
        k = closedAt + 1;
        aux++;
        continue;
      }
      if (!w0) return null;
      // Any other short aside counts only when it closes and a passive verb follows it: "two other
      // attackers, armed and trying to enter, were shot dead".
      if (!ASIDE_OPENERS.has(w0)) {
        const closedAt = plainAsideEnd(v, g);
        const at1 = v.next(closedAt + 1);
        const w1 = closedAt < 0 ? null : v.word(at1);
        // "four soldiers, having fought bravely, embraced martyrdom": or a verb that takes no object.
        const hit1 = w1 ? verbAt(v, at1) : null;
        const intransitive = !!hit1 && (INTRANSITIVE_HARM.has(w1 as string) || hit1.end > at1 + 1);
        if (!w1 || !(PASSIVE_AUXILIARIES.has(w1) || intransitive)) return null;
        k = closedAt + 1;
        aux++;
        continue;
      }
      let m = g + 1;
      let words = 0;
      let closedAt = -1;
      while (m < v.toks.length && words <= FIGURES_CONFIG.maxAsideWords) {
        const x = v.toks[m] as Token;
        if (x.type === 'punct' && PAREN_CLOSERS.has(x.text)) {
          closedAt = m;
          break;
        }
        if (x.type === 'punct' && !ASIDE_PUNCT.has(x.text)) return null;
        if (x.type === 'word') {
          words++;
          // The aside ran to the verb without a closing mark.
          if (
            words > 1 &&
            (AUXILIARIES.has(x.lower) || verbAt(v, m)) &&
            x.lower !== 'in' &&
            x.lower !== 'to'
          ) {
            closedAt = m - 1;
            break;
          }
        }
        m++;
      }
      if (closedAt < 0) return null;
      k = closedAt + 1;
      aux++;
      continue;
    }
    return null;
  }
  return null;
}

/** Determiners inside a modifier's noun phrase, which name nothing ("the", "a", "their"). */
const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(
  wordList('other more another the a an its their his her our this these those'),
);

/** Words that add companions to a counted subject ("three players, alongside five other people, were killed"). */
const COMPANION_WORDS: ReadonlySet<string> = new Set(['alongside', 'besides', 'plus']);

/** Words that open a relative clause inside a counted subject ("a woman who was pregnant"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([
  'who',
  'which',
  'that',
  'whose',
  'whom',
  'where',
  'when',
]);

/**
 * The predicate of a counted subject whose modifiers run long: "ten civilians in the Barmal and
 * Urgun districts of Paktika province were killed", "10 civilians, including six children and a
 * woman who was pregnant, were killed". The first finite verb after the phrase, outside a relative
 * clause, is the subject's own: a passive loss verb there ("were killed", "had been martyred") or an
 * intransitive one ("died", "lost their lives") gives the measure; any other finite verb, another
 * number, a reporting verb or the end of the clause gives nothing.
 */
function distantPredicate(
  v: TextView,
  fromTok: number,
  sentenceEndChar: number,
  numbersAt: ReadonlySet<number>,
): Measure | null {
  let inRelative = false;
  // Inside ", including six children and a woman," the numbers count members, not a new figure.
  let inAside = false;
  let lastWord = '';
  let words = 0;
  // Outside asides and relative clauses only prepositional modifiers stand between a subject and its
  // verb, each with a short noun phrase: lower-case words beyond a few after one preposition are
  // more likely a verb of the subject's own ("elders from the villages near the border met …").
  let content = 0;
  const first = v.word(v.next(fromTok));
  if (
    first !== null &&
    !MODIFIER_PREPOSITIONS.has(first) &&
    !RELATIVE_OPENERS.has(first) &&
    !PASSIVE_AUXILIARIES.has(first) &&
    first !== 'are' &&
    first !== 'is' &&
    first !== 'of' &&
    first !== 'from'
  )
    return null;
  const last = Math.min(v.toks.length, fromTok + FIGURES_CONFIG.maxPredicateGapWords * 8);
  for (let k = fromTok; k < last && words < FIGURES_CONFIG.maxPredicateGapWords; k++) {
    const t = v.toks[k] as Token;
    if (t.start >= sentenceEndChar) return null;
    // Another count ends the subject, unless it is a member in an aside or sits in a modifier ("from two villages").
    if (
      (numbersAt.has(k) || t.type === 'digits') &&
      !inAside &&
      !MODIFIER_PREPOSITIONS.has(lastWord)
    )
      return null;
    if (t.type === 'punct') {
      if (t.text === ';' || t.text === ':' || t.text === '.' || t.text === '?' || t.text === '!')
        return null;
      if (t.text === ',' || t.text === ')' || t.text === '\u2014' || t.text === '\u2013') {
        inRelative = false;
        content = 0;
        const next = v.word(v.next(k + 1)) ?? '';
        inAside = INCLUSION_WORDS.has(next) || PARTIAL_WORDS.has(next) || COMPANION_WORDS.has(next);
      }
      continue;
    }
    if (t.type !== 'word') continue;
    words++;
    const w = t.lower;
    lastWord = w;
    if (RELATIVE_OPENERS.has(w)) {
      inRelative = true;
      continue;
    }
    if (inRelative || inAside) continue;
    if (REPORTING_VERBS.has(w) && !NOUN_LIKE_VERBS.has(w)) return null;
    if (PASSIVE_AUXILIARIES.has(w) || w === 'are' || w === 'is') {
      for (let m = v.next(k + 1), c = 0; c < 4 && m < v.toks.length; c++) {
        const x = v.word(m);
        if (!x) return null;
        const hit = verbAt(v, m);
        if (hit) return hit.measure;
        // "were among the dead"
        if (x === 'among') {
          const y = v.word(v.next(v.next(m + 1) + 1)) ?? '';
          const z = v.word(v.next(m + 1)) ?? '';
          return MEASURE_NOUNS[z] ?? MEASURE_NOUNS[y] ?? null;
        }
        // "146 civilians were casualties": a loss noun as the predicate.
        const noun = MEASURE_NOUNS[x];
        if (noun && isLoss(noun)) return noun;
        if (!AUXILIARIES.has(x) || x === 'in' || x === 'to') return null;
        m = v.next(m + 1);
      }
      return null;
    }
    const hit = verbAt(v, k);
    if (hit && hit.measure === 'killed' && (INTRANSITIVE_HARM.has(w) || hit.end > k + 1))
      return hit.measure;
    if (
      MODIFIER_PREPOSITIONS.has(w) ||
      MODIFIER_OPENERS.has(w) ||
      ['of', 'from', 'to', 'as', 'for', 'across', 'within', 'among'].includes(w)
    )
      content = 0;
    else if (
      !numbersAt.has(k) &&
      (v.toks[k - 1] as Token | undefined)?.text !== '-' &&
      !MODIFIER_DETERMINERS.has(w) &&
      w !== 'and' &&
      (t.text[0] ?? '').toLowerCase() === (t.text[0] ?? '') &&
      ++content > FIGURES_CONFIG.maxModifierNounWords
    )
      return null;
  }
  return null;
}

/** The place noun heading the next member of an "and" list ("one corps and one brigade headquarters" → "headquarters"), or null. */
function raisedPlaceNoun(
  v: TextView,
  fromTok: number,
  numbers: ReadonlyMap<number, ParsedNumber>,
  numberStarts: ReadonlySet<number>,
): string | null {
  const g = v.next(fromTok);
  const w = v.word(g);
  if (w !== 'and' && w !== 'or') return null;
  const h = v.next(g + 1);
  if (!numberStarts.has(h)) return null;
  const next = numbers.get((v.toks[h] as Token).start);
  if (!next || next.unit) return null;
  const np = nounPhraseAfter(v, v.at(next.end), next.end, numberStarts);
  const head = np.words[np.words.length - 1];
  if (!head || np.words.includes('of')) return null;
  const m = MEASURE_NOUNS[head];
  return m === 'posts' || m === 'targets' ? head : null;
}

/** The group noun heading the next member of an "and" list ("nine Pakistani and six Afghan troops" → "troops"), or null. */
function raisedGroupNoun(
  v: TextView,
  fromTok: number,
  numbers: ReadonlyMap<number, ParsedNumber>,
  numberStarts: ReadonlySet<number>,
): string | null {
  const g = v.next(fromTok);
  const w = v.word(g);
  if (w !== 'and' && w !== 'or') return null;
  const h = v.next(g + 1);
  if (!numberStarts.has(h)) return null;
  const next = numbers.get((v.toks[h] as Token).start);
  if (!next || next.unit) return null;
  const np = nounPhraseAfter(v, v.at(next.end), next.end, numberStarts);
  const head = np.words[np.words.length - 1];
  if (!head || np.words.includes('of')) return null;
  return FORCE_NOUNS.has(head) || MILITANT_NOUNS.has(head) || CIVILIAN_NOUNS.has(head)
    ? head
    : null;
}

/** Words that point back to a counted group after "among" ("among them", "among the dead", "among those killed"). */
const GROUP_POINTERS: ReadonlySet<string> = new Set([
  'them',
  'those',
  'the',
  'dead',
  'killed',
  'victims',
  'injured',
  'wounded',
  'casualties',
]);

/** Groups whose members are civilians ("a family lost 18 members"). */
const HOUSEHOLD_NOUNS: ReadonlySet<string> = new Set([
  'family',
  'families',
  'household',
  'households',
]);

/** Verbs whose object says the harm ("received injuries", "sustained wounds"). */
const RECEIVING_VERBS: ReadonlySet<string> = new Set(['received', 'sustained', 'suffered']);

/** Adverbs that may stand between a counted group and its verb ("later died", "also perished"). */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'later',
  'also',
  'subsequently',
  'then',
  'too',
  'still',
]);

/** Finite auxiliaries that give a counted phrase a clause of its own ("30 people have been …"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
]);

/** Auxiliaries that open a passive or a perfect after an aside ("…, were shot dead", "…, had been killed"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['were', 'was', 'had', 'have', 'has']);

/** The token closing a plain aside opened by the mark at g (the same mark: comma to comma, dash to dash), or -1. */
function plainAsideEnd(v: TextView, g: number): number {
  const open = (v.toks[g] as Token).text;
  const close = open === '(' ? ')' : open;
  const last = Math.min(v.toks.length, g + 1 + FIGURES_CONFIG.maxAsideWords * 4);
  for (let m = g + 1, words = 0; m < last && words <= FIGURES_CONFIG.maxAsideWords; m++) {
    const x = v.toks[m] as Token;
    if (x.type === 'digits') return -1;
    if (x.type === 'punct' && x.text === close) return m;
    if (x.type === 'punct' && !ASIDE_PUNCT.has(x.text)) return -1;
    // "23 people, officials said, were killed": an attribution aside too (the caller wants a passive after it).
    if (x.type === 'word') words++;
  }
  return -1;
}

/** A count of part of a group, opening an aside: ", 11 of them children,". */
const PART_ASIDE =
  /^\s*(?:\d[\d,]*\s+of\s+(?:them|whom)\b|\d[\d,]*\s+[\p{L}\d ,-]{1,40}?\bamong\s+them\b)/iu;

/** The closing comma of a part aside that opens at token g (", 11 of them children,"), or -1. */
function partAsideEnd(v: TextView, g: number): number {
  for (let m = g + 1, words = 0; m < v.toks.length && words <= FIGURES_CONFIG.maxAsideWords; m++) {
    const x = v.toks[m] as Token;
    if (x.type === 'punct' && (x.text === ',' || x.text === '\u2014')) return m;
    if (x.type === 'punct' && !ASIDE_PUNCT.has(x.text)) return -1;
    if (x.type === 'word') words++;
  }
  return -1;
}

/** The token after a list connector at g ("and", "or", "alongside", "along with", "together with", "as well as"), or -1. */
function coordinatorEnd(v: TextView, g: number): number {
  const w = v.word(g);
  if (w === 'and' || w === 'or' || w === 'alongside' || w === 'plus') return g + 1;
  const n = v.next(g + 1);
  if ((w === 'along' || w === 'together') && v.word(n) === 'with') return n + 1;
  if (w === 'as' && v.word(n) === 'well' && v.word(v.next(n + 1)) === 'as')
    return v.next(n + 1) + 1;
  return -1;
}

/** The token closing the bracket opened at g ("(" or "["), within a short aside, or -1. */
function bracketEnd(v: TextView, g: number): number {
  const open = (v.toks[g] as Token).text;
  const close = open === '(' ? ')' : ']';
  const last = Math.min(v.toks.length, g + 1 + FIGURES_CONFIG.maxAsideWords * 4);
  for (let m = g + 1, words = 0; m < last && words <= FIGURES_CONFIG.maxAsideWords; m++) {
    const x = v.toks[m] as Token;
    if (x.type === 'punct' && x.text === close) return m;
    if (x.type === 'punct' && (x.text === '(' || x.text === '[' || x.text === '.')) return -1;
    if (x.type !== 'punct') words++;
  }
  return -1;
}

/** Marks that open and close a short aside inside a counted phrase. */
const PAREN_OPENERS: ReadonlySet<string> = new Set([',', '(', '\u2014', '\u2013']);
const PAREN_CLOSERS: ReadonlySet<string> = new Set([',', ')', '\u2014', '\u2013']);
/** Punctuation allowed inside the aside (quotes around a name, hyphens). */
const ASIDE_PUNCT: ReadonlySet<string> = new Set(['-', '"', '\u201c', '\u201d', "'", '\u2019']);
/** First words of an aside that describes the counted group ("including", "among them", "all women"). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set([
  'including',
  'among',
  'mostly',
  'most',
  'all',
  'both',
  'many',
]);

/** A verb or toll word before the number ("killed at least 12", "the death toll rose to 19"). */
/** The opening mark of a quotation of at most three words that closes at token k, or -1. */
function scareQuoteOpen(v: TextView, k: number): number {
  for (let j = k - 1, words = 0; j >= 0 && words <= 3; j--) {
    const t = v.toks[j] as Token;
    if (t.type === 'word') {
      words++;
      continue;
    }
    if (t.type === 'punct' && (t.text === '\u201c' || t.text === '"'))
      return words > 0 && v.toks[j - 1]?.type !== 'punct' ? j : -1;
    if (t.type === 'punct') return -1;
  }
  return -1;
}

/**
 * The token before "from the three", "in the 2", when the count ending at `countEnd` is told in
 * a modifier opened by a preposition and "the"; -1 otherwise.
 */
function modifierCountStart(v: TextView, countEnd: number): number {
  let k = countEnd;
  // "1,000,000": digits, commas and digits; a number has a few groups at most, so a long run of
  // digits and commas is not walked back whole at every number.
  for (let g = 0; g < 4 && k > 1 && v.toks[k - 1]?.type === 'punct'; g++) {
    if (v.toks[k - 2]?.type !== 'digits') break;
    k -= 2;
  }
  const det = v.prev(k);
  const prep = v.prev(det);
  const p = v.word(prep) ?? '';
  return v.word(det) === 'the' &&
    (p === 'from' ||
      p === 'in' ||
      p === 'of' ||
      PLACE_PREPOSITIONS.has(p) ||
      MODIFIER_OPENERS.has(p))
    ? v.prev(prep)
    : -1;
}

function verbBefore(
  v: TextView,
  phraseTok: number,
  sentenceStartTok: number,
  numbersEnd: ReadonlySet<number>,
): Measure | null {
  let k = v.prev(phraseTok);
  // A verb in quotes right before the count: 'the strikes "neutralized" over 200 fighters'.
  if (CLOSING_QUOTES.has(v.toks[k]?.text ?? '') && v.toks[k - 1]?.type === 'word') k--;
  // A count quoted from its source: 'the strike killed "at least 12" people'.
  else if (
    (v.toks[k]?.text === '\u201c' || v.toks[k]?.text === '"') &&
    k === phraseTok - 1 &&
    v.toks[k - 1]?.type === 'space'
  )
    k = v.prev(k);
  let words = 0;
  const countInModifier = modifierCountStart(v, phraseTok) >= 0;
  // Toll words reach further back than verbs: "the civilian death toll from the strikes in Khost had climbed to 31".
  const tollWindow = FIGURES_CONFIG.maxVerbLookbehindWords * 2;
  for (let steps = 0; k >= sentenceStartTok && words < tollWindow && steps < 160; steps++) {
    const t = v.toks[k];
    if (!t) break;
    // 'the toll had "so far" reached 400': a short quoted aside is read through.
    if (t.type === 'punct' && (t.text === '\u201d' || t.text === '"')) {
      const open = scareQuoteOpen(v, k);
      if (open >= 0) {
        k = open - 1;
        continue;
      }
    }
    if (
      t.type === 'punct' &&
      (t.text === ';' ||
        t.text === ':' ||
        t.text === '(' ||
        t.text === ')' ||
        t.text === '\u201c' ||
        t.text === '\u201d' ||
        t.text === '"')
    )
      break;
    // "the death toll from the three blasts rose to 19": a count in a modifier of the subject,
    // with its noun, is read through to the subject's head.
    const countEnd =
      t.type === 'digits' || numbersEnd.has(k + 1)
        ? k
        : t.type === 'word' && numbersEnd.has(k - 1)
          ? v.prev(k)
          : -1;
    if (countEnd >= 0) {
      const before = modifierCountStart(v, countEnd);
      if (before < 0) break; // another number's territory
      k = before;
      words += 3;
      continue;
    }
    if (t.type === 'word') {
      if (CLAUSE_BREAKS.has(t.lower)) break;
      // "425 wounded, and that 10,000 families …": a word right after another number is that
      // number's phrase, and "that" opens a clause of its own.
      if (numbersEnd.has(k) || t.lower === 'that') break;
      // Toll phrases end at k: check the one- and two-word forms ending here.
      for (const phrase of TOLL_PHRASES_BY_LAST.get(t.lower) ?? []) {
        let startK = k;
        for (let p = 1; p < phrase.length; p++) startK = v.prev(startK);
        if (startK >= sentenceStartTok && v.matches(startK, phrase) === k + 1)
          // "the death toll in the two provinces reached 31": a count inside the toll's own
          // modifier counts something else.
          return countInModifier ? null : (TOLL_WORDS[phrase.join(' ')] as Measure);
      }
      if (words >= FIGURES_CONFIG.maxVerbLookbehindWords) {
        words++;
        k--;
        continue;
      }
      // Phrasal cues ending here first ("handed over", "lost their lives", "killed and wounded").
      for (const phrase of VERB_PHRASES_BY_LAST.get(t.lower) ?? []) {
        let startK = k;
        for (let p = 1; p < phrase.length; p++) startK = v.prev(startK);
        if (
          startK >= sentenceStartTok &&
          v.matches(startK, phrase) === k + 1 &&
          !(phrase.length === 3 && ownCounts(v, startK, k + 1))
        )
          return MEASURE_VERBS[phrase.join(' ')] as Measure;
      }
      const hit = verbAt(v, k);
      if (hit && hit.end <= phraseTok) {
        // "killing or injuring dozens", "martyring and wounding 40": both harms are casualties.
        const j = v.prev(k);
        const firstAt = v.prev(j);
        const first =
          (v.word(j) === 'and' || v.word(j) === 'or') && !countEdge(v, v.prev(firstAt), COUNT_ENDS)
            ? verbAt(v, firstAt)?.measure
            : null;
        const pair = [first, hit.measure].sort().join();
        // "killed and captured dozens": no slot holds both, and the reports read it for the dead.
        if (pair === 'captured,killed') return 'killed';
        return pair === 'killed,wounded' ? 'casualties' : hit.measure;
      }
      words++;
    }
    k--;
  }
  return null;
}

/**
 * The verb shared by a list of figures that follows this one: in "23 soldiers and more than 200
 * fighters were killed" the first figure's verb comes after the second's phrase. Follows at most
 * a few list members, each joined by "and" or a comma.
 */
function sharedVerbAfter(
  v: TextView,
  fromTok: number,
  numbers: ReadonlyMap<number, ParsedNumber>,
  numberStarts: ReadonlySet<number>,
): Measure | null {
  let k = fromTok;
  for (let hop = 0; hop < FIGURES_CONFIG.maxListMembers; hop++) {
    let g = v.next(k);
    let t = v.toks[g];
    if (!t) return null;
    // "seven children (four boys and three girls), and one woman were killed", "14 people — 11
    // civilians and two guards — died": the members told in brackets or between dashes are the
    // group's own; the verb after them, or after the rest of the list, is the group's too.
    const close = t.type === 'punct' ? memberAsideEnd(v, g) : -1;
    if (close >= 0) {
      const hit = verbAfter(v, close + 1, numberStarts);
      if (hit) return hit;
      g = v.next(close + 1);
      t = v.toks[g];
      if (!t) return null;
    }
    if (!((t.type === 'punct' && t.text === ',') || (t.type === 'word' && t.lower === 'and')))
      return null;
    g = v.next(g + 1);
    if (v.word(g) === 'and') g = v.next(g + 1);
    if (!numberStarts.has(g)) return null;
    const next = numbers.get((v.toks[g] as Token).start);
    if (!next || next.unit) return null;
    const np = nounPhraseAfter(v, v.at(next.end), next.end, numberStarts);
    const hit = verbAfter(v, np.endTok, numberStarts);
    if (hit) return hit;
    k = np.endTok;
  }
  return null;
}

/**
 * The token closing a bracket or a dash aside opened at g that lists members of the group before
 * it (counts, "and", commas, short noun phrases: no full stop, no verb), or -1.
 */
function memberAsideEnd(v: TextView, g: number): number {
  const open = (v.toks[g] as Token).text;
  const close = open === '(' ? ')' : open === '\u2014' || open === '\u2013' ? open : null;
  if (!close) return -1;
  const most = FIGURES_CONFIG.maxMemberAsideWords;
  const last = Math.min(v.toks.length, g + 1 + most * 4);
  for (let m = g + 1, words = 0; m < last && words <= most; m++) {
    const x = v.toks[m] as Token;
    if (x.type === 'punct' && x.text === close) return words > 0 ? m : -1;
    if (x.type === 'punct' && (x.text === '.' || x.text === ';' || x.text === '(')) return -1;
    if (x.type === 'word' && (PASSIVE_AUXILIARIES.has(x.lower) || verbAt(v, m))) return -1;
    if (x.type === 'word' || x.type === 'digits') words++;
  }
  return -1;
}

/** Words of an affiliation modifier after a noun phrase ("linked to the Afghan Taliban regime"), or []. */
function affiliationAfter(v: TextView, fromTok: number): string[] {
  const g = v.next(fromTok);
  const w = v.word(g);
  if (!w || !AFFILIATION_PARTICIPLES.has(w)) return [];
  const out: string[] = [];
  let k = g + 1;
  for (let n = 0; n < FIGURES_CONFIG.maxNounPhraseWords && k < v.toks.length; k++) {
    const t = v.toks[k] as Token;
    if (t.type === 'punct' && t.text !== '-') break;
    if (t.type !== 'word') continue;
    out.push(t.lower.replace(/'s$/, ''));
    n++;
  }
  return out;
}

/** A participle of harm joined to the clause before it: ", killing", "and wounding", ", leaving". */
const POSTS_PARTICIPLE_GAP =
  /^(?:\s+(?:near|in|at|along|on)\s+[\p{L}'\u2019 -]{2,40}?)?[\s,]*(?:(?:and\s+)?(?:killing|wounding|injuring|capturing|leaving)|and\s+(?:killed|wounded|injured|captured))\s+$/iu;

/** A summary line's heading loss word ("Fatalities:", "- Injuries:"), read up to `at`. */
const LINE_LABEL = /\s*(?:[-\u2022\u25aa*]\s*)?([A-Za-z]+)(?:\s+[A-Za-z]+)?\s*:/y;

/**
 * The measure a summary line's heading gives the bare counts on it, or null. `from` is where the
 * line starts: the heading is read there in place (no copy of a long line per count).
 */
function lineLabelMeasure(text: string, from: number, at: number): Measure | null {
  LINE_LABEL.lastIndex = from;
  const m = LINE_LABEL.exec(text);
  if (!m || LINE_LABEL.lastIndex > at) return null;
  const word = m[1]?.toLowerCase() ?? '';
  return LINE_LABEL_MEASURES[word] ?? null;
}

/**
 * Where the line holding each offset starts, found by a binary search over the text's line
 * breaks, listed once: a text of one long line costs no backward scan per count.
 */
function lineStarts(text: string): (at: number) => number {
  const breaks: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) breaks.push(k);
  return (at) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : (breaks[lo - 1] as number) + 1;
  };
}

/** Heading words of a summary line and the loss they count. */
const LINE_LABEL_MEASURES: Readonly<Record<string, Measure>> = {
  fatalities: 'killed',
  deaths: 'killed',
  dead: 'killed',
  killed: 'killed',
  injuries: 'wounded',
  injured: 'wounded',
  wounded: 'wounded',
  casualties: 'casualties',
  missing: 'missing',
  captured: 'captured',
};

/**
 * "Posts destroyed: 77", "- Soldiers martyred: 12": a summary line that names the counted group
 * and what befell it before a colon, the count right after it. Returns the group's words and the
 * participle's measure, as if the line read "77 posts destroyed"; null for any other line.
 */
function colonLabel(
  text: string,
  from: number,
  at: number,
): { words: string[]; measure: Measure } | null {
  if (at - from > COLON_LABEL_MAX_CHARS) return null;
  const m = COLON_LABEL.exec(text.slice(from, at));
  if (!m) return null;
  const measure = MEASURE_VERBS[(m[2] as string).toLowerCase()];
  if (measure === undefined) return null;
  const words = wordsOf(m[1] as string);
  return words.length > 0 && words.length <= 6 ? { words, measure } : null;
}
const COLON_LABEL = /^\s*(?:[-\u2022\u25aa*]\s*)?([\p{L}'\u2019, -]+?)\s+(\p{L}+)\s*:\s*$/u;
/** A summary line's heading is short: a longer run before the colon is a sentence. */
const COLON_LABEL_MAX_CHARS = 60;

/** Whether "funeral(s)" comes a few words before `forTok`, in the same clause. */
function funeralBefore(v: TextView, forTok: number): boolean {
  let k = forTok;
  for (let n = 0; n < FIGURES_CONFIG.maxFuneralGapWords; n++) {
    k = v.prev(k);
    const t = v.toks[k];
    if (!t || t.type !== 'word') return false;
    if (t.lower === 'funeral' || t.lower === 'funerals') return true;
  }
  return false;
}

/** Determiners between "of" and a count ("the bodies of the 23 soldiers"). */
const OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  // "acknowledged the loss of only two"
  'only',
  'just',
  'its',
  'their',
  'his',
  'our',
  'these',
  'those',
]);

/**
 * "the bodies of 23", "the release of three", "injuries to 40", "a funeral for 14": a noun before
 * "of"/"to"/"for" that fixes the measure.
 */
function ofNounBefore(v: TextView, phraseTok: number): Measure | null {
  let o = v.prev(phraseTok);
  // "the bodies of the 23 soldiers", "the release of its 12 men".
  if (OF_DETERMINERS.has(v.word(o) ?? '')) o = v.prev(o);
  const prep = v.word(o);
  if (prep !== 'of' && prep !== 'to' && prep !== 'for') return null;
  let p = v.prev(o);
  // "resulting in 'shahadat' (martyrdom) of five": a bracketed gloss names the same noun.
  if (v.toks[p]?.text === ')') p = v.prev(p);
  // Only the dead have a funeral "for" them ("funeral prayers were offered at the garrison for
  // 14 soldiers"); "talks were held for 3 days" count no one.
  if (prep === 'for') return funeralBefore(v, o) ? 'killed' : null;
  const n = v.word(p);
  let m = n !== null ? (MEASURE_OF_NOUNS[n] ?? null) : null;
  // "the deaths and injuries of several civilians": a loss and the other loss, joined, are both.
  if (m === 'killed' || m === 'wounded') {
    const joined = v.prev(p);
    const first = v.word(v.prev(joined));
    const other = first !== null ? (MEASURE_OF_NOUNS[first] ?? null) : null;
    if (/^(?:and|or|&)$/.test(v.word(joined) ?? '') && bothLosses(m, other)) m = 'casualties';
  }
  // Only harm is done "to" people ("injuries to 40"); "a return to 3" is not a count of returns.
  return v.word(o) === 'to' && m !== 'wounded' ? null : m;
}

/** Side named by nationality words, or null for none or both; "Pakistani Taliban" is neither state. */
function sideOf(words: readonly string[]): Side | null {
  let afghan = false;
  let pak = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (w === 'taliban' && k > 0 && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] as string)) continue;
    if (w === 'taliban' && PAKISTANI_WORDS.has(words[k + 1] ?? '')) continue;
    if (AFGHAN_WORDS.has(w)) afghan = true;
    // "Tehrik-i-Taliban Pakistan" names a group, not the Pakistani state.
    if (PAKISTANI_WORDS.has(w) && words[k + 1] !== 'taliban' && words[k - 1] !== 'taliban')
      pak = true;
    // The Frontier Corps is Pakistan's border force.
    if (w === 'frontier' && words[k + 1] === 'corps') pak = true;
  }
  if (afghan === pak) return null;
  return afghan ? 'afghanistan' : 'pakistan';
}

/** "Pakistan-Afghanistan", "Afghan-Pak": a pair that names both countries, which places nothing on one side. */
const BOTH_SIDES_RE =
  /\b(?:pak(?:istan)?i?[-\u2013\u2014/]afghan(?:istan)?|afghan(?:istan)?[-\u2013\u2014/]pak(?:istan)?i?)\b/gi;

/** "clashes with Afghanistan", "a war against Pakistan": the country fought, not where (a border "with" one is a place). */
const OPPONENT_RE = /(?<!border\s)\b(?:with|against)\s+(?:afghanistan|pakistan)\b/gi;

/** The country fought in the clause that starts `rest` ("… killed in fighting against Pakistan"). */
function opponentAfter(rest: string): Side | null {
  const end = rest.search(/[,;:\u2013\u2014]/);
  OPPONENT_RE.lastIndex = 0;
  const m = OPPONENT_RE.exec(end < 0 ? rest : rest.slice(0, end));
  OPPONENT_RE.lastIndex = 0;
  return m ? (/pakistan/i.test(m[0]) ? 'pakistan' : 'afghanistan') : null;
}

/**
 * "a village bordering Afghanistan": the country a place borders is not where it is; "shells
 * fired from the Afghan side" names where the fire came from, not where it fell.
 */
const BORDERING_RE =
  /\bborder(?:ing|s)\s+(?:on\s+)?(?:afghanistan|pakistan)\b|\b(?:fired|fire|firing|shelling|shells|rockets|mortars?|launched)\s+from\s+(?:the\s+)?(?:afghan|pakistani)\s+side\b/gi;

/** The text with both-country pairs, opponents and bordered countries blanked out (same length, so offsets hold). */
function maskBothSides(text: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return text
    .replace(BOTH_SIDES_RE, blank)
    .replace(OPPONENT_RE, blank)
    .replace(BORDERING_RE, blank);
}

/**
 * The text with an opening dateline blanked out (same length): it says where the reporter files
 * from, so a place named in the sentence itself, where the harm happened, decides the side.
 */
function maskDateline(text: string): string {
  return text.replace(LEADING_DATELINE, (m) => ' '.repeat(m.length));
}

/** The nationality word nearest the end of `words` ("Kabul put the Pakistani toll at" → pakistan). */
function nearestSide(words: readonly string[]): Side | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (w === 'taliban' && k > 0 && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] as string)) continue;
    // A pair names both sides, so neither.
    if (inCountryPair(words, k)) continue;
    if (AFGHAN_WORDS.has(w)) return 'afghanistan';
    if (PAKISTANI_WORDS.has(w) && words[k + 1] !== 'taliban') return 'pakistan';
  }
  return null;
}

/** Words that name a militant group (not a generic "militants"/"attackers"). */
const NAMED_MILITANT_WORDS: ReadonlySet<string> = new Set(
  wordList(
    'ttp khawarij khwarij kharijis khariji kharjis fitna tehrik tehreek baloch isis daesh isil iskp bahadur',
  ),
);

/** Whether words name the Afghan state's forces ("Afghan Taliban", "Afghan forces", "the Islamic Emirate"). */
function namesAfghanForces(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const next = words[k + 1] ?? '';
    // "Afghan forces", "Afghan Taliban" — not "the Afghan border".
    if (w === 'afghan' && (FORCE_NOUNS.has(next) || next === 'taliban')) return true;
    if (w === 'emirate') return true;
    if (w === 'taliban' && !(k > 0 && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] as string)))
      return true;
  }
  return false;
}

/** Attack nouns, read as the Afghan forces' own only right after their name ("Taliban attacks on posts"). */
const ATTACK_NOUNS: ReadonlySet<string> = new Set(['attack', 'attacks', 'assault', 'assaults']);

const ATTACK_WORDS: ReadonlySet<string> = new Set([
  'attacked',
  'launched',
  'fired',
  'raided',
  'stormed',
  'infiltrated',
]);

/** Whether words make the Afghan forces the attackers ("Afghan Taliban fighters launched attacks"), not just name them. */
function afghanForcesAttack(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!namesAfghanForces(words.slice(k, k + 2))) continue;
    const after = words.slice(k + 1, k + 1 + FIGURES_CONFIG.maxAttackerVerbGapWords);
    if (after.some((w) => ATTACK_WORDS.has(w))) return true;
    // "Afghan Taliban attacks", "the Taliban's assault" (the name may be one word or two).
    if (after.slice(0, 2).some((w) => ATTACK_NOUNS.has(w))) return true;
  }
  return false;
}

/** Nouns after "armed", "outlawed" or "banned" that name a militant group ("used by armed groups"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'group',
  'groups',
  'outfit',
  'outfits',
  'organisation',
  'organisations',
  'organization',
  'organizations',
]);
const GROUP_MARKERS: ReadonlySet<string> = new Set(['armed', 'outlawed', 'banned', 'proscribed']);

/** Whether words name militants: a militant noun, the TTP, or an armed/banned group. */
function namesMilitants(words: readonly string[]): boolean {
  if (isPakistaniTaliban(words) || words.some((w) => MILITANT_NOUNS.has(w))) return true;
  return words.some((w, k) => GROUP_MARKERS.has(w) && GROUP_NOUNS.has(words[k + 1] ?? ''));
}

/** Whether words name a militant group apart from the Afghan state (TTP, khawarij, …). */
function namesMilitantGroup(words: readonly string[]): boolean {
  return isPakistaniTaliban(words) || words.some((w) => NAMED_MILITANT_WORDS.has(w));
}

function isPakistaniTaliban(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    // (the Hafiz Gul Bahadur group is a faction of the Pakistani Taliban)
    if (w === 'ttp' || w.startsWith('tehrik') || w.startsWith('tehreek') || w === 'bahadur')
      return true;
    if (w === 'taliban' && k > 0 && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] as string))
      return true;
  }
  return false;
}

/**
 * The kind of people a noun phrase names, by its first telling noun.
 * Civilians counted together with fighters are "people" (side not stated).
 */
/** Words that make a kind named beside "people" only part of the group ("mostly women and children"). */
const PARTIAL_WORDS: ReadonlySet<string> = new Set(
  wordList('mostly majority most many mainly largely including among some several'),
);

/** Words that make a counted force the other side's, seen from the speaker ("58 enemy soldiers"). */
const ENEMY_WORDS: ReadonlySet<string> = new Set(['enemy', "enemy's", 'hostile', 'opposing']);

/** Nouns of an attack or its means; a nationality right before one names the attacker ("Pakistani strikes"). */
const ATTACK_OWNED_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'retaliation strikes strike airstrikes airstrike fire shelling bombardment bombing attack attacks assault offensive raid raids aggression drones drone jets warplanes artillery',
  ),
);

/**
 * The side of the nearest nationality word when it owns an attack noun ("the Pakistani
 * retaliation", "Afghan shelling", "Pakistani air strikes"), else null: that side attacked, so
 * the harmed are the other.
 */
function attackOwnerSide(words: readonly string[]): Side | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (!AFGHAN_WORDS.has(w) && !PAKISTANI_WORDS.has(w)) continue;
    if (inCountryPair(words, k)) return null;
    const next = words[k + 1] ?? '';
    const after = words[k + 2] ?? '';
    const owns =
      ATTACK_OWNED_NOUNS.has(next) ||
      ((next === 'air' || next === 'military' || next === 'retaliatory' || next === 'drone') &&
        ATTACK_OWNED_NOUNS.has(after));
    return owns ? nearestSide([w]) : null;
  }
  return null;
}

/** Whether a counted place is a military one as well ("the army's training school", "militant hideouts and houses"). */
function isMilitarySite(words: readonly string[]): boolean {
  return words.some(
    (w) =>
      (MEASURE_NOUNS[w] === 'posts' || MEASURE_NOUNS[w] === 'targets') &&
      !CIVILIAN_SITE_NOUNS.has(w),
  );
}

/** Whether words name an attack's agent ("shelling from Afghan forces", "strikes by Pakistan") or both sides together. */
function namesAttackerOrBothSides(words: readonly string[]): boolean {
  let afghan = false;
  let pak = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (
      (w === 'from' || w === 'by') &&
      k > 0 &&
      ATTACK_OWNED_NOUNS.has(words[k - 1] as string) &&
      nearestSideFrom(words.slice(k + 1, k + 4)) !== null
    )
      return true;
    if (
      AFGHAN_WORDS.has(w) &&
      !(w === 'taliban' && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] ?? ''))
    )
      afghan = true;
    if (PAKISTANI_WORDS.has(w) && words[k + 1] !== 'taliban') pak = true;
    // "Afghan, Pakistani forces clash": two nationalities side by side name both.
    const next = words[k + 1] ?? '';
    if (
      (AFGHAN_WORDS.has(w) && PAKISTANI_WORDS.has(next)) ||
      (PAKISTANI_WORDS.has(w) && AFGHAN_WORDS.has(next))
    )
      return true;
  }
  return afghan && pak && words.some((w) => w === 'and' || w === 'between');
}

/**
 * The one side the text between `from` and `to` names: by nationality words when only one side's
 * appear, else by the place nearest the end. Null when both sides' words appear and no place.
 */
function sideOfContext(text: string, from: number, to: number): Side | null {
  const slice = maskBothSides(text.slice(from, to));
  const words = wordsOf(slice);
  const named = sideOf(words);
  if (named) return named;
  if (words.some((w) => AFGHAN_WORDS.has(w)) && words.some((w) => PAKISTANI_WORDS.has(w)))
    return null;
  return placeSide(slice, slice.length);
}

/**
 * The side a bare count is headed by: a group name before a colon ("Taliban: 200 killed",
 * "Pakistani troops: 23 martyred") or a fronted "on the Afghan side," opening its clause.
 */
function headingSide(v: TextView, phraseTok: number, sentenceStartTok: number): Side | null {
  const words: string[] = [];
  let colon = false;
  for (
    let k = v.prev(phraseTok), n = 0, steps = 0;
    k >= sentenceStartTok && n < 6 && steps < 24;
    k = v.prev(k), steps++
  ) {
    const t = v.toks[k] as Token;
    if (t.type === 'punct') {
      if (n === 0 && t.text === ':') {
        colon = true;
        continue;
      }
      if (n === 0 && t.text === ',' && words.length === 0) continue;
      if (t.text === '-') continue;
      break;
    }
    if (t.type !== 'word') continue;
    words.unshift(t.lower);
    n++;
  }
  if (colon) {
    if (namesAfghanForces(words) && !isPakistaniTaliban(words)) return 'afghanistan';
    if (words.some((w) => FORCE_NOUNS.has(w)) && sideOf(words) === 'pakistan') return 'pakistan';
    return null;
  }
  // "On the Afghan side, 9 were killed": the clause opens with the side.
  const m = /^(?:on|from) the (afghan|pakistani) side$/.exec(words.join(' '));
  return m ? (m[1] === 'afghan' ? 'afghanistan' : 'pakistan') : null;
}

/** Verbs of a party's own loss: what it lost, it lost of its own ("Pakistan lost 58 soldiers"). */
const LOST_WORDS: ReadonlySet<string> = new Set(['lost', 'losing', 'lose', 'loses']);

/** Verbs of losses a party takes itself ("Pakistan suffered 23 fatalities", "the Afghan side sustained 40 casualties"). */
const SUFFER_WORDS: ReadonlySet<string> = new Set([
  'suffered',
  'suffering',
  'suffers',
  'sustained',
  'sustains',
  'incurred',
  'lost',
  'losing',
]);

/** Plural nouns of events and of areas, the head of a count that is no count of people ("three insurgent attacks", "two provinces"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'attacks assaults blasts explosions bombings clashes ambushes skirmishes incidents provinces districts regions cities countries tehsils',
  ),
);

/**
 * Whether a counted phrase is headed by an event noun, or by an area ("died in two provinces"),
 * with no group named after it.
 */
function countsEvents(words: readonly string[]): boolean {
  const at = words.findIndex((w) => EVENT_NOUNS.has(w));
  return at >= 0 && categoryOf(words.slice(at + 1)) === null;
}

/** Sites only militants have ("hideouts", "sanctuaries"). */
const HIDEOUT_WORDS: ReadonlySet<string> = new Set(
  wordList('hideouts hideout hide-outs sanctuaries sanctuary havens lairs'),
);

/** Words that may stand between a lose verb and its count ("losing only eight", "lost just nine"). */
const LOSS_COUNT_LEAD: ReadonlySet<string> = new Set(
  wordList('only just a mere some about around nearly at least over more than another'),
);

/** Words that join a second verb of the same agent ("… and lost", "… while losing", "but also lost"). */
const SAME_AGENT_JOINS: ReadonlySet<string> = new Set(
  wordList('and while but also then themselves itself in the process'),
);

/**
 * Whether the words between two counts are only a lose verb of the same agent that governs the
 * second ("… and lost nine", "… while losing only eight"), not a new clause with a subject of its
 * own ("…; Kabul says it lost 14").
 */
function losesAfter(gap: readonly string[]): boolean {
  let k = gap.length - 1;
  while (k >= 0 && LOSS_COUNT_LEAD.has(gap[k] as string)) k--;
  if (k < 0 || !LOST_WORDS.has(gap[k] as string)) return false;
  return gap.slice(0, k).every((w) => SAME_AGENT_JOINS.has(w));
}

/** Nouns for the fighters of an attack just described, whoever they were. */
const ATTACKER_NOUNS: ReadonlySet<string> = new Set([
  'attackers',
  'attacker',
  'assailants',
  'raiders',
]);

function categoryOf(words: readonly string[], context = false): Category | null {
  const seen = new Set<Category>();
  let first: Category | null = null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    // "members of one family": the family decides. "members of the group": an armed group's, read
    // as militants (the Afghan forces when the sentence names them before the count).
    if ((w === 'members' || w === 'member') && words[k + 1] === 'of') {
      const owner = words
        .slice(k + 2)
        .find(
          (x) =>
            !OF_DETERMINERS.has(x) &&
            x !== 'a' &&
            x !== 'an' &&
            x !== 'one' &&
            !GROUP_MARKERS.has(x),
        );
      if (owner && GROUP_NOUNS.has(owner)) {
        seen.add('militant');
        first ??= 'militant';
      } else if ((owner && FAMILY_NOUNS.has(owner)) || teamAfter(words, k)) {
        // "23 members of the family": a household's members are civilians.
        seen.add('civilian');
        first ??= 'civilian';
      }
      continue;
    }
    // "18 family members": members of a household are the household's (civilians).
    if (ANAPHORA.has(w) || (w.startsWith('member') && HOUSEHOLD_NOUNS.has(words[k - 1] ?? '')))
      continue;
    let c: Category | null = null;
    // "non-combatants": civilians, though the head noun names fighters.
    if (w === 'non' && FORCE_NOUNS.has(words[k + 1] ?? '')) {
      seen.add('civilian');
      first ??= 'civilian';
      k++;
      continue;
    }
    // In the words around a number (not its own phrase) "Taliban" is usually a speaker, not the counted group.
    // "an FC official": the Frontier Corps is a force, whatever its member is called.
    // "security officials", "security men": members of a security force.
    if (
      FORCE_NOUNS.has(w) ||
      w === 'fc' ||
      (w === 'taliban' && !context) ||
      // "23 military fatalities", "40 enemy casualties": the losses of a force.
      ((w === 'military' || w === 'enemy' || w === 'army') &&
        FATALITY_NOUNS.has(words[k + 1] ?? '')) ||
      (w === 'frontier' && words[k + 1] === 'corps') ||
      (w === 'security' && /^(?:officials?|men|staff)$/.test(words[k + 1] ?? ''))
    )
      c = 'force';
    else if (MILITANT_NOUNS.has(w)) c = 'militant';
    else if (CIVILIAN_NOUNS.has(w)) c = 'civilian';
    // "displaced people", "innocent people": civilians, though the noun names no kind.
    else if (CIVILIAN_ADJECTIVES.has(w) && PEOPLE_NOUNS.has(words[k + 1] ?? '')) {
      c = 'civilian';
      k++;
    } else if (PEOPLE_NOUNS.has(w)) c = 'people';
    // "23 of the dead were from a single family": one household's dead are civilians.
    else if (w === 'family' && /^(?:single|one|same)$/.test(words[k - 1] ?? '')) c = 'civilian';
    // "seven Pakistanis": people of a nationality, whoever was counted before them.
    else if (w === 'pakistanis' || w === 'afghans') c = 'people';
    if (c) {
      seen.add(c);
      first ??= c;
    }
  }
  // "200 Taliban and TTP militants": the Taliban lead, and the TTP are counted with them as affiliates.
  // So are khawarij counted with the Afghan Taliban whichever comes first ("30 khawarij and Taliban").
  const taliAt = words.indexOf('taliban');
  const taliLead = words[0] === 'taliban' && (words[1] === 'and' || words[1] === 'fighters');
  if (
    taliAt > 0 &&
    !PAKISTANI_TALIBAN_MARKERS.has(words[taliAt - 1] as string) &&
    words.some((w) => w === 'khawarij' || w === 'khwarij' || w === 'kharijis')
  )
    return 'force';
  if (isPakistaniTaliban(words) && sideOf(words) !== 'afghanistan' && !taliLead) return 'militant';
  if (seen.has('civilian') && (seen.has('force') || seen.has('militant'))) return 'people';
  // "eight people, all women and children": the kind named beside "people" says who they are.
  // "46 lives, mostly women and children" names only some of them: still people.
  if (first === 'people' && seen.has('civilian') && !words.some((w) => PARTIAL_WORDS.has(w)))
    return 'civilian';
  return first;
}

/** Party names that stand for an entity by themselves ("Pakistan", "Kabul", "the Taliban"). */
const ENTITY_PARTIES: ReadonlySet<string> = new Set(
  wordList('pakistan afghanistan kabul islamabad rawalpindi taliban ispr iea emirate'),
);
/** Nouns that make a nationality an entity "its" can stand for ("the Afghan government"). */
const ENTITY_NOUNS_ONE: ReadonlySet<string> = new Set(
  wordList('government army military ministry side administration regime emirate office'),
);
/** … and "their" ("Afghan forces", "Pakistani officials"). */
const ENTITY_NOUNS_MANY: ReadonlySet<string> = new Set(
  wordList('authorities officials forces troops leaders commanders'),
);
/** Nouns of a claim: a party owning one ("Kabul's claim", "the Afghan figure") is not the "its". */
const CLAIM_OWNED: ReadonlySet<string> = new Set(
  wordList(
    'claim claims figure figures tally count account assertion allegation version toll estimate',
  ),
);

/**
 * The party "its" or "their" in a count stands for: the nearest entity named before the count
 * ("Pakistan", "Pakistan's army", "Afghan forces"), not the owner of a claim ("Kabul's claim that
 * 48 of its soldiers …"), nor a nationality that only describes ("Pakistani deaths") or is
 * counted ("dozens of Afghan Taliban fighters").
 */
function possessorSide(
  v: TextView,
  fromTok: number,
  toTok: number,
  singular: boolean,
): Side | null {
  for (let k = v.prev(toTok); k >= fromTok; k = v.prev(k)) {
    const w = v.word(k);
    if (w === null) continue;
    const bare = w.replace(/['\u2019]s$/, '');
    const side: Side | null = AFGHAN_WORDS.has(bare)
      ? 'afghanistan'
      : PAKISTANI_WORDS.has(bare)
        ? 'pakistan'
        : null;
    if (!side) continue;
    // (the start of the party's name: "Afghan" in "the Afghan Taliban")
    let first = k;
    while (first > fromTok) {
      const p = v.word(v.prev(first));
      if (!p || !(AFGHAN_WORDS.has(p) || PAKISTANI_WORDS.has(p))) break;
      first = v.prev(first);
    }
    const before = v.toks[v.prev(first)];
    const counted =
      before?.type === 'digits' ||
      /^(?:of|dozens|hundreds|scores|several)$/.test(v.word(v.prev(first)) ?? '') ||
      (v.word(v.prev(first)) ?? '') in UNIT_WORDS;
    const nextTok = v.next(k + 1);
    const next = v.word(nextTok) ?? '';
    // ("the Taliban spokesman's claim that …": the party heads a claim's owner)
    const ownerOfClaim =
      /['\u2019]s$/.test(next) && CLAIM_OWNED.has(v.word(v.next(nextTok + 1)) ?? '');
    const possessive =
      bare !== w || v.toks[k + 1]?.text === "'" || v.toks[k + 1]?.text === '\u2019';
    if (counted || CLAIM_OWNED.has(next) || ownerOfClaim) {
      k = first;
      continue;
    }
    const entityNoun = ENTITY_NOUNS_ONE.has(next) || (!singular && ENTITY_NOUNS_MANY.has(next));
    if (ENTITY_PARTIES.has(bare) && (!possessive || entityNoun || !/^\p{L}/u.test(next)))
      return side;
    if (entityNoun) return side;
    k = first;
  }
  return null;
}

/** Words that make a site a military unit's ("brigade headquarters", "an army garrison"). */
const MILITARY_UNIT_WORDS: ReadonlySet<string> = new Set(
  wordList(
    'brigade brigades corps battalion battalions division regiment army military garrison garrisons cantonment airbase airbases',
  ),
);

/** The side a toll's nationality names ("the Pakistani death toll at"), or null. */
function tollSide(m: RegExpExecArray | null): Side | null {
  if (!m) return null;
  return /^pak/i.test(m[1] as string) ? 'pakistan' : 'afghanistan';
}

/** Whether a civilian place heads the counted phrase ("two houses", not "18 rooms of his house"). */
function headedBySite(nounWords: readonly string[]): boolean {
  const of = nounWords.indexOf('of');
  return nounWords.slice(0, of < 0 ? undefined : of).some((w) => CIVILIAN_SITE_NOUNS.has(w));
}

/** A strike told as a noun falling on what follows ("air strikes on", "shelling of", "raids targeting"). */
const STRIKES_ON =
  /\b(?:(?:strikes?|airstrikes?|raids?|attacks?|bombings?|bombardment|shelling|shells)\s+(?:on|against|targeting|of|at|hit|hitting)|(?:shells?|rockets?|mortars?|mortar\s+rounds?|bombs?|missiles?|drones?)\s+(?:landed|fell|crashed|slammed)\s+(?:on|into))\s+(?:the\s+|at\s+least\s+|some\s+)?$/i;

/** Nouns whose "of" phrase names what a bare count counts ("the number of soldiers killed … at 12"). */
const COUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'count', 'tally']);

/** Words that make a count a further one of a group already counted ("30 more fighters", "five other people"). */
const FURTHER_WORDS: ReadonlySet<string> = new Set([
  'other',
  'more',
  'another',
  'further',
  'additional',
]);

/** The side a subject belongs to, if any. */
function sideOfSubject(subject: Subject): Side | null {
  if (subject === 'afghan-forces' || subject === 'afghan-civilians') return 'afghanistan';
  if (subject === 'pakistani-forces' || subject === 'pakistani-civilians') return 'pakistan';
  return null;
}

/**
 * The side of the posts or sites the text last named with a nationality before token `from`
 * ("Afghan posts", "19 Pakistani military outposts"), or null. Reading stops at
 * FIGURES_CONFIG.maxPostsLookbackWords words.
 */
function sideOfPostsBefore(v: TextView, from: number): Side | null {
  let words = 0;
  for (let k = from - 1; k >= 0 && words < FIGURES_CONFIG.maxPostsLookbackWords; k--) {
    const t = v.toks[k] as Token;
    if (t.type !== 'word') continue;
    words++;
    const m = MEASURE_NOUNS[t.lower];
    if (m !== 'posts' && m !== 'targets') continue;
    // Up to two modifiers between the nationality and the noun ("Pakistani military outposts").
    for (let j = k - 1, n = 0; j >= 0 && n < 3; j--) {
      const x = v.toks[j] as Token;
      if (x.type === 'space' || (x.type === 'punct' && x.text === '-')) continue;
      if (x.type !== 'word') break;
      const w = x.lower.replace(/['’]s$/, '');
      const side =
        w === 'taliban' && PAKISTANI_TALIBAN_MARKERS.has(v.word(v.prev(j)) ?? '')
          ? null
          : AFGHAN_WORDS.has(w)
            ? 'afghanistan'
            : PAKISTANI_WORDS.has(w) && w !== 'ispr'
              ? 'pakistan'
              : null;
      if (side) return side;
      if (NOUN_PHRASE_STOPS.has(w) || w.endsWith('ed') || w.endsWith('ing')) break;
      n++;
    }
  }
  return null;
}

/** Verbs of an attack whose object is the attacked side ("stormed a Pakistani post"). */
const ATTACKED_VERBS: ReadonlySet<string> = new Set([
  'attacked',
  'attacking',
  'stormed',
  'storming',
  'raided',
  'overran',
  'assaulted',
  'ambushed',
  'struck',
  'targeted',
  'bombed',
  'shelled',
  // "fired mortars at Pakistani positions", "opened fire on Afghan posts", "launched attacks on …".
  'fired',
  'opened',
  'launched',
  // Headline present tense: "Pakistan bombs Afghan border villages".
  'bombs',
  'pound',
  'pounds',
  'pounded',
  'bombarded',
  'bombards',
  'hit',
  'hits',
]);
/** Nouns of an attack whose object follows "on"/"against" ("an assault on Afghan positions"). */
const ATTACKED_NOUNS: ReadonlySet<string> = new Set(
  wordList(
    'attack attacks assault assaults raid raids strike strikes airstrike airstrikes shelling fire',
  ),
);
/** Words that open the clause of an attack verb: the agent is not before them. */
const AGENT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  wordList('when as while after before since because where that which who'),
);

/** Words that end the object of an attack verb: a new clause or phrase starts there. */
const OBJECT_ENDS: ReadonlySet<string> = new Set(
  wordList('and but while which who that killing said says after before as when'),
);

/**
 * The side attacked in the latest attack the words describe: the side named in its object
 * ("stormed a Pakistani post", "an assault on Afghan positions"), else the side opposite its agent
 * ("Taliban fighters attacked", "attacked by Afghan forces"); militants attack Pakistan. Null when
 * the words describe no attack with a side.
 */
function attackedSide(words: readonly string[]): Side | null {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    const isVerb = ATTACKED_VERBS.has(w);
    const isNoun =
      ATTACKED_NOUNS.has(w) && ['on', 'against', 'at', 'by'].includes(words[k + 1] ?? '');
    if (!isVerb && !isNoun) continue;
    // "attacked by Afghan forces", "an assault by the Afghan Taliban": the agent follows.
    if (words[k + 1] === 'by') {
      const agent = nearestSideFrom(words.slice(k + 2, k + 6));
      if (agent) return opposite(agent);
      if (words.slice(k + 2, k + 6).some((x) => MILITANT_NOUNS.has(x))) return 'pakistan';
      continue;
    }
    const object: string[] = [];
    for (let m = k + 1; m < words.length && object.length < 5; m++) {
      const x = words[m] as string;
      if (OBJECT_ENDS.has(x) || REPORTING_VERBS.has(x)) break;
      // ("an attack at Afghanistan border": a country named as its border's edge is not the one hit,
      // unlike its border posts or forces.)
      const edge =
        (words[m + 1] === 'border' || words[m + 1] === 'frontier') &&
        !BORDER_HOLDERS.has(words[m + 2] ?? '');
      if (!edge) object.push(x);
    }
    const hit = nearestSideFrom(object);
    if (hit) return hit;
    // The agent stands in the attack's own clause: "… in eastern Afghanistan when mortars hit"
    // names a place before the clause, not who fired.
    let agentFrom = Math.max(0, k - 4);
    for (let m = k - 1; m >= agentFrom; m--)
      if (AGENT_CLAUSE_OPENERS.has(words[m] as string)) {
        agentFrom = m + 1;
        break;
      }
    const agentWords = words.slice(agentFrom, k);
    const agent = nearestSide(agentWords);
    if (agent) return opposite(agent);
    if (agentWords.some((x) => MILITANT_NOUNS.has(x)) || isPakistaniTaliban(agentWords))
      return 'pakistan';
  }
  return null;
}

/** Prepositions that name the attack a harm came from ("hurt in a Pakistani mortar attack"). */
const HARM_SOURCE_WORDS: ReadonlySet<string> = new Set(['in', 'by', 'from', 'during']);

/**
 * The side whose attack the count's own clause names after it: "80 civilians were hurt in a
 * Pakistani mortar attack" (Pakistan's), "killed by Afghan shelling" (Afghanistan's).
 */
function attackerAfter(v: TextView, fromTok: number): Side | null {
  for (let k = v.next(fromTok), n = 0; n < 8; n++, k = v.next(k + 1)) {
    const t = v.toks[k];
    if (!t || t.type !== 'word') return null;
    if (!HARM_SOURCE_WORDS.has(t.lower)) continue;
    const words: string[] = [];
    for (let m = v.next(k + 1); words.length < 7; m = v.next(m + 1)) {
      const x = v.toks[m];
      if (!x || x.type !== 'word') break;
      words.push(x.lower);
      if (ATTACKED_NOUNS.has(x.lower)) return nearestSideFrom(words);
    }
    return null;
  }
  return null;
}

/** The nationality word nearest the start of `words`, or null. */
function nearestSideFrom(words: readonly string[]): Side | null {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    // A pair names both sides, so neither ("fire at the Pakistan-Afghanistan border").
    if (inCountryPair(words, k)) continue;
    if (PAKISTANI_TALIBAN_MARKERS.has(w) && words[k + 1] === 'taliban') return null;
    if (w === 'taliban' && k > 0 && PAKISTANI_TALIBAN_MARKERS.has(words[k - 1] as string)) continue;
    if (AFGHAN_WORDS.has(w)) return 'afghanistan';
    if (PAKISTANI_WORDS.has(w) && words[k + 1] !== 'taliban') return 'pakistan';
  }
  return null;
}

/** Nouns for a state army's rank and file ("soldiers", "troops"), which the Taliban's own copy calls mujahideen or forces. */
const SOLDIER_NOUNS: ReadonlySet<string> = new Set([
  'soldiers',
  'soldier',
  'troops',
  'personnel',
  'servicemen',
  'jawans',
  'sepoys',
]);

/** Military ranks that name one soldier or officer ("Major", "Captain", "Sepoy"). */
const MILITARY_RANKS: ReadonlySet<string> = new Set(
  wordList(
    'officer officers major captain lieutenant colonel brigadier sepoy naik havildar subedar sergeant',
  ),
);

/** Nouns for a family, whose counted "members" are civilians. */
const FAMILY_NOUNS: ReadonlySet<string> = new Set([
  'family',
  'families',
  'household',
  'households',
  'clan',
]);

/** A passive harm right after a counted phrase: someone's doing ("were killed", "had been wounded"). */
const INFLICTED_AFTER =
  /^\s*(?:(?:had|have|has)\s+been|were|was|are|been)\s+(?:killed|eliminated|neutrali[sz]ed|wounded|injured)\b/i;

/** Nouns of a side's own dead or hurt as it reports them ("troop fatalities", "military casualties"). */
const FATALITY_NOUNS: ReadonlySet<string> = new Set(
  wordList('fatalities casualties deaths losses'),
);

/** Verbs with which a party reports its own losses ("reported 23 troop fatalities"). */
const OWN_REPORT_VERBS: ReadonlySet<string> = new Set(
  wordList(
    'reported reports confirmed confirms acknowledged acknowledges admitted admits suffered suffers sustained',
  ),
);

/** Nouns for fighters, which this conflict's copy never uses for Pakistan's own soldiers. */
const FIGHTER_NOUNS: ReadonlySet<string> = new Set([
  'fighters',
  'fighter',
  'militiamen',
  'combatants',
  'combatant',
  'operatives',
  'operative',
]);

/**
 * The kind a copular predicate gives a counted group: "eight people killed were women and
 * children" → civilian. Reads past a participle or two to "were"/"are", then the predicate;
 * a partial word ("mostly", "many of them") names only some of them and gives nothing.
 */
function predicateKind(v: TextView, fromTok: number, sentenceEnd: number): Category | null {
  let k = v.next(fromTok);
  // The participle of the count ("killed"), then at most a short place ("in the strike").
  if (!MEASURE_VERBS[v.word(k) ?? '']) return null;
  for (let n = 0; ; n++) {
    k = v.next(k + 1);
    const w = v.word(k);
    if (!w || n >= 4 || (v.toks[k] as Token).start >= sentenceEnd) return null;
    if (w === 'were' || w === 'are') break;
    if (REPORTING_VERBS.has(w) || (AUXILIARIES.has(w) && w !== 'in' && w !== 'on')) return null;
  }
  const out: string[] = [];
  for (let m = k + 1; m < v.toks.length && out.length < 6; m++) {
    const x = v.toks[m] as Token;
    if (x.start >= sentenceEnd || (x.type === 'punct' && x.text !== '-')) break;
    if (x.type === 'word') out.push(x.lower);
  }
  if (out.some((w) => PARTIAL_WORDS.has(w))) return null;
  const kind = categoryOf(out);
  return kind === 'civilian' &&
    out.every((w) => w === 'all' || w === 'and' || CIVILIAN_NOUNS.has(w) || w === 'both')
    ? kind
    : null;
}

/** The kind of people a subject names. */
function kindOf(subject: Subject): Category | null {
  if (subject === 'afghan-forces' || subject === 'pakistani-forces') return 'force';
  if (subject === 'militants') return 'militant';
  if (subject === 'people') return 'people';
  if (subject === 'other') return null;
  return 'civilian';
}

/** Words of a partial aside right after a counted phrase (", including civilians", ", many of them children"), or []. */
function partialAsideAfter(v: TextView, fromTok: number): string[] {
  const g = v.next(fromTok);
  const t = v.toks[g];
  if (!t || t.type !== 'punct' || (t.text !== ',' && t.text !== '(')) return [];
  const first = v.word(v.next(g + 1));
  if (!first || !PARTIAL_WORDS.has(first)) return [];
  const out: string[] = [];
  for (let k = v.next(g + 1); k < v.toks.length && out.length < 8; k++) {
    const x = v.toks[k] as Token;
    if (x.type === 'punct' && x.text !== '-') break;
    if (x.type === 'word') out.push(x.lower);
  }
  return out;
}

function subjectFor(category: Category, side: Side | null): Subject {
  switch (category) {
    // Fighters whose side nothing states are people of no stated side.
    case 'force':
      return side === 'afghanistan'
        ? 'afghan-forces'
        : side === 'pakistan'
          ? 'pakistani-forces'
          : 'people';
    case 'civilian':
      return side === 'afghanistan'
        ? 'afghan-civilians'
        : side === 'pakistan'
          ? 'pakistani-civilians'
          : 'civilians';
    case 'militant':
      return 'militants';
    case 'people':
      return 'people';
  }
}

/** FURNITURE_AFTER as word lists, by first word. */
const FURNITURE_BY_FIRST = groupByWord(
  FURNITURE_AFTER.map((f) => f.split(' ')),
  (p) => p[0] as string,
);

function isFurniture(v: TextView, n: ParsedNumber, endTok: number): boolean {
  const at = v.next(endTok);
  for (const f of FURNITURE_BY_FIRST.get(v.word(at) ?? '') ?? []) {
    if (v.matches(at, f) >= 0) return true;
  }
  const p = v.word(v.prev(v.at(n.start)));
  if (p === 'updated' || p === 'published') return true;
  // "4 min read", "2 hours ago": the unit was read with the number.
  const after = v.word(v.next(endTok));
  if (n.unit !== null && after !== null && after.startsWith('read')) return true;
  // Relative dates: "three days ago", "sixteen days later", "two weeks earlier", "two nights ago".
  const nights = after === 'nights' || after === 'night';
  return (
    (nights || (n.unit !== null && TIME_UNIT_VALUES.has(n.unit))) &&
    after !== null &&
    RELATIVE_TIME_AFTER.has((nights ? v.word(v.next(v.next(endTok) + 1)) : after) ?? '') &&
    n.qualifier !== 'range'
  );
}

/** Letter words enough for a line to be prose, not a page's head (date lines, menus, image names). */
const PROSE_LINE_WORDS = 6;

/**
 * Where the text's first line of prose starts (the headline or the first sentence); 0 when no
 * line is prose (a table, a list of short lines: no page head to tell from a body).
 */
function firstProseLine(text: string): number {
  let at = 0;
  for (const line of text.split('\n')) {
    if ((line.match(/\p{L}{2,}/gu)?.length ?? 0) >= PROSE_LINE_WORDS) return at;
    at += line.length + 1;
  }
  return 0;
}

/**
 * A number on a line of the page's head with two words at most and none of a loss or a site
 * ("date 2026-02-28 403", "Nisan, 30, 5778", "Win $100-Register"): a view count, a date or an
 * advert, not a count of anything.
 */
function isHeadFurniture(text: string, n: ParsedNumber): boolean {
  const from = text.lastIndexOf('\n', n.start - 1) + 1;
  const to = text.indexOf('\n', n.end);
  const words = (text.slice(from, to < 0 ? text.length : to).match(/\p{L}{2,}/gu) ?? []).map((w) =>
    w.toLowerCase(),
  );
  return (
    words.length <= 2 &&
    words.every((w) => MEASURE_NOUNS[w] === undefined && MEASURE_VERBS[w] === undefined)
  );
}

/** Normalised time units ("days", "hours") a relative date is counted in. */
const TIME_UNIT_VALUES: ReadonlySet<string> = new Set(
  [...TIME_UNITS].map((w) => UNITS[w]).filter((u): u is string => u !== undefined),
);

const opposite = (side: Side | null): Side | null =>
  side === 'afghanistan' ? 'pakistan' : side === 'pakistan' ? 'afghanistan' : null;

/** Offset where the paragraph holding `at` starts, or `floor` when it starts before that. */
function paragraphStartWithin(text: string, at: number, floor: number): number {
  for (let k = at - 1; k >= Math.max(0, floor); k--) if (text[k] === '\n') return k + 1;
  return Math.max(0, floor);
}

/** Side of the first place named in the paragraph before `at` (its dateline aside), else of the last place named before it. */
function paragraphPlaceSide(text: string, at: number): Side | null {
  const para = text.slice(paragraphStart(text, at), at);
  const from = Math.max(0, at - FIGURES_CONFIG.maxSentenceChars);
  // Else the place named last in the text before: the story's scene carries across paragraphs.
  return placeSide(maskDateline(para)) ?? placeSide(maskBothSides(text.slice(from, at)), at - from);
}

/** Offset where the paragraph holding `at` starts. */
function paragraphStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at);
  return nl < 0 ? 0 : nl + 1;
}

/** The words after the last reporting verb or "that": the speaker of a frame is not a side of its content. */
function inClause(words: readonly string[]): readonly string[] {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    // "Pakistan is reported to have lost …": a passive reporting verb before "to" keeps its
    // subject in the clause.
    if (REPORTING_VERBS.has(w) && words[k + 1] === 'to' && PASSIVE_BE.has(words[k - 1] ?? ''))
      continue;
    if (REPORTING_VERBS.has(w) || w === 'that') return words.slice(k + 1);
  }
  return words;
}

/** Words before "posts" that make them messages, not military posts ("social media posts"). */
const ONLINE_WORDS: ReadonlySet<string> = new Set(
  wordList('social media online facebook instagram telegram twitter tiktok blog x'),
);

/** Whether counted "posts" are messages: online words in the phrase, or "on X" after it. */
function onlinePosts(text: string, words: readonly string[], endChar: number): boolean {
  return (
    words.some((w) => ONLINE_WORDS.has(w)) ||
    /^\s+on\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|social\s+media)\b/.test(
      text.slice(endChar, endChar + 30),
    )
  );
}

/** Whether a phrase ending in one loss noun goes on with "and" and the other ("deaths and injuries"). */
function lossPairAfter(
  v: TextView,
  endTok: number,
  words: readonly string[],
  numberStartToks: ReadonlySet<number>,
): boolean {
  const last = MEASURE_NOUNS[words[words.length - 1] ?? ''];
  const joiner = v.next(endTok);
  if (!/^(?:and|or)$/.test(v.word(joiner) ?? '')) return false;
  const second = v.next(joiner + 1);
  // ("12 deaths and injuries to 30 others", "12 fatalities and injured 36 others": the second
  // loss has a count of its own.)
  const afterSecond = v.next(second + 1);
  const counted = (k: number): boolean =>
    numberStartToks.has(k) || (v.word(k) === 'the' && numberStartToks.has(v.next(k + 1)));
  if (
    counted(afterSecond) ||
    (/^(?:to|of|among)$/.test(v.word(afterSecond) ?? '') && counted(v.next(afterSecond + 1)))
  )
    return false;
  return bothLosses(last, MEASURE_NOUNS[v.word(second) ?? '']);
}

/** Whether two loss measures are the dead and the hurt, one each: together, casualties. */
function bothLosses(a: Measure | null | undefined, b: Measure | null | undefined): boolean {
  return (a === 'killed' && b === 'wounded') || (a === 'wounded' && b === 'killed');
}

/** Participles of people driven from their homes: counted so, they are no loss of the verb before. */
const UPROOTING_WORDS: ReadonlySet<string> = new Set(
  wordList('displaced displacing uprooted uprooting evacuated evacuating homeless'),
);

/** Forms of "be" before a passive reporting verb ("is reported to", "was said to"). */
const PASSIVE_BE: ReadonlySet<string> = new Set(wordList('is are was were been being'));

/** The same words as wordsOf(text.slice(from, to)), read from the view's tokens (no second tokenizing). */
function wordsBetween(v: TextView, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = v.at(from); k < v.toks.length; k++) {
    const t = v.toks[k] as Token;
    if (t.end > to) break;
    if (t.type === 'word') out.push(t.lower.replace(/'s$/, ''));
  }
  return out;
}

/** Lower-case words of a stretch of text, possessives reduced to their owner ("Pakistan's" → "pakistan"). */
function wordsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.type === 'word')
    .map((t) => t.lower.replace(/'s$/, ''));
}

/** "including three children", "among them 3 women": the number is part of a group counted just before. */
function isInclusion(v: TextView, phraseTok: number): boolean {
  let k = v.prev(phraseTok);
  if (v.toks[k]?.type === 'punct' && /["\u201c']/.test(v.toks[k]?.text ?? '')) k = v.prev(k);
  if (v.toks[k]?.type === 'punct' && v.toks[k]?.text === ',') k = v.prev(k);
  // "killed 81 people: 11 soldiers and …": a colon right after a count opens its breakdown.
  if (v.toks[k]?.type === 'punct' && v.toks[k]?.text === ':') return true;
  const w = v.word(k);
  // "three cricketers were among eight people killed": the count after "were among" is the whole
  // group, the members named before it.
  // ("three cricketers among eight people killed": so after the members' own phrase.)
  if (
    w === 'among' &&
    (/^(?:were|was|are|is|be|been)$/.test(v.word(v.prev(k)) ?? '') ||
      isGroupNoun(v.word(v.prev(k)) ?? ''))
  )
    return false;
  if (w && INCLUSION_WORDS.has(w)) return true;
  if ((w === 'them' || w === 'whom' || w === 'those') && v.word(v.prev(k)) === 'among') return true;
  // "nine children, consisting of five boys and four girls".
  if (w === 'of' && v.word(v.prev(k)) === 'consisting') return true;
  return partitiveAt(v, phraseTok) >= 0;
}

/**
 * "of whom 12 were women", "Of those, 16 were children": a partitive before the count points back
 * to a group counted before; returns where its "of" starts, or -1. A pointer followed by the count
 * itself ("the bodies of those 23") is a determiner, so "them"/"those"/"these" need a comma.
 */
function partitiveAt(v: TextView, phraseTok: number): number {
  const at = v.toks[phraseTok]?.start ?? 0;
  const from = Math.max(0, at - 24);
  const m = /\bof (?:(?:them|those|these),|whom|which) *$/i.exec(v.text.slice(from, at));
  return m ? from + m.index : -1;
}

/**
 * Where the words after a part's pointer back to the group start ("10 of them| civilians", "four of
 * whom| were children"), or -1 when the count is no such part.
 */
function partAfter(text: string, numberEnd: number, words: readonly string[]): number {
  // ("23 of the dead were from a single family": a part of the loss just counted, too.)
  const m =
    /^\s+of\s+(?:them|whom|those|these|the\s+(?:dead|wounded|injured|killed|victims|casualties|deceased))\b/i.exec(
      text.slice(numberEnd, numberEnd + 28),
    );
  return m && (words.length === 0 || words[0] === 'of') ? numberEnd + m[0].length : -1;
}

/** Marks that close a quoted word. */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201d', "'", '\u2019']);

/** Frame verbs between a short group noun and its count ("The victims included eight …"). */
const FRAME_VERBS: ReadonlySet<string> = new Set(['included', 'include', 'includes', 'comprised']);

/**
 * The measure of a loss frame around a count: "The victims included eight …", "Those killed
 * included three …" (a loss noun in the short subject before the frame verb; victims count the
 * dead), and with `appositive` "casualties, 146 in total", "deaths, 30 of them civilians" (a loss
 * noun right before a comma or dash).
 */
function frameMeasure(
  v: TextView,
  phraseTok: number,
  sentenceStartTok: number,
  appositive: boolean,
): Measure | null {
  const k = v.prev(phraseTok);
  const p = v.toks[k]?.text ?? '';
  // "the deceased were civilians and included 27": the frame's subject may open a short predicate.
  const reach = FRAME_VERBS.has(p.toLowerCase())
    ? 6
    : appositive && (p === ',' || p === '\u2014' || p === '\u2013')
      ? 1
      : 0;
  for (let m = k - 1, words = 0; m >= sentenceStartTok && words < reach; m--) {
    const t = v.toks[m] as Token;
    if (t.type === 'digits' || (t.type === 'punct' && t.text !== '-')) return null;
    if (t.type !== 'word') continue;
    words++;
    const noun = lossGroupNoun(t.lower);
    if (noun === 'killed' || noun === 'wounded' || noun === 'casualties') return noun;
  }
  return null;
}

/** Whether the sentence opens by pointing back to a group, then names its members: "These include two …", "The dead included five …". */
function opensWithInclusion(v: TextView, phraseTok: number, sentenceStartTok: number): boolean {
  const k = v.prev(phraseTok);
  const w = v.word(k);
  // "Of those, 16 were children": a partitive that opens the sentence.
  const of = partitiveAt(v, phraseTok);
  if (of >= 0) return v.at(of) === sentenceStartTok;
  // "Among them were four children": the sentence opens with "among" and a short pointer.
  if (w === 'were' || w === 'are' || w === 'was') {
    let words = 0;
    for (let m = k - 1; m >= Math.max(sentenceStartTok, k - 12); m--) {
      const t = v.toks[m] as Token;
      if (t.type === 'digits') return false;
      if (t.type !== 'word') continue;
      if (t.lower === 'among') return m === sentenceStartTok || v.prev(m) < sentenceStartTok;
      if (++words > 3 || !GROUP_POINTERS.has(t.lower)) return false;
    }
    return false;
  }
  if (w !== 'include' && w !== 'includes' && w !== 'included') return false;
  // The subject is short and opens the sentence or a "that" clause ("stating that the victims included").
  let words = 0;
  for (let m = k - 1; m >= Math.max(sentenceStartTok, k - 16); m--) {
    const t = v.toks[m] as Token;
    if (t.type === 'digits') return false;
    if (t.type === 'punct' && t.text === ',') break;
    if (t.type !== 'word') continue;
    if (t.lower === 'that' && words > 0) break;
    if (++words > 3) return false;
  }
  return words >= 1;
}

/** The token of "including" right after a count's phrase (a comma may come first), or -1. */
function includingAt(v: TextView, fromTok: number): number {
  let k = v.next(fromTok);
  if (v.toks[k]?.type === 'punct' && v.toks[k]?.text === ',') k = v.next(k + 1);
  return v.word(k) === 'including' ? k : -1;
}

/** Words of the members named by ", including …" right after a figure, within the sentence, or null. */
function includingAfter(v: TextView, fromTok: number, sentenceEnd: number): string[] | null {
  const k = includingAt(v, fromTok);
  if (k < 0) return null;
  const out: string[] = [];
  for (let m = k + 1, c = 0; c < 12 && m < v.toks.length; c++, m++) {
    const x = v.toks[m] as Token;
    if (x.start >= sentenceEnd || (x.type === 'punct' && x.text !== '-')) break;
    if (x.type === 'word') out.push(x.lower);
  }
  return out.length ? out : null;
}

/** Whether members of `kind` in a group that inherits `head` make it a mix of kinds ("soldiers … including civilians"). */
function mixedGroup(head: Subject, kind: Category | null): boolean {
  if (!kind || kind === 'people') return false;
  const headKind: Category | null = head.endsWith('forces')
    ? 'force'
    : head.endsWith('civilians')
      ? 'civilian'
      : head === 'militants'
        ? 'militant'
        : null;
  return headKind !== null && headKind !== kind;
}

/** Whether "rubble" or "debris" follows a counted phrase within a few words ("… under the rubble"). */
function rubbleAfter(v: TextView, fromTok: number): boolean {
  for (let k = fromTok, words = 0; k < v.toks.length && words < 4; k++) {
    const t = v.toks[k] as Token;
    if (t.type === 'punct' && t.text !== '-') return false;
    if (t.type !== 'word') continue;
    if (t.lower === 'rubble' || t.lower === 'debris') return true;
    words++;
  }
  return false;
}

/** Words of the group named by "among …" after a figure, within the sentence ("13 dead and 22 wounded among Afghan soldiers"). */
function amongAfter(v: TextView, fromTok: number, sentenceEnd: number): string[] | null {
  let k = fromTok;
  for (let n = 0; n < 14 && k < v.toks.length; n++, k++) {
    const t = v.toks[k] as Token;
    if (t.start >= sentenceEnd) return null;
    if (t.type === 'punct' && (t.text === ',' || t.text === ';' || t.text === '.')) return null;
    if (t.type === 'word' && t.lower === 'among') {
      const out: string[] = [];
      let m = k + 1;
      for (let c = 0; c < 10 && m < v.toks.length; c++, m++) {
        const x = v.toks[m] as Token;
        if (x.type === 'punct' || x.start >= sentenceEnd) break;
        if (x.type === 'word') {
          if (NOUN_PHRASE_STOPS.has(x.lower) && x.lower !== 'the') break;
          out.push(x.lower.replace(/'s$/, ''));
        }
      }
      return categoryOf(out) ? out : null;
    }
  }
  return null;
}

interface Previous {
  measure: Measure;
  subject: Subject;
  sentence: number;
  end: number;
  /** The counted noun words of its phrase, for an elliptical count after it ("destroyed 130 posts and captured 26"). */
  nounWords: string[];
  /** What its verb said it counts ("killed", "posts"…), for a list sharing one verb. */
  verb: Measure | null;
  /** Whether it is a member of a group counted before it ("including five boys"), so the list goes on. */
  member: boolean;
  /** Whether it is a part of the count before it ("nine of them children"): what follows it goes on with the whole. */
  part?: boolean;
  /** The group a member belongs to, for "others" after the members ("10 people, including three players, and 12 others"). */
  group: Previous | null;
}

/**
 * The figure a count of no noun of its own points back to: the one just before, except that
 * after the members of a group ("killing 10 people, including three players, while 12 others
 * were hurt") "others" are further people of the group, not of its members' kind. A count still
 * in the members' list ("… three players and two coaches") is one of them.
 */
function pointedGroup(before: Previous, gap: string, member: boolean): Previous {
  // ("12 dead, nine of them children, and 17 wounded": the 17 go on with the 12, not the part.)
  if (before.part && before.group && !member) return before.group;
  return before.member && before.group && !member && !listJoined(gap) ? before.group : before;
}

/** Nouns of a site told only by where it is ("four locations", "three places", "several spots"). */
const BARE_SITE_NOUNS: ReadonlySet<string> = new Set(
  wordList('locations location places place spots spot points'),
);

/** Words that give a site a kind ("military locations", "militant sites", "Taliban positions"). */
const SITE_KIND_WORDS: ReadonlySet<string> = new Set(
  wordList('military militant militants terrorist terrorists army strategic defence defense'),
);

/** Whether a counted site is told only by where it is: a bare site noun and no kind or side word. */
function bareSite(words: readonly string[]): boolean {
  return (
    words.some((w) => BARE_SITE_NOUNS.has(w)) &&
    !words.some(
      (w) =>
        SITE_KIND_WORDS.has(w) ||
        FORCE_NOUNS.has(w) ||
        MILITANT_NOUNS.has(w) ||
        CIVILIAN_SITE_NOUNS.has(w) ||
        AFGHAN_WORDS.has(w) ||
        PAKISTANI_WORDS.has(w) ||
        (!BARE_SITE_NOUNS.has(w) &&
          (MEASURE_NOUNS[w] === 'posts' || MEASURE_NOUNS[w] === 'targets')),
    )
  );
}

/** Words of an attack on positions on the ground, as against a strike from the air. */
const GROUND_ATTACK_WORDS: ReadonlySet<string> = new Set(
  wordList(
    'attack attacks attacked attacking assault assaults assaulted raid raids raided stormed',
  ),
);

/** Whether an attack word governs a counted site: just before it ("attacks on 16") or after it ("16 locations were attacked"). */
function groundAttackAround(v: TextView, phraseTok: number, endTok: number): boolean {
  for (let k = v.prev(phraseTok), n = 0; k >= 0 && n < 4; k = v.prev(k)) {
    const t = v.toks[k] as Token | undefined;
    if (!t || (t.type === 'punct' && t.text !== '"' && !CLOSING_QUOTES.has(t.text))) break;
    if (t.type !== 'word') continue;
    n++;
    if (GROUND_ATTACK_WORDS.has(t.lower)) return true;
  }
  for (let k = v.next(endTok), n = 0; k < v.toks.length && n < 3; k = v.next(k + 1)) {
    const t = v.toks[k] as Token | undefined;
    if (!t || t.type !== 'word') break;
    n++;
    if (GROUND_ATTACK_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Words of harm to civilians around a strike ("residential areas", "women and children", "10 people"). */
const CIVILIAN_HARM_WORDS: ReadonlySet<string> = new Set(
  wordList('residential civilian people persons individuals lives'),
);

/**
 * Whether the paragraph around a count (clipped to a window) tells of harm to civilians or
 * people: a civilian noun, a civilian place or "people". Soldiers or posts of no side do not.
 */
function civilianHarmAround(text: string, start: number, end: number): boolean {
  const floor = start - FIGURES_CONFIG.maxAttackContextChars;
  const from = paragraphStartWithin(text, start, floor);
  let to = text.indexOf('\n', end);
  if (to < 0 || to > end + FIGURES_CONFIG.maxAttackContextChars)
    to = Math.min(text.length, end + FIGURES_CONFIG.maxAttackContextChars);
  return wordsOf(text.slice(from, to)).some(
    (w) => CIVILIAN_NOUNS.has(w) || CIVILIAN_SITE_NOUNS.has(w) || CIVILIAN_HARM_WORDS.has(w),
  );
}

/**
 * Whether a count is followed by an apposition that counts its members, all civilians, and
 * closes before the verb: "seven villagers, four boys and three women, were killed". A partial word
 * ("mostly children", "three of them children") names only some, so it is none.
 */
function civilianApposition(v: TextView, fromTok: number, sentenceEnd: number): boolean {
  const k = v.next(fromTok);
  if (v.toks[k]?.type !== 'punct' || v.toks[k]?.text !== ',') return false;
  let civilians = 0;
  for (let n = 0, m = k + 1; n < 14 && m < v.toks.length; m++) {
    const t = v.toks[m] as Token;
    if (t.start >= sentenceEnd) return false;
    if (t.type === 'space') continue;
    if (t.type === 'punct') return (t.text === ',' || t.text === ')') && civilians > 0;
    n++;
    if (t.type === 'digits') continue;
    const w = t.lower;
    if (CIVILIAN_NOUNS.has(w)) civilians++;
    else if (
      w !== 'and' &&
      w !== 'a' &&
      w !== 'an' &&
      UNIT_WORDS[w] === undefined &&
      TENS_WORDS[w] === undefined
    )
      return false;
  }
  return false;
}

/**
 * ", all of them women and children": an aside after a count that says every one of them was a
 * civilian, up to the next mark or the sentence's end.
 */
function allCiviliansAfter(v: TextView, fromTok: number, sentenceEnd: number): boolean {
  // The aside may follow a short place ("4 people in Dand-e-Patan, all of them …").
  let k = v.next(fromTok);
  // "the nine dead were all women and children": said of them as the predicate, too.
  if ((v.word(k) === 'were' || v.word(k) === 'are') && v.word(v.next(k + 1)) === 'all')
    return civiliansFrom(v, v.next(v.next(k + 1) + 1), sentenceEnd);
  // (or another count of the same list: "160 wounded and 38 dead, all of them civilians")
  const inAside = (t: Token | undefined): boolean =>
    t !== undefined && (t.type === 'word' || t.type === 'digits' || t.text === '-');
  for (let words = 0; words < 8 && inAside(v.toks[k]); words++) k = v.next(k + 1);
  if (v.toks[k]?.type !== 'punct' || v.toks[k]?.text !== ',') return false;
  let m = v.next(k + 1);
  if (v.word(m) !== 'all') return false;
  m = v.next(m + 1);
  if (v.word(m) === 'of' && v.word(v.next(m + 1)) === 'them') m = v.next(v.next(m + 1) + 1);
  return civiliansFrom(v, m, sentenceEnd);
}

/** Whether the words from token m to the clause's end name only civilians ("women and children"). */
function civiliansFrom(v: TextView, from: number, sentenceEnd: number): boolean {
  let civilians = 0;
  for (let n = 0, m = from; n < 8 && m < v.toks.length; m++) {
    const t = v.toks[m] as Token;
    if (t.start >= sentenceEnd || t.type === 'punct') return civilians > 0;
    if (t.type !== 'word') continue;
    n++;
    if (CIVILIAN_NOUNS.has(t.lower)) civilians++;
    // ("all civilians hit by mortar fire": a participle after them only says what befell them.)
    else if (civilians > 0 && (/ed$/.test(t.lower) || /^(?:hit|struck|caught|shot)$/.test(t.lower)))
      return true;
    else if (t.lower !== 'and' && t.lower !== 'or') return false;
  }
  return false;
}

/** A fight with the Afghan forces named in the clause after a count ("… killed in clashes with Afghan forces"). */
const FIGHT_WITH_AFGHAN_FORCES_RE =
  /^[^.;:\n]{0,80}?\b(?:clash(?:es)?|fighting|battles?|skirmish(?:es)?|gunfights?|firefights?)\s+(?:with|against)\s+(?:the\s+)?(?:afghan\s+(?:taliban|forces|troops|army|soldiers|border\s+forces)|taliban\s+forces)\b/i;

/** Whether a family is the last group the words name (no force or armed group after it). */
function familyBefore(words: readonly string[]): boolean {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (FAMILY_NOUNS.has(w)) return true;
    if (FORCE_NOUNS.has(w) || MILITANT_NOUNS.has(w) || GROUP_NOUNS.has(w)) return false;
  }
  return false;
}

/** Words between a bare count and "including" that belong to its own verb ("26 were injured including …"). */
const VERB_GROUP_WORDS: ReadonlySet<string> = new Set(
  wordList('were was have has had been are is reportedly also'),
);

/** The members after a bare count's own verb: "26 were injured including six children and …". */
function includingAfterVerb(v: TextView, fromTok: number, sentenceEnd: number): string[] | null {
  let k = v.next(fromTok);
  for (let n = 0; n < 4; n++) {
    const w = v.word(k);
    if (w === null || !(VERB_GROUP_WORDS.has(w) || MEASURE_VERBS[w] !== undefined)) break;
    k = v.next(k + 1);
  }
  return k === v.next(fromTok) ? null : includingAfter(v, k, sentenceEnd);
}

/** Marks that open an apposition listing a count's members ("10 people — nine children and …"). */
const APPOSITION_MARKS: ReadonlySet<string> = new Set([':', '\u2014', '\u2013', ',']);

/**
 * Whether the members after "including" ("including five women and three children") are all
 * civilians counted in numbers that add up to `whole`.
 */
function civilianMembersMakeWhole(
  v: TextView,
  fromTok: number,
  sentenceEnd: number,
  numbers: readonly ParsedNumber[],
  whole: number,
): boolean {
  // ", including nine children and one woman", or an apposition after a colon, dash or comma
  // ("killing 10 people — nine children and one woman").
  let k = includingAt(v, fromTok);
  if (k < 0) {
    const g = v.next(fromTok);
    const t = v.toks[g];
    if (t?.type === 'punct' && APPOSITION_MARKS.has(t.text)) k = g;
    else return false;
  }
  const from = (v.toks[k] as Token).end;
  let end = sentenceEnd;
  for (let m = k + 1; m < v.toks.length; m++) {
    const t = v.toks[m] as Token;
    if (t.start >= sentenceEnd) break;
    if (t.type === 'punct' && t.text !== ',' && t.text !== '-') {
      end = t.start;
      break;
    }
  }
  let sum = 0;
  let members = 0;
  for (const x of numbers) {
    if (x.start < from || x.start >= end) continue;
    if (x.upper !== null || x.qualifier !== 'exact') return false;
    const noun = v.word(v.next(v.at(x.end)));
    if (!noun || !CIVILIAN_NOUNS.has(noun)) return false;
    sum += x.value;
    members++;
  }
  return members > 0 && sum === whole;
}

/** Whether members name civilians and soldiers together ("six children and four FC personnel"). */
function civiliansAndForces(words: readonly string[]): boolean {
  return (
    words.some((w) => CIVILIAN_NOUNS.has(w)) &&
    words.some(
      (w, k) =>
        // ("members of the national cricket team" are a team's members, not a force's: members
        // "of" something are a force's only when a force is named there.)
        (FORCE_NOUNS.has(w) &&
          !(
            (w === 'members' || w === 'member') &&
            words[k + 1] === 'of' &&
            !words
              .slice(k + 2, k + 7)
              .some(
                (x) => (FORCE_NOUNS.has(x) && x !== 'members') || x === 'army' || x === 'taliban',
              )
          )) ||
        w === 'fc' ||
        (w === 'frontier' && words[k + 1] === 'corps'),
    )
  );
}

/** Nouns for a sporting or civic body whose members are civilians ("the national cricket team"). */
const TEAM_NOUNS: ReadonlySet<string> = new Set(wordList('team teams club clubs squad academy'));

/** Whether "members of …" at k names a team's members (within a few words after "of"). */
function teamAfter(words: readonly string[], k: number): boolean {
  return words[k + 1] === 'of' && words.slice(k + 2, k + 7).some((w) => TEAM_NOUNS.has(w));
}

/** "from both sides", "on either side", "of the two countries": words that put a count on both sides. */
const BOTH_SIDES_AFTER_RE =
  /^\s*(?:from|on|of|among)\s+(?:both|either|the\s+two)\s+(?:sides|countries|armies|forces)\b/i;

/**
 * Whether the words right after a count put it on both sides: "border guards from both sides",
 * or members that name one side and the other ("five troops, including two Afghan and three
 * Pakistani").
 */
function bothSidesCounted(v: TextView, fromTok: number, sentenceEnd: number): boolean {
  const t = v.toks[fromTok];
  if (t && BOTH_SIDES_AFTER_RE.test(v.text.slice(t.start, Math.min(sentenceEnd, t.start + 40))))
    return true;
  const members = includingAfter(v, fromTok, sentenceEnd);
  return (
    !!members &&
    members.some((w) => AFGHAN_WORDS.has(w)) &&
    members.some((w, k) => PAKISTANI_WORDS.has(w) && members[k + 1] !== 'taliban')
  );
}

/** Whether `at` stands inside a bracket opened right after a figure's phrase: "nine children (five boys and four girls)". */
function inBracketAfter(text: string, prevEnd: number, at: number): boolean {
  const gap = text.slice(prevEnd, at);
  // Also an aside between dashes: "seven pupils - three boys and four girls - and a teacher".
  return (
    gap.length <= 80 && /^\s*(?:[([][^()[\]]*|(?:\s-|[\u2014\u2013])[^\u2014\u2013]*)$/.test(gap)
  );
}

/** Whether only a list connector stands between two figures ("A and B", "A, B", "A, and B", "A as well as B"). */
function listJoined(gap: string): boolean {
  return /^\s*(?:,\s*(?:and\s+|as well as\s+|(?:along|together) with\s+|alongside\s+|plus\s+)?|and\s+|as well as\s+|(?:along|together) with\s+|alongside\s+|plus\s+|&\s*)$/i.test(
    gap,
  );
}

/**
 * A list gap without the short place modifier that ends the member before it: in "included three
 * players from Urgun and five other residents" the gap "from Urgun and" joins as "and" does, and
 * so does "(Khost), " in "Deaths: 41 (Khost), 6 (Kunar)".
 */
function modifierTrimmed(gap: string): string {
  return gap.replace(TRAILING_PLACE_MODIFIER, '').replace(BRACKETED_PLACE, '');
}
const BRACKETED_PLACE = /^\s*\(\p{Lu}[\p{L}'\u2019 -]{0,40}\)(?=\s*,|\s+and\s)/u;
const TRAILING_PLACE_MODIFIER =
  /^\s+(?:from|in|of|near)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}(?:\s+(?:district|province|village|town|city|area|region))?(?=\s*,|\s+and\s)/u;

/** Whether a short stretch (no clause punctuation, few words) joins two figures of one clause ("and captured", ", wounding"). */
function sameClauseGap(gap: string, pointsBack = false): boolean {
  const max = FIGURES_CONFIG.maxEllipsisGapWords * (pointsBack ? 2 : 1);
  const words = wordsOf(gap);
  // The longer reach stops at a new clause or a new speaker ("while the Taliban said …").
  if (pointsBack && words.some((w) => CLAUSE_BREAKS.has(w) || REPORTING_VERBS.has(w)))
    return words.length <= FIGURES_CONFIG.maxEllipsisGapWords && !/[;:.\u201c\u201d"()]/.test(gap);
  return !/[;:.\u201c\u201d"()]/.test(gap) && words.length <= max;
}

/**
 * Whether a bare count repeats the frame of the count before it in a list: "two positions in the
 * north, three in the south, and two in the east" — the earlier count's place phrase (the gap)
 * starts with the preposition that follows this count, and a list connector ends it.
 */
function parallelFrame(v: TextView, endTok: number, gap: string): boolean {
  if (gap.length > 200) return false;
  // "five are from Behsud, two from Khogyani": a copula before the first frame is left out after it.
  const head = /^\s*(?:(?:are|were|was|is)\s+)?(in|at|near|along|on|from)\s/i.exec(gap);
  if (!head || /[;:.()"\u201c\u201d]/.test(gap)) return false;
  if (!/(?:,\s*(?:and\s+)?|\sand\s+)$/i.test(gap)) return false;
  if (wordsOf(gap).length > FIGURES_CONFIG.maxEllipsisGapWords * 3) return false;
  return v.word(v.next(endTok)) === (head[1] as string).toLowerCase();
}

/** Whether a bare count says outright that it continues a count before it ("nine more", "another 12", "12 others"). */
function pointsBackToNoun(v: TextView, phraseTok: number, words: readonly string[]): boolean {
  return (
    (words.length === 1 && (words[0] === 'more' || words[0] === 'others')) ||
    v.word(v.prev(phraseTok)) === 'another'
  );
}

/**
 * Every numeric claim in an article's text, in reading order, with measure,
 * subject, claimant and exact offsets (text.slice(f.start, f.end) === f.text).
 *
 * @example extractFigures("Mujahid said 55 Pakistani soldiers were killed.")
 *   → [{ measure: "killed", subject: "pakistani-forces", claimant: "afghanistan", value: 55,
 *        qualifier: "exact", text: "55 Pakistani soldiers", … }]
 */
export function extractFigures(text: string, options: FigureOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const v = new TextView(text);
  const lineStartOf = lineStarts(text);
  const spans: SentenceSpan[] = splitSentences(text);
  const speakers: SentenceAttribution[] = findSpeakers(
    text,
    spans,
    options.outlet ? outletSide(options.outlet) : null,
  );
  // the view's tokens: the text is tokenized once
  const numbers = mergeGlossedNumbers(text, findNumbers(text, v.toks));
  const numberStartToks = new Set(numbers.map((n) => v.at(n.start)));
  const numberEndToks = new Set(numbers.map((n) => v.at(n.end)));
  const numberAt = new Map(numbers.map((n) => [n.start, n]));

  const figures: Figure[] = [];
  /** Figures an unplaced speaker reports, by index, with the side of their harm verb's agent. */
  const unplaced = new Map<number, Side | null>();
  let s = 0;
  /** The last casualty figure, for "27 others", "another 22", "23 of them". */
  let prev = null as Previous | null;
  /** Civilians in one story are usually hit on one side: the last side named carries to later counts. */
  let lastCivilianSide: Side | null = null;
  let wordsCache: { key: string; words: string[] } = { key: '', words: [] };
  let lastEnd = -1;
  const proseFrom = firstProseLine(text);
  for (const n of numbers) {
    while (s < spans.length - 1 && (spans[s] as SentenceSpan).end <= n.start) s++;
    const span = spans[s] ?? { start: 0, end: text.length };
    const phraseTok = v.at(n.start);
    const endTok = v.at(n.end);
    const sentenceStartTok = v.at(span.start);
    if (isFurniture(v, n, endTok)) continue;
    if (n.start < proseFrom && isHeadFurniture(text, n)) continue;
    if (n.start < lastEnd) continue; // inside the previous figure's phrase ("six members of one family")
    if (n.value < 0) continue; // "-3" in a table or "minus five" is no count a reader compares
    const sentenceAttribution = speakers[s];
    const speaker = sentenceAttribution ? attributionAt(sentenceAttribution, n.start) : null;
    // The side that speaks: its own losses are the unmarked ones (a denier's, in a denial).
    const speaking = speaker?.speakerSide !== undefined ? speaker.speakerSide : speaker?.claimant;
    const claimSide: Side | null =
      speaking === 'afghanistan' || speaking === 'pakistan' ? speaking : null;
    // Per-number windows are clipped so a huge unpunctuated "sentence" keeps the work linear.
    const windowStart = Math.max(span.start, n.start - FIGURES_CONFIG.maxSentenceChars / 4);
    const sentenceFrom = Math.max(span.start, n.start - FIGURES_CONFIG.maxSentenceChars / 2);
    const sentenceText = text.slice(
      sentenceFrom,
      Math.min(span.end, n.end + FIGURES_CONFIG.maxSentenceChars / 2),
    );
    /** The sentence's words, tokenized once per sentence window. */
    const sentenceWordsOf = (): string[] => {
      const key = `${sentenceFrom}:${sentenceText.length}`;
      if (wordsCache.key !== key) wordsCache = { key, words: wordsOf(sentenceText) };
      return wordsCache.words;
    };
    /** Side of the place nearest the number in its sentence. */
    const placeText = (): string => maskDateline(maskBothSides(sentenceText));
    const nearPlace = (): Side | null => placeSide(placeText(), n.start - sentenceFrom, true);
    /** The same, among the places before the number and in its own clause after it (not "…, prompting Islamabad to …"). */
    const nearPlaceInClause = (): Side | null => {
      const rest = sentenceText.slice(n.end - sentenceFrom);
      const stop = rest.search(/[,;:\u2013\u2014]|\band\s+\w+(?:ing|ed)\b/i);
      const upto = stop < 0 ? sentenceText.length : n.end - sentenceFrom + stop;
      return placeSide(placeText().slice(0, upto), n.start - sentenceFrom, true);
    };
    /** The place named after the count in its own clause ("killing 9 civilians in Chaman"), not before it. */
    const placeAfterInClause = (): Side | null => {
      const rest = placeText().slice(n.end - sentenceFrom);
      const stop = rest.search(/[,;:\u2013\u2014]|\band\s+\w+(?:ing|ed)\b/i);
      return placeSide(stop < 0 ? rest : rest.slice(0, stop));
    };
    /** The side a harm verb's agent is on ("Afghan forces killed 7 soldiers" → afghanistan), the speaker's for "it"/"they". */
    let agentMemo: Side | null | undefined;
    /** Whether the harm verb's agent is both sides together ("clashes between Pakistani and Afghan forces killed …"). */
    let bothAgents = false;
    const agentSide = (): Side | null => (agentMemo ??= findAgentSide());
    const findAgentSide = (): Side | null => {
      const a = agentBefore(v, phraseTok, sentenceStartTok) ?? agentAfter(v, np.endTok, span.end);
      if (!a || a.side === null) return null;
      if (a.side === 'both') {
        bothAgents = true;
        return null;
      }
      // Militants fight Pakistan's forces: what they attack or kill is Pakistan's, as if the agent were
      // the other side; but insurgents an Afghan official tells of fight Afghanistan's ("an Afghan
      // official says insurgents have killed four police").
      if (a.side === 'militants') return claimSide === 'afghanistan' ? 'pakistan' : 'afghanistan';
      return a.side === 'speaker' ? claimSide : a.side;
    };
    /**
     * The side of a bare count ("23 were martyred") that no word before it placed: a side named
     * with "on the … side" in its sentence; "nine of their own", the speaker's; martyrs in a
     * Pakistani account with no civilians named; else the one side of a force named in the
     * sentences just before. Null (people) otherwise.
     */
    const bareCountSide = (): Side | null => {
      const sentence = sentenceWordsOf();
      const sideWords = /\b(?:on|from) the (afghan|pakistani) side\b/i.exec(sentenceText);
      if (sideWords)
        return (sideWords[1] as string).toLowerCase() === 'afghan' ? 'afghanistan' : 'pakistan';
      if (words.includes('own') && words.some((w) => OWN_POSSESSIVES.has(w))) return claimSide;
      const civilians = sentence.some((w) => CIVILIAN_NOUNS.has(w) || PEOPLE_NOUNS.has(w));
      if (claimSide === 'pakistan' && !civilians && sentence.some((w) => OWN_LOSS_MARKERS.has(w)))
        return 'pakistan';
      const from = contextStart(
        spans[Math.max(0, s - FIGURES_CONFIG.maxAttackedLookbackSentences)],
      );
      const context = wordsOf(text.slice(from, n.start));
      if (!civilians && context.some((w) => SOLDIER_NOUNS.has(w)))
        return sideOfContext(text, from, n.start);
      return null;
    };
    /**
     * The side hit by the attack the count's clause and the sentences just before tell of
     * ("… thwarted an assault by the Afghan Taliban. The strikes occurred at four spots").
     */
    const attackedBefore = (): Side | null => {
      const from = spans[Math.max(0, s - FIGURES_CONFIG.maxAttackerLookbackSentences)];
      return attackedSide(wordsBetween(v, contextStart(from), n.start));
    };
    /** Where the sentences before a count start, clipped so a text without full stops stays linear. */
    const contextStart = (from: SentenceSpan | undefined): number =>
      Math.max(from ? from.start : 0, n.start - FIGURES_CONFIG.maxAttackContextChars);
    const prevHere: Previous | null = prev && prev.sentence === s ? prev : null;
    // The group a member belongs to: the figure just before in the sentence, or the last one of the
    // sentence before when this one opens by pointing back to it ("These include two positions …").
    const head: Previous | null =
      prevHere ??
      (prev &&
      s - prev.sentence <= 2 &&
      s > prev.sentence &&
      opensWithInclusion(v, phraseTok, sentenceStartTok)
        ? prev
        : null);
    // A member of the group counted just before: "including five boys", "nine children (five boys …)".
    const member =
      !!head &&
      ((head === prevHere && isInclusion(v, phraseTok)) ||
        head !== prevHere ||
        inBracketAfter(text, head.end, n.start));

    const np: NounPhrase = n.unit
      ? { words: [], endTok, endChar: n.end }
      : nounPhraseAfter(v, endTok, n.end, numberStartToks);
    let words = np.words;
    const ownNoun = words.some((w) => !ANAPHORA.has(w) && w !== 'of');
    let inherited = false;
    // Ellipsis: "destroyed 130 posts and captured 26", "killed 12 soldiers, wounded 27": the bare count
    // takes the noun of the figure just before it in the same clause.
    const ellipsisGap = prevHere ? text.slice(prevHere.end, n.start) : '';
    // "killed 185 civilians and displaced over 100,000": a verb of uprooting in between counts
    // people who fled, not more of the loss before it.
    const uprootedBetween = UPROOTING_WORDS.has(wordsOf(ellipsisGap).at(-1) ?? '');
    if (
      !ownNoun &&
      !uprootedBetween &&
      !n.unit &&
      prevHere &&
      prevHere.nounWords.length > 0 &&
      (sameClauseGap(ellipsisGap, pointsBackToNoun(v, phraseTok, np.words)) ||
        parallelFrame(v, endTok, ellipsisGap)) &&
      !isInclusion(v, phraseTok)
    ) {
      // "27 sustained injuries and one was missing": a count with a predicate of its own takes
      // the group, not the loss, the words before named.
      const own = ownPredicateAfter(v, np.endTok);
      words = [
        ...words,
        ...prevHere.nounWords.filter(
          (w) => !own || MEASURE_NOUNS[w] === undefined || SITE_MEASURES.has(MEASURE_NOUNS[w]),
        ),
      ];
      inherited = true;
      // Places are not killed or wounded: "seized 25 posts and killed 58" counts people.
      const placeNoun = prevHere.measure === 'posts' || prevHere.measure === 'targets';
      const gapVerb = placeNoun ? verbBefore(v, phraseTok, sentenceStartTok, numberEndToks) : null;
      // "hit two villages, displacing hundreds": a participle of no site measure takes people, not
      // sites ("seized 12 posts and abandoned 5" still shares the noun).
      const otherVerb =
        placeNoun &&
        !gapVerb &&
        wordsOf(ellipsisGap).some(
          (w) => w.endsWith('ing') && w.length > 5 && MEASURE_VERBS[w] === undefined,
        );
      if (
        otherVerb ||
        (gapVerb && gapVerb !== 'posts' && gapVerb !== 'targets' && gapVerb !== 'captured')
      ) {
        words = np.words;
        inherited = false;
      }
    }
    // Right-node raising: "one corps and one brigade headquarters" — the head noun of the next
    // member is this member's too, when this one names no kind of its own.
    if (
      ownNoun &&
      !n.unit &&
      !inherited &&
      words.every((w) => MEASURE_NOUNS[w] === undefined) &&
      categoryOf(words) === null
    ) {
      const raised = raisedPlaceNoun(v, np.endTok, numberAt, numberStartToks);
      if (raised) words = [...words, raised];
    }
    // "nine Pakistani and six Afghan troops": a bare nationality takes the head noun of the next member.
    if (
      ownNoun &&
      !n.unit &&
      !inherited &&
      words.length > 0 &&
      words.every((w) => AFGHAN_WORDS.has(w) || PAKISTANI_WORDS.has(w))
    ) {
      const raised = raisedGroupNoun(v, np.endTok, numberAt, numberStartToks);
      if (raised) words = [...words, raised];
    }
    // "the deaths of three Pakistani": a nationality adjective with its noun left out counts that side's men.
    if (
      ownNoun &&
      !n.unit &&
      words.length > 0 &&
      words.every((w) => w === 'afghan' || w === 'pakistani')
    )
      words = [...words, 'personnel'];
    // "Posts destroyed: 77": the heading before the colon names what the bare count counts.
    const label = !ownNoun && !n.unit ? colonLabel(text, lineStartOf(n.start), n.start) : null;
    if (label) words = label.words;
    // "310 others, many of them mothers and infants": words after "many"/"including" name only part
    // of the group, so the group's kind comes from the words before them.
    const asideAt = words.findIndex((w, i) => i > 0 && PARTIAL_WORDS.has(w));
    const coreWords = asideAt > 0 ? words.slice(0, asideAt) : words;
    const aside = asideAt > 0 ? words.slice(asideAt) : partialAsideAfter(v, np.endTok);
    const nounWords = coreWords.filter(
      (w) => !(MEASURE_NOUNS[w] !== undefined && MEASURE_VERBS[w] !== undefined),
    );
    const anaphoric =
      !ownNoun ||
      nounWords.every((w) => ANAPHORA.has(w) || w === 'of') ||
      !coreWords.some((w) => !ANAPHORA.has(w) && w !== 'of');

    /** The loss this count gives an earlier figure of ("… up from 40"), or counts part of. */
    let earlierCountOf: Previous | null = null;
    /** The loss a part names for itself ("42 of them deaths", "42 of them fatally"). */
    let partMeasure: Measure | null = null;
    // --- measure
    let measure: Measure = 'other';
    let verb: Measure | null = null;
    /** Whether the count is the complement of a verb of rising ("… killed numbered 23"), not a verb's object. */
    let risen = false;
    if (!n.unit) {
      // "10 dead bodies": the remains are what is counted, "dead" only describes them.
      const nounMeasure =
        (words.some((w) => MEASURE_NOUNS[w] === 'bodies') ? 'bodies' : undefined) ??
        // "dozens of deaths and injuries": a loss noun joined to the other loss noun is both.
        (lossPairAfter(v, np.endTok, words, numberStartToks) ? 'casualties' : undefined) ??
        words
          .map((w) => MEASURE_NOUNS[w])
          .find(
            (m) => m !== undefined && !(m === 'posts' && onlinePosts(text, words, np.endChar)),
          ) ??
        // "took 12 soldiers hostage": "hostage" closing the phrase says what became of them
        // (not "hostage takers").
        (words[words.length - 1] === 'hostage' ? 'captured' : undefined) ??
        (ADJECTIVE_PARTICIPLES.has(words[0] ?? '')
          ? (MEASURE_VERBS[words[0] as string] ?? null)
          : null);
      // A list sharing one verb after it: "23 soldiers and more than 200 fighters were killed".
      // A verb of its own right before the count outranks one shared by a list after it ("killed
      // 297 fighters, and over 450 others were injured").
      // ("185 civilians were killed and over 100,000 displaced": a count whose only word is a
      // participle of uprooting has a predicate of its own.)
      const ownBefore =
        nounWords.length > 0 && nounWords.every((w) => UPROOTING_WORDS.has(w))
          ? null
          : verbBefore(v, phraseTok, sentenceStartTok, numberEndToks);
      // "Shelling killed nine people, including two children, and 14 others were wounded": the
      // object of a verb right before it is not the subject of a verb after its aside.
      const objectOf = verbAt(v, v.prev(phraseTok));
      // "handed back 11 soldiers captured during the clashes": a participle right after the noun,
      // opening a modifier, describes them; the verb before says what befell them now.
      const after =
        (objectOf && objectOf.end <= phraseTok) ||
        (ownBefore !== null &&
          v.toks[v.prev(phraseTok)]?.type === 'word' &&
          !CLAUSE_JOINERS.has(v.word(v.prev(phraseTok)) ?? '') &&
          // ("handed over three soldiers who had been captured": so does a relative clause.)
          (describingParticiple(v, np.endTok) ||
            RELATIVE_PRONOUNS.has(v.word(v.next(np.endTok)) ?? '')))
          ? null
          : (verbAfter(v, np.endTok, numberStartToks) ??
            (ownBefore ? null : sharedVerbAfter(v, np.endTok, numberAt, numberStartToks)));
      const of = ofNounBefore(v, phraseTok);
      // "Casualty claims: two very different narratives": a toll frame counts people or losses,
      // not a count that names some other thing.
      const namesOtherThing =
        ownNoun && !nounMeasure && categoryOf(nounWords) === null && !isPlaceWords(nounWords);
      const rise =
        (after ?? of) || namesOtherThing ? null : riseFrame(v, phraseTok, sentenceStartTok);
      risen = rise !== null;
      // "… died, and up to 12,000 residents have since fled their villages": a count with a
      // finite verb of its own after it is that verb's subject, not the object of a verb before it.
      // ("… seven were women" is a copula naming them, not a clause of their own.)
      const auxAt = v.next(np.endTok);
      const participle = v.word(v.next(auxAt + 1)) ?? '';
      const ownClause =
        !after &&
        FINITE_AUXILIARIES.has(v.word(auxAt) ?? '') &&
        (participle === 'been' ||
          participle.endsWith('ed') ||
          (participle.endsWith('en') && !isGroupNoun(participle)) ||
          participle.endsWith('ing'));
      const before = (after ?? of) ? null : (rise ?? (ownClause ? null : ownBefore));
      // A list sharing one verb before it: "captured 19 posts and several hideouts".
      const listed =
        prevHere && prevHere.verb && listJoined(modifierTrimmed(text.slice(prevHere.end, n.start)))
          ? prevHere.verb
          : null;
      // "the release of three soldiers captured in October": the noun before "of" says what is counted.
      verb = of ?? after ?? before ?? listed ?? label?.measure ?? null;
      // "Taliban free two Pakistani soldiers": "free" right before a count is the verb (never the
      // adjective, which a count does not follow).
      if (/^(?:free|frees)$/.test(v.word(v.prev(phraseTok)) ?? '')) verb = 'released';
      if (verb === null && !nounMeasure)
        verb = frameMeasure(v, phraseTok, sentenceStartTok, anaphoric || words[0] === 'of');
      // "- Fatalities: per the Afghan side, 41 (Khost), 6 (Kunar)": a summary line headed by a
      // loss word and a colon counts that loss in every bare count on it.
      if (verb === null && !nounMeasure && !ownNoun)
        verb = lineLabelMeasure(text, lineStartOf(n.start), n.start);
      if (
        verb === null &&
        !ownNoun &&
        prev &&
        s - prev.sentence <= 1 &&
        isLoss(prev.measure) &&
        (bareCountRises(v, phraseTok, sentenceStartTok) || rivalCount(v, phraseTok))
      )
        verb = prev.measure;
      // "146 civilians were killed or injured, 42 of them fatally": the part of a loss that died.
      if (
        prevHere &&
        isLoss(prevHere.measure) &&
        FATALLY_PART.test(text.slice(n.end, n.end + 24))
      ) {
        verb = 'killed';
        partMeasure = 'killed';
        earlierCountOf = prevHere;
      }
      // "146 civilian casualties, 42 of them deaths and 104 injuries": parts of a loss that name
      // their own loss, and the part listed after such a part.
      const namedPart = PART_LOSS.exec(text.slice(n.end, n.end + 32));
      const partListed =
        prevHere !== null &&
        PART_LOSS_LISTED.test(text.slice(prevHere.end, n.start)) &&
        nounMeasure !== undefined &&
        nounMeasure !== null &&
        isLoss(nounMeasure);
      if (prevHere && isLoss(prevHere.measure) && namedPart) {
        verb = MEASURE_NOUNS[(namedPart[1] as string).toLowerCase()] ?? verb;
        partMeasure = verb;
        earlierCountOf = prevHere;
      } else if (prevHere && partListed) earlierCountOf = prevHere;
      // "the toll rose to 47, up from 40 a day earlier": the earlier count of the same toll.
      if (
        prevHere &&
        isLoss(prevHere.measure) &&
        (verb === null || verb === 'other') &&
        !nounMeasure &&
        UP_FROM.test(text.slice(prevHere.end, n.start))
      ) {
        verb = prevHere.measure;
        earlierCountOf = prevHere;
      }
      // A person counted with no verb near: the predicate past its long modifiers.
      if (verb === null && !nounMeasure && categoryOf(nounWords) !== null)
        verb = distantPredicate(v, np.endTok, span.end, numberStartToks);
      const isPlace = words.some(
        (w) => MEASURE_NOUNS[w] === 'posts' || MEASURE_NOUNS[w] === 'targets',
      );
      // A verb of its own between the figure it borrows from and it ("… and injured 36 others").
      const ownVerb =
        after ??
        (inherited &&
        prevHere &&
        before &&
        MEASURE_VERBS[wordsOf(ellipsisGap).at(-1) ?? ''] === before
          ? before
          : null);
      // "bombed three places in Paktika": places are sites only where a verb of striking hits them
      // ("several places" alone is a count of anything).
      const struckPlaces = verb === 'targets' && !nounMeasure && nounWords.includes('places');
      if (verb === null && isPlace && takenAfter(v, np.endTok)) verb = 'captured';
      if (nounMeasure === 'captured' && verb === 'released') measure = 'released';
      // "16 casualties (one killed, 15 injured)", "Casualties: 1,200 confirmed deaths": a part of a
      // toll that names its own loss keeps it; the frame's broader word only heads the breakdown.
      else if (
        verb === 'casualties' &&
        (risen || (verb === listed && !of && !after && !before)) &&
        (nounMeasure === 'killed' || nounMeasure === 'wounded')
      )
        measure = nounMeasure;
      else if (verb === 'casualties' && (nounMeasure === 'killed' || nounMeasure === 'wounded'))
        measure = 'casualties';
      // "146 killed and wounded": the adjective opens the casualties phrase.
      else if (
        (nounMeasure === 'killed' || nounMeasure === 'wounded') &&
        verbAt(v, v.next(endTok))?.measure === 'casualties'
      )
        measure = 'casualties';
      // A site taken on the ground is a post, one struck a target; so is the rest of the same sites
      // destroyed ("five bases were overrun and eleven were levelled"). Camps and
      // hideouts are a militant group's, struck whatever the verb (the contract's targets).
      else if (
        nounMeasure === 'targets' &&
        !words.some((w) => /^(?:hideout|camps)/.test(w)) &&
        (verb === 'captured' || (inherited && verb === 'posts' && prevHere?.measure === 'posts'))
      )
        measure = 'posts';
      // "Of the 146 civilian casualties, 42 were killed": a borrowed loss noun yields to the count's
      // own verb, after it or right before it ("caused 12 fatalities and injured 36 others").
      else if (
        inherited &&
        ownVerb &&
        isLoss(ownVerb) &&
        nounMeasure &&
        isLoss(nounMeasure) &&
        words.slice(0, np.words.length).every((w) => MEASURE_NOUNS[w] === undefined)
      )
        measure = ownVerb;
      // "Eleven of the wounded later died": a part of a loss group with a loss verb of its own.
      else if (
        words[0] === 'of' &&
        after &&
        isLoss(after) &&
        nounMeasure &&
        isLoss(nounMeasure) &&
        after !== nounMeasure
      )
        measure = after;
      else if (nounMeasure) measure = nounMeasure;
      else if (struckPlaces) measure = 'targets';
      // Equipment is neither killed nor a post, whatever the verb ("several weapons were seized").
      else if (nounWords.some((w) => THING_NOUNS.has(w)) && categoryOf(nounWords) === null)
        measure = 'other';
      // "killed in at least three insurgent attacks": a count of events, whoever made them, is
      // no count of people, though a word for a group stands before its head.
      else if (countsEvents(nounWords)) measure = 'other';
      // "a mortar shell hit two houses": civilian places struck are targets.
      // "air strikes on two villages killed 27": so are those a strike fell on, whatever the
      // sentence's verb.
      else if (
        headedBySite(nounWords) &&
        (verb === 'posts' ||
          verb === 'targets' ||
          STRIKES_ON.test(text.slice(Math.max(0, n.start - 48), n.start)))
      )
        measure = 'targets';
      else if ((verb === 'posts' || verb === 'targets') && !isPlace) measure = 'other';
      else if (verb) measure = verb;
      // "arrested 12 people in Quetta, 4 in Chaman": an elliptical count continues the count it borrows from.
      else if (inherited && prevHere) measure = prevHere.measure;
      // "including three children", "and 25 to 30 in Kurram": part of, or parallel to, the figure just before.
      if (measure === 'other' && member && head && head.measure !== 'other' && !prevHere) {
        if (!ownNoun || categoryOf(nounWords) !== null) measure = head.measure;
      } else if (measure === 'other' && prevHere && prevHere.measure !== 'other') {
        // "five boys and four girls" after "including": the next member of the same list.
        const listed = listJoined(text.slice(prevHere.end, n.start)) && prevHere.member;
        const gap = text.slice(Math.max(prevHere.end, n.start - 200), n.start);
        // "… and another 10 militants in Kurram": "another" marks a second count of the same kind.
        const further = ANAPHORA.has(v.word(v.prev(phraseTok)) ?? '');
        const parallel =
          ((anaphoric || further) &&
            /\band\b/i.test(gap) &&
            wordsOf(gap).length <= 8 &&
            !/[;:]/.test(gap)) ||
          (!ownNoun && parallelFrame(v, endTok, text.slice(prevHere.end, n.start)));
        // Only a group of the same kind is part of it: "including six tanks" is no count of posts.
        const sameKind = !ownNoun || categoryOf(nounWords) !== null;
        if ((member || listed || parallel) && sameKind && !ownClause && !uprootedBetween)
          measure = prevHere.measure;
      }
      // "Rockets killed 45 people. Twenty-nine were from one family.": a bare count opening its
      // sentence as the subject of a copula describes part of the loss just counted.
      if (
        measure === 'other' &&
        !ownNoun &&
        prev &&
        !prevHere &&
        s > prev.sentence &&
        s - prev.sentence <= 2 &&
        isLoss(prev.measure) &&
        v.next(sentenceStartTok) === phraseTok &&
        COPULAS.has(v.word(v.next(endTok)) ?? '') &&
        describesGroup(v.word(v.next(v.next(endTok) + 1)) ?? '')
      )
        measure = prev.measure;
      // "trapped 14 relatives beneath a fallen roof", "left dozens of victims beneath the debris":
      // people under the rubble are dead or hurt, not yet told apart.
      if (
        measure === 'other' &&
        (nounWords.includes('victims') || categoryOf(nounWords) !== null) &&
        (nounWords.includes('rubble') || nounWords.includes('debris') || rubbleAfter(v, np.endTok))
      )
        measure = 'casualties';
      // "nine bodies of women and children", "fled, leaving several bodies behind", "the hospital
      // received three bodies": the dead counted by their remains. Only bodies a party holds, takes
      // or hands over stay `bodies`.
      if (
        measure === 'bodies' &&
        (/\b(?:receiv(?:ed|ing)|leaving|behind|found|finding)\b/i.test(
          text.slice(Math.max(0, n.start - 24), n.start),
        ) ||
          /^[^.;]*?\b(?:women|children|civilians|behind)\b/i.test(text.slice(n.end, n.end + 48)) ||
          // "the remains of nine were recovered from the area", "30 bodies taken from the site",
          // "pulled 14 bodies out of the rubble": remains taken out where an attack fell count its
          // dead, unlike remains a party recovers, takes away or hands over ("23 bodies recovered").
          // ("six bodies had been received", "five bodies were brought in": at a hospital.)
          /^[^.;,]{0,48}?\b(?:found|received|brought in|(?:recovered|retrieved|pulled|extracted|dug)(?: out)? (?:from|out of|under)|(?:removed|taken|brought|carried)(?: out)? (?:from|out of) the (?:site|scene|rubble|debris|ruins|wreckage|area)|(?:brought|taken|shifted|moved|transferred|carried) (?:in )?to (?:the |a )?(?:\w+ ){0,2}(?:hospital|hospitals|morgue|mortuary|facility|facilities|clinic|clinics|(?:health|medical) (?:centres?|centers?)))\b/i.test(
            text.slice(n.end, n.end + 72),
          ) ||
          (/\b(?:recover(?:ed|ing)|retriev(?:ed|ing)|pull(?:ed|ing)|extract(?:ed|ing)|dug)\s+(?:\S+\s+)?$/i.test(
            text.slice(Math.max(0, n.start - 24), n.start),
          ) &&
            /^[^.;,]{0,16}?\b(?:from|out of|under)\b/i.test(text.slice(n.end, n.end + 32))))
      )
        measure = 'killed';
    }

    if (partMeasure) measure = partMeasure;
    // "half the dead", "a third of the wounded": a share of a count is no count of people or places.
    if (!Number.isInteger(n.value) && n.value < 1) measure = 'other';
    // "four suspects had been arrested": suspects a side's police hold are no one's prisoners of war.
    if (measure === 'captured' && words.some((w) => w === 'suspects' || w === 'suspect'))
      measure = 'other';

    // --- subject
    let subject: Subject = 'other';
    /** The whole this count is a part of ("12 dead, nine of them children"), if it is one. */
    let partOfWhole: Previous | null = null;
    if (
      measure === 'targets' &&
      words.some((w) => CIVILIAN_SITE_NOUNS.has(w)) &&
      !isMilitarySite(words)
    ) {
      // Civilian places hit are the civilians' side, where they stand or whom the attack hit.
      const side =
        sideOf(words) ??
        nearPlace() ??
        opposite(agentSide()) ??
        attackedSide(sentenceWordsOf()) ??
        claimSide ??
        lastCivilianSide ??
        paragraphPlaceSide(text, n.start);
      subject = subjectFor('civilian', side);
    } else if (measure === 'posts' || measure === 'targets') {
      const side = sideOf(words);
      const sentenceWords = sentenceWordsOf();
      const agent = side ? null : agentSide();
      if (side) subject = side === 'afghanistan' ? 'afghan-forces' : 'pakistani-forces';
      // "nineteen of our posts": the first person is the speaker's own side.
      else if (claimSide && words.includes('our'))
        subject = claimSide === 'afghanistan' ? 'afghan-forces' : 'pakistani-forces';
      // Members of a count of posts, and elliptical counts after one, are the same side's posts.
      else if (
        (member && head && head.measure === measure && head.subject !== 'other') ||
        (inherited && prevHere && prevHere.measure === measure && prevHere.subject !== 'other')
      )
        subject = ((member ? head : prevHere) as Previous).subject;
      // "killed 410 Afghan Taliban fighters and razed 130 of their posts": "their" is
      // the fighters counted just before.
      else if (
        prevHere &&
        (words.includes('their') || words.includes('its')) &&
        (kindOf(prevHere.subject) === 'force' || kindOf(prevHere.subject) === 'militant')
      )
        subject = prevHere.subject;
      else if (measure === 'targets' && (namesMilitants(words) || isPakistaniTaliban(words)))
        subject = 'militants';
      // "struck seven hideouts in Khost": hideouts are militants' whoever tells of the strike; a
      // state's forces have bases and posts, not hideouts.
      else if (
        measure === 'targets' &&
        (words.some((w) => HIDEOUT_WORDS.has(w)) ||
          // "several training camps": camps where fighters are trained are a militant group's.
          (words.includes('training') && words.some((w) => w === 'camps' || w === 'camp'))) &&
        !sideOf(words)
      )
        subject = 'militants';
      // "Pakistan bombed three locations in Paktika, killing 10 people": sites told only by where a
      // strike fell, in a paragraph about harm to civilians, are nobody's positions, unless the
      // side that struck tells of them (its operation's tally is against the other side).
      // An attack on sites ("attacked 16 locations", "attacks at four locations") hit positions:
      // it is told by whom it hit, not only by where it fell.
      else if (
        bareSite(words) &&
        (agent === null || agent !== claimSide) &&
        !groundAttackAround(v, phraseTok, np.endTok) &&
        civilianHarmAround(text, n.start, n.end)
      )
        subject = 'other';
      // "Afghan forces attacked Pakistan's military. It said 16 locations were attacked": sites
      // attacked with no attacker in their clause are the side the attack just told of hit.
      else if (bareSite(words) && agent === null && attackedBefore())
        subject = attackedBefore() === 'afghanistan' ? 'afghan-forces' : 'pakistani-forces';
      // The Afghan side's attacks hit Pakistan's posts and sites, whatever militants the sentence
      // names beside the attackers ("Taliban militants attacked four locations").
      else if (agent === 'afghanistan') subject = 'pakistani-forces';
      // "Pakistan bombed three locations in Paktika", as the side hit tells it: a strike told only
      // by where it fell names no one's sites. Only the striking side's own tally counts such
      // places as the enemy's.
      else if (
        measure === 'targets' &&
        agent === 'pakistan' &&
        claimSide === 'afghanistan' &&
        nounWords.every((w) => GENERIC_SITE_WORDS.has(w) || !isContentWord(w))
      )
        subject = 'other';
      else if (measure === 'targets' && namesMilitants(sentenceWords)) subject = 'militants';
      else {
        // A party's strikes hit the other side's posts and targets: the agent's, else the speaker's,
        // else the side whose posts the text last named ("heavy losses to Afghan posts. Eight posts …").
        // ("two brigade headquarters in Kabul": a military unit's site is the forces' of where it is.)
        const o =
          opposite(agent ?? claimSide) ??
          sideOfPostsBefore(v, phraseTok) ??
          (words.some((w) => MILITARY_UNIT_WORDS.has(w)) ? nearPlace() : null);
        subject =
          o === 'afghanistan' ? 'afghan-forces' : o === 'pakistan' ? 'pakistani-forces' : 'other';
      }
    } else if (measure !== 'other') {
      const before = wordsOf(text.slice(windowStart, n.start));
      // "13 dead and 22 wounded among Afghan soldiers": the group is named after the figures.
      // "11 fatalities among its troops": a loss noun that names no kind takes the group after "among".
      const amongWords =
        anaphoric || categoryOf(nounWords) === null ? amongAfter(v, np.endTok, span.end) : null;
      const ownWords = amongWords ?? nounWords;
      let category = anaphoric && !amongWords ? null : categoryOf(ownWords);
      const ownLossSide =
        !anaphoric && nounWords.some((w) => LOSS_WORDS.has(w)) ? sideOf(nounWords) : null;
      // "the six dead were all women and children": a predicate that names who they were.
      if (category === 'people' && predicateKind(v, np.endTok, span.end) === 'civilian')
        category = 'civilian';
      // "seven villagers, four boys and three women, were killed": an apposition that counts every one
      // of them as a civilian says who they were.
      if (
        (category === 'people' &&
          (civilianApposition(v, np.endTok, span.end) ||
            // "27 people from one family", "From one family alone, 24 people were killed".
            ONE_FAMILY_AFTER.test(text.slice(np.endChar, np.endChar + 32)) ||
            ONE_FAMILY_BEFORE.test(text.slice(Math.max(span.start, n.start - 40), n.start)) ||
            CIVILIAN_TOLL_BEFORE.test(text.slice(Math.max(span.start, n.start - 80), n.start)))) ||
        // ("160 wounded and 38 dead, all of them civilians": a bare loss count too.)
        ((category === 'people' || (category === null && isLoss(measure))) &&
          allCiviliansAfter(v, np.endTok, span.end))
      )
        category = 'civilian';
      // "killing some nine people, including four women and five children": members that
      // add up to the whole count and are all civilians say who every one of them was.
      if (
        category === 'people' &&
        civilianMembersMakeWhole(v, np.endTok, span.end, numbers, n.value)
      )
        category = 'civilian';
      // "31 were hurt, including eight children and two FC personnel": members of both kinds
      // make a mixed group, whatever noun it borrowed.
      if (category === 'civilian' || category === 'force') {
        const members =
          includingAfter(v, np.endTok, span.end) ?? includingAfterVerb(v, np.endTok, span.end);
        if (members && civiliansAndForces(members)) category = 'people';
      }
      // An elliptical count is the same group as the figure it continues ("killed 12 soldiers, wounded 27").
      if (inherited && !amongWords && prevHere && prevHere.subject !== 'other') category = null;
      // "one family losing 18 members", "the household's seven members", "a family of 22 was
      // attacked, killing 17 members": bare members after a family named in their sentence, with
      // no force or group named between, are the family's (civilians).
      if (
        category === 'force' &&
        ownWords.every((w) => w === 'members' || w === 'member') &&
        familyBefore(inClause(before.slice(-FIGURES_CONFIG.maxAsideWords)))
      )
        category = 'civilian';
      // "The army lost 11 men": men of a force named just before; "11 of their men": a party's own men.
      if (
        category === 'people' &&
        ownWords.includes('men') &&
        (before
          .slice(-6)
          .some((w) => FORCE_NOUNS.has(w) || w === 'army' || w === 'military' || w === 'troops') ||
          ownWords.some((w) => OWN_POSSESSIVES.has(w)) ||
          // "The Taliban lost 150 men": men a party lost are its fighters.
          (LOST_WORDS.has(before[before.length - 1] ?? '') &&
            (nearestSide(inClause(before.slice(-8))) !== null || claimSide !== null)))
      )
        category = 'force';
      // "Captain Khan along with three other colleagues": colleagues of a soldier or an officer
      // are soldiers too.
      if (
        (category === 'people' || category === null) &&
        (ownWords.includes('colleagues') || ownWords.includes('colleague')) &&
        inClause(before.slice(-10)).some((w) => SOLDIER_NOUNS.has(w) || MILITARY_RANKS.has(w))
      )
        category = 'force';
      // "one family losing 18 members": members of a household are civilians, not a force's members.
      if (
        category === 'force' &&
        ownWords.every((w) => w === 'members' || w === 'member' || !isGroupNoun(w)) &&
        before.slice(-4).some((w) => HOUSEHOLD_NOUNS.has(w))
      )
        category = 'civilian';
      /** A part of the group counted before it: of the kind its own words name, else the group's. */
      const partOf = (group: Subject, named: string): Subject => {
        const kind = categoryOf(wordsOf(named));
        return kind ? subjectFor(kind, memberSide(group) ?? nearPlace() ?? claimSide) : group;
      };
      // "17 people died, 10 of them civilians": where the words naming such a part start, or -1.
      const partFrom =
        prevHere && prevHere.subject !== 'other' ? partAfter(text, n.end, np.words) : -1;
      if (category) {
        let side = sideOf(ownWords);
        // "about 30 more fighters", "five other individuals": a further count of the group counted
        // just before, when its own words name no side.
        // ("another 19 individuals": the word before the count says so too.)
        const further =
          prev &&
          s - prev.sentence <= 2 &&
          (coreWords.some((w) => FURTHER_WORDS.has(w)) || v.word(v.prev(phraseTok)) === 'another')
            ? prev
            : null;
        // "641 operatives linked to the Afghan Taliban": the modifier says whose they are.
        if (!side) {
          const aff = affiliationAfter(v, np.endTok);
          if (aff.length) {
            side = sideOf(aff);
            if (!side && isPakistaniTaliban(aff)) category = 'militant';
          }
        }
        // A member is on its group's side unless it names its own.
        if (!side && member && head) side = memberSide(head.subject);
        // "Pakistan staggers under Taliban assault, loses 61 troops": a lose verb after a comma,
        // with no subject of its own, is the sentence subject's loss, not the attacker's named
        // between them.
        if (
          !side &&
          category === 'force' &&
          /,\s*(?:and\s+)?(?:loses|lost|losing)\s+$/i.test(
            text.slice(Math.max(span.start, n.start - 24), n.start),
          )
        ) {
          const head = text.slice(span.start, n.start);
          side = nearestSideFrom(wordsOf(head.slice(0, head.indexOf(','))).slice(0, 3));
        }
        // "… eight Taliban dead, adding that two commanders were among the dead": the members of
        // a loss counted just before, named after the count.
        if (
          !side &&
          prev &&
          s - prev.sentence <= 2 &&
          isLoss(prev.measure) &&
          amongLossAfter(v, np.endTok)
        )
          side = memberSide(prev.subject);
        // "Clashes between Pakistani and Afghan forces killed 15 civilians and dozens of troops":
        // what fighting between both sides harms is on neither side, unless its own words say.
        agentSide();
        const neitherSide = !side && (bothAgents || bothSidesCounted(v, np.endTok, span.end));
        // "58 enemy soldiers": the side opposite the one that speaks.
        // ("The enemy lost 21 soldiers", "the enemy suffered 40 casualties": the enemy's loss.)
        if (
          !side &&
          category === 'force' &&
          claimSide &&
          (ownWords.some((w) => ENEMY_WORDS.has(w)) ||
            (before.slice(-3).some((w) => LOST_WORDS.has(w) || SUFFER_WORDS.has(w)) &&
              inClause(before.slice(-6)).some((w) => ENEMY_WORDS.has(w))))
        )
          side = opposite(claimSide);
        // "Pakistan's military reported 23 troop fatalities": a party that reports its troops'
        // fatalities, with no side named, reports its own (the other side's it counts as killed).
        if (
          !side &&
          category === 'force' &&
          claimSide &&
          ownWords.some((w) => FATALITY_NOUNS.has(w)) &&
          OWN_REPORT_VERBS.has(before[before.length - 1] ?? '')
        )
          side = claimSide;
        // "23 of its soldiers", "our men": the speaker's own; but "its troops killed 40 of their
        // fighters": a third-person owner beside a harm verb's agent is the agent's enemy.
        // In a speaker's own words, though, "their" is never the speaker's ("five Afghan posts were
        // destroyed and 50 of their soldiers killed," the Pakistani commander said): it is the
        // group named before it, else the speaker's enemy.
        if (
          !side &&
          category === 'force' &&
          claimSide &&
          ownWords.includes('their') &&
          !ownWords.includes('our') &&
          insideQuotation(text, span.start, n.start)
        )
          side = nearestSide(inClause(before)) ?? opposite(claimSide);
        // "Pakistan dismissed Kabul's claim that 48 of its soldiers died": "its" is the party last
        // named before the count as a clause's subject, not the owner of the claim nor the speaker.
        // (Not the agent of the harm, though: "its soldiers killed 35 of their fighters".)
        if (
          !side &&
          category === 'force' &&
          (ownWords.includes('its') || ownWords.includes('their'))
        ) {
          const owner = possessorSide(v, sentenceStartTok, phraseTok, ownWords.includes('its'));
          if (owner && owner !== agentSide()) side = owner;
        }
        if (
          !side &&
          category === 'force' &&
          claimSide &&
          ownWords.some((w) => OWN_POSSESSIVES.has(w)) &&
          (ownWords.includes('our') || !agentSide())
        )
          side = claimSide;
        // "overran three Pakistani posts near Spin Boldak and killed 11 soldiers": the men a side's
        // posts lost as they fell are that side's (the posts' side is no agent of the killing).
        if (
          !side &&
          category === 'force' &&
          prevHere &&
          (prevHere.measure === 'posts' || prevHere.measure === 'targets') &&
          POSTS_PARTICIPLE_GAP.test(text.slice(prevHere.end, n.start))
        )
          side = sideOfSubject(prevHere.subject);
        // "strikes on hideouts of an outlawed group killed dozens of fighters": fighters of no stated
        // side in a sentence about militants are those militants (Pakistan's soldiers are never "fighters"),
        // whoever struck them.
        if (
          !side &&
          category === 'force' &&
          ownWords.some((w) => FIGHTER_NOUNS.has(w)) &&
          ownWords.every((w) => !FORCE_NOUNS.has(w) || FIGHTER_NOUNS.has(w)) &&
          namesMilitants(sentenceWordsOf()) &&
          !namesAfghanForces(sentenceWordsOf())
        )
          category = 'militant';
        // Who did it to whom: the object of a harm verb is on the side opposite its agent.
        if (!side && (category === 'force' || category === 'people')) {
          const harmed = opposite(agentSide());
          if (harmed && category === 'force') side = harmed;
        }
        // A party captures, or holds the bodies of, the other side's men.
        if (
          !side &&
          category === 'force' &&
          (measure === 'captured' || measure === 'bodies') &&
          claimSide
        )
          side = opposite(claimSide);
        if (!side && further && kindOf(further.subject) === category)
          side = sideOfSubject(further.subject);
        if (!side && category === 'force') {
          const sentenceWords = sentenceWordsOf();
          const lostBefore = before.slice(-4).some((w) => LOST_WORDS.has(w));
          // "The Afghan side lost 14 soldiers": the side named before "lost" in its clause, even in a
          // sentence that counts the other side's martyrs ("… were martyred, while Pakistan lost 58").
          // "… killed 25 infiltrators from Afghanistan, losing five soldiers": a participle after a
          // comma is the main clause's loss, the speaker's own.
          const losingAfterComma =
            claimSide !== null &&
            /,\s*(?:while\s+)?(?:losing|having\s+lost)\s+$/i.test(
              text.slice(Math.max(0, n.start - 24), n.start),
            );
          if (losingAfterComma) side = claimSide;
          else if (lostBefore && nearestSide(inClause(before.slice(-8))))
            side = nearestSide(inClause(before.slice(-8)));
          else if (sentenceWords.some((w) => OWN_LOSS_MARKERS.has(w)))
            // "… were martyred when Pakistani troops opened fire on a checkpoint": with no speaker,
            // the side an attack named in the sentence hit, else Pakistan's usage.
            side = claimSide ?? attackedSide(sentenceWords) ?? 'pakistan';
          else if (lostBefore && claimSide)
            side = claimSide; // "Kabul says it lost 14 soldiers": the speaker's own
          else if (
            sentenceWords.some((w) => MILITANT_ATTACK_WORDS.has(w) || MILITANT_NOUNS.has(w)) ||
            isPakistaniTaliban(sentenceWords)
          )
            side = 'pakistan';
          else {
            // "Taliban fighters stormed a Pakistani post. 29 soldiers were killed": soldiers of no
            // stated side, in a paragraph about an attack, are the attacked side's (its fighters
            // may be the attackers, so only soldiers, troops and the like are read so).
            const from = spans[Math.max(0, s - FIGURES_CONFIG.maxAttackedLookbackSentences)];
            const fighters = ownWords.some((w) => FIGHTER_NOUNS.has(w));
            const attacked = fighters
              ? null
              : attackedSide(
                  // The rest of the sentence too: "12 soldiers were killed as Afghan forces stormed the post".
                  wordsBetween(
                    v,
                    Math.max(
                      from ? from.start : 0,
                      paragraphStartWithin(
                        text,
                        n.start,
                        n.start - FIGURES_CONFIG.maxAttackContextChars,
                      ),
                    ),
                    Math.min(span.end, n.end + FIGURES_CONFIG.maxAttackContextChars / 2),
                  ),
                );
            // "274 Taliban killed, 55 soldiers dead": soldiers counted beside a count of the other
            // party's fighters are the other army.
            const prevSide = prevHere ? sideOf(prevHere.nounWords) : null;
            const soldiers = ownWords.some((w) => SOLDIER_NOUNS.has(w));
            const contrast =
              prevSide &&
              prevHere?.nounWords.includes('taliban') &&
              soldiers &&
              !ownWords.some((w) => prevHere.nounWords.includes(w))
                ? opposite(prevSide)
                : null;
            // "12 of its soldiers were killed in clashes with Afghan forces, with one soldier
            // missing": soldiers counted after a count of one army's soldiers in the same sentence
            // are that army's (the other side's name in between is who they fought).
            const sameArmy =
              soldiers &&
              prevHere &&
              !prevHere.nounWords.some(
                (w) => w === 'taliban' || FIGHTER_NOUNS.has(w) || MILITANT_NOUNS.has(w),
              ) &&
              (prevHere.subject === 'pakistani-forces' || prevHere.subject === 'afghan-forces')
                ? memberSide(prevHere.subject)
                : null;
            side =
              // "Pakistan put its own toll at 23 soldiers dead": the speaker's own losses.
              (claimSide && OWN_TOLL_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))
                ? claimSide
                : null) ??
              tollSide(SIDE_TOLL_BEFORE.exec(text.slice(Math.max(0, n.start - 48), n.start))) ??
              (soldiers ? countryAfter(v, np.endTok) : null) ??
              // "9 soldiers were killed in fighting against Pakistan": the side that fought it.
              (soldiers
                ? opposite(opponentAfter(sentenceText.slice(n.end - sentenceFrom)))
                : null) ??
              sameArmy ??
              attacked ??
              contrast ??
              // Pakistan's reports call the other side "fighters", never its own soldiers, wherever
              // the fight was ("troops destroyed posts in Kurram and 16 fighters were killed").
              (fighters && claimSide === 'pakistan' ? 'afghanistan' : null) ??
              nearPlaceInClause() ??
              // "In the Pakistani retaliation, 40 fighters were killed": the side that owns the attack
              // named just before is the attacker, so the counted are the other side.
              opposite(attackOwnerSide(inClause(before.slice(-6)))) ??
              nearestSide(inClause(before.slice(-6))) ??
              // "Mujahid said 61 soldiers were killed": the Taliban's own copy calls its men
              // mujahideen or forces, so soldiers it counts killed, unplaced, are the other army.
              // ("Eleven soldiers died", with no agent, may be its own.)
              (claimSide === 'afghanistan' &&
              soldiers &&
              ownWords.every((w) => !OWN_POSSESSIVES.has(w)) &&
              INFLICTED_AFTER.test(text.slice(np.endChar, np.endChar + 40))
                ? 'pakistan'
                : null) ??
              claimSide ??
              nearestSide(inClause(before)) ??
              // "Heavy fighting broke out at the Kurram crossing. Twelve soldiers were killed": soldiers
              // of no stated side take the one side the sentences just before name (not fighters,
              // who may be the other side's attackers).
              (fighters ? null : sideOfContext(text, contextStart(from), n.start));
          }
        }
        if (!side && category === 'civilian')
          side =
            countryAfter(v, np.endTok) ??
            // A place in the count's own clause; one in a later clause ("…, a claim Islamabad
            // denied") yields to the attack that hit them ("hurt in a Pakistani mortar attack").
            nearPlaceInClause() ??
            opposite(agentSide()) ??
            opposite(attackerAfter(v, np.endTok)) ??
            // "18 civilians dead as Pakistan bombs Afghan border villages": the side its attack hit.
            attackedSide(sentenceWordsOf()) ??
            nearPlace() ??
            // "three Afghan policemen and two civilians were killed": hit beside a listed group of one side.
            (prevHere && listJoined(text.slice(prevHere.end, n.start))
              ? sideOfSubject(prevHere.subject)
              : null) ??
            claimSide ??
            lastCivilianSide ??
            // The UN's mission in this conflict (UNAMA) counts civilians in Afghanistan.
            (speaker?.claimant === 'un' && /\bunama\b|\bmission\b/i.test(speaker.name ?? '')
              ? 'afghanistan'
              : null) ??
            paragraphPlaceSide(text, n.start);
        // "repelled an attack by the Afghan Taliban, killing 15 militants": generic attackers are the
        // Afghan forces the sentence names, unless it names the TTP or the khawarij.
        // "200 militants of the Afghan Taliban regime": the group after "of" is theirs, even for
        // "khawarij", whom Pakistan's tallies fold into the Afghan forces so.
        const ofAt = ownWords.indexOf('of');
        const ofAfghanForces = ofAt > 0 && namesAfghanForces(ownWords.slice(ofAt + 1));
        // "30 Afghan attackers", "several Pakistani attackers": attackers a nationality names are
        // that state's forces, whatever forces the sentence names before them.
        const namedAttackers =
          ownWords.some((w) => ATTACKER_NOUNS.has(w)) &&
          ownWords.every((w) => !MILITANT_NOUNS.has(w) || ATTACKER_NOUNS.has(w)) &&
          !namesMilitantGroup(ownWords)
            ? sideOf(ownWords)
            : null;
        if (category === 'militant' && namedAttackers) {
          category = 'force';
          side = namedAttackers;
        } else if (
          category === 'militant' &&
          (ofAfghanForces || ownWords.every((w) => !NAMED_MILITANT_WORDS.has(w)))
        ) {
          // The attackers are named before the count ("an assault by the Afghan Taliban, killing 15
          // militants"); a mention after it ("amid a truce with the Afghan Taliban") is background.
          const sentenceWords = sentenceWordsOf();
          if (
            ofAfghanForces ||
            (namesAfghanForces(inClause(before)) && !namesMilitantGroup(sentenceWords)) ||
            // "200 militants killed in border clashes with Afghan forces": the fight the count's own
            // clause names is with the Afghan forces, so the generic militants are theirs.
            (FIGHT_WITH_AFGHAN_FORCES_RE.test(text.slice(np.endChar, np.endChar + 100)) &&
              !namesMilitantGroup(sentenceWords))
          ) {
            category = 'force';
            side = 'afghanistan';
          } else if (
            // "Afghan Taliban fighters had attacked posts, and as troops responded, 12 of the
            // attackers were killed": the attack an earlier clause of the sentence tells.
            ownWords.some((w) => ATTACKER_NOUNS.has(w)) &&
            !namesMilitantGroup(sentenceWords) &&
            afghanForcesAttack(wordsOf(text.slice(span.start, n.start)))
          ) {
            category = 'force';
            side = 'afghanistan';
          } else if (
            ownWords.some((w) => ATTACKER_NOUNS.has(w)) &&
            !namesMilitantGroup(sentenceWords) &&
            !namesAfghanForces(sentenceWords)
          ) {
            // "… adding that several attackers were injured": "attackers" points back to the attack
            // the sentences just before describe; they are Afghan forces when those name them alone.
            const from = spans[Math.max(0, s - FIGURES_CONFIG.maxAttackerLookbackSentences)];
            const earlier = wordsOf(text.slice(from ? from.start : 0, span.start));
            // "… repelled assaults and killed 15 attackers near Spin Boldak": attackers met on the
            // Afghan side of the line are the Afghan forces.
            if (
              (afghanForcesAttack(earlier) && !namesMilitantGroup(earlier)) ||
              nearPlaceInClause() === 'afghanistan'
            ) {
              category = 'force';
              side = 'afghanistan';
            }
          }
        }
        if (neitherSide && (category === 'force' || category === 'civilian'))
          // Civilians are still placed where they were hit when their own clause says so after
          // the count ("…, killing 9 civilians in Chaman").
          side = category === 'civilian' ? placeAfterInClause() : null;
        subject = subjectFor(category, side);
        if (member && head) subject = memberSubject(subject, head.subject);
        // "(five women, three girls, two boys and five men)": a later member of the same list.
        else if (
          prevHere?.member &&
          prevHere.group &&
          listJoined(text.slice(prevHere.end, n.start))
        )
          subject = memberSubject(subject, prevHere.group.subject);
        // "five other people" after civilians: more of them; "…, and another 30 people were
        // killed" after fighters in the same sentence: more fighters (in a later sentence, at a
        // market, other people are anyone).
        if (
          further &&
          category === 'people' &&
          !side &&
          (kindOf(further.subject) === 'civilian' ||
            // (or in the next sentence, "another N" of the same loss: "The military added that
            // another 30 people were killed".)
            ((further.sentence === s ||
              (further.measure === measure && v.word(v.prev(phraseTok)) === 'another')) &&
              further.subject !== 'other' &&
              further.subject !== 'people'))
        )
          subject = further.subject;
        if (category === 'civilian' && side) lastCivilianSide = side;
      } else if (member && head && head.subject !== 'other' && partitiveAt(v, phraseTok) >= 0) {
        // "Of those, 16 were children": the part is the group's, of the kind its predicate names.
        subject = partOf(head.subject, text.slice(np.endChar, np.endChar + 60));
      } else if (prevHere && partFrom >= 0) {
        // "17 people died, 10 of them civilians", "10 of whom were children": named by the words
        // after it, up to the clause's next mark.
        const rest = /^[^,.;:!?()\u2014]*/.exec(text.slice(partFrom, partFrom + 60))?.[0] ?? '';
        subject = partOf(prevHere.subject, rest);
        partOfWhole = prevHere;
      } else if (ownLossSide) {
        // "200 Afghan fatalities", "Pakistani casualties of 23": a side's own losses are its forces'.
        subject = subjectFor('force', ownLossSide);
      } else if (
        prevHere &&
        prevHere.subject !== 'other' &&
        // "…, while Pakistan put its own losses at 23": a loss word of its own starts another count.
        !wordsOf(text.slice(prevHere.end, n.start)).some(
          (w) => LOSS_WORDS.has(w) && w !== 'dead',
        ) &&
        // "Pakistan lost 23 soldiers; the Taliban lost nine": a side that suffers a loss of its own.
        !(
          SUFFER_WORDS.has(v.word(v.prev(phraseTok)) ?? '') &&
          nearestSide(inClause(before.slice(-6, -1)))
        ) &&
        // "destruction of seven bases … — 31 dead": the owner of places struck is not who died.
        // (This branch counts people: posts and targets took the branch above.)
        prevHere.measure !== 'posts' &&
        prevHere.measure !== 'targets' &&
        // "Three soldiers among 12 killed": the group they are among is of no one kind.
        !/\bamong\s*$/i.test(text.slice(prevHere.end, n.start))
      ) {
        // "killed three soldiers and wounded five others, including civilians": a part of another
        // kind makes the others a mixed group.
        // "… five civilians died while 19 were hurt, including seven children and three
        // soldiers": members of both kinds after the count's own verb make it a mixed group.
        const members = aside.length
          ? aside
          : (includingAfter(v, np.endTok, span.end) ?? includingAfterVerb(v, np.endTok, span.end));
        const pointed = pointedGroup(prevHere, text.slice(prevHere.end, n.start), member);
        subject =
          mixedGroup(pointed.subject, members ? categoryOf(members) : null) ||
          (members !== null && civiliansAndForces(members))
            ? 'people'
            : pointed.subject;
      } else {
        // No noun: what the sentence counts just before ("the civilian death toll … climbed to 31", "Afghan losses stand at 13").
        const ctx = before.slice(-16);
        let lossAt = -1;
        for (let k = ctx.length - 1; k >= 0; k--)
          if (LOSS_WORDS.has(ctx[k] as string)) {
            lossAt = k;
            break;
          }
        // "put the toll among Pakistani soldiers at 52": the group after "among" is the one counted.
        const amongWords =
          lossAt >= 0 && ctx[lossAt + 1] === 'among' ? ctx.slice(lossAt + 2, lossAt + 5) : [];
        const lossWords =
          amongWords.length && categoryOf(amongWords) !== null
            ? amongWords
            : lossAt >= 0
              ? ctx.slice(Math.max(0, lossAt - 3), lossAt)
              : [];
        const lossCat = lossWords.length ? categoryOf(lossWords) : null;
        // "Pakistan put its own losses at 23": the owner of "its" is the side named before it.
        // In a speaker's own quoted words, "their dead" are never the speaker's.
        const theirsQuoted =
          lossWords.includes('their') &&
          !lossWords.includes('our') &&
          claimSide !== null &&
          // (a quotation may open in an earlier sentence of the paragraph)
          insideQuotation(text, text.lastIndexOf('\n', n.start) + 1, n.start);
        const lossSide = lossWords.length
          ? (nearestSide(lossWords) ??
            (theirsQuoted
              ? opposite(claimSide)
              : lossWords.some((w) => OWN_POSSESSIVES.has(w))
                ? (nearestSide(inClause(ctx.slice(0, lossAt))) ?? claimSide)
                : null))
          : null;
        // ("A Pakistani soldier was tragically killed and 12 others": an adverb takes no place.)
        const near =
          othersAntecedent(ctx, words) ?? ctx.filter((w) => !VERB_ADVERBS.has(w)).slice(-6);
        // "Taliban: 200 killed", "On the Afghan side, 9 were killed": a group or side that heads the
        // line or opens the clause is whose the bare count is.
        // "The Taliban said eight on their side were killed": the speaker's own side, named after
        // the count by a possessive.
        const headedSide =
          headingSide(v, phraseTok, sentenceStartTok) ??
          (claimSide && OWN_SIDE_AFTER.test(text.slice(n.end, n.end + 24)) ? claimSide : null);
        // "fire from Afghan troops caused one death": the attackers named after "from"/"by"
        // are not the counted group; nor are both sides named together ("night-long clashes between
        // the Taliban and Pakistani troops left dozens dead").
        // Places ("bases", "posts") name no people who could be counted.
        const nearCat = namesAttackerOrBothSides(ctx.slice(-8))
          ? null
          : categoryOf(
              near.filter((w) => MEASURE_NOUNS[w] !== 'posts' && MEASURE_NOUNS[w] !== 'targets'),
              true,
            );
        const sufferedSide = SUFFER_WORDS.has(ctx[ctx.length - 1] ?? '')
          ? nearestSide(inClause(ctx.slice(-6, -1)))
          : null;
        // Across sentences only a word that points back ("others", "a toll of 19 dead") carries the subject.
        const pointsBack =
          words.some((w) => ANAPHORA.has(w)) ||
          // "Another 478 were wounded": a further count of the group just counted.
          v.word(v.prev(phraseTok)) === 'another' ||
          ctx.some((w) => w === 'toll' || w === 'tally') ||
          bareCountRises(v, phraseTok, sentenceStartTok) ||
          (!ownNoun && rivalCount(v, phraseTok) && endsClause(v, np.endTok));
        // "- 133 Taliban fighters killed / - Over 200 wounded": a bulleted count with no noun goes
        // on with the group of the bullet just before it, like an elliptical count in one clause.
        const bulletGoesOn =
          !!prev &&
          prev.sentence === s - 1 &&
          BULLET.test(text.slice(span.start, n.start)) &&
          BULLET.test(text.slice(spans[s - 1]?.start ?? 0, prev.end));
        const recent =
          (pointsBack || bulletGoesOn) && prev && prev.subject !== 'other' && s - prev.sentence <= 2
            ? prev
            : null;
        // "put the number of Afghan Taliban killed at 200": the words after "number of" are the
        // counted group itself, not context, so a bare "Taliban" among them is the force.
        let countedAt = -1;
        for (let k = ctx.length - 2; k >= 1; k--)
          if (ctx[k] === 'of' && COUNT_NOUNS.has(ctx[k - 1] as string)) {
            countedAt = k + 1;
            break;
          }
        const counted = countedAt > 0 ? ctx.slice(countedAt, countedAt + 4) : [];
        const countedCat = counted.length ? categoryOf(counted) : null;
        // "beat back Afghan Taliban fighters who stormed posts in Kurram, killing 12 of them":
        // "them" are the last group the sentence named before the count.
        let themAt = -1;
        if (words[0] === 'of' && (words[1] === 'them' || words[1] === 'those') && !recent)
          for (let k = ctx.length - 1; k >= 0 && themAt < 0; k--)
            if (
              isGroupNoun(ctx[k] as string) &&
              !PEOPLE_NOUNS.has(ctx[k] as string) &&
              !SITE_MEASURES.has(MEASURE_NOUNS[ctx[k] as string] ?? 'other')
            )
              themAt = k;
        const themWords = themAt >= 0 ? ctx.slice(Math.max(0, themAt - 3), themAt + 1) : [];
        // (the group's kind from its head noun: "troops engaged the khwarij" names the khwarij)
        const themCat = themAt >= 0 ? categoryOf([ctx[themAt] as string]) : null;
        if (themCat && (themCat === 'force' || themCat === 'militant'))
          subject =
            themCat === 'militant'
              ? namesAfghanForces(themWords) && !isPakistaniTaliban(themWords)
                ? 'afghan-forces'
                : 'militants'
              : subjectFor('force', sideOf(themWords));
        else if (countedCat && !lossCat)
          subject = subjectFor(
            countedCat,
            // "the number of Afghan civilians killed": a nationality in the counted noun phrase places them
            // (not one after its verb: "civilians killed in Pakistani strikes").
            countedCat === 'civilian'
              ? (nearestSide(
                  counted.slice(
                    0,
                    ((i) => (i < 0 ? counted.length : i))(
                      counted.findIndex(
                        (w) => MEASURE_VERBS[w] !== undefined || NOUN_PHRASE_STOPS.has(w),
                      ),
                    ),
                  ),
                ) ??
                  nearPlace() ??
                  claimSide)
              : (nearestSide(counted) ?? claimSide),
          );
        else if (lossCat)
          subject = subjectFor(
            lossCat,
            lossCat === 'civilian'
              ? (nearPlace() ?? lossSide ?? claimSide)
              : (lossSide ?? claimSide),
          );
        else if (lossSide) subject = subjectFor('force', lossSide);
        // "a major died and 21 more, most of them bystanders, …": a part of another kind
        // makes the others a mixed group.
        else if (
          nearCat &&
          aside.length &&
          mixedGroup(subjectFor(nearCat, 'pakistan'), categoryOf(aside))
        )
          subject = 'people';
        // "Afghan forces killed 58 and captured 25 posts": a force named just before is the agent
        // of the verb that governs the count, so the count is the other side's.
        else if (nearCat === 'force' && !risen && agentSide() && !sufferedSide)
          subject = subjectFor('force', opposite(agentSide()));
        else if (nearCat)
          subject = subjectFor(
            nearCat,
            // "the deadliest day for Afghan civilians, with 56 killed": a nationality there places them.
            nearCat === 'civilian'
              ? (sideOf(near) ?? nearPlace() ?? claimSide)
              : (nearestSide(near) ?? claimSide),
          );
        else if (headedSide) subject = subjectFor('force', headedSide);
        // "Pakistan suffered 23 fatalities": losses a named side suffered are its forces'.
        else if (sufferedSide) subject = subjectFor('force', sufferedSide);
        // "… and 18 others, many of them civilians": a part of another kind makes the others mixed.
        else if (recent) {
          const pointed = pointedGroup(recent, text.slice(recent.end, n.start), member);
          subject = mixedGroup(pointed.subject, aside.length ? categoryOf(aside) : null)
            ? 'people'
            : pointed.subject;
        } else subject = subjectFor('force', bareCountSide());
      }
    }

    // "the Taliban claimed nine deaths on its side": losses the speaker owns, named after the count.
    if (
      claimSide &&
      isLoss(measure) &&
      (subject === 'people' || kindOf(subject) === 'force') &&
      np.endChar > n.end &&
      OWN_SIDE_AFTER.test(text.slice(np.endChar, np.endChar + 24))
    )
      subject = subjectFor('force', claimSide);

    // "said they killed 40 Pakistani troops and lost six", "killing 31 soldiers while losing
    // five fighters": what the agent of a harm verb then loses is its own, so a count a
    // lose verb governs after the enemy's count is the other army's, unless it names its own side.
    if (
      prevHere &&
      prevHere.measure === 'killed' &&
      measure === 'killed' &&
      subject === prevHere.subject &&
      (subject === 'pakistani-forces' || subject === 'afghan-forces') &&
      losesAfter(wordsOf(text.slice(prevHere.end, n.start))) &&
      // Not a second loss ("Pakistan lost 100 soldiers while Afghanistan lost dozens").
      !wordsOf(text.slice(span.start, prevHere.end)).some((w) => LOST_WORDS.has(w)) &&
      sideOf(np.words) === null
    )
      subject = subject === 'pakistani-forces' ? 'afghan-forces' : 'pakistani-forces';

    if (earlierCountOf) subject = earlierCountOf.subject;

    // --- non-figures (is-figure-candidate.ts)
    if (notFigureRule({ text, number: n, words, measure })) continue;

    // "two officials told Reuters", "said one security official": a count of the sources themselves
    // is the reporter's own count of people it spoke to, not a casualty.
    const sourceCount = countsSpeakers(text, n.start, Math.max(n.end, np.endChar), span.end);
    if (sourceCount) {
      measure = 'other';
      subject = 'other';
    }
    const endChar: number =
      measure !== 'other' || words.length > 0 ? Math.max(n.end, np.endChar) : n.end;
    if (speaker?.unplaced && speaker.claimant === null && !sourceCount && !n.unit)
      unplaced.set(figures.length, agentSide());
    figures.push({
      measure,
      subject,
      // Distances are geography the outlet states, whoever is quoted around them.
      claimant:
        n.unit === 'km' || n.unit === 'miles' || sourceCount ? null : (speaker?.claimant ?? null),
      value: n.value,
      upper: n.upper,
      qualifier: n.qualifier,
      text: text.slice(n.start, endChar),
      start: n.start,
      end: endChar,
      unit: n.unit,
      claimantName: sourceCount ? null : (speaker?.name ?? null),
      sentenceStart: span.start,
      sentenceEnd: span.end,
    });
    if (measure !== 'other')
      prev = {
        measure,
        subject,
        sentence: s,
        end: endChar,
        nounWords: nounWords.filter((w) => !ANAPHORA.has(w) && w !== 'of'),
        verb,
        member: member || (!!prevHere?.member && listJoined(text.slice(prevHere.end, n.start))),
        part: partOfWhole !== null,
        group: member
          ? head
          : partOfWhole
            ? partOfWhole
            : prevHere?.member && listJoined(text.slice(prevHere.end, n.start))
              ? prevHere.group
              : null,
      };
    lastEnd = endChar;
  }
  placeBySufferingSide(figures, unplaced);
  return resolveRestatements(resolveSubjectRestatements(figures, text), text);
}

export interface FigureOptions {
  /** The outlet that published the text ("TOLOnews"): its country places the sources it leaves unnamed. */
  outlet?: string;
}

/** Measures a side reports of its own people: its dead, wounded and missing. */
const OWN_LOSS_MEASURES: ReadonlySet<Measure> = new Set([
  'killed',
  'wounded',
  'casualties',
  'missing',
  'bodies',
]);

/**
 * "Two Afghan guards died and four were hurt in a gunfight with Pakistani troops, officials
 * said": unnamed officials that nothing else placed, reporting one
 * side's losses that the other side is not said to have inflicted, are the losing side's
 * (a side announces its own dead). A sentence whose counts are of both sides, or of people of
 * no stated side, stays unattributed.
 * `unplaced` maps the index of each figure such a speaker reports to the side of its harm verb's
 * agent, if any.
 */
function placeBySufferingSide(figures: Figure[], unplaced: ReadonlyMap<number, Side | null>): void {
  const bySentence = new Map<number, number[]>();
  for (const i of unplaced.keys()) {
    const at = (figures[i] as Figure).sentenceStart;
    bySentence.set(at, [...(bySentence.get(at) ?? []), i]);
  }
  for (const group of bySentence.values()) {
    const sides = new Set<Side | 'unsided'>();
    let lossSide: Side | null = null;
    let agentOpposes = false;
    for (const i of group) {
      const f = figures[i] as Figure;
      const side = sideOfSubject(f.subject);
      if (side) sides.add(side);
      // "Eight people, including six troops": a loss of no stated side leaves the group mixed.
      if (!side && OWN_LOSS_MEASURES.has(f.measure)) sides.add('unsided');
      if (side && OWN_LOSS_MEASURES.has(f.measure)) {
        lossSide = side;
        const agent = unplaced.get(i) ?? null;
        if (agent !== null && agent !== side) agentOpposes = true;
      }
    }
    if (!lossSide || sides.size !== 1 || agentOpposes) continue;
    for (const i of group) (figures[i] as Figure).claimant = lossSide;
  }
}

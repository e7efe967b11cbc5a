/**
 * Subjects across the whole text: a headline or summary line often gives a
 * count with no group ("34 martyred, 89 injured: UN") that the body restates
 * with one ("at least 34 civilians were martyred … in Afghanistan"). A figure
 * whose subject says only "people" (or civilians of no side) takes the more
 * specific subject of the figures that state the same measure and number,
 * when they all agree on it. So does a count that "the" marks as one already
 * counted ("the four wounded soldiers").
 */
import type { Figure, Subject } from '../types';
import { AFGHAN_WORDS, LOSS_WORDS, MEASURE_VERBS, PAKISTANI_WORDS } from './figure-cues';
import { summaryLine } from './resolve-restatements';
import {
  DOZEN_WORDS,
  PREFIX_QUALIFIERS,
  SCALE_WORDS,
  SUFFIX_QUALIFIERS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_WORDS,
} from './number-lexicon';

/** Subjects a restatement may make more specific, and the subjects each may become. */
const REFINES: Readonly<Partial<Record<Subject, (s: Subject) => boolean>>> = {
  people: (s) => s !== 'people' && s !== 'other',
  civilians: (s) => s === 'afghan-civilians' || s === 'pakistani-civilians',
};

/** A figure's own words, lower case, letters only ("at least 34 civilians" → at, least, …). */
const figureWords = (f: Figure): string[] =>
  f.text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);

/** Whether a figure's own words are the number and at most a verb of harm ("34", "89 injured"). */
function bare(f: Figure): boolean {
  const words = figureWords(f);
  return words.every((w) => MEASURE_VERBS[w] !== undefined || NUMBER_WORDS.has(w));
}

/**
 * The side a summary line's count names by nationality or loss word alone ("45 Afghans killed",
 * "23 deaths", "12 Afghan nationals"), or undefined when its words say more than that: such a
 * count names no group the body could not make more specific. Null when no side is named.
 */
function summarySide(f: Figure): 'afghanistan' | 'pakistan' | null | undefined {
  const words = figureWords(f);
  let side: 'afghanistan' | 'pakistan' | null = null;
  let named = false;
  for (const w of words) {
    if (MEASURE_VERBS[w] !== undefined || NUMBER_WORDS.has(w)) continue;
    if (LOSS_WORDS.has(w)) {
      named = true;
      continue;
    }
    if (w === 'nationals' || w === 'citizens') continue;
    const s = AFGHAN_WORDS.has(w) ? 'afghanistan' : PAKISTANI_WORDS.has(w) ? 'pakistan' : null;
    if (!s || (side && side !== s)) return undefined;
    side = s;
    named = true;
  }
  return named ? side : undefined;
}

/** Nouns of a force of no stated side ("soldiers", "troops"). */
const SIDELESS_FORCE_NOUNS: ReadonlySet<string> = new Set([
  'soldiers',
  'soldier',
  'troops',
  'personnel',
  'servicemen',
]);

/**
 * Whether a headline or summary count names only a force of no side ("border skirmish kills four
 * soldiers"): the body's count of the same soldiers says whose they were.
 */
function sidelessForces(f: Figure): boolean {
  const words = figureWords(f);
  return (
    words.some((w) => SIDELESS_FORCE_NOUNS.has(w)) &&
    words.every(
      (w) => SIDELESS_FORCE_NOUNS.has(w) || MEASURE_VERBS[w] !== undefined || NUMBER_WORDS.has(w),
    )
  );
}

/** The side a subject names, if any. */
const sideOfSubject = (s: Subject): 'afghanistan' | 'pakistan' | null =>
  s.startsWith('afghan-') ? 'afghanistan' : s.startsWith('pakistani-') ? 'pakistan' : null;

/** Words that may spell a bare count ("Twenty-three", "at least a hundred"): the number reader's own vocabulary. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  ...[UNIT_WORDS, TENS_WORDS, SCALE_WORDS, DOZEN_WORDS, VAGUE_WORDS].flatMap((t) => Object.keys(t)),
  ...[...PREFIX_QUALIFIERS, ...SUFFIX_QUALIFIERS].flatMap(([phrase]) => phrase.split(' ')),
]);

/**
 * Gives vague subjects the specific subject of their restatements, in place.
 *
 * @example resolveSubjectRestatements([{ …value: 34, subject: 'people' }, { …value: 34, subject: 'afghan-civilians' }])
 *   → the first figure's subject becomes 'afghan-civilians'
 */
export function resolveSubjectRestatements(figures: Figure[], text = ''): Figure[] {
  // One pass to index the specific subjects each (measure, value, upper) is stated with: linear.
  const key = (f: Figure): string => `${f.measure}|${f.value}|${f.upper ?? ''}`;
  const stated = new Map<string, Set<Subject>>();
  for (const f of figures) {
    if (f.measure === 'other') continue;
    const set = stated.get(key(f)) ?? new Set<Subject>();
    set.add(f.subject);
    stated.set(key(f), set);
  }
  for (const f of figures) {
    if (f.measure === 'other') continue;
    const refines = REFINES[f.subject];
    // "45 Afghans killed" or "23 deaths" over a body that counts "45 civilians" or "23 Pakistani
    // soldiers": a headline or summary line that names its count only by nationality or loss
    // takes the body's group, of the same side when it names one.
    const side = f.subject === 'people' && text ? summarySide(f) : undefined;
    const summary = side !== undefined && summaryLine(text, f.sentenceStart, f.sentenceEnd);
    // "… as border skirmish kills four soldiers" over "four soldiers … had been killed, Pakistan's
    // military said": the body's soldiers, of the one side it names.
    if (
      f.subject === 'people' &&
      text &&
      sidelessForces(f) &&
      summaryLine(text, f.sentenceStart, f.sentenceEnd)
    ) {
      const forces = [...(stated.get(key(f)) ?? [])].filter((x) => x.endsWith('-forces'));
      if (forces.length === 1) f.subject = forces[0] as Subject;
      continue;
    }
    // Only a bare count ("34 martyred") is vague by omission; "eight people" says what it means,
    // unless "the" points back to a group already counted ("The four wounded soldiers were …").
    if (!refines || !(summary || bare(f) || /\bthe\s$/i.test(text.slice(f.start - 4, f.start))))
      continue;
    const found = new Set<Subject>();
    for (const subject of stated.get(key(f)) ?? [])
      if (
        refines(subject) &&
        // A nationality names its people, not its army: it stands for the body's civilians of
        // that side ("45 Afghans" over "45 civilians … in Khost"), never for its soldiers.
        (!summary || !side || (sideOfSubject(subject) === side && subject.endsWith('civilians')))
      )
        found.add(subject);
    if (found.size === 1) f.subject = [...found][0] as Subject;
  }
  return figures;
}

/**
 * Attribution across the whole text: a headline, bullet or summary line often
 * restates a count that the body attributes ("23 soldiers martyred, 200
 * Taliban killed" above "…, the military said"). An unattributed figure that
 * restates an attributed one (same measure, subject and value) takes that
 * figure's claimant, forwards or backwards, from the nearest restatement.
 */
import type { Figure } from '../types';
import { SHIFT_OPENER } from './figure-cues';
import { BULLET, inBackground, listItem } from './find-speakers';

const key = (f: Figure): string => `${f.measure}|${f.subject}|${f.value}`;

/**
 * Fills in the claimant of unattributed restatements, in place.
 *
 * @example resolveRestatements([{ …value: 23, claimant: null }, { …value: 23, claimant: 'pakistan' }])
 *   → the first figure's claimant becomes 'pakistan'
 */
export function resolveRestatements(figures: Figure[], text?: string): Figure[] {
  const attributed = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.measure === 'other' || f.claimant === null) continue;
    const list = attributed.get(key(f)) ?? [];
    list.push(f);
    attributed.set(key(f), list);
  }
  if (attributed.size === 0) return figures;
  for (const f of figures) {
    if (f.measure === 'other' || f.claimant !== null) continue;
    // "10 people killed" above "10 civilians were killed, the spokesman said": a summary line
    // may name the dead less precisely than the body.
    const list =
      attributed.get(key(f)) ??
      (UNSPECIFIED.has(f.subject)
        ? [...PEOPLE_SUBJECTS].flatMap(
            (sub) => attributed.get(`${f.measure}|${sub}|${f.value}`) ?? [],
          )
        : undefined);
    if (!list || list.length === 0) continue;
    // Only a headline, bullet or summary line restates: a body sentence that tells the count in
    // full sentences is the outlet's own telling, even when a party gives the same number later.
    if (text !== undefined && !summaryLine(text, f.sentenceStart, f.sentenceEnd)) continue;
    // The parties' own counts differ; when two claimants state the same number, the nearest wins.
    let best = list[0] as Figure;
    for (const g of list)
      if (Math.abs(g.start - f.start) < Math.abs(best.start - f.start)) best = g;
    f.claimant = best.claimant;
    f.claimantName = best.claimantName ?? null;
  }
  // A story's count of one slot (whose losses, of what kind) comes from one source: when every
  // attributed figure of that slot names the same claimant, its unattributed figures after the
  // first attributed one take it too (the story goes on telling that tally). Counts before any
  // attribution are the outlet's own lead.
  const bySlot = new Map<string, Set<string>>();
  const nameBySlot = new Map<string, string | null>();
  const firstAt = new Map<string, number>();
  for (const f of figures) {
    // A third party's account (the press, residents) is no party's tally: it neither sets nor splits one.
    if (f.measure === 'other' || f.claimant === null || f.claimant === 'other') continue;
    if (!SLOT_SUBJECTS.has(f.subject)) continue;
    const k = SLOT_KEY(f);
    const set = bySlot.get(k) ?? new Set<string>();
    set.add(f.claimant);
    bySlot.set(k, set);
    if (!nameBySlot.has(k)) nameBySlot.set(k, f.claimantName ?? null);
    if (!firstAt.has(k)) firstAt.set(k, f.start);
  }
  for (const f of figures) {
    if (f.measure === 'other' || f.claimant !== null || !SLOT_SUBJECTS.has(f.subject)) continue;
    // "Earlier, …", "In a separate incident, …": another episode, told by the outlet itself.
    if (text !== undefined && SHIFT_OPENER.test(text.slice(f.sentenceStart, f.sentenceEnd)))
      continue;
    // "The strikes came days after a bomber killed 11 soldiers": what led up to the story, and
    // another episode ("a similar raid last year"), are the outlet's own background.
    if (
      text !== undefined &&
      inBackground(text.slice(f.sentenceStart, f.sentenceEnd), f.start - f.sentenceStart)
    )
      continue;
    // "…, reportedly killing 12 soldiers": the outlet hedges on unnamed reports; no party owns it.
    if (text !== undefined && HEARSAY.test(text.slice(f.sentenceStart, f.start))) continue;
    const set = bySlot.get(SLOT_KEY(f));
    if (!set || set.size !== 1 || f.start < (firstAt.get(SLOT_KEY(f)) ?? 0)) continue;
    f.claimant = [...set][0] as Figure['claimant'];
    f.claimantName = nameBySlot.get(SLOT_KEY(f)) ?? null;
  }
  return figures;
}

/** Subjects whose counts are a party's tally (not a general "people" toll an outlet may state itself). */
const SLOT_SUBJECTS: ReadonlySet<string> = new Set([
  'afghan-forces',
  'pakistani-forces',
  'militants',
  'afghan-civilians',
  'pakistani-civilians',
]);
const SLOT_KEY = (f: Figure): string => f.subject;

/** A headline, bullet or summary line, or the text's opening paragraph when it is one sentence (a standfirst). */
export function summaryLine(text: string, start: number, end: number): boolean {
  return (
    // (A long sentence can only be a bulleted one: its head is read, not the whole, to stay linear.)
    (end - start > 400
      ? BULLET.test(text.slice(start, start + 12))
      : listItem(text.slice(start, end))) ||
    // (Only white space may stand before a standfirst; the bound keeps this check constant-time.)
    (start < 400 &&
      headOnly(text.slice(0, start)) &&
      /^[^\S\n]*(?:\n|$)/.test(text.slice(end, end + 80)))
  );
}

/** Subjects that name the dead or hurt without a side or a role. */
const UNSPECIFIED: ReadonlySet<string> = new Set(['people', 'civilians']);
/** Subjects a summary line's unspecified "people" may stand for. */
const PEOPLE_SUBJECTS: readonly string[] = [
  'civilians',
  'afghan-civilians',
  'pakistani-civilians',
  'people',
];

/** Nothing but white space, or a headline of one or two lines, before a standfirst. */
function headOnly(before: string): boolean {
  const lines = before.split('\n').filter((l) => l.trim() !== '');
  return lines.length <= 2 && lines.every((l) => listItem(l));
}

/** Hedges by which an outlet passes on unnamed reports ("reportedly", "allegedly"). */
const HEARSAY = /\b(?:reportedly|allegedly|purportedly|unconfirmed)\b/i;

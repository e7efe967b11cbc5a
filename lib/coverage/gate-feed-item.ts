import { AFTERMATH_FAMILIES } from '../conflict/cues';
import { EVENTS } from '../conflict/events';
import { FEED_GATE_CONFIG as C } from './config';
import { conflictTerms } from './conflict-terms';

/** What a feed gives about an item before its page is fetched. */
export interface FeedItemGateInput {
  title: string;
  summary: string;
  /** RSS/Atom categories or tags, when the feed gives them. */
  categories?: readonly string[];
  /** ISO date or date-time of publication; null or absent when unknown. */
  published?: string | null;
}

export interface FeedItemVerdict {
  passed: boolean;
  /** Why, in a few words (for tests and the refresh log). */
  reason:
    | 'episode name'
    | 'both sides'
    | 'the dispute itself'
    | 'one side and the fighting'
    | 'spokesman and the fighting'
    | 'off-topic'
    | 'not about the conflict'
    | 'outside every episode';
  signals: string[];
}

const DAY = 86_400_000;

/**
 * Should a feed item's article be fetched and analysed? Decides on the
 * item's title, summary and categories with the conflict's whole vocabulary
 * (episode and operation names, actors, places, cue words), and errs towards
 * fetching: the full analysis of the fetched page is the real filter. Only a
 * title about another subject (a cricket score, an earthquake) with nothing
 * of the fighting in it, or nothing of either side at all, is left out; and
 * an item is skipped for its date only when the date is certain and falls
 * outside every known episode (a date after the last known one may be a new
 * round, so it is fetched).
 *
 * @example gateFeedItem({ title: "'Righteous Fury': Operation Ghazab lil-Haq", summary: '' }).passed // true
 */
export function gateFeedItem(item: FeedItemGateInput, now: number = Date.now()): FeedItemVerdict {
  // A title is too short to tell its language by, and the gate errs towards fetching: it knows
  // the other languages' words too (they almost never occur in English).
  const T = conflictTerms('world');
  const text = [item.title, item.summary, (item.categories ?? []).join(', ')]
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const signals: string[] = [];
  const verdict = (passed: boolean, reason: FeedItemVerdict['reason']): FeedItemVerdict => ({
    passed,
    reason,
    signals: [...new Set(signals)],
  });

  if (outsideEveryEpisode(item.published, now)) return verdict(false, 'outside every episode');

  let pk = false;
  let af = false;
  const specific: string[] = [];
  for (const h of T.names.find(text)) {
    if (T.noSignal.has(h.name)) continue;
    const side = T.sideOf.get(h.name);
    if (T.crossings.has(h.name)) pk = af = true;
    else if (side === 'pakistan') pk = true;
    else if (side === 'afghanistan') af = true;
    else continue;
    signals.push(h.name);
    if (T.specific.has(h.name)) specific.push(h.name);
  }
  for (const h of T.bothSides.find(text)) {
    if (/^(?:Pak|Af)/i.test(text.slice(h.index, h.index + 3))) pk = af = true;
  }

  let bilateral = 0;
  let episodeName = false;
  for (const h of T.bilateral.find(text)) {
    bilateral += T.bilateralWeight.get(h.name) ?? 0;
    if (T.episodeNames.has(h.name)) episodeName = true;
    signals.push(h.name);
  }
  if (episodeName) return verdict(true, 'episode name');

  const cueFamilies = new Map<string, number>();
  for (const h of T.cues.find(text)) cueFamilies.set(h.name, T.cueWeight.get(h.name) ?? 0);
  let cue = bilateral;
  for (const [name, w] of cueFamilies) {
    cue += w;
    signals.push(name);
  }

  // An off-topic family outweighing the fighting words: "Pakistan beat
  // Afghanistan by 39 runs", "Quake in Kunar kills hundreds".
  const negHits = new Map<string, number>();
  for (const h of T.negatives.find(text)) negHits.set(h.name, (negHits.get(h.name) ?? 0) + 1);
  let off = 0;
  for (const [family, k] of negHits) {
    // Goods held up at a crossing are the conflict's news as often as not.
    if (AFTERMATH_FAMILIES.has(family)) continue;
    const w = T.negativeWeight.get(family) ?? 1;
    if (w >= 1) off = Math.max(off, w * Math.log2(1 + k));
  }
  // A tie goes to fetching only when both sides are named.
  if (off > cue || (off > 0 && off >= cue && !(pk && af))) return verdict(false, 'off-topic');

  if (pk && af) return verdict(true, 'both sides');
  if (bilateral >= C.bilateralAlone) return verdict(true, 'the dispute itself');
  if ((pk || af) && cue >= C.oneSideCueMin) return verdict(true, 'one side and the fighting');
  if (specific.length > 0 && cue > 0) return verdict(true, 'spokesman and the fighting');
  return verdict(false, 'not about the conflict');
}

/**
 * True only when `published` is a certain date (a valid ISO date, not in the
 * future) that lies outside every episode's window widened by a margin, and
 * before the last episode's end: later dates may belong to a round the data
 * does not know yet.
 */
function outsideEveryEpisode(published: string | null | undefined, now: number): boolean {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return false;
  const t = Date.parse(published);
  if (!Number.isFinite(t) || t > now + C.maxFutureDays * DAY) return false;
  const margin = C.episodeMarginDays * DAY;
  let lastEnd = -Infinity;
  for (const e of EVENTS) {
    const start = Date.parse(`${e.start}T00:00:00Z`) - margin;
    const end = Date.parse(`${e.end}T23:59:59Z`) + margin;
    if (t >= start && t <= end) return false;
    lastEnd = Math.max(lastEnd, end);
  }
  return t < lastEnd;
}

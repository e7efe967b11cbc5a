/**
 * Event dating measured apart from the figures: for every labelled coverage
 * report, the event the engine dated it to against the labelled episode.
 * Rows can only be right when reports of one episode share an event and
 * reports of different episodes do not, so this is scored on pairs as well
 * as on exact dates.
 */
import { sameEvent } from '../compare/event-date';

export interface EventCase {
  id: string;
  /** The labelled episode (its first day). */
  truth: string;
  /** The engine's event for the same report. */
  predicted: string | null;
}

export interface EventScores {
  reports: number;
  /** Reports whose event is exactly the labelled date. */
  exact: number;
  /** Pairs of reports of one labelled episode, and how many of them the engine joins. */
  samePairs: number;
  sameJoined: number;
  /** Pairs of reports of different labelled episodes, and how many of them the engine joins (wrongly). */
  otherPairs: number;
  otherJoined: number;
  /** Per labelled episode, each report's predicted event, in input order. */
  byEvent: Map<string, EventCase[]>;
}

/**
 * @example scoreEvents([{ id: 'a', truth: '2025-10-11', predicted: '2025-10-11' }]).exact // 1
 */
export function scoreEvents(cases: readonly EventCase[]): EventScores {
  const out: EventScores = {
    reports: cases.length,
    exact: 0,
    samePairs: 0,
    sameJoined: 0,
    otherPairs: 0,
    otherJoined: 0,
    byEvent: new Map(),
  };
  for (const c of cases) {
    if (c.predicted === c.truth) out.exact++;
    out.byEvent.set(c.truth, [...(out.byEvent.get(c.truth) ?? []), c]);
  }
  for (let i = 0; i < cases.length; i++)
    for (let j = i + 1; j < cases.length; j++) {
      const a = cases[i]!;
      const b = cases[j]!;
      const joined = sameEvent(a.predicted, b.predicted);
      if (a.truth === b.truth) {
        out.samePairs++;
        if (joined) out.sameJoined++;
      } else {
        out.otherPairs++;
        if (joined) out.otherJoined++;
      }
    }
  return out;
}

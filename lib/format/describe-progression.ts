/**
 * A running tally as a progression: the values of a row ordered by when
 * their reports were published, so the popup says "13 → 19, later reports
 * give higher counts" instead of calling the outlets contradictory.
 */
import { toInterval } from '../compare/interval';
import type { CompareReport, CompareValue } from '../types';
import { formatFigureValue } from './format-figure';
import { formatPublished, publishedTime, type DateOptions } from './format-published';

export interface ProgressionStep {
  /** The value in words ("at least 13"). */
  value: string;
  /** Publication time in words, or null when the report has none. */
  when: string | null;
  outlet: string;
}

export type Trend = 'higher' | 'lower' | 'mixed' | 'same';

export interface Progression {
  steps: ProgressionStep[];
  trend: Trend;
  /** One line: "13 → 19, later reports give higher counts". */
  summary: string;
}

const TREND_WORDS: Readonly<Record<Trend, string>> = Object.freeze({
  higher: 'later reports give higher counts',
  lower: 'later reports give lower counts',
  mixed: 'the count went up and down between reports',
  same: 'the count did not change',
});

/** Orders values by publication (undated last, stable), and collapses repeats of the same value. */
export function describeProgression(
  values: readonly CompareValue[],
  reports: readonly CompareReport[],
  options: DateOptions = { short: true },
): Progression {
  const dated = values.map((v, i) => ({
    v,
    i,
    t: publishedTime(reports[v.report]?.published),
    low: toInterval(v)[0],
  }));
  // Reports of the same day without a time cannot be ordered: a tally
  // revised within the day reads lowest first.
  dated.sort((a, b) => {
    if (a.t === null || b.t === null) return a.t === null ? (b.t === null ? a.i - b.i : 1) : -1;
    return a.t - b.t || a.low - b.low || a.i - b.i;
  });
  const steps: ProgressionStep[] = [];
  const lows: number[] = [];
  for (const { v, low } of dated) {
    const text = formatFigureValue(v);
    const report = reports[v.report];
    if (steps.length > 0 && steps[steps.length - 1]!.value === text) continue;
    steps.push({
      value: text,
      when: formatPublished(report?.published ?? null, options),
      outlet: report?.outlet ?? 'Unknown outlet',
    });
    lows.push(low);
  }
  let up = false;
  let down = false;
  for (let i = 1; i < lows.length; i++) {
    if (lows[i]! > lows[i - 1]!) up = true;
    if (lows[i]! < lows[i - 1]!) down = true;
  }
  const trend: Trend = up && down ? 'mixed' : up ? 'higher' : down ? 'lower' : 'same';
  const chain = steps.map((s) => s.value).join(' → ');
  return { steps, trend, summary: `${chain}, ${TREND_WORDS[trend]}` };
}

/**
 * The report store's index for the popup's question: "for this page's
 * episode, which values does each slot (measure, subject, claimant) have,
 * and from which reports?". Two compact records are derived from every
 * stored report:
 *
 *  - a head (what matching ranks by: title, signals, outlet, dates), keyed
 *    by URL and indexed by event date;
 *  - one row per figure, keyed [measure, subject, claimant, event, lower
 *    bound, url, position], so one key range per slot of the page returns
 *    every value of that slot in the event window, without reading a single
 *    sentence.
 *
 * Matching reads only these; whole reports (sentences, every figure) are
 * read for the few matches shown. Pure: no IndexedDB here.
 */
import { figureInterval } from '../compare/interval';
import type { Claimant, Measure, Qualifier, Report, ReportFigure, Subject } from '../types';

/** What matching needs of a report besides its figures. */
export type ReportHead = Pick<
  Report,
  'url' | 'outlet' | 'domain' | 'title' | 'published' | 'event' | 'origin' | 'seenAt' | 'signals'
>;

/** Key of a figure row; the slot comes first so that a slot's values in a window are one range. */
export type FigureRowKey = [
  measure: string,
  subject: string,
  claimant: string,
  event: string,
  lower: number,
  url: string,
  position: number,
];

/** One figure of one report, without its sentence or phrase. */
export interface FigureRow {
  key: FigureRowKey;
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  unit: string | null;
  /** Upper bound of the value's interval (the lower one is in the key). */
  hi: number;
}

/** A slot as the index keys it (the unit of `other` figures is left to matching). */
export interface SlotQuery {
  measure: string;
  subject: string;
  claimant: string;
}

export function headOf(report: Report): ReportHead {
  return {
    url: report.url,
    outlet: report.outlet,
    domain: report.domain,
    title: report.title,
    published: report.published,
    event: report.event,
    // v1 stores had no origin: those were all pages the reader opened.
    origin: report.origin ?? 'page',
    seenAt: report.seenAt,
    signals: report.signals,
  };
}

/** The figure rows of a report; none without an event date (they are never asked for). */
export function figureRowsOf(report: Report): FigureRow[] {
  const event = report.event;
  if (event === null) return [];
  return report.figures.map((f, i) => {
    const [lo, hi] = figureInterval(f).interval;
    return {
      key: [f.measure, f.subject, f.claimant ?? '', event, lo, report.url, i],
      measure: f.measure,
      subject: f.subject,
      claimant: f.claimant,
      value: f.value,
      upper: f.upper,
      qualifier: f.qualifier,
      unit: f.unit,
      hi,
    };
  });
}

/** The distinct slots of a page's figures, as index queries. */
export function slotQueriesOf(report: Pick<Report, 'figures'>): SlotQuery[] {
  const seen = new Map<string, SlotQuery>();
  for (const f of report.figures) {
    const q = { measure: f.measure, subject: f.subject, claimant: f.claimant ?? '' };
    seen.set(`${q.measure}|${q.subject}|${q.claimant}`, q);
  }
  return [...seen.values()];
}

/** A figure rebuilt from its row: every field matching reads; phrase and sentence left empty. */
function figureOf(row: FigureRow): ReportFigure {
  return {
    measure: row.measure,
    subject: row.subject,
    claimant: row.claimant,
    value: row.value,
    upper: row.upper,
    qualifier: row.qualifier,
    unit: row.unit,
    text: '',
    start: row.key[6],
    end: row.key[6],
    claimantName: null,
    sentence: '',
    sentenceStart: 0,
    sentenceEnd: 0,
  };
}

/**
 * Light candidate reports for matching: each head with the figures the
 * index returned for it (only the page's slots). Order follows the heads.
 */
export function candidatesFrom(heads: readonly ReportHead[], rows: readonly FigureRow[]): Report[] {
  const byUrl = new Map<string, ReportFigure[]>();
  for (const row of rows) {
    const url = row.key[5];
    const list = byUrl.get(url);
    if (list) list.push(figureOf(row));
    else byUrl.set(url, [figureOf(row)]);
  }
  return heads.map((h) => ({ ...h, coverageScore: 0, figures: byUrl.get(h.url) ?? [] }));
}

/**
 * The report store's index for the popup's question: "for this page's
 * episode, which values does each slot (measure, subject, claimant) have,
 * and from which reports?". One compact record per stored report, indexed
 * by event date and then newest first, so a key range per day of the event
 * window answers it (see matchCandidates in reports.ts):
 *
 *   { url, event, rank, packed }  where packed is one JSON string of
 *   [outlet, domain, title, published, origin, seenAt, signals,
 *    figures as [measure, subject, claimant, value, upper, qualifier, unit]]
 *
 * Why one string per report, not one record per figure: IndexedDB's cost
 * is per record and per value deserialised (structured clone), not per
 * byte. Measured in Chromium's service worker at 10,000 stored reports, the
 * page's slots as one key range each returned about 5,000 figure records
 * four to five times slower than the event window's whole reports; a
 * record per report whose payload is one string is read several times
 * faster than either, and JSON.parse of it is cheap. Phrases and sentences
 * stay in the whole report, read only for the matches shown. Pure: no
 * IndexedDB here.
 */
import { reportTime } from '../compare/match-reports';
import type { Claimant, Measure, Qualifier, Report, ReportFigure, Subject } from '../types';

/** The index record of one report. */
export interface ReportHead {
  url: string;
  event: string | null;
  /** Minus the report's time (publication, else reading): the index [event, rank] lists an episode newest first. */
  rank: number;
  packed: string;
}

type PackedFigure = [Measure, Subject, Claimant, number, number | null, Qualifier, string | null];
export type Packed = [
  outlet: string,
  domain: string,
  title: string,
  published: string | null,
  origin: Report['origin'],
  seenAt: number,
  signals: string[],
  figures: PackedFigure[],
];

export function headOf(report: Report): ReportHead {
  const packed: Packed = [
    report.outlet,
    report.domain,
    report.title,
    report.published,
    // v1 stores had no origin: those were all pages the reader opened.
    report.origin ?? 'page',
    report.seenAt,
    report.signals,
    report.figures.map((f) => [
      f.measure,
      f.subject,
      f.claimant,
      f.value,
      f.upper,
      f.qualifier,
      f.unit,
    ]),
  ];
  return {
    url: report.url,
    event: report.event,
    rank: -reportTime(report),
    packed: JSON.stringify(packed),
  };
}

/**
 * A light report for matching, from its index record: every field matching
 * reads; each figure without its phrase and sentence, and only those in
 * `slots` (measure|subject|claimant) when given.
 */
export function candidateOf(
  head: ReportHead,
  slots?: ReadonlySet<string>,
  packed: Packed = unpack(head),
): Report {
  const [outlet, domain, title, published, origin, seenAt, signals, figures] = packed;
  const kept: ReportFigure[] = [];
  figures.forEach(([measure, subject, claimant, value, upper, qualifier, unit], i) => {
    if (slots && !slots.has(slotOf({ measure, subject, claimant }))) return;
    kept.push({
      measure,
      subject,
      claimant,
      value,
      upper,
      qualifier,
      unit,
      text: '',
      start: i,
      end: i,
      claimantName: null,
      sentence: '',
      sentenceStart: 0,
      sentenceEnd: 0,
    });
  });
  return {
    url: head.url,
    outlet,
    domain,
    title,
    published,
    event: head.event,
    origin,
    seenAt,
    coverageScore: 0,
    signals: [...signals],
    figures: kept,
  };
}

/** An index record's payload, parsed (the store's memory keeps it parsed). */
export const unpack = (head: ReportHead): Packed => JSON.parse(head.packed) as Packed;

/** A figure's slot as the index filters by it (the unit of `other` figures is left to matching). */
export function slotOf(f: Pick<ReportFigure, 'measure' | 'subject' | 'claimant'>): string {
  return `${f.measure}|${f.subject}|${f.claimant ?? ''}`;
}

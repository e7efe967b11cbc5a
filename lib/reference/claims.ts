/**
 * The bundled reference set: real reports from the labelled real-reporting
 * corpus (generated into reference-reports.ts by `npm run build:reference`),
 * with their figures, so the popup can compare a page the minute Crosscheck
 * is installed, offline, until live reports arrive.
 *
 * Every URL is one a labeller saw; no article sentence is kept. A reference
 * figure's `sentence` is empty (offsets 0): the popup shows its short phrase
 * and "reported by <outlet>, <date>", never a quotation the outlet did not write.
 */
import { EVENTS } from '../conflict/events';
import type { Report, ReportFigure } from '../types';
import type { ReferenceEntry, ReferenceFigure } from './reference-entry';
import { REFERENCE_ENTRIES } from './reference-reports';

/**
 * A labelled figure (slots and short phrase, no sentence) as the store keeps
 * figures: no offsets, no sentence. Also used to compare the corpus labels.
 */
export function phraseOnlyFigure(f: ReferenceFigure): ReportFigure {
  return {
    measure: f.measure,
    subject: f.subject,
    claimant: f.claimant,
    value: f.value,
    upper: f.upper,
    qualifier: f.qualifier,
    text: f.text,
    start: 0,
    end: 0,
    unit: null,
    claimantName: null,
    sentenceStart: 0,
    sentenceEnd: 0,
    sentence: '',
  };
}

function buildReport(entry: ReferenceEntry): Report {
  const event = EVENTS.find((e) => e.id === entry.eventId);
  if (!event) throw new Error(`reference: unknown episode ${entry.eventId}`);
  return {
    url: entry.url,
    outlet: entry.outlet,
    domain: entry.domain,
    title: entry.title,
    published: entry.published,
    event: event.start,
    origin: 'reference',
    // Deterministic: "read" on the day it was published (or the episode's first day).
    seenAt: Date.parse(entry.published ?? event.start),
    coverageScore: 1,
    signals: [...entry.signals],
    figures: entry.figures.map(phraseOnlyFigure),
  };
}

/** The reference reports (origin 'reference'), events set from lib/conflict/events. */
export const REFERENCE_REPORTS: readonly Report[] = Object.freeze(
  REFERENCE_ENTRIES.map(buildReport),
);

/**
 * Fresh copies of the reference reports, for seeding the store.
 *
 * @example await seedReference(store, loadReference())
 */
export function loadReference(): Report[] {
  return REFERENCE_REPORTS.map((r) => ({
    ...r,
    signals: [...r.signals],
    figures: r.figures.map((f) => ({ ...f })),
  }));
}

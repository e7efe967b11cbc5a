/** Small builders for reports and figures in comparison tests. */
import type {
  Claimant,
  Measure,
  Qualifier,
  Report,
  ReportFigure,
  Subject,
} from '../../../lib/types';

export interface FigureSpec {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  value: number;
  upper?: number | null;
  qualifier?: Qualifier;
  unit?: string | null;
  text?: string;
  start?: number;
}

export function fig(spec: FigureSpec): ReportFigure {
  const text = spec.text ?? String(spec.value);
  const start = spec.start ?? 0;
  return {
    measure: spec.measure,
    subject: spec.subject,
    claimant: spec.claimant,
    value: spec.value,
    upper: spec.upper ?? null,
    qualifier: spec.qualifier ?? 'exact',
    text,
    start,
    end: start + text.length,
    unit: spec.unit ?? null,
    claimantName: null,
    sentenceStart: start,
    sentenceEnd: start + text.length,
    sentence: `A sentence with ${text}.`,
  };
}

let counter = 0;

export function report(partial: Partial<Report> & { figures?: ReportFigure[] }): Report {
  counter++;
  const domain = partial.domain ?? `outlet${counter}.example`;
  return {
    url: partial.url ?? `https://${domain}/story/${counter}`,
    outlet: partial.outlet ?? domain,
    domain,
    title: partial.title ?? `Story ${counter}`,
    published: partial.published === undefined ? '2026-02-27' : partial.published,
    event: partial.event === undefined ? '2026-02-26' : partial.event,
    origin: partial.origin ?? 'page',
    seenAt: partial.seenAt ?? Date.parse('2026-02-28'),
    coverageScore: partial.coverageScore ?? 0.9,
    signals: partial.signals ?? [],
    figures: partial.figures ?? [],
  };
}

/**
 * Which of the page's figures to mark in the article, and what the card
 * beside each mark says. Computed by the background from the tab's
 * comparison and sent to the page (message `page-marks`): the page side only
 * finds the phrases and registers highlights, it never sees the comparison.
 *
 * A figure is marked when it fills a disputed row (outlets give it
 * differently, or the other party contradicts it); every mention of that
 * slot on the page is marked, since each is the figure others dispute. When
 * both hold, the outlets' disagreement is the mark: it is about this report.
 */
import { claimedBy, describeSlot } from '../format/describe-slot';
import { formatFigureValue } from '../format/format-figure';
import { formatPublished } from '../format/format-published';
import { OUTLETS_DISAGREE, PARTIES_DISAGREE } from '../format/labels';
import type { Analysis, CompareRow, Comparison } from '../types';
import { MARK_LIMITS, type MarkKind } from './mark-config';

/** One other value, in words, for the card. */
export interface MarkValue {
  /** "247", "at least 274" */
  value: string;
  /** "Dawn, 27 Feb 2026", "Al Jazeera (reference), 27 Feb 2026" */
  source: string;
  /** "claimed by Afghanistan (Taliban)" */
  claim: string;
}

export interface PageMark {
  kind: MarkKind;
  /** The figure phrase exactly as the article text has it. */
  phrase: string;
  /** Its sentence in the article text, to find the right occurrence. */
  sentence: string;
  /** "Afghan forces killed — claimed by Pakistan" */
  title: string;
  /** "Outlets disagree" / "Parties disagree" */
  label: string;
  /** This page's value in words. */
  pageValue: string;
  others: MarkValue[];
}

export interface PlanOptions {
  /** Index of the page among the comparison's reports (the background puts it first). */
  current?: number;
  timeZone?: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * @example planMarks(view.analysis, view.comparison) // [{ kind: 'outlets', phrase: 'at least 274 Afghan fighters', … }]
 */
export function planMarks(
  analysis: Pick<Analysis, 'figures'> & { article: Pick<Analysis['article'], 'text'> },
  comparison: Comparison | null,
  opts: PlanOptions = {},
): PageMark[] {
  if (!comparison) return [];
  const current = opts.current ?? 0;
  const sourceOf = (report: number) => {
    const r = comparison.reports[report];
    if (!r) return 'an unknown outlet';
    const name = `${r.outlet || r.domain}${r.origin === 'reference' ? ' (reference)' : ''}`;
    const when = formatPublished(r.published, { timeZone: opts.timeZone });
    return when ? `${name}, ${when}` : name;
  };
  const valuesOf = (row: CompareRow, skipCurrent: boolean): MarkValue[] =>
    row.values
      .filter((v) => !skipCurrent || v.report !== current)
      .map((v) => ({
        value: formatFigureValue(v),
        source: sourceOf(v.report),
        claim: claimedBy(row.claimant),
      }));

  const out: PageMark[] = [];
  const seen = new Set<string>();
  for (const row of comparison.rows) {
    const mine = row.values.find((v) => v.report === current);
    if (!mine) continue;
    const outlets = row.status === 'conflict' && !row.update;
    if (!outlets && !row.contested) continue;
    const kind: MarkKind = outlets ? 'outlets' : 'parties';
    // The other party's figures for the same thing: what contests this one.
    const rivals = row.contested
      ? comparison.rows.filter(
          (o) =>
            o !== row &&
            o.measure === row.measure &&
            o.subject === row.subject &&
            o.claimant !== null &&
            o.claimant !== row.claimant,
        )
      : [];
    const others = [...valuesOf(row, true), ...rivals.flatMap((o) => valuesOf(o, false))].slice(
      0,
      MARK_LIMITS.values,
    );
    const unit = row.values.find((v) => v.unit)?.unit ?? null;
    const figures = analysis.figures.filter(
      (f) =>
        f.measure === row.measure &&
        f.subject === row.subject &&
        f.claimant === row.claimant &&
        (f.measure !== 'other' || f.text === mine.text),
    );
    for (const f of figures) {
      const sentence = collapse(analysis.article.text.slice(f.sentenceStart, f.sentenceEnd));
      const key = `${f.start}|${f.end}`;
      if (seen.has(key) || !f.text.trim()) continue;
      seen.add(key);
      out.push({
        kind,
        phrase: f.text,
        sentence: sentence || f.text,
        title: describeSlot({ ...row, unit }),
        label: outlets ? OUTLETS_DISAGREE.label : PARTIES_DISAGREE.label,
        pageValue: formatFigureValue(f),
        others,
      });
    }
  }
  return out.slice(0, MARK_LIMITS.marks);
}

import type { CompareRow, Comparison } from '../lib/types';
import { describeStatus, type StatusKind } from '../lib/format/describe-status';
import { ComparisonRow, ReportName } from './ComparisonRow';
import { EmptyState } from './EmptyState';

export interface ComparisonTableProps {
  comparison: Comparison | null;
  /** Index of the page being read among the reports (the background puts it first). */
  currentReport?: number;
  /** Reports Crosscheck holds in all (said in the empty state, so an empty store is not mistaken for a bug). */
  storedReports?: number;
  timeZone?: string;
}

/** Disagreements first: they are what the reader came for. */
const ORDER: Readonly<Record<StatusKind, number>> = Object.freeze({
  conflict: 0,
  update: 2,
  compatible: 3,
  agree: 4,
  single: 5,
});
const rank = (row: CompareRow) =>
  row.contested && describeStatus(row).kind !== 'conflict' ? 1 : ORDER[describeStatus(row).kind];

/**
 * Rows worth showing: those that compare at least two reports, and contested
 * ones (the parties' disagreement shows even within one report).
 */
export function rowsToShow(rows: readonly CompareRow[]): CompareRow[] {
  return rows
    .filter((r) => r.contested || new Set(r.values.map((v) => v.report)).size >= 2)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

export const NO_OTHER_REPORTS =
  "No other outlet's report of this event yet — Crosscheck will compare as you read more coverage or when feeds refresh.";

/** The comparison of this page's figures with other outlets' reports of the same event. */
export function ComparisonTable({
  comparison,
  currentReport = 0,
  storedReports,
  timeZone,
}: ComparisonTableProps) {
  const others = comparison ? comparison.reports.filter((_, i) => i !== currentReport) : [];
  if (!comparison || others.length === 0) {
    return (
      <EmptyState icon="◎" title={NO_OTHER_REPORTS}>
        {storedReports !== undefined ? (
          <p>
            Crosscheck holds {storedReports === 1 ? 'one report' : `${storedReports} reports`} so
            far.
          </p>
        ) : null}
      </EmptyState>
    );
  }
  const rows = rowsToShow(comparison.rows);
  return (
    <div class="comparison">
      <p class="comparison__with">
        Compared with{' '}
        {others.map((r, i) => (
          <span key={`${r.url}-${i}`}>
            {i > 0 ? ', ' : ''}
            <ReportName report={r} current={false} />
          </span>
        ))}
      </p>
      {rows.length === 0 ? (
        <EmptyState
          icon="◎"
          title="Other reports of this event give none of the same figures as this page."
        />
      ) : (
        <ul class="slots" aria-label="Figures compared across outlets">
          {rows.map((row, i) => (
            <ComparisonRow
              key={`${row.measure}|${row.subject}|${row.claimant}|${i}`}
              row={row}
              reports={comparison.reports}
              currentReport={currentReport}
              timeZone={timeZone}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

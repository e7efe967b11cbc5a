import type { CompareReport, CompareRow } from '../lib/types';
import { ComparisonRow } from './ComparisonRow';
import type { ShowFigure } from './FigureList';

export interface RowListProps {
  rows: readonly CompareRow[];
  reports: readonly CompareReport[];
  /** Accessible name of the list (what these rows are). */
  label: string;
  /** Index of the page being read among the reports (the background puts it first). */
  currentReport?: number;
  timeZone?: string;
  /** "Show on page" for the page's own value in each row. */
  onShow?: ShowFigure;
  /** How many rows are rendered, from the first (all by default; see PopupBody's firstScreen). */
  limit?: number;
}

export const NO_OTHER_REPORTS =
  "No other outlet's report of this event yet — Crosscheck will compare as you read more coverage or when feeds refresh.";

/** Compared rows, in the order given (lib/format/popup-sections.ts decides it). */
export function RowList({
  rows,
  reports,
  label,
  currentReport = 0,
  timeZone,
  onShow,
  limit = Infinity,
}: RowListProps) {
  const shown = limit < rows.length ? rows.slice(0, limit) : rows;
  return (
    <ul class="slots" aria-label={label}>
      {shown.map((row, i) => (
        <ComparisonRow
          key={`${row.measure}|${row.subject}|${row.claimant}|${i}`}
          row={row}
          reports={reports}
          currentReport={currentReport}
          timeZone={timeZone}
          onShow={onShow}
        />
      ))}
    </ul>
  );
}

import type { CompareRow } from '../types';

export interface RowScores {
  /** Rows the labels imply: slots that two or more reports give. */
  rows: number;
  /** Of those, rows the engine forms with exactly the same reports. */
  joined: number;
  /** Of those, rows that also have the labels' status and contested flag. */
  right: number;
  /** What each wrong row looked like, for the report. */
  wrong: { row: string; why: string }[];
}

const slotKey = (r: Pick<CompareRow, 'measure' | 'subject' | 'claimant'>): string =>
  `${r.measure}/${r.subject}/${r.claimant ?? 'null'}`;

const reportSet = (r: CompareRow): string =>
  [...new Set(r.values.map((v) => v.report))].sort((a, b) => a - b).join(',');

/**
 * Scores what a reader would see: the comparison rows built from the labels
 * (truth) against those built from the engine's reading of the same pages,
 * report indices being the same pages in both. A row is right when the
 * engine forms it from the same reports with the same status and the same
 * contested flag.
 *
 * @example scoreRows(compareReports(labelled, o).rows, compareReports(read, o).rows)
 */
export function scoreRows(
  truth: readonly CompareRow[],
  predicted: readonly CompareRow[],
): RowScores {
  const bySlot = new Map<string, CompareRow[]>();
  for (const p of predicted) bySlot.set(slotKey(p), [...(bySlot.get(slotKey(p)) ?? []), p]);
  const out: RowScores = { rows: 0, joined: 0, right: 0, wrong: [] };
  for (const t of truth) {
    const reports = reportSet(t);
    if (!reports.includes(',')) continue; // one report: nothing compared
    out.rows++;
    const candidates = bySlot.get(slotKey(t)) ?? [];
    const same = candidates.find((p) => reportSet(p) === reports);
    const label = `${slotKey(t)} [${reports}]`;
    if (!same) {
      const seen = candidates.map(reportSet).join(' | ') || 'no row';
      out.wrong.push({ row: label, why: `reports not joined (engine: ${seen})` });
      continue;
    }
    out.joined++;
    if (same.status === t.status && same.contested === t.contested) out.right++;
    else
      out.wrong.push({
        row: label,
        why: `${same.status}${same.contested ? ' contested' : ''} instead of ${t.status}${
          t.contested ? ' contested' : ''
        }`,
      });
  }
  return out;
}

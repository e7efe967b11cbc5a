/**
 * The popup leads with the page being read. Its comparison rows fall in
 * three sections, and the page's figures no other report gives in a fourth:
 *
 * 1. disputed: this page's figures other reports give differently (outlets
 *    disagree), or the other party contradicts (parties disagree);
 * 2. confirmed: this page's figures at least one other independent report
 *    gives compatibly (agree, close, or a later tally of the same count);
 * 3. onlyHere: this page's figures no other report gives;
 * 4. elsewhere: the episode's figures other reports give and this page does
 *    not (shown collapsed).
 *
 * The summary line counts these same lists, so its numbers always match the
 * rows shown below it.
 */
import type { CompareRow, Figure } from '../types';

export interface PopupSections<F> {
  disputed: CompareRow[];
  confirmed: CompareRow[];
  onlyHere: F[];
  elsewhere: CompareRow[];
}

const reportsIn = (row: CompareRow): number => new Set(row.values.map((v) => v.report)).size;

/** Disputed: an outlet mismatch that is not a running tally, or a contested claim. */
export const isDisputed = (row: CompareRow): boolean =>
  (row.status === 'conflict' && !row.update) || row.contested;

/** Order inside a section: outlet mismatches before the parties' disagreement, then the page's order. */
const disputeRank = (row: CompareRow): number => (row.status === 'conflict' && !row.update ? 0 : 1);

/**
 * @param current index of the page being read among the comparison's reports (0 from the background)
 * @example popupSections(view.comparison.rows, view.analysis.figures)
 */
export function popupSections<F extends Pick<Figure, 'measure' | 'subject' | 'claimant' | 'text'>>(
  rows: readonly CompareRow[],
  figures: readonly F[],
  current = 0,
): PopupSections<F> {
  const onPage = rows.filter((r) => r.values.some((v) => v.report === current));
  const disputed = onPage
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => isDisputed(row))
    .sort((a, b) => disputeRank(a.row) - disputeRank(b.row) || a.i - b.i)
    .map(({ row }) => row);
  const confirmed = onPage.filter((r) => !isDisputed(r) && reportsIn(r) >= 2);
  const compared = [...disputed, ...confirmed];
  // `other` figures are compared within one unit: the row must hold this very phrase.
  const inRow = (f: F, r: CompareRow) =>
    r.measure === f.measure &&
    r.subject === f.subject &&
    r.claimant === f.claimant &&
    (f.measure !== 'other' || r.values.some((v) => v.report === current && v.text === f.text));
  const onlyHere = figures.filter((f) => !compared.some((r) => inRow(f, r)));
  const elsewhere = rows.filter((r) => !r.values.some((v) => v.report === current));
  return { disputed, confirmed, onlyHere, elsewhere };
}

/**
 * A comparison row's status in words and icon. An update (a running tally)
 * is not shown as outlets disagreeing; a contested row carries the parties'
 * disagreement as a separate mark.
 */
import type { Claimant, CompareRow } from '../types';
import { CONTESTED_WORDS, STATUS_WORDS } from './labels';

export type StatusKind = 'agree' | 'compatible' | 'conflict' | 'update' | 'single';

export interface StatusWords {
  kind: StatusKind;
  icon: string;
  label: string;
  note: string;
}

/**
 * "Outlets agree" needs two independent reports: a row that only one report
 * fills (a contested figure of this page alone) says so instead. Rows
 * without `values` (callers that only know the status) are taken as compared.
 */
export function describeStatus(
  row: Pick<CompareRow, 'status' | 'update'> & { values?: CompareRow['values'] },
): StatusWords {
  const reports = row.values ? new Set(row.values.map((v) => v.report)).size : 2;
  const kind: StatusKind =
    reports < 2 ? 'single' : row.status === 'conflict' && row.update ? 'update' : row.status;
  return { kind, ...STATUS_WORDS[kind] };
}

/** The contested mark's words; the note names the belligerents only when the row is one of theirs. */
export function describeContested(claimant: Claimant = 'pakistan'): {
  icon: string;
  label: string;
  note: string;
} {
  const belligerent = claimant === 'pakistan' || claimant === 'afghanistan';
  return {
    icon: CONTESTED_WORDS.icon,
    label: CONTESTED_WORDS.label,
    note: belligerent ? CONTESTED_WORDS.note : CONTESTED_WORDS.otherNote,
  };
}

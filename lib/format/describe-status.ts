/**
 * A comparison row's status in words and icon. An update (a running tally)
 * is not shown as outlets disagreeing; a contested row carries the parties'
 * disagreement as a separate mark.
 */
import type { Claimant, CompareRow } from '../types';
import { CONTESTED_WORDS, STATUS_WORDS } from './labels';

export type StatusKind = 'agree' | 'compatible' | 'conflict' | 'update';

export interface StatusWords {
  kind: StatusKind;
  icon: string;
  label: string;
  note: string;
}

export function describeStatus(row: Pick<CompareRow, 'status' | 'update'>): StatusWords {
  const kind: StatusKind = row.status === 'conflict' && row.update ? 'update' : row.status;
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

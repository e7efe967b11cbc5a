import type { CompareRow } from '../lib/types';
import { describeContested, describeStatus } from '../lib/format/describe-status';

export interface StatusBadgeProps {
  /** With `values`, a row only one report fills says so rather than "Outlets agree". */
  row: Pick<CompareRow, 'status' | 'update'> & { values?: CompareRow['values'] };
}

/** A row's status as an icon and words (never colour alone). */
export function StatusBadge({ row }: StatusBadgeProps) {
  const words = describeStatus(row);
  return (
    <span class={`badge badge--${words.kind}`} title={words.note}>
      <span class="badge__icon" aria-hidden="true">
        {words.icon}
      </span>
      {words.label}
    </span>
  );
}

/** The parties' disagreement: a different mark from any outlet status. */
export function ContestedBadge() {
  const words = describeContested();
  return (
    <span class="badge badge--contested" title={words.note}>
      <span class="badge__icon" aria-hidden="true">
        {words.icon}
      </span>
      {words.label}
    </span>
  );
}

import type { Coverage } from '../lib/types';

export interface CoverageChipProps {
  coverage: Pick<Coverage, 'detected' | 'signals'> & { score?: number };
  /** Most signals listed (the rest are counted). */
  maxSignals?: number;
}

/** Whether the page covers the conflict, and the names and places that said so. */
export function CoverageChip({ coverage, maxSignals = 5 }: CoverageChipProps) {
  const shown = coverage.signals.slice(0, maxSignals);
  const more = coverage.signals.length - shown.length;
  return (
    <p class={`chip ${coverage.detected ? 'chip--yes' : 'chip--no'}`}>
      <span class="chip__label">
        <span aria-hidden="true">{coverage.detected ? '● ' : '○ '}</span>
        {coverage.detected ? 'Conflict coverage' : 'Not conflict coverage'}
      </span>
      {shown.length > 0 ? (
        <span class="chip__signals">
          <span class="visually-hidden">, signals: </span>
          {shown.join(' · ')}
          {more > 0 ? ` · +${more} more` : ''}
        </span>
      ) : null}
    </p>
  );
}

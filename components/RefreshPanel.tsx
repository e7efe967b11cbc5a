import type { RefreshProgress } from '../lib/types';
import { FORMAT_CONFIG } from '../lib/format/config';
import { formatRelativeTime } from '../lib/format/format-relative-time';

export interface RefreshPanelProps {
  progress: RefreshProgress | null;
  refreshMinutes: number;
  now: number;
  onRefresh: () => void;
  onIntervalChange: (minutes: number) => void;
  /** A message after a failed request ("The background did not answer"). */
  error?: string | null;
}

const intervalLabel = (m: number) =>
  m < 60 ? `Every ${m} minutes` : m === 60 ? 'Every hour' : `Every ${m / 60} hours`;

/** "Refresh now", its progress, and the refresh interval. */
export function RefreshPanel({
  progress,
  refreshMinutes,
  now,
  onRefresh,
  onIntervalChange,
  error,
}: RefreshPanelProps) {
  const running = progress?.running ?? false;
  const choices: number[] = [...FORMAT_CONFIG.refreshChoices];
  if (!choices.includes(refreshMinutes)) choices.push(refreshMinutes);
  choices.sort((a, b) => a - b);
  return (
    <div class="refresh">
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          onClick={onRefresh}
          disabled={running}
          aria-describedby="refresh-status"
        >
          {running ? 'Refreshing…' : 'Refresh now'}
        </button>
      </div>
      <div id="refresh-status" class="refresh__status" role="status" aria-live="polite">
        {running && progress ? (
          <>
            <progress
              max={Math.max(1, progress.total)}
              value={progress.done}
              aria-label="Refresh progress"
            />
            <p>
              {progress.done} of {progress.total} sources read
              {progress.current ? ` — reading ${progress.current}` : ''}
            </p>
          </>
        ) : progress?.finishedAt ? (
          <p>
            Last refresh finished {formatRelativeTime(progress.finishedAt, now)} ({progress.done} of{' '}
            {progress.total} sources read).
          </p>
        ) : (
          <p>No refresh has run since the browser started.</p>
        )}
        {error ? <p class="error">{error}</p> : null}
      </div>
      <div class="field field--inline">
        <label for="refresh-interval">Refresh feeds</label>
        <select
          id="refresh-interval"
          value={String(refreshMinutes)}
          onChange={(e) => onIntervalChange(Number(e.currentTarget.value))}
        >
          {choices.map((m) => (
            <option key={m} value={String(m)}>
              {intervalLabel(m)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

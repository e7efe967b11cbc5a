import type { SourceHealth } from '../lib/sources/types';
import { describeHealth } from '../lib/format/describe-health';

export interface HealthSummaryProps {
  health: SourceHealth | null | undefined;
  now: number;
  /** The source lists no feed: it is only read when the reader opens its pages. */
  noFeeds?: boolean;
}

/** How reading a source went last time, in words. */
export function HealthSummary({ health, now, noFeeds = false }: HealthSummaryProps) {
  if (noFeeds) {
    return <p class="health health--idle">No feed: read only when you open its pages.</p>;
  }
  const words = describeHealth(health, now);
  const icon = words.state === 'ok' ? '✓' : words.state === 'failing' ? '⚠' : '○';
  return (
    <div class={`health health--${words.state}`}>
      <p>
        <span aria-hidden="true">{icon} </span>
        {words.lastRefresh}
        {words.found ? ` — ${words.found}` : ''}
      </p>
      {words.error ? (
        <p class="health__error">
          <span class="visually-hidden">Last error: </span>
          {words.error}
        </p>
      ) : null}
      {words.nextTry ? <p class="health__next">{words.nextTry}</p> : null}
    </div>
  );
}

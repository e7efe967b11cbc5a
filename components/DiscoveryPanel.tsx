import type { SourceHealth } from '../lib/sources/types';
import { HealthSummary } from './HealthSummary';

export interface DiscoveryPanelProps {
  enabled: boolean;
  /** How the last discovery search went, when there was one. */
  health?: SourceHealth | null;
  now?: number;
  /** Called from the change event (a user gesture: the permission request must happen there). */
  onToggle: (next: boolean) => void;
  message?: string | null;
}

/** The GDELT opt-in, with what it does and does not send. */
export function DiscoveryPanel({ enabled, health, now, onToggle, message }: DiscoveryPanelProps) {
  return (
    <div class="discovery">
      <label class="switch switch--large">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onToggle(e.currentTarget.checked)}
          aria-describedby="discovery-explain"
        />
        <span>Find more coverage through GDELT</span>
      </label>
      <p id="discovery-explain" class="hint">
        Off by default. When on, each refresh asks GDELT's public news index for recent articles
        about the conflict, using a fixed set of conflict keywords — never the pages you read or
        anything about you. Found articles are then fetched directly from their outlets, so
        Crosscheck asks your permission to read any site.
      </p>
      {enabled && health ? <HealthSummary health={health} now={now ?? Date.now()} /> : null}
      {message ? (
        <p class="notice" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}

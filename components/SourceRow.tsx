import { useState } from 'preact/hooks';
import type { Source, SourceHealth } from '../lib/sources/types';
import { REGION_LABELS } from '../lib/format/labels';
import { HealthSummary } from './HealthSummary';
import { SourceForm, type SourceDraft } from './SourceForm';

/** Whether Crosscheck may read the source's site: listed in the manifest, granted by the reader, or not yet. */
export type SiteAccess = 'listed' | 'granted' | 'missing';

export interface SourceRowProps {
  source: Source;
  health?: SourceHealth | null;
  access: SiteAccess;
  now: number;
  onChange: (next: Source) => void;
  onRemove: (source: Source) => void;
  /** Ask for the site's permission (called from the click, a user gesture). */
  onGrant: (source: Source) => void;
}

/** One source: name, domain, feeds, region, toggles, health, edit and remove. */
export function SourceRow({
  source,
  health,
  access,
  now,
  onChange,
  onRemove,
  onGrant,
}: SourceRowProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const save = (draft: SourceDraft) => {
    onChange({ ...source, name: draft.name, feeds: draft.feeds, region: draft.region });
    setEditing(false);
  };
  return (
    <li
      class={`source${source.enabled ? '' : ' source--disabled'}`}
      data-domain={source.domain}
      data-id={source.id}
    >
      <div class="source__main">
        <div class="source__id">
          <h3 class="source__name">
            {source.trusted ? (
              <span class="star" aria-hidden="true">
                ★{' '}
              </span>
            ) : null}
            {source.name}
          </h3>
          <p class="source__meta">
            <span class="source__domain">{source.domain}</span>
            <span aria-hidden="true"> · </span>
            <span>{REGION_LABELS[source.region]}</span>
            {source.trusted ? <span class="tag tag--trusted">trusted</span> : null}
            {source.builtin ? null : <span class="tag">added by you</span>}
          </p>
        </div>
        <div class="source__toggles">
          <label class="switch">
            <input
              type="checkbox"
              checked={source.enabled}
              onChange={(e) => onChange({ ...source, enabled: e.currentTarget.checked })}
            />
            <span>Enabled</span>
          </label>
          <label class="switch">
            <input
              type="checkbox"
              checked={source.trusted}
              onChange={(e) => onChange({ ...source, trusted: e.currentTarget.checked })}
            />
            <span>Trusted</span>
          </label>
        </div>
      </div>
      {source.feeds.length > 0 ? (
        <ul class="source__feeds" aria-label={`Feeds of ${source.name}`}>
          {source.feeds.map((f) => (
            <li key={f}>
              <code>{f}</code>
            </li>
          ))}
        </ul>
      ) : null}
      {source.enabled ? (
        <HealthSummary health={health} now={now} noFeeds={source.feeds.length === 0} />
      ) : (
        <p class="health health--idle">Disabled: not read.</p>
      )}
      {access === 'missing' ? (
        <p class="warning" role="note">
          <span aria-hidden="true">⚠ </span>Crosscheck may not read {source.domain} yet.{' '}
          <button type="button" class="button button--small" onClick={() => onGrant(source)}>
            Allow access to {source.domain}
          </button>
        </p>
      ) : null}
      <div class="actions">
        <button
          type="button"
          class="button button--small"
          aria-expanded={editing ? 'true' : 'false'}
          onClick={() => setEditing((e) => !e)}
        >
          {editing ? 'Close editor' : 'Edit'}
          <span class="visually-hidden"> {source.name}</span>
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="button button--small button--danger"
              onClick={() => onRemove(source)}
            >
              Yes, remove {source.name}
            </button>
            <button type="button" class="button button--small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" class="button button--small" onClick={() => setConfirming(true)}>
            Remove<span class="visually-hidden"> {source.name}</span>
          </button>
        )}
      </div>
      {editing ? (
        <SourceForm
          mode="edit"
          initial={source}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}

import { useId, useState } from 'preact/hooks';
import type { Source, SourceHealth } from '../lib/sources/types';
import { SourceRow, type SiteAccess } from './SourceRow';

export interface SourceListProps {
  sources: readonly Source[];
  health: Readonly<Record<string, SourceHealth>>;
  access: (source: Source) => SiteAccess;
  now: number;
  onChange: (next: Source) => void;
  onRemove: (source: Source) => void;
  onGrant: (source: Source) => void;
}

/** Trusted first, then by name: the outlets the reader relies on are at hand. */
export function sortSources(sources: readonly Source[]): Source[] {
  return [...sources].sort(
    (a, b) =>
      Number(b.trusted) - Number(a.trusted) ||
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
  );
}

/** Sources whose name or domain contains the query (case-insensitive); all for an empty query. */
export function filterSources(sources: readonly Source[], query: string): Source[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...sources];
  return sources.filter((s) => s.name.toLowerCase().includes(q) || s.domain.includes(q));
}

export function SourceList({
  sources,
  health,
  access,
  now,
  onChange,
  onRemove,
  onGrant,
}: SourceListProps) {
  const [query, setQuery] = useState('');
  const id = useId();
  if (sources.length === 0) {
    return <p class="muted">No sources. Add one below, or import a settings file.</p>;
  }
  const shown = sortSources(filterSources(sources, query));
  const enabled = sources.filter((s) => s.enabled).length;
  const trusted = sources.filter((s) => s.trusted).length;
  return (
    <div class="source-list">
      <div class="field field--inline">
        <label for={`${id}-filter`}>Filter sources</label>
        <input
          id={`${id}-filter`}
          type="text"
          value={query}
          placeholder="Name or domain"
          onInput={(e) => setQuery(e.currentTarget.value)}
          aria-describedby={`${id}-count`}
        />
      </div>
      <p id={`${id}-count`} class="hint" aria-live="polite">
        {shown.length === sources.length
          ? `${sources.length} sources`
          : `Showing ${shown.length} of ${sources.length} sources`}
        {` · ${enabled} enabled · ${trusted} trusted`}
      </p>
      <ul class="sources" aria-label="Sources">
        {shown.map((s) => (
          <SourceRow
            key={s.id}
            source={s}
            health={health[s.id]}
            access={access(s)}
            now={now}
            onChange={onChange}
            onRemove={onRemove}
            onGrant={onGrant}
          />
        ))}
      </ul>
    </div>
  );
}

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
    (a, b) => Number(b.trusted) - Number(a.trusted) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
  );
}

export function SourceList({ sources, health, access, now, onChange, onRemove, onGrant }: SourceListProps) {
  if (sources.length === 0) {
    return <p class="muted">No sources. Add one below, or import a settings file.</p>;
  }
  return (
    <ul class="sources" aria-label="Sources">
      {sortSources(sources).map((s) => (
        <SourceRow key={s.id} source={s} health={health[s.id]} access={access(s)} now={now} onChange={onChange} onRemove={onRemove} onGrant={onGrant} />
      ))}
    </ul>
  );
}

/**
 * Repairs a stored list of sources and migrates older shapes of it. Pure:
 * lib/store/settings.ts calls these on every read (Dark Reader's habit:
 * validate on load, repair bad values from defaults).
 */
import * as v from 'valibot';
import { SOURCES_CONFIG } from './config';
import { DEFAULT_SOURCES, defaultSources } from './default-sources';
import { SourceSchema } from './schema';
import { REGIONS, type Region, type Source } from './types';
import { validateDomain, validateFeedUrl } from './validate';

export interface RepairResult {
  sources: Source[];
  /** True when the result differs from what was stored (it should be written back). */
  repaired: boolean;
  /** Entries that could not be saved (no usable domain) and were dropped. */
  dropped: number;
}

/** Region guessed from a domain's country-code ending; 'international' otherwise. */
export function guessRegion(domain: string): Region {
  for (const [suffix, region] of Object.entries(SOURCES_CONFIG.regionBySuffix)) {
    if (domain.endsWith(suffix)) return region;
  }
  return 'international';
}

/**
 * A new reader-added source for a (valid, normalised) domain, or the shipped
 * source when the domain is a builtin one.
 *
 * @example
 * sourceForDomain('example.pk') // { id: 'example.pk', name: 'example.pk', region: 'pakistani', builtin: false, … }
 */
export function sourceForDomain(domain: string): Source {
  const builtin = DEFAULT_SOURCES.find((s) => s.domain === domain);
  if (builtin) return { ...builtin, feeds: [...builtin.feeds] };
  return {
    id: domain,
    name: domain,
    domain,
    feeds: [],
    region: guessRegion(domain),
    enabled: true,
    trusted: false,
    builtin: false,
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Field-by-field repair of an entry whose domain is usable; null when it is not. */
function repairEntry(entry: unknown): Source | null {
  const parsed = v.safeParse(SourceSchema, entry);
  if (parsed.success) return parsed.output;
  if (!isRecord(entry) || typeof entry.domain !== 'string') return null;
  const domain = validateDomain(entry.domain);
  if (!domain.ok) return null;
  const base =
    (typeof entry.id === 'string' && DEFAULT_SOURCES.find((s) => s.id === entry.id)) ||
    sourceForDomain(domain.domain);
  const text = (x: unknown, fallback: string) =>
    typeof x === 'string' && x.trim() !== ''
      ? x.trim().slice(0, SOURCES_CONFIG.maxNameLength)
      : fallback;
  const flag = (x: unknown, fallback: boolean) => (typeof x === 'boolean' ? x : fallback);
  const feeds = Array.isArray(entry.feeds)
    ? entry.feeds.flatMap((f) => {
        const r = typeof f === 'string' ? validateFeedUrl(f) : null;
        return r?.ok ? [r.url] : [];
      })
    : base.feeds;
  return {
    id: text(entry.id, base.id),
    name: text(entry.name, base.name),
    domain: domain.domain,
    feeds: [...new Set(feeds)].slice(0, SOURCES_CONFIG.maxFeedsPerSource),
    region: REGIONS.includes(entry.region as Region) ? (entry.region as Region) : base.region,
    enabled: flag(entry.enabled, base.enabled),
    trusted: flag(entry.trusted, base.trusted),
    builtin: flag(entry.builtin, base.builtin),
  };
}

/**
 * Makes any stored value a usable list of sources. Valid entries are kept
 * as they are; entries with a usable domain have bad fields filled from
 * defaults; entries without one are dropped; duplicate ids keep the first.
 * Only a value with nothing usable in it (not a list, or a non-empty list
 * of junk) falls back to the shipped sources. An empty list stays empty:
 * the reader removed every source.
 *
 * @example
 * repairSources([{ domain: 'example.com' }, 42]).sources // [{ id: 'example.com', domain: 'example.com', … }]
 */
export function repairSources(value: unknown): RepairResult {
  if (!Array.isArray(value)) return { sources: defaultSources(), repaired: true, dropped: 0 };
  const sources: Source[] = [];
  const ids = new Set<string>();
  let changed = false;
  let dropped = 0;
  for (const entry of value) {
    const source = repairEntry(entry);
    if (!source || ids.has(source.id)) {
      dropped++;
      continue;
    }
    ids.add(source.id);
    if (!v.is(SourceSchema, entry) || JSON.stringify(source) !== JSON.stringify(entry))
      changed = true;
    sources.push(source);
  }
  if (value.length > 0 && sources.length === 0) {
    return { sources: defaultSources(), repaired: true, dropped };
  }
  return { sources, repaired: changed || dropped > 0, dropped };
}

/**
 * Storage v1 → v2: v1 kept only the domains the reader trusted, as strings.
 * v2 keeps Source objects: the shipped sources, with those domains marked
 * trusted, plus a new source for every listed domain that is not shipped.
 * Every domain that can be read as one is kept (written as a URL or with
 * "www." is fine); non-strings are ignored.
 *
 * @example
 * sourcesFromV1(['dawn.com', 'https://www.example.org/']) // defaults with Dawn trusted, plus example.org (trusted)
 */
export function sourcesFromV1(value: unknown): Source[] {
  const sources = defaultSources();
  if (!Array.isArray(value)) return sources;
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const r = validateDomain(item);
    if (!r.ok) continue;
    const existing = sources.find((s) => s.domain === r.domain);
    if (existing) existing.trusted = true;
    else sources.push({ ...sourceForDomain(r.domain), trusted: true });
  }
  return sources;
}

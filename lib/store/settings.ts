/**
 * The reader's settings in extension storage: sources and each source's
 * health; preferences are in ./prefs.ts. Typed, versioned
 * items (WXT storage); every read is validated and repaired, every write
 * validated first.
 *
 * Versions of `local:sources`:
 *  - v1: string[] of the domains the reader trusted.
 *  - v2: Source[] (shipped sources merged with the reader's own).
 *  - v3: same shape; shipped feed addresses corrected (old defaults replaced).
 */
import { storage } from 'wxt/utils/storage';
import * as v from 'valibot';
import { defaultSources } from '../sources/default-sources';
import { repairSources, sourcesFromV1 } from '../sources/repair-sources';
import { updateDefaultFeeds } from '../sources/update-default-feeds';
import { SourceHealthSchema, SourcesSchema } from '../sources/schema';
import { formatIssues } from '../sources/prefs-schema';
import { prefsItem, type SaveResult } from './prefs';
import { parseSettingsFile } from '../sources/settings-file';
import type { Source, SourceHealth } from '../sources/types';

/** Sources; raw value (may be corrupt): read it with `getSources()`. */
export const sourcesItem = storage.defineItem<Source[]>('local:sources', {
  fallback: defaultSources(),
  version: 3,
  migrations: {
    2: (old: unknown) => sourcesFromV1(old),
    3: (old: unknown) => updateDefaultFeeds(old) as Source[],
  },
});

/** Health of each source, by source id. */
export const healthItem = storage.defineItem<Record<string, SourceHealth>>('local:health', {
  fallback: {},
  version: 1,
});

export type { SaveResult } from './prefs';

/**
 * The reader's sources, repaired if storage holds anything invalid (the
 * repair is written back; valid entries are never lost).
 *
 * @example
 * const enabled = (await getSources()).filter((s) => s.enabled);
 */
export async function getSources(): Promise<Source[]> {
  const raw: unknown = await sourcesItem.getValue();
  const { sources, repaired } = repairSources(raw);
  if (repaired) await sourcesItem.setValue(sources);
  return sources;
}

/**
 * Validates and stores the whole list of sources (domains and feeds are
 * normalised). Nothing is written when any entry is invalid.
 *
 * @example
 * const r = await saveSources([...sources, sourceForDomain('example.com')]);
 * if (!r.ok) showErrors(r.errors); // ["sources[40].domain: …"]
 */
export async function saveSources(list: readonly Source[]): Promise<SaveResult> {
  const r = v.safeParse(SourcesSchema, list, { abortEarly: false });
  if (!r.success) return { ok: false, errors: formatIssues(r.issues, 'sources') };
  await sourcesItem.setValue(r.output);
  return { ok: true };
}

/**
 * Each source's health; invalid records are dropped (they only cost a retry).
 *
 * @example
 * const health = await getHealth(); health['dawn']?.error // "The server took too long to answer."
 */
export async function getHealth(): Promise<Record<string, SourceHealth>> {
  const raw: unknown = await healthItem.getValue();
  const out: Record<string, SourceHealth> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [id, record] of Object.entries(raw)) {
    const r = v.safeParse(SourceHealthSchema, record);
    if (r.success) out[id] = r.output;
  }
  return out;
}

/** Stores the health record returned by `refreshSources`. */
export async function saveHealth(health: Record<string, SourceHealth>): Promise<void> {
  await healthItem.setValue(health);
}

/**
 * Replaces sources and preferences with those of a settings file's text.
 * An invalid file changes nothing and its errors are returned.
 *
 * @example
 * const r = await importSettings(await file.text());
 * if (!r.ok) alert(r.errors.join('\n'));
 */
export async function importSettings(text: string): Promise<SaveResult> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  await Promise.all([
    sourcesItem.setValue(parsed.value.sources),
    prefsItem.setValue(parsed.value.prefs),
  ]);
  return { ok: true };
}

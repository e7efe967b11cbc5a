/**
 * The reader's preferences in extension storage: a typed, versioned item
 * (WXT storage), validated and repaired on every read, validated before
 * every write. Apart from the sources (./settings.ts) so that pages which
 * only read preferences do not load the sources' validation.
 *
 * Versions of `local:prefs`:
 *  - v1: `highlight` existed but nothing showed or used it, so a stored
 *    `false` was the old default, never the reader's choice.
 *  - v2: `highlight` marks disputed figures in the article, on by default.
 */
import { storage } from 'wxt/utils/storage';
import * as v from 'valibot';
import { SOURCES_CONFIG } from '../sources/config';
import { formatIssues, PrefsSchema } from '../sources/prefs-schema';
import type { Prefs } from '../sources/types';

export type SaveResult = { ok: true } | { ok: false; errors: string[] };

/** Preferences; read them with `getPrefs()` to get repaired values. */
export const prefsItem = storage.defineItem<Prefs>('local:prefs', {
  fallback: { ...SOURCES_CONFIG.defaultPrefs },
  version: 2,
  migrations: { 2: (old: unknown) => prefsFromV1(old) },
});

/** v1 → v2: marks on (see above); anything else is left for `getPrefs` to repair. */
export function prefsFromV1(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
  return { ...old, highlight: true };
}

/**
 * Preferences, each invalid or missing field replaced by its default.
 *
 * @example
 * const { refreshMinutes } = await getPrefs();
 */
export async function getPrefs(): Promise<Prefs> {
  const raw: unknown = await prefsItem.getValue();
  const defaults: Prefs = { ...SOURCES_CONFIG.defaultPrefs };
  if (v.is(PrefsSchema, raw)) return { ...raw };
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Prefs)[]) {
    const candidate = { ...defaults, [key]: record[key] };
    if (v.is(PrefsSchema, candidate)) Object.assign(repaired, { [key]: record[key] });
  }
  await prefsItem.setValue(repaired);
  return repaired;
}

/**
 * Validates and stores preferences.
 *
 * @example
 * await savePrefs({ ...(await getPrefs()), refreshMinutes: 60 });
 */
export async function savePrefs(prefs: Prefs): Promise<SaveResult> {
  const r = v.safeParse(PrefsSchema, prefs, { abortEarly: false });
  if (!r.success) return { ok: false, errors: formatIssues(r.issues, 'prefs') };
  await prefsItem.setValue(r.output);
  return { ok: true };
}

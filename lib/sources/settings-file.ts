/**
 * Export and import of the reader's settings as a JSON file. An import is
 * checked completely before anything is written: a file with any error
 * changes nothing, and every error says what is wrong and where.
 */
import * as v from 'valibot';
import { SourcesSchema } from './schema';
import { formatIssues, PrefsSchema } from './prefs-schema';
import type { Prefs, Source } from './types';

export const SETTINGS_FORMAT = 'crosscheck-settings';
export const SETTINGS_VERSION = 1;

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: typeof SETTINGS_VERSION;
  sources: Source[];
  prefs: Prefs;
}

const NOT_AN_OBJECT = 'The file must hold a JSON object with format, version, sources and prefs.';

const SettingsFileSchema = v.object(
  {
    format: v.literal(
      SETTINGS_FORMAT,
      `must be '${SETTINGS_FORMAT}': this is not a Crosscheck settings file`,
    ),
    version: v.literal(
      SETTINGS_VERSION,
      `must be ${SETTINGS_VERSION}: this file was written by another version of Crosscheck`,
    ),
    sources: SourcesSchema,
    prefs: PrefsSchema,
  },
  NOT_AN_OBJECT,
);

export type ParseSettingsResult =
  { ok: true; value: SettingsFile } | { ok: false; errors: string[] };

/**
 * Reads a settings file's text. Domains and feed addresses come back normalised.
 *
 * @example
 * const r = parseSettingsFile(text);
 * if (r.ok) await importSettings(r.value); else show(r.errors); // ["sources[3].domain: 'exa mple' is not a valid domain: it contains a space."]
 */
export function parseSettingsFile(text: string): ParseSettingsResult {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, errors: ['The file is empty.'] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [NOT_AN_OBJECT] };
  }
  const r = v.safeParse(SettingsFileSchema, json, { abortEarly: false });
  if (!r.success) return { ok: false, errors: formatIssues(r.issues) };
  return { ok: true, value: r.output };
}

/**
 * The text of a settings file for these sources and prefs (pretty-printed JSON).
 *
 * @example
 * const blob = new Blob([serializeSettings(await getSources(), await getPrefs())], { type: 'application/json' });
 */
export function serializeSettings(sources: readonly Source[], prefs: Prefs): string {
  const file: SettingsFile = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    sources: sources.map((s) => ({ ...s, feeds: [...s.feeds] })),
    prefs: { ...prefs },
  };
  return JSON.stringify(file, null, 2) + '\n';
}

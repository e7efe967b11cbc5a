/**
 * The preferences' schema and the wording of validation issues, apart from
 * the sources' schemas: pages that only read preferences (the popup, the
 * in-page analyzer) load these few lines, not the sources' validation.
 */
import * as v from 'valibot';
import { SOURCES_CONFIG } from './config';

const C = SOURCES_CONFIG;

/** A value as a message names it ("'abc'", "a list", "nothing"). */
export const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `'${value.length > 40 ? value.slice(0, 37) + '...' : value}'`;
  if (typeof value === 'object') return 'an object';
  return String(value);
};

export const bool = v.boolean((i) => `must be true or false, not ${describe(i.input)}`);

export const PrefsSchema = v.object(
  {
    refreshMinutes: v.pipe(
      v.number((i) => `must be a number of minutes, not ${describe(i.input)}`),
      v.integer('must be a whole number of minutes'),
      v.minValue(C.minRefreshMinutes, `must be at least ${C.minRefreshMinutes} minutes`),
      v.maxValue(C.maxRefreshMinutes, `must be at most ${C.maxRefreshMinutes} minutes (a day)`),
    ),
    discovery: bool,
    highlight: bool,
  },
  'must be an object with refreshMinutes, discovery and highlight',
);

/**
 * Turns valibot issues into lines a reader can act on, each prefixed with
 * where the problem is: "sources[3].domain: 'exa mple' is not a valid domain: …".
 *
 * @example
 * formatIssues(v.safeParse(PrefsSchema, {}).issues ?? [], 'prefs') // ['prefs.refreshMinutes: is missing', …]
 */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[], root = ''): string[] {
  return issues.map((issue) => {
    let where = root;
    for (const item of issue.path ?? []) {
      const key = item.key as unknown;
      where +=
        typeof key === 'number' ? `[${key}]` : where === '' ? String(key) : `.${String(key)}`;
    }
    const missing =
      issue.input === undefined &&
      typeof issue.expected === 'string' &&
      issue.expected.startsWith('"');
    const message = missing ? 'is missing' : issue.message;
    return where === '' ? message : `${where}: ${message}`;
  });
}

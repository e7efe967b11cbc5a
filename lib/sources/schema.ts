/**
 * Valibot schemas for everything the sources area stores or imports. Every
 * read from storage and every imported file goes through these, so a bad
 * value is caught where it enters, with a message that says where it is.
 */
import * as v from 'valibot';
import { SOURCES_CONFIG } from './config';
import { REGIONS } from './types';
import { validateDomain, validateFeedUrl } from './validate';

const C = SOURCES_CONFIG;

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `'${value.length > 40 ? value.slice(0, 37) + '...' : value}'`;
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** A domain as the reader may write it; outputs the normalised domain. */
export const DomainSchema = v.pipe(
  v.string('must be a domain written as text'),
  v.check(
    (d) => validateDomain(d).ok,
    (issue) => {
      const r = validateDomain(issue.input as string);
      return r.ok ? 'is not a valid domain' : r.error;
    },
  ),
  v.transform((d) => {
    const r = validateDomain(d);
    return r.ok ? r.domain : d;
  }),
);

/** An http(s) feed address; outputs it normalised (no fragment). */
export const FeedUrlSchema = v.pipe(
  v.string('must be a feed address written as text'),
  v.check(
    (u) => validateFeedUrl(u).ok,
    (issue) => {
      const r = validateFeedUrl(issue.input as string);
      return r.ok ? 'is not a usable feed address' : r.error;
    },
  ),
  v.transform((u) => {
    const r = validateFeedUrl(u);
    return r.ok ? r.url : u;
  }),
);

const bool = v.boolean((i) => `must be true or false, not ${describe(i.input)}`);

export const SourceSchema = v.object(
  {
    id: v.pipe(
      v.string('must be text'),
      v.trim(),
      v.nonEmpty('must not be empty'),
      v.maxLength(C.maxDomainLength, 'is too long'),
    ),
    name: v.pipe(
      v.string('must be text'),
      v.trim(),
      v.nonEmpty('must not be empty'),
      v.maxLength(C.maxNameLength, `is longer than ${C.maxNameLength} characters`),
    ),
    domain: DomainSchema,
    feeds: v.pipe(
      v.array(FeedUrlSchema, 'must be a list of feed addresses'),
      v.maxLength(C.maxFeedsPerSource, `may list at most ${C.maxFeedsPerSource} feeds`),
    ),
    region: v.picklist(
      REGIONS,
      (i) => `must be one of ${REGIONS.join(', ')}, not ${describe(i.input)}`,
    ),
    enabled: bool,
    trusted: bool,
    builtin: bool,
  },
  'must be an object describing a source',
);

/** A list of sources with distinct ids. */
export const SourcesSchema = v.pipe(
  v.array(SourceSchema, 'must be a list of sources'),
  v.check(
    (list) => new Set(list.map((s) => s.id)).size === list.length,
    (issue) => {
      const seen = new Set<string>();
      const dup = (issue.input as { id: string }[]).find((s) =>
        seen.has(s.id) ? true : (seen.add(s.id), false),
      );
      return `lists the source id '${dup?.id ?? ''}' twice`;
    },
  ),
);

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

const optionalText = v.optional(v.string());
export const FeedStateSchema = v.object({
  etag: optionalText,
  lastModified: optionalText,
  items: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const time = v.nullable(v.number());
export const SourceHealthSchema = v.object({
  sourceId: v.string(),
  lastAttempt: time,
  lastSuccess: time,
  itemsFound: v.pipe(v.number(), v.minValue(0)),
  itemsMatched: v.optional(v.pipe(v.number(), v.minValue(0))),
  articlesRead: v.optional(v.pipe(v.number(), v.minValue(0))),
  articlesFailed: v.optional(v.pipe(v.number(), v.minValue(0))),
  articlesLeft: v.optional(v.pipe(v.number(), v.minValue(0))),
  reportsKept: v.pipe(v.number(), v.minValue(0)),
  readLinks: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/))), v.maxLength(1_000)),
  ),
  error: v.nullable(v.string()),
  consecutiveFailures: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextAttemptAt: time,
  feedState: v.record(v.string(), FeedStateSchema),
});

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

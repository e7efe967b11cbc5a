/**
 * Valibot schemas for everything the sources area stores or imports. Every
 * read from storage and every imported file goes through these, so a bad
 * value is caught where it enters, with a message that says where it is.
 */
import * as v from 'valibot';
import { SOURCES_CONFIG } from './config';
import { REGIONS } from './types';
import { validateDomain, validateFeedUrl } from './validate';
import { bool, describe } from './prefs-schema';

const C = SOURCES_CONFIG;

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

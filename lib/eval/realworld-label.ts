import * as v from 'valibot';
import { CLAIMANTS, MEASURES, QUALIFIERS, SUBJECTS } from '../types';

/** Rounds of fighting a real excerpt can belong to. */
export const ROUNDS = ['2025-10', '2026-02', 'earlier', 'none'] as const;

/** Families of real excerpts: coverage, and the near-miss topics that share its words. */
export const FAMILIES = [
  'positive',
  'cricket',
  'earthquake',
  'refugees',
  'ttp',
  'india-pakistan',
  'iran-afghanistan',
  'trade',
  'other-war',
  'other-near-miss',
] as const;

/**
 * A figure phrase is kept short so that a label can never carry an outlet's
 * sentence: the number, its qualifier and the counted noun.
 */
export const MAX_PHRASE_WORDS = 12;

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const LabelledFigureSchema = v.strictObject({
  measure: v.picklist(MEASURES),
  subject: v.picklist(SUBJECTS),
  claimant: v.nullable(v.picklist(CLAIMANTS)),
  value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  upper: v.nullable(v.pipe(v.number(), v.finite())),
  qualifier: v.picklist(QUALIFIERS),
  text: v.pipe(
    v.string(),
    v.minLength(1),
    v.check(
      (s) => s.trim().split(/\s+/).length <= MAX_PHRASE_WORDS,
      `a figure phrase has at most ${MAX_PHRASE_WORDS} words`,
    ),
  ),
});

/** One labelled real news excerpt (tests/realworld/labels/<id>.json). */
export const RealworldLabelSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/)),
  url: v.pipe(v.string(), v.url()),
  query: v.pipe(v.string(), v.minLength(1)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  outlet: v.pipe(v.string(), v.minLength(1)),
  domain: v.pipe(v.string(), v.minLength(3)),
  published: v.nullable(isoDay),
  round: v.picklist(ROUNDS),
  family: v.picklist(FAMILIES),
  coverage: v.boolean(),
  event: v.nullable(isoDay),
  figures: v.array(LabelledFigureSchema),
  labeller: v.string(),
  reconciled: v.optional(v.boolean()),
  notes: v.optional(v.string()),
});

/**
 * A blind second labelling (tests/realworld/second-pass/<id>.json): made
 * from the text alone, so it may leave out the address and query.
 */
export const SecondPassLabelSchema = v.object({
  ...RealworldLabelSchema.entries,
  url: v.nullable(RealworldLabelSchema.entries.url),
  query: v.nullable(RealworldLabelSchema.entries.query),
});

export type RealworldLabel = v.InferOutput<typeof SecondPassLabelSchema>;

/** Validates a parsed label file; the issues name the field and what is wrong. */
export function parseRealworldLabel(
  raw: unknown,
  kind: 'first' | 'second-pass' = 'first',
): { ok: true; label: RealworldLabel } | { ok: false; problems: string[] } {
  const r = v.safeParse(kind === 'first' ? RealworldLabelSchema : SecondPassLabelSchema, raw);
  if (r.success) return { ok: true, label: r.output };
  return {
    ok: false,
    problems: r.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`),
  };
}

import type { LabelledFigure } from './score-figures';

/** A fixture's expected.json (tests/fixtures/pages/<slug>/expected.json). */
export interface FixtureExpectation {
  url: string | null;
  coverage: { detected: boolean };
  article?: { title?: string; outlet?: string; domain?: string; published?: string | null };
  event?: string | null;
  figures: LabelledFigure[];
}

/** Reads an expected.json value defensively: missing fields become empty, not crashes. */
export function parseExpectation(raw: unknown): FixtureExpectation {
  const o = (raw ?? {}) as Record<string, unknown>;
  const cov = (o['coverage'] ?? {}) as Record<string, unknown>;
  return {
    url: typeof o['url'] === 'string' ? o['url'] : null,
    coverage: { detected: cov['detected'] === true },
    article: (o['article'] ?? undefined) as FixtureExpectation['article'],
    event: typeof o['event'] === 'string' ? o['event'] : null,
    figures: Array.isArray(o['figures']) ? (o['figures'] as LabelledFigure[]) : [],
  };
}

/**
 * The Zyte article-extraction-benchmark metric: word 4-gram shingles (tokens
 * are Unicode \w+ runs, case kept) compared as multisets, per page
 * normalised, then averaged over pages. See
 * https://github.com/scrapinghub/article-extraction-benchmark (evaluate.py).
 */
export interface PageShingleScore {
  /** Page precision, or null when the prediction has no shingles (left out of the mean). */
  precision: number | null;
  /** Page recall, or null when the truth has no shingles. */
  recall: number | null;
  /** Whole token sequence equal. */
  exact: boolean;
}

const SHINGLE = 4;

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}\p{Pc}]+/gu) ?? [];
}

function shingles(toks: string[]): Map<string, number> {
  const m = new Map<string, number>();
  if (toks.length === 0) return m;
  const n = Math.max(1, toks.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const k = toks.slice(i, i + SHINGLE).join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** One page's shingle precision and recall. */
export function shingleScore(truth: string, prediction: string): PageShingleScore {
  const tt = tokens(truth);
  const pt = tokens(prediction);
  const a = shingles(tt);
  const b = shingles(pt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(k) ?? 0;
    const p = b.get(k) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const exact = tt.join(' ') === pt.join(' ');
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, exact };
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
    exact,
  };
}

export interface ShingleSummary {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** System scores: mean page precision and recall, F1 from those means. */
export function summariseShingles(scores: readonly PageShingleScore[]): ShingleSummary {
  const mean = (xs: number[]): number =>
    xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
  const precision = mean(scores.flatMap((s) => (s.precision === null ? [] : [s.precision])));
  const recall = mean(scores.map((s) => s.recall ?? 0));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))),
    pages: scores.length,
  };
}

import type { Figure } from '../types';

/** A figure as labelled in a fixture's expected.json: the contract's scored fields, and the phrase. */
export type LabelledFigure = Pick<
  Figure,
  'measure' | 'subject' | 'claimant' | 'value' | 'upper' | 'qualifier'
> & { text?: string };

export interface FigureCounts {
  /** Predicted figures that matched a labelled one. */
  hits: number;
  /** Predicted figures in all. */
  predicted: number;
  /** Labelled figures in all. */
  labelled: number;
  /** Hits whose claimant also matches. */
  claimantHits: number;
}

export interface FigureScores extends FigureCounts {
  precision: number;
  recall: number;
  f1: number;
  /** Share of hits with the right claimant. */
  claimantAccuracy: number;
}

/** The contract's hit: measure, subject, value, upper and qualifier equal (claimant is scored apart). */
export function sameFigure(a: LabelledFigure, b: LabelledFigure): boolean {
  return (
    a.measure === b.measure &&
    a.subject === b.subject &&
    a.value === b.value &&
    (a.upper ?? null) === (b.upper ?? null) &&
    a.qualifier === b.qualifier
  );
}

/**
 * Greedy one-to-one matching of one page's predicted figures to its labels:
 * each prediction, in order, takes the first unused label it equals
 * (preferring one whose claimant also agrees). `pairs[p]` is the label index
 * prediction p took, or -1.
 */
export function pairFigures(
  predicted: readonly LabelledFigure[],
  labelled: readonly LabelledFigure[],
): number[] {
  const used = new Array<boolean>(labelled.length).fill(false);
  return predicted.map((p) => {
    let pick = -1;
    for (let i = 0; i < labelled.length; i++) {
      if (used[i] || !sameFigure(p, labelled[i]!)) continue;
      if (pick < 0) pick = i;
      if ((labelled[i]!.claimant ?? null) === (p.claimant ?? null)) {
        pick = i;
        break;
      }
    }
    if (pick >= 0) used[pick] = true;
    return pick;
  });
}

/** The contract's counts for one page, from `pairFigures`. */
export function matchFigures(
  predicted: readonly LabelledFigure[],
  labelled: readonly LabelledFigure[],
): FigureCounts {
  let hits = 0;
  let claimantHits = 0;
  pairFigures(predicted, labelled).forEach((pick, pi) => {
    if (pick < 0) return;
    hits++;
    if ((labelled[pick]!.claimant ?? null) === (predicted[pi]!.claimant ?? null)) claimantHits++;
  });
  return { hits, predicted: predicted.length, labelled: labelled.length, claimantHits };
}

/** Sums page counts and derives precision, recall, F1 (micro, over all pages) and claimant accuracy. */
export function summariseFigures(pages: readonly FigureCounts[]): FigureScores {
  const sum = pages.reduce(
    (a, p) => ({
      hits: a.hits + p.hits,
      predicted: a.predicted + p.predicted,
      labelled: a.labelled + p.labelled,
      claimantHits: a.claimantHits + p.claimantHits,
    }),
    { hits: 0, predicted: 0, labelled: 0, claimantHits: 0 },
  );
  const precision = sum.predicted ? sum.hits / sum.predicted : sum.labelled ? 0 : 1;
  const recall = sum.labelled ? sum.hits / sum.labelled : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    ...sum,
    precision,
    recall,
    f1,
    claimantAccuracy: sum.hits ? sum.claimantHits / sum.hits : 0,
  };
}

export interface DetectionScores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

/** Coverage detection precision and recall over labelled pages. */
export function scoreDetection(
  pairs: readonly { expected: boolean; detected: boolean }[],
): DetectionScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { expected, detected } of pairs) {
    if (expected && detected) tp++;
    else if (!expected && detected) fp++;
    else if (expected) fn++;
    else tn++;
  }
  return {
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

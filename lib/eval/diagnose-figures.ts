import { pairFigures, type LabelledFigure } from './score-figures';

/** The slot fields a near miss can get wrong (value and upper must agree for a near miss). */
export type SlotField = 'measure' | 'subject' | 'qualifier';

export interface FigureDiagnosis {
  /** Predictions equal to a label in every scored field. */
  hits: { label: LabelledFigure; predicted: LabelledFigure }[];
  /** Hits whose claimant differs from the label's. */
  claimantWrong: { label: LabelledFigure; predicted: LabelledFigure }[];
  /** A prediction with the label's number but some slot field wrong. */
  nearMisses: { label: LabelledFigure; predicted: LabelledFigure; fields: SlotField[] }[];
  /** Labels no prediction accounts for. */
  missed: LabelledFigure[];
  /** Predictions no label accounts for. */
  spurious: LabelledFigure[];
}

const SLOT_FIELDS: readonly SlotField[] = ['measure', 'subject', 'qualifier'];

const sameNumber = (a: LabelledFigure, b: LabelledFigure): boolean =>
  a.value === b.value && (a.upper ?? null) === (b.upper ?? null);

/**
 * Explains one page's figure score: the contract's greedy one-to-one hits
 * (as `matchFigures` counts them), then, among what is left, pairs that
 * share the number but differ in a slot field, so an evaluation can say
 * which part of the reading went wrong instead of only "missed".
 *
 * @example diagnoseFigures(analysis.figures, label.figures).nearMisses
 */
export function diagnoseFigures(
  predicted: readonly LabelledFigure[],
  labelled: readonly LabelledFigure[],
): FigureDiagnosis {
  const labelUsed = new Array<boolean>(labelled.length).fill(false);
  const predUsed = new Array<boolean>(predicted.length).fill(false);
  const out: FigureDiagnosis = {
    hits: [],
    claimantWrong: [],
    nearMisses: [],
    missed: [],
    spurious: [],
  };
  pairFigures(predicted, labelled).forEach((pick, pi) => {
    if (pick < 0) return;
    labelUsed[pick] = true;
    predUsed[pi] = true;
    const label = labelled[pick]!;
    const p = predicted[pi]!;
    out.hits.push({ label, predicted: p });
    if ((label.claimant ?? null) !== (p.claimant ?? null))
      out.claimantWrong.push({ label, predicted: p });
  });
  // Near misses: same number, fewest differing slot fields first.
  for (let want = 1; want <= SLOT_FIELDS.length; want++) {
    predicted.forEach((p, pi) => {
      if (predUsed[pi]) return;
      for (let i = 0; i < labelled.length; i++) {
        const label = labelled[i]!;
        if (labelUsed[i] || !sameNumber(p, label)) continue;
        const fields = SLOT_FIELDS.filter((f) => p[f] !== label[f]);
        if (fields.length !== want) continue;
        labelUsed[i] = true;
        predUsed[pi] = true;
        out.nearMisses.push({ label, predicted: p, fields });
        return;
      }
    });
  }
  labelled.forEach((l, i) => labelUsed[i] || out.missed.push(l));
  predicted.forEach((p, i) => predUsed[i] || out.spurious.push(p));
  return out;
}

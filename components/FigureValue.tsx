import { formatFigureValue, type FigureValueInput } from '../lib/format/format-figure';

export interface FigureValueProps {
  figure: FigureValueInput;
}

/** A value with its qualifier in words: "at least 274", "40–50", "dozens (24–99)". */
export function FigureValue({ figure }: FigureValueProps) {
  return <span class="figure-value">{formatFigureValue(figure)}</span>;
}

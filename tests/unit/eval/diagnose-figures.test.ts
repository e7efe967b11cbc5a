import { describe, expect, it } from 'vitest';
import { diagnoseFigures } from '../../../lib/eval/diagnose-figures';
import { matchFigures, type LabelledFigure } from '../../../lib/eval/score-figures';

const fig = (over: Partial<LabelledFigure>): LabelledFigure => ({
  measure: 'killed',
  subject: 'pakistani-forces',
  claimant: 'pakistan',
  value: 12,
  upper: null,
  qualifier: 'exact',
  ...over,
});

describe('diagnoseFigures', () => {
  it('counts the same hits as the contract scoring', () => {
    const labelled = [fig({}), fig({ value: 27, measure: 'wounded' }), fig({ value: 274 })];
    const predicted = [
      fig({ claimant: 'afghanistan' }),
      fig({ value: 27, measure: 'wounded' }),
      fig({ value: 5 }),
    ];
    const d = diagnoseFigures(predicted, labelled);
    expect(d.hits).toHaveLength(matchFigures(predicted, labelled).hits);
    expect(d.claimantWrong).toHaveLength(1);
  });

  it('names the slot fields a near miss got wrong', () => {
    const d = diagnoseFigures(
      [fig({ value: 30, subject: 'other', measure: 'other' })],
      [fig({ value: 30, subject: 'militants' })],
    );
    expect(d.nearMisses).toHaveLength(1);
    expect(d.nearMisses[0]!.fields).toEqual(['measure', 'subject']);
    expect(d.missed).toEqual([]);
    expect(d.spurious).toEqual([]);
  });

  it('pairs the closest near miss first', () => {
    const labelled = [
      fig({ value: 9, subject: 'afghan-forces', measure: 'wounded' }),
      fig({ value: 9, subject: 'afghan-forces' }),
    ];
    const d = diagnoseFigures([fig({ value: 9 })], labelled);
    expect(d.nearMisses[0]!.fields).toEqual(['subject']);
    expect(d.missed).toEqual([labelled[0]]);
  });

  it('keeps numbers no one shares as missed and spurious', () => {
    const d = diagnoseFigures(
      [fig({ value: 1893, measure: 'other', subject: 'other' })],
      [fig({ value: 23 })],
    );
    expect(d.missed.map((f) => f.value)).toEqual([23]);
    expect(d.spurious.map((f) => f.value)).toEqual([1893]);
    expect(d.hits).toEqual([]);
  });

  it('treats a range and a single number as different numbers', () => {
    const d = diagnoseFigures(
      [fig({ value: 40, qualifier: 'exact' })],
      [fig({ value: 40, upper: 50, qualifier: 'range' })],
    );
    expect(d.nearMisses).toEqual([]);
    expect(d.missed).toHaveLength(1);
    expect(d.spurious).toHaveLength(1);
  });
});

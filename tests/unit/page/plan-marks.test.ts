import { describe, expect, it } from 'vitest';
import { planMarks } from '../../../lib/page/plan-marks';
import type { Comparison, CompareReport, Figure } from '../../../lib/types';

const TEXT =
  'Border fighting went on overnight. The army said at least 120 fighters were killed. ' +
  'Kabul said 30 of its men died. The army also said 12 soldiers were lost.';

function figure(phrase: string, extra: Partial<Figure>): Figure {
  const start = TEXT.indexOf(phrase);
  const sentenceStart = TEXT.lastIndexOf('. ', start) + 2;
  return {
    measure: 'killed',
    subject: 'afghan-forces',
    claimant: 'pakistan',
    value: 0,
    upper: null,
    qualifier: 'exact',
    text: phrase,
    start,
    end: start + phrase.length,
    unit: null,
    claimantName: null,
    sentenceStart,
    sentenceEnd: TEXT.indexOf('.', start) + 1,
    ...extra,
  };
}

const report = (outlet: string, extra: Partial<CompareReport> = {}): CompareReport => ({
  outlet,
  domain: `${outlet.toLowerCase()}.example`,
  title: 't',
  published: '2026-02-27',
  event: '2026-02-26',
  url: `https://${outlet.toLowerCase()}.example/a`,
  origin: 'page',
  trusted: false,
  ...extra,
});

const v = (r: number, value: number, text = String(value)) => ({
  report: r,
  value,
  upper: null,
  qualifier: 'exact' as const,
  text,
  unit: null,
  sentence: '',
});

const analysis = {
  figures: [
    figure('at least 120', { value: 120, qualifier: 'at-least' }),
    figure('30', { value: 30, claimant: 'afghanistan' }),
    figure('12 soldiers', { value: 12, subject: 'pakistani-forces' }),
  ],
  article: { text: TEXT },
};

describe('planMarks', () => {
  const comparison: Comparison = {
    reports: [report('Here'), report('Dawn'), report('Ref', { origin: 'reference' })],
    rows: [
      {
        measure: 'killed',
        subject: 'afghan-forces',
        claimant: 'pakistan',
        status: 'conflict',
        contested: true,
        update: false,
        values: [v(0, 120, 'at least 120'), v(1, 90)],
      },
      {
        measure: 'killed',
        subject: 'afghan-forces',
        claimant: 'afghanistan',
        status: 'agree',
        contested: true,
        update: false,
        values: [v(0, 30), v(2, 30)],
      },
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        status: 'agree',
        contested: false,
        update: false,
        values: [v(0, 12, '12 soldiers'), v(1, 12)],
      },
    ],
  };
  const marks = planMarks(analysis, comparison);

  it('marks the page’s disputed figures only, with their phrase and sentence', () => {
    expect(marks.map((m) => [m.kind, m.phrase])).toEqual([
      ['outlets', 'at least 120'],
      ['parties', '30'],
    ]);
    for (const m of marks) expect(m.sentence).toContain(m.phrase);
  });

  it('gives the card the other outlets’ values, and the rival party’s for a contested one', () => {
    const [outlets, parties] = marks;
    expect(outlets!.others.map((o) => `${o.value} ${o.source}`)).toEqual(
      expect.arrayContaining(['90 Dawn, 27 Feb 2026', '30 Ref (reference), 27 Feb 2026']),
    );
    expect(outlets!.label).toBe('Outlets disagree');
    expect(parties!.label).toBe('Parties disagree');
    expect(parties!.others.some((o) => o.claim === 'claimed by Pakistan')).toBe(true);
  });

  it('marks nothing without a comparison, or when nothing is disputed', () => {
    expect(planMarks(analysis, null)).toEqual([]);
    expect(planMarks(analysis, { ...comparison, rows: [comparison.rows[2]!] })).toEqual([]);
  });

  it('never marks a running tally', () => {
    const tally = { ...comparison.rows[0]!, contested: false, update: true };
    expect(planMarks(analysis, { ...comparison, rows: [tally] })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { scoreRows } from '../../../lib/eval/score-rows';
import type { CompareRow } from '../../../lib/types';

const row = (reports: number[], over: Partial<CompareRow> = {}): CompareRow => ({
  measure: 'killed',
  subject: 'pakistani-forces',
  claimant: 'afghanistan',
  values: reports.map((report) => ({
    report,
    value: 55,
    upper: null,
    qualifier: 'exact',
    text: '55 soldiers',
    unit: null,
    sentence: '',
  })),
  status: 'agree',
  contested: false,
  update: false,
  ...over,
});

describe('scoreRows', () => {
  it('counts a row formed from the same reports with the same status as right', () => {
    expect(scoreRows([row([0, 1])], [row([1, 0])])).toMatchObject({ rows: 1, joined: 1, right: 1 });
  });

  it('ignores slots only one report gives', () => {
    expect(scoreRows([row([0])], []).rows).toBe(0);
  });

  it('says when the engine left a report out of the row', () => {
    const s = scoreRows([row([0, 1, 2])], [row([0, 1]), row([2], { claimant: null })]);
    expect(s).toMatchObject({ rows: 1, joined: 0, right: 0 });
    expect(s.wrong[0]!.why).toMatch(/not joined/);
  });

  it('says when the status or contested flag differs', () => {
    const s = scoreRows(
      [row([0, 1], { status: 'conflict', contested: true })],
      [row([0, 1], { status: 'conflict' })],
    );
    expect(s).toMatchObject({ rows: 1, joined: 1, right: 0 });
    expect(s.wrong[0]!.why).toBe('conflict instead of conflict contested');
  });
});

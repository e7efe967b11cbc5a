import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/badge/badge-for';
import type { TabState } from '../../../lib/store/tab-state';
import type { Analysis, CompareRow, Comparison } from '../../../lib/types';

const analysis = { figures: [{}, {}, {}] } as unknown as Analysis;
const state = (phase: TabState['phase'], withAnalysis = true): TabState => ({
  url: 'https://www.dawn.com/x',
  phase,
  gate: null,
  analysis: withAnalysis ? analysis : null,
  error: null,
  updatedAt: 0,
});
const row = (status: CompareRow['status'], update = false, values = 2): CompareRow =>
  ({
    measure: 'killed',
    subject: 'people',
    claimant: null,
    status,
    contested: false,
    update,
    values: Array(values).fill({}),
  }) as CompareRow;
const comparison = (rows: CompareRow[]): Comparison => ({ reports: [], rows });

describe('badgeFor', () => {
  it.each(['not-coverage', 'waiting', 'unsupported', 'error', 'analysing'] as const)(
    'is empty when the tab is %s',
    (phase) => {
      expect(badgeFor(state(phase), null).text).toBe('');
    },
  );

  it('counts figures when nothing disagrees', () => {
    const badge = badgeFor(state('ready'), comparison([row('agree')]));
    expect(badge.text).toBe('3');
    expect(badge.title).toContain('3 figures');
  });

  it('counts disagreements, not updates or single values', () => {
    const rows = [
      row('conflict'),
      row('conflict'),
      row('conflict', true),
      row('conflict', false, 1),
      row('compatible'),
    ];
    const badge = badgeFor(state('ready'), comparison(rows));
    expect(badge.text).toBe('2');
    expect(badge.title).toContain('2 figures reported differently');
  });

  it('marks a coverage page with no figures', () => {
    const empty = { ...state('ready'), analysis: { figures: [] } as unknown as Analysis };
    expect(badgeFor(empty, null).text).toBe('✓');
  });
});

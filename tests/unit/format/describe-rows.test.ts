import { describe, expect, it } from 'vitest';
import type { Claimant, CompareReport, CompareValue, RowStatus } from '../../../lib/types';
import { describeContested, describeStatus } from '../../../lib/format/describe-status';
import { describeProgression } from '../../../lib/format/describe-progression';
import { describeHealth } from '../../../lib/format/describe-health';
import { emptyHealth } from '../../../lib/sources/types';

describe('describeStatus', () => {
  it.each<[RowStatus, boolean, string, string]>([
    ['agree', false, '✓', 'Outlets agree'],
    ['compatible', false, '≈', 'Close but not identical'],
    ['conflict', false, '✗', 'Outlets disagree'],
    ['conflict', true, '↗', 'Updated over time'],
  ])('%s (update %s) → %s %s', (status, update, icon, label) => {
    const words = describeStatus({ status, update });
    expect(words.icon).toBe(icon);
    expect(words.label).toBe(label);
    expect(words.note.length).toBeGreaterThan(10);
  });

  it.each<[Claimant, RegExp]>([
    ['pakistan', /Pakistan and the Taliban/],
    ['afghanistan', /Pakistan and the Taliban/],
    ['un', /Another party/],
    [null, /Another party/],
  ])(
    'words a contested figure claimed by %s as a claim, not an outlet error',
    (claimant, names) => {
      const words = describeContested(claimant);
      expect(words.label).toBe('Parties disagree');
      expect(words.note).toMatch(/not an outlet error/);
      expect(words.note).toMatch(names);
    },
  );
});

const report = (outlet: string, published: string | null): CompareReport => ({
  outlet,
  domain: `${outlet.toLowerCase()}.example`,
  title: 't',
  published,
  event: '2026-02-27',
  url: `https://${outlet.toLowerCase()}.example/a`,
  origin: 'page',
  trusted: false,
});
const value = (
  report: number,
  v: number,
  qualifier: CompareValue['qualifier'] = 'exact',
): CompareValue => ({
  report,
  value: v,
  upper: null,
  qualifier,
  text: String(v),
  unit: null,
  sentence: '',
});

describe('describeProgression', () => {
  const reports = [
    report('Later', '2026-02-28T10:00:00Z'),
    report('Earlier', '2026-02-27T10:00:00Z'),
    report('Undated', null),
  ];

  it('orders values by publication and says the count grew', () => {
    const p = describeProgression([value(0, 19), value(1, 13)], reports, {
      timeZone: 'UTC',
      short: true,
    });
    expect(p.steps.map((s) => s.outlet)).toEqual(['Earlier', 'Later']);
    expect(p.summary).toBe('13 → 19, later reports give higher counts');
    expect(p.steps[0]!.when).toBe('27 Feb, 10:00');
  });

  it.each<[number[], string]>([
    [[30, 19], 'lower'],
    [[13, 30, 19], 'mixed'],
    [[13, 13], 'same'],
  ])('values %j (earliest first) → %s', (values, trend) => {
    const dated = values.map((_, i) => report(`O${i}`, `2026-02-2${i + 1}T00:00:00Z`));
    const p = describeProgression(
      values.map((v, i) => value(i, v)),
      dated,
    );
    expect(p.trend).toBe(trend);
  });

  it('reads counts of the same day (no time given) lowest first', () => {
    const days = [
      report('Evening', '2026-02-27'),
      report('Morning', '2026-02-27'),
      report('Next day', '2026-02-28'),
    ];
    const p = describeProgression([value(0, 274), value(1, 133), value(2, 297)], days);
    expect(p.steps.map((s) => s.value)).toEqual(['133', '274', '297']);
    expect(p.trend).toBe('higher');
  });

  it('puts undated reports last and collapses repeats', () => {
    const p = describeProgression([value(2, 25), value(1, 13), value(0, 13, 'exact')], reports);
    expect(p.steps.map((s) => s.value)).toEqual(['13', '25']);
    expect(p.steps[1]!.when).toBeNull();
  });
});

describe('describeHealth', () => {
  const now = Date.UTC(2026, 1, 27, 12);
  it('says a source was never read', () => {
    expect(describeHealth(undefined, now).lastRefresh).toBe('Not read yet');
    expect(describeHealth(emptyHealth('x'), now).state).toBe('never');
  });

  it('reports a good read with counts', () => {
    const h = {
      ...emptyHealth('dawn'),
      lastAttempt: now - 300_000,
      lastSuccess: now - 300_000,
      itemsFound: 12,
      reportsKept: 1,
    };
    expect(describeHealth(h, now)).toEqual({
      state: 'ok',
      lastRefresh: 'Read 5 min ago',
      found: '12 items in feeds, 1 report kept',
      error: null,
      nextTry: null,
    });
  });

  it.each([
    [
      { itemsFound: 3, itemsMatched: 1, articlesRead: 1, reportsKept: 1 },
      '3 items in feeds, 1 looked relevant, 1 article read, 1 report kept',
    ],
    [
      {
        itemsFound: 40,
        itemsMatched: 9,
        articlesRead: 5,
        articlesFailed: 1,
        articlesLeft: 3,
        reportsKept: 2,
      },
      '40 items in feeds, 9 looked relevant, 5 articles read, 2 reports kept; 1 article could not be fetched; 3 left for the next refresh',
    ],
    [
      { itemsFound: 2, itemsMatched: 1, articlesRead: 0, reportsKept: 0 },
      '2 items in feeds, 1 looked relevant, 0 articles read, 0 reports kept; 1 read before',
    ],
    [
      { itemsFound: 25, itemsMatched: 0, articlesRead: 0, reportsKept: 0 },
      '25 items in feeds, 0 looked relevant, 0 articles read, 0 reports kept',
    ],
  ])('says what the last refresh found, step by step (%j)', (counts, words) => {
    const h = { ...emptyHealth('dawn'), lastAttempt: now, lastSuccess: now, ...counts };
    expect(describeHealth(h, now).found).toBe(words);
  });

  it('reports a failing source with its error and next try', () => {
    const h = {
      ...emptyHealth('dawn'),
      lastAttempt: now - 60_000 * 2,
      error: 'The feed did not answer.',
      consecutiveFailures: 3,
      nextAttemptAt: now + 60_000 * 20,
    };
    const words = describeHealth(h, now);
    expect(words.state).toBe('failing');
    expect(words.lastRefresh).toBe('Tried 2 min ago, never read');
    expect(words.error).toBe('The feed did not answer. (3 refreshes in a row)');
    expect(words.nextTry).toBe('Next try in 20 min');
  });
});

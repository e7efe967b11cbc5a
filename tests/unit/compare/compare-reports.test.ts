import { describe, expect, it } from 'vitest';
import { compareReports, isTrusted } from '../../../lib/compare/compare-reports';
import type { CompareRow } from '../../../lib/types';
import { fig, report } from './make-report';

const NONE = new Set<string>();
const OPEN_WAR = '2026-02-26';
const OCTOBER = '2025-10-11';

function row(rows: CompareRow[], measure: string, subject: string, claimant: string | null) {
  return rows.find(
    (r) => r.measure === measure && r.subject === subject && r.claimant === claimant,
  );
}

describe('compareReports: row status', () => {
  it.each([
    ['same exact claim', { value: 55 }, { value: 55 }, 'agree'],
    [
      '"at least 274" against "274"',
      { value: 274, qualifier: 'at-least' as const },
      { value: 274 },
      'compatible',
    ],
    ['23 bodies against 22 bodies', { value: 23 }, { value: 22 }, 'conflict'],
    [
      'a range holding the other',
      { value: 40, upper: 50, qualifier: 'range' as const },
      { value: 44 },
      'compatible',
    ],
  ])('%s → %s', (_name, a, b, status) => {
    const base = {
      measure: 'killed' as const,
      subject: 'pakistani-forces' as const,
      claimant: 'afghanistan' as const,
    };
    const c = compareReports(
      [
        report({ figures: [fig({ ...base, ...a })] }),
        report({ figures: [fig({ ...base, ...b })] }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]!.status).toBe(status);
    expect(c.rows[0]!.values.map((v) => v.report)).toEqual([0, 1]);
  });

  it('counts 2,575 km and 1,600 miles as agreeing', () => {
    const c = compareReports(
      [
        report({
          figures: [
            fig({ measure: 'other', subject: 'other', claimant: null, value: 2575, unit: 'km' }),
          ],
        }),
        report({
          figures: [
            fig({ measure: 'other', subject: 'other', claimant: null, value: 1600, unit: 'miles' }),
          ],
        }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]!.status).toBe('agree');
  });

  it('never puts a distance and a percentage in one row, and skips unit-less others', () => {
    const c = compareReports(
      [
        report({
          figures: [
            fig({ measure: 'other', subject: 'other', claimant: null, value: 2575, unit: 'km' }),
            fig({ measure: 'other', subject: 'other', claimant: null, value: 6 }),
          ],
        }),
        report({
          figures: [
            fig({ measure: 'other', subject: 'other', claimant: null, value: 40, unit: 'percent' }),
          ],
        }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]!.values[0]!.unit).toBe('km');
  });
});

describe('compareReports: which rows', () => {
  const pk12 = fig({
    measure: 'killed',
    subject: 'pakistani-forces',
    claimant: 'pakistan',
    value: 12,
  });
  const af13 = fig({
    measure: 'killed',
    subject: 'afghan-forces',
    claimant: 'afghanistan',
    value: 13,
  });
  const wounded = fig({
    measure: 'wounded',
    subject: 'pakistani-forces',
    claimant: 'pakistan',
    value: 27,
  });

  it('lists every slot of the current page, even with one value (status agree)', () => {
    const c = compareReports([report({ figures: [pk12] }), report({ figures: [af13] })], {
      trustedDomains: NONE,
    });
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]).toMatchObject({
      measure: 'killed',
      subject: 'pakistani-forces',
      status: 'agree',
      values: [{ report: 0 }],
    });
  });

  it('lists slots two other reports fill, and drops a slot only one other report fills', () => {
    const c = compareReports(
      [
        report({ figures: [] }),
        report({ figures: [wounded, af13] }),
        report({ figures: [wounded] }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows.map((r) => r.measure)).toEqual(['wounded']);
  });

  it('uses one value per report: the highest lower bound (a running total, not a part of it)', () => {
    const c = compareReports(
      [
        report({
          figures: [
            fig({
              measure: 'killed',
              subject: 'afghan-forces',
              claimant: 'pakistan',
              value: 200,
              qualifier: 'more-than',
              start: 10,
            }),
            fig({
              measure: 'killed',
              subject: 'afghan-forces',
              claimant: 'pakistan',
              value: 40,
              upper: 50,
              qualifier: 'range',
              start: 200,
            }),
            fig({
              measure: 'killed',
              subject: 'afghan-forces',
              claimant: 'pakistan',
              value: 300,
              start: 400,
            }),
            fig({
              measure: 'killed',
              subject: 'afghan-forces',
              claimant: 'pakistan',
              value: 300,
              qualifier: 'at-least',
              start: 500,
            }),
          ],
        }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows[0]!.values).toHaveLength(1);
    expect(c.rows[0]!.values[0]).toMatchObject({ value: 300, qualifier: 'exact' });
  });

  it('leaves out figures about an earlier period than the event', () => {
    const current = fig({
      measure: 'killed',
      subject: 'pakistani-forces',
      claimant: 'pakistan',
      value: 12,
      start: 0,
    });
    const past = {
      ...fig({
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'pakistan',
        value: 23,
        start: 500,
      }),
      sentence:
        'Tensions have been high since October, when the army said 23 soldiers were killed.',
      sentenceStart: 452,
    };
    const c = compareReports([report({ published: '2026-02-27', figures: [current, past] })], {
      trustedDomains: NONE,
    });
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]!.values.map((v) => v.value)).toEqual([12]);
  });

  it('allows the unit tolerance only for converted pairs (2,600 km and 2,575 km differ)', () => {
    const other = (value: number, unit: string) =>
      fig({ measure: 'other', subject: 'other', claimant: null, value, unit });
    const c = compareReports(
      [
        report({ figures: [other(2600, 'km')] }),
        report({ figures: [other(2575, 'km')] }),
        report({ figures: [other(1600, 'miles')] }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows[0]!.status).toBe('conflict');
  });

  it('orders rows as the current page mentions them', () => {
    const c = compareReports(
      [
        report({
          figures: [
            { ...wounded, start: 5 },
            { ...pk12, start: 50 },
          ],
        }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows.map((r) => r.measure)).toEqual(['wounded', 'killed']);
  });

  it('carries sentence and text with every value', () => {
    const c = compareReports([report({ figures: [pk12] })], { trustedDomains: NONE });
    expect(c.rows[0]!.values[0]).toMatchObject({ text: '12', sentence: 'A sentence with 12.' });
  });
});

describe('compareReports: events', () => {
  const soldiers23 = (claimant: 'pakistan' | 'afghanistan') =>
    fig({
      measure: 'killed',
      subject: 'pakistani-forces',
      claimant,
      value: 23,
      qualifier: 'at-least',
    });

  it('never joins the October 2025 clashes with the February 2026 strikes', () => {
    const c = compareReports(
      [
        report({ event: OCTOBER, figures: [soldiers23('pakistan')] }),
        report({ event: OPEN_WAR, figures: [soldiers23('pakistan')] }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.reports).toHaveLength(2);
    expect(c.rows).toHaveLength(2);
    for (const r of c.rows) expect(r.values).toHaveLength(1);
  });

  it('never joins the weekend strikes with the open war', () => {
    const c = compareReports(
      [
        report({ event: '2026-02-21', figures: [soldiers23('afghanistan')] }),
        report({ event: OPEN_WAR, figures: [soldiers23('afghanistan')] }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows.every((r) => r.values.length === 1)).toBe(true);
  });

  it('does not join reports whose event is unknown', () => {
    const c = compareReports(
      [
        report({ event: null, figures: [soldiers23('pakistan')] }),
        report({ event: null, figures: [soldiers23('pakistan')] }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows.every((r) => r.values.length === 1)).toBe(true);
  });
});

describe('compareReports: contested and update', () => {
  const pk = (
    value: number,
    claimant: 'pakistan' | 'afghanistan' | null,
    q: 'exact' | 'at-least' = 'exact',
  ) => fig({ measure: 'killed', subject: 'pakistani-forces', claimant, value, qualifier: q });

  it('marks rows contested when the other party gives a disjoint figure (12 against 55)', () => {
    const c = compareReports([report({ figures: [pk(12, 'pakistan'), pk(55, 'afghanistan')] })], {
      trustedDomains: NONE,
    });
    expect(row(c.rows, 'killed', 'pakistani-forces', 'pakistan')).toMatchObject({
      status: 'agree',
      contested: true,
    });
    expect(row(c.rows, 'killed', 'pakistani-forces', 'afghanistan')).toMatchObject({
      status: 'agree',
      contested: true,
    });
  });

  it('computes contested across the reports of the event', () => {
    const c = compareReports(
      [report({ figures: [pk(12, 'pakistan')] }), report({ figures: [pk(55, 'afghanistan')] })],
      {
        trustedDomains: NONE,
      },
    );
    expect(row(c.rows, 'killed', 'pakistani-forces', 'pakistan')!.contested).toBe(true);
  });

  it('is not contested when the parties overlap', () => {
    const c = compareReports(
      [report({ figures: [pk(12, 'pakistan', 'at-least'), pk(55, 'afghanistan')] })],
      { trustedDomains: NONE },
    );
    expect(c.rows.every((r) => !r.contested)).toBe(true);
  });

  it('an outlet mismatch of one party is a conflict, not contested', () => {
    const c = compareReports(
      [
        report({
          figures: [
            fig({
              measure: 'bodies',
              subject: 'pakistani-forces',
              claimant: 'afghanistan',
              value: 23,
            }),
          ],
        }),
        report({
          figures: [
            fig({
              measure: 'bodies',
              subject: 'pakistani-forces',
              claimant: 'afghanistan',
              value: 22,
            }),
          ],
        }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows[0]).toMatchObject({ status: 'conflict', contested: false, update: false });
  });

  it("an outlet's own figure never makes a party's figure contested, but a party can contest it", () => {
    const c = compareReports([report({ figures: [pk(12, 'pakistan'), pk(55, null)] })], {
      trustedDomains: NONE,
    });
    expect(row(c.rows, 'killed', 'pakistani-forces', 'pakistan')!.contested).toBe(false);
    expect(row(c.rows, 'killed', 'pakistani-forces', null)!.contested).toBe(true);
  });

  it.each([
    [
      'a growing tally over three days',
      ['2026-02-27', '2026-02-28', '2026-03-01'],
      [100, 200, 274],
      true,
    ],
    [
      'a tally given in any input order',
      ['2026-03-01', '2026-02-27', '2026-02-28'],
      [274, 100, 200],
      true,
    ],
    ['a tally that shrinks later', ['2026-02-27', '2026-02-28'], [274, 100], false],
    ['different counts on the same day', ['2026-02-27', '2026-02-27'], [100, 274], false],
    [
      'a tally revised within a day, then growing',
      ['2026-02-27', '2026-02-27', '2026-02-28', '2026-03-11'],
      [133, 274, 297, 641],
      true,
    ],
    [
      'same-day counts, then a later day below one of them',
      ['2026-02-27', '2026-02-27', '2026-02-28'],
      [133, 274, 200],
      false,
    ],
    [
      'different counts at the same time of day',
      ['2026-02-27T10:00:00Z', '2026-02-27T10:00:00Z', '2026-02-28'],
      [100, 274, 300],
      false,
    ],
    ['no publication dates', [null, null], [100, 274], false],
  ])('update: %s → %s', (_name, dates, values, update) => {
    const reports = dates.map((published, i) =>
      report({
        published,
        figures: [
          fig({
            measure: 'killed',
            subject: 'afghan-forces',
            claimant: 'pakistan',
            value: values[i]!,
          }),
        ],
      }),
    );
    const c = compareReports(reports, { trustedDomains: NONE });
    expect(c.rows[0]).toMatchObject({ status: 'conflict', update });
  });

  it('an update needs a conflict: overlapping values are not an update', () => {
    const c = compareReports(
      [
        report({
          published: '2026-02-27',
          figures: [
            fig({
              measure: 'killed',
              subject: 'afghan-forces',
              claimant: 'pakistan',
              value: 200,
              qualifier: 'at-least',
            }),
          ],
        }),
        report({
          published: '2026-02-28',
          figures: [
            fig({ measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', value: 274 }),
          ],
        }),
      ],
      { trustedDomains: NONE },
    );
    expect(c.rows[0]).toMatchObject({ status: 'compatible', update: false });
  });
});

describe('compareReports: reports', () => {
  it('lists every report with its trust', () => {
    const c = compareReports(
      [
        report({ domain: 'dawn.com' }),
        report({ domain: 'edition.cnn.com' }),
        report({ domain: 'x.example' }),
      ],
      {
        trustedDomains: new Set(['dawn.com', 'cnn.com']),
      },
    );
    expect(c.reports.map((r) => r.trusted)).toEqual([true, true, false]);
  });

  it.each([
    ['dawn.com', true],
    ['www.dawn.com', true],
    ['images.dawn.com', true],
    ['notdawn.com', false],
    ['com', false],
  ])('isTrusted(%s) with dawn.com trusted → %s', (domain, expected) => {
    expect(isTrusted(domain, new Set(['dawn.com']))).toBe(expected);
  });
});

describe('compareReports: one article is one report', () => {
  const base = {
    measure: 'killed' as const,
    subject: 'afghan-forces' as const,
    claimant: 'pakistan' as const,
  };

  it('does not let a page agree with the reference entry of the same article', () => {
    const page = report({
      domain: 'aljazeera.com',
      url: 'https://www.aljazeera.com/news/2026/2/27/a',
      figures: [fig({ ...base, value: 274 }), fig({ ...base, measure: 'wounded', value: 400 })],
    });
    const reference = report({
      domain: 'aljazeera.com',
      url: 'https://www.aljazeera.com/news/2026/2/27/approximate-slug',
      origin: 'reference',
      figures: [fig({ ...base, value: 274 })],
    });
    const c = compareReports([page, reference], { trustedDomains: NONE });
    expect(c.reports).toHaveLength(1);
    expect(c.rows.every((r) => r.values.every((v) => v.report === 0))).toBe(true);
  });

  it('counts the same canonical URL once, whatever the outlet name says', () => {
    const page = report({
      url: 'https://www.dawn.com/news/1?utm_source=x',
      figures: [fig({ ...base, value: 5 })],
    });
    const copy = report({
      url: 'https://www.dawn.com/news/1',
      figures: [fig({ ...base, value: 6 })],
    });
    expect(compareReports([page, copy], { trustedDomains: NONE }).reports).toHaveLength(1);
  });

  it('keeps two articles of one outlet with different figures, and other outlets with the same', () => {
    const page = report({ domain: 'dawn.com', figures: [fig({ ...base, value: 274 })] });
    const later = report({ domain: 'dawn.com', figures: [fig({ ...base, value: 300 })] });
    const other = report({ domain: 'bbc.com', figures: [fig({ ...base, value: 274 })] });
    const c = compareReports([page, later, other], { trustedDomains: NONE });
    expect(c.reports.map((r) => r.domain)).toEqual(['dawn.com', 'dawn.com', 'bbc.com']);
    expect(row(c.rows, 'killed', 'afghan-forces', 'pakistan')!.values).toHaveLength(3);
  });
});

/** Sample popup data for component tests, written for these tests (no page text copied). */
import type {
  Analysis,
  CompareReport,
  Comparison,
  CompareRow,
  Figure,
  TabView,
} from '../../../lib/types';

export const ARTICLE_TEXT =
  'Border fighting continued overnight. The army said at least 120 fighters from across the border were killed. ' +
  'A spokesman in Kabul said 30 of the attackers had died and dozens were hurt.';

function figure(phrase: string, extra: Partial<Figure>): Figure {
  const start = ARTICLE_TEXT.indexOf(phrase);
  const sentenceStart = ARTICLE_TEXT.lastIndexOf('. ', start) + 2;
  const stop = ARTICLE_TEXT.indexOf('.', start + phrase.length);
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
    sentenceEnd: stop + 1,
    ...extra,
  };
}

export function sampleAnalysis(title = 'Clashes on the frontier'): Analysis {
  return {
    url: 'https://news.example/a',
    coverage: { detected: true, score: 0.9, signals: ['Durand Line', 'Kabul'] },
    article: {
      title,
      outlet: 'Example News',
      domain: 'news.example',
      published: '2026-02-27',
      text: ARTICLE_TEXT,
      byline: null,
    },
    figures: [
      figure('at least 120', { value: 120, qualifier: 'at-least', claimantName: 'ISPR' }),
      figure('30', { value: 30, claimant: 'afghanistan', subject: 'afghan-forces' }),
      figure('dozens', {
        value: 24,
        upper: 99,
        qualifier: 'vague',
        claimant: 'afghanistan',
        measure: 'wounded',
      }),
    ],
  };
}

export function report(outlet: string, extra: Partial<CompareReport> = {}): CompareReport {
  return {
    outlet,
    domain: `${outlet.toLowerCase().replace(/\W+/g, '')}.example`,
    title: `${outlet} story`,
    published: '2026-02-27T10:00:00Z',
    event: '2026-02-26',
    url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/story`,
    origin: 'page',
    trusted: false,
    ...extra,
  };
}

export function row(extra: Partial<CompareRow>, values: [number, number][]): CompareRow {
  return {
    measure: 'killed',
    subject: 'afghan-forces',
    claimant: 'pakistan',
    status: 'agree',
    contested: false,
    update: false,
    values: values.map(([r, value]) => ({
      report: r,
      value,
      upper: null,
      qualifier: 'exact',
      text: String(value),
      unit: null,
      sentence: `Officials put the toll at ${value} on the day.`,
    })),
    ...extra,
  };
}

export function sampleComparison(): Comparison {
  return {
    reports: [
      report('Example News'),
      report('Daily Frontier', { trusted: true }),
      report('Reference set', { origin: 'reference', published: '2026-02-26' }),
    ],
    rows: [
      row({ status: 'agree' }, [
        [0, 120],
        [1, 120],
      ]),
      row({ claimant: 'afghanistan', status: 'conflict' }, [
        [0, 30],
        [1, 45],
      ]),
      row(
        { claimant: 'afghanistan', subject: 'pakistani-forces', status: 'agree', contested: true },
        [
          [1, 55],
          [2, 55],
        ],
      ),
    ],
  };
}

export function readyView(): TabView {
  return {
    tabId: 7,
    url: 'https://news.example/a',
    phase: 'ready',
    gate: { passed: true, score: 0.8, signals: ['Kabul'] },
    analysis: sampleAnalysis(),
    comparison: sampleComparison(),
    error: null,
    storedReports: 3,
  };
}

/** A ready page compared on more slots than the popup's first screen shows tables for. */
export function manyRowsView(): TabView {
  const base = readyView();
  const claimants = ['pakistan', 'afghanistan', 'un', 'other'] as const;
  const rows = claimants.map((claimant, i) =>
    row({ claimant, status: 'conflict' }, [
      [0, 10 + i],
      [1, 20 + i],
    ]),
  );
  rows.push(
    row({ subject: 'pakistani-forces', status: 'agree' }, [
      [0, 7],
      [1, 7],
    ]),
  );
  return { ...base, comparison: { ...base.comparison!, rows } };
}

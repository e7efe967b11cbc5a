import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { parseHTML } from 'linkedom';
import { ComparisonRow } from '../../../components/ComparisonRow';
import { NO_OTHER_REPORTS, RowList } from '../../../components/RowList';
import { FigureList } from '../../../components/FigureList';
import { PopupBody, siteOf } from '../../../components/PopupBody';
import { PopupHeader } from '../../../components/PopupHeader';
import { StatusBadge } from '../../../components/StatusBadge';
import { HighlightToggle } from '../../../components/HighlightToggle';
import type { RowStatus, TabPhase, TabView } from '../../../lib/types';
import { FORMAT_CONFIG } from '../../../lib/format/config';
import {
  manyRowsView,
  readyView,
  report,
  row,
  sampleAnalysis,
  sampleComparison,
} from './sample-view';

/** Renders to HTML and parses it back, so tests query elements rather than match strings. */
function dom(vnode: preact.VNode) {
  const html = renderToString(vnode);
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe('StatusBadge shows every status with an icon and words', () => {
  it.each<[RowStatus, boolean, string, string]>([
    ['agree', false, '✓', 'Outlets agree'],
    ['compatible', false, '≈', 'Close but not identical'],
    ['conflict', false, '✗', 'Outlets disagree'],
    ['conflict', true, '↗', 'Updated over time'],
  ])('%s (update %s)', (status, update, icon, words) => {
    const { document } = dom(<StatusBadge row={{ status, update }} />);
    const badge = document.querySelector('.badge')!;
    expect(badge.querySelector('[aria-hidden="true"]')!.textContent).toBe(icon);
    expect(badge.textContent).toContain(words);
  });
});

describe('ComparisonRow', () => {
  const reports = sampleComparison().reports;

  it('carries the contract data attributes and names every outlet', () => {
    const { document } = dom(
      <ComparisonRow
        row={row({ status: 'conflict' }, [
          [0, 30],
          [1, 45],
        ])}
        reports={reports}
      />,
    );
    const li = document.querySelector('li')!;
    expect(li.getAttribute('data-status')).toBe('conflict');
    expect(li.getAttribute('data-contested')).toBe('false');
    expect(li.textContent).toContain('Example News');
    expect(li.textContent).toContain('Daily Frontier');
    expect(document.querySelectorAll('th[scope="col"]').length).toBe(3);
  });

  it('shows a contested row differently from an outlet mismatch', () => {
    const contested = dom(
      <ComparisonRow
        row={row({ status: 'agree', contested: true }, [
          [0, 55],
          [1, 55],
        ])}
        reports={reports}
      />,
    ).document;
    const mismatch = dom(
      <ComparisonRow
        row={row({ status: 'conflict' }, [
          [0, 30],
          [1, 45],
        ])}
        reports={reports}
      />,
    ).document;
    expect(contested.querySelector('li')!.getAttribute('data-contested')).toBe('true');
    expect(contested.querySelector('.badge--contested')!.textContent).toContain('Parties disagree');
    expect(contested.querySelector('.slot__note--contested')!.textContent).toMatch(
      /not an outlet error/,
    );
    expect(contested.querySelector('li')!.className).toContain('slot--contested');
    expect(mismatch.querySelector('.badge--contested')).toBeNull();
    expect(mismatch.querySelector('li')!.className).not.toContain('slot--contested');
  });

  it('marks trusted outlets and reference values in words', () => {
    const { document } = dom(
      <ComparisonRow
        row={row({}, [
          [1, 55],
          [2, 55],
        ])}
        reports={reports}
      />,
    );
    expect(document.querySelector('.tag--trusted')!.textContent).toContain('★');
    expect(document.querySelector('.tag--trusted')!.textContent).toContain('trusted');
    expect(document.querySelector('.tag--reference')!.textContent).toBe('reference');
  });

  it('shows a running tally as a progression with times', () => {
    const dated = [
      report('Early', { published: '2026-02-27T06:00:00Z' }),
      report('Late', { published: '2026-02-28T06:00:00Z' }),
    ];
    const { document } = dom(
      <ComparisonRow
        row={row({ status: 'conflict', update: true }, [
          [1, 19],
          [0, 13],
        ])}
        reports={dated}
        timeZone="UTC"
      />,
    );
    const note = document.querySelector('.slot__note--update')!.textContent!;
    expect(note).toContain('13 → 19, later reports give higher counts');
    expect(note).toContain('27 Feb, 06:00');
    expect(document.querySelector('li')!.getAttribute('data-status')).toBe('conflict');
  });

  it('makes each value a keyboard-reachable disclosure, closed at first', () => {
    const { document } = dom(
      <ComparisonRow
        row={row({}, [
          [0, 120],
          [1, 120],
        ])}
        reports={reports}
      />,
    );
    const toggles = document.querySelectorAll('button.disclosure__toggle');
    expect(toggles.length).toBe(2);
    for (const t of toggles) expect(t.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('RowList', () => {
  it('lists rows in the order given, each with its status hooks', () => {
    const rows = [
      row({ status: 'conflict', claimant: 'afghanistan' }, [
        [0, 2],
        [1, 3],
      ]),
      row({ status: 'agree' }, [
        [0, 1],
        [1, 1],
      ]),
    ];
    const { document } = dom(
      <RowList rows={rows} reports={sampleComparison().reports} label="Rows" />,
    );
    expect(document.querySelector('ul')!.getAttribute('aria-label')).toBe('Rows');
    expect(
      [...document.querySelectorAll('[data-status]')].map((e) => e.getAttribute('data-status')),
    ).toEqual(['conflict', 'agree']);
  });
});

describe('FigureList', () => {
  it('groups figures by claimant and writes qualifiers in words', () => {
    const { document } = dom(<FigureList analysis={sampleAnalysis()} />);
    const titles = [...document.querySelectorAll('.figure-group__title')].map((h) => h.textContent);
    expect(titles).toEqual(['Pakistan (1)', 'Afghanistan (Taliban) (2)']);
    const text = document.body.textContent!;
    expect(text).toContain('at least 120');
    expect(text).toContain('Afghan forces killed');
    expect(text).toContain('dozens (24–99)');
  });
});

describe('untrusted page text renders as text', () => {
  const evil = '<img src=x onerror=alert(1)>';

  it('in the header title', () => {
    const { html, document } = dom(
      <PopupHeader
        article={{ title: evil, outlet: evil, domain: 'x.example', published: null }}
        coverage={{ detected: true, score: 1, signals: [evil] }}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('h1')!.textContent).toBe(evil);
    expect(html).toContain('&lt;img');
  });

  it('in quoted sentences and outlet names, and unsafe links are dropped', () => {
    const reports = [report(evil, { url: 'javascript:alert(1)' }), report('Other')];
    const r = row({}, [
      [0, 5],
      [1, 5],
    ]);
    r.values[0]!.sentence = `${evil} said 5.`;
    r.values[0]!.text = '5';
    const { document } = dom(<RowList rows={[r]} reports={reports} label="Rows" />);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(document.body.textContent).toContain(evil);
  });
});

describe('PopupBody phases', () => {
  const base = readyView();
  const at = (phase: TabPhase, extra: Partial<TabView> = {}): TabView => ({
    ...base,
    phase,
    analysis: null,
    comparison: null,
    ...extra,
  });

  it.each<[TabPhase, Partial<TabView>, RegExp]>([
    [
      'unsupported',
      { url: 'https://www.blog.example/post' },
      /does not read this page[\s\S]*Add this site \(blog\.example\)/,
    ],
    ['waiting', {}, /Waiting for the page/],
    ['analysing', {}, /Reading the article/],
    [
      'not-coverage',
      { gate: { passed: false, score: 0.1, signals: ['cricket'] } },
      /does not seem to cover the Pakistan–Afghanistan conflict[\s\S]*cricket/,
    ],
    [
      'error',
      { error: 'The page had no article text.' },
      /could not read this page[\s\S]*no article text/,
    ],
  ])('%s', (phase, extra, expected) => {
    const { document } = dom(<PopupBody view={at(phase, extra)} />);
    expect(document.body.textContent).toMatch(expected);
    expect(document.querySelectorAll('[data-status]').length).toBe(0);
  });

  it('ready: leads with the disputed figures, then confirmed, then only-here, then the rest collapsed', () => {
    const { document } = dom(<PopupBody view={base} />);
    expect(document.querySelector('h1')!.textContent).toBe('Clashes on the frontier');
    const order = [...document.querySelectorAll('main > section')].map((e) => e.id);
    expect(order).toEqual(['disputed', 'confirmed', 'figures', 'elsewhere']);
    const statuses = (id: string) =>
      [...document.querySelectorAll(`#${id} [data-status]`)].map((e) =>
        e.getAttribute('data-status'),
      );
    expect(statuses('disputed')).toEqual(['conflict']);
    expect(statuses('confirmed')).toEqual(['agree']);
    // The episode's figures this page does not report stay folded until asked for.
    expect(statuses('elsewhere')).toEqual([]);
    expect(document.querySelector('#elsewhere button')!.getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(document.querySelectorAll('#figures .figure').length).toBe(1);
    expect(document.querySelector('#figures')!.textContent).toContain('dozens (24–99)');
  });

  it('the summary counts exactly the rows and figures listed below it', () => {
    const { document } = dom(<PopupBody view={base} />);
    const summary = document.querySelector('.summary')!.textContent!;
    expect(summary).toBe(
      '1 disputed (1 by outlets) · 1 confirmed · 1 only on this page · 1 elsewhere · 2 other reports',
    );
    const count = (id: string) =>
      Number(/\((\d+)\)/.exec(document.querySelector(`#${id} h2`)!.textContent!)![1]);
    expect(count('disputed')).toBe(document.querySelectorAll('#disputed [data-status]').length);
    expect(count('confirmed')).toBe(document.querySelectorAll('#confirmed [data-status]').length);
    expect(count('figures')).toBe(document.querySelectorAll('#figures .figure').length);
    expect(summary).toContain(`${base.comparison!.rows.length - 2} elsewhere`);
  });

  it('offers the marks setting when given one', () => {
    const { document } = dom(
      <PopupBody
        view={base}
        highlightToggle={<HighlightToggle checked={false} onChange={() => {}} />}
      />,
    );
    const box = document.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.closest('label')!.textContent).toContain('Mark disputed figures in the article');
    expect(box.hasAttribute('checked')).toBe(false);
  });

  it('says when the background does not answer', () => {
    const { document } = dom(<PopupBody view={null} failure="No reply." />);
    expect(document.querySelector('[role="alert"]')!.textContent).toContain('No reply.');
  });

  it.each<[string | null, string | null]>([
    ['https://www.dawn.com/news/1', 'dawn.com'],
    ['chrome://newtab/', null],
    ['not a url', null],
    [null, null],
  ])('siteOf(%s) → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('PopupBody without other reports', () => {
  it.each<[number, string]>([
    [1, 'Crosscheck holds one report so far.'],
    [57, 'Crosscheck holds 57 reports so far.'],
  ])('says how many reports are stored (%d)', (n, words) => {
    const view = { ...readyView(), storedReports: n };
    view.comparison = { reports: [report('Example News')], rows: [] };
    const { document } = dom(<PopupBody view={view} />);
    expect(document.body.textContent).toContain(NO_OTHER_REPORTS);
    expect(document.body.textContent).toContain(words);
    expect(document.querySelectorAll('[data-status]').length).toBe(0);
    expect(document.querySelector('#figures h2')!.textContent).toBe("This page's figures");
  });
});

describe('PopupBody first screen (the first render with data)', () => {
  const tablesIn = (document: Document, id: string) =>
    [...document.querySelectorAll(`#${id} [data-status]`)].map(
      (li) => li.querySelector('table.values') !== null,
    );

  it('renders only the first rows, each with its table and contract hooks, and says it is busy', () => {
    const { document } = dom(<PopupBody view={manyRowsView()} firstScreen />);
    const n = FORMAT_CONFIG.firstScreenRows;
    expect(n).toBeLessThan(4);
    expect(document.querySelectorAll('[data-status]').length).toBe(n);
    expect(document.querySelectorAll('[data-contested]').length).toBe(n);
    expect(tablesIn(document, 'disputed')).toEqual(Array(n).fill(true));
    expect(tablesIn(document, 'confirmed')).toEqual([]);
    // The summary and each section's heading already count every row.
    expect(document.querySelector('#disputed-title')!.textContent).toContain('(4)');
    expect(document.querySelector('#confirmed-title')!.textContent).toContain('(1)');
    expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    // The list below the rows follows with their tables; its heading and count are already right.
    expect(document.querySelector('#figures-title')).not.toBeNull();
    expect(document.querySelectorAll('#figures li').length).toBe(0);
    // Every other outlet is named at once, above the rows.
    expect(document.querySelector('.comparison__with')!.textContent).toContain('Daily Frontier');
  });

  it('renders everything, not busy, once the first screen has painted', () => {
    const full = dom(<PopupBody view={manyRowsView()} />).document;
    const first = dom(<PopupBody view={manyRowsView()} firstScreen />).document;
    expect(tablesIn(full, 'disputed')).toEqual([true, true, true, true]);
    expect(tablesIn(full, 'confirmed')).toEqual([true]);
    expect(full.querySelector('main')!.hasAttribute('aria-busy')).toBe(false);
    // Same first rows, same order, same headings: the second render only adds below them.
    const heads = (d: Document) =>
      [...d.querySelectorAll('[data-status] .slot__title')].map((h) => h.textContent);
    expect(heads(full).length).toBe(5);
    expect(heads(full).slice(0, heads(first).length)).toEqual(heads(first));
    expect(full.querySelectorAll('#figures li').length).toBeGreaterThan(0);
  });

  it('withholds nothing when the rows fit the first screen', () => {
    const many = manyRowsView();
    const fits: TabView = {
      ...many,
      comparison: {
        ...many.comparison!,
        rows: many.comparison!.rows.slice(0, FORMAT_CONFIG.firstScreenRows),
      },
    };
    const { document } = dom(<PopupBody view={fits} firstScreen />);
    expect(document.querySelector('main')!.hasAttribute('aria-busy')).toBe(false);
    for (const li of document.querySelectorAll('#disputed [data-status], #confirmed [data-status]'))
      expect(li.querySelector('table.values')).not.toBeNull();
    expect(document.querySelectorAll('#figures li').length).toBeGreaterThan(0);
  });
});

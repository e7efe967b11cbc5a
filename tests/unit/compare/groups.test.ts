/**
 * Fixture groups (tests/fixtures/groups/*.json): pages of the same event from
 * different outlets, with hand-labelled comparison rows. The pipeline
 * (analyzeHtml → toReport → compareReports) must produce ≥ 90 % of the
 * expected rows with the right status and contested flag, and never join
 * pages of different events.
 *
 * Two runs: with the pages' labelled figures (tests the comparison alone),
 * and with the extractor's figures (end to end).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../lib/analyze-html';
import { compareReports } from '../../../lib/compare/compare-reports';
import { sameEvent } from '../../../lib/compare/event-date';
import { canonicalUnit } from '../../../lib/compare/interval';
import { toReport } from '../../../lib/compare/to-report';
import type {
  Analysis,
  Claimant,
  Comparison,
  Figure,
  Measure,
  Qualifier,
  Report,
  Subject,
} from '../../../lib/types';

const ROOT = join(__dirname, '../../fixtures');
const MIN_RECALL = 0.9;

interface ExpectedRow {
  event?: string;
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  unit?: string;
  status: string;
  contested: boolean;
  update?: boolean;
}
interface Group {
  description: string;
  pages: string[];
  expectedRows: ExpectedRow[];
}
interface LabelledFigure {
  measure: Measure;
  subject: Subject;
  claimant: Claimant;
  value: number;
  upper: number | null;
  qualifier: Qualifier;
  text: string;
  unit?: string | null;
}

const groupDir = join(ROOT, 'groups');
const groups = existsSync(groupDir)
  ? readdirSync(groupDir)
      .filter((f) => f.endsWith('.json'))
      .map(
        (f) =>
          [
            f.replace(/\.json$/, ''),
            JSON.parse(readFileSync(join(groupDir, f), 'utf8')) as Group,
          ] as const,
      )
  : [];

/** A unit written in the figure's phrase ("2,575km", "1,600-mile", "20 years"), as the extractor would give it. */
function unitOf(text: string): string | null {
  const m =
    /\d[\d,.]*\s*-?\s*(km|kilometres?|kilometers?|miles?|hours?|days?|weeks?|years?|percent|per cent|%)\b/i.exec(
      text,
    ) ?? /\d[\d,.]*\s*(%)/.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

/** The labelled figures placed in the extracted article text (each mention after the previous one of the same phrase). */
function placeLabelled(text: string, labelled: readonly LabelledFigure[]): Figure[] {
  const from = new Map<string, number>();
  const out: Figure[] = [];
  for (const f of labelled) {
    let start = text.indexOf(f.text, from.get(f.text) ?? 0);
    if (start < 0) start = text.indexOf(f.text);
    if (start < 0) continue;
    from.set(f.text, start + f.text.length);
    const end = start + f.text.length;
    const before = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
    const stops = ['. ', '.\n', '\n'].map((s) => text.indexOf(s, end)).filter((i) => i >= 0);
    const sentenceEnd = stops.length ? Math.min(...stops) + 1 : text.length;
    out.push({
      measure: f.measure,
      subject: f.subject,
      claimant: f.claimant,
      value: f.value,
      upper: f.upper,
      qualifier: f.qualifier,
      text: f.text,
      start,
      end,
      unit: f.measure === 'other' ? (f.unit ?? unitOf(f.text)) : null,
      claimantName: null,
      sentenceStart: before < 0 ? 0 : before + 1,
      sentenceEnd,
    });
  }
  return out;
}

function pageReport(slug: string, figures: 'labelled' | 'extracted'): Report {
  const dir = join(ROOT, 'pages', slug);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
    url?: string;
    figures: LabelledFigure[];
  };
  const analysis: Analysis = analyzeHtml(readFileSync(join(dir, 'page.html'), 'utf8'), {
    url: expected.url ?? null,
    all: true,
  });
  const withFigures =
    figures === 'labelled'
      ? { ...analysis, figures: placeLabelled(analysis.article.text, expected.figures) }
      : analysis;
  return toReport(withFigures, { origin: 'page', seenAt: 0 });
}

function rowMatches(c: Comparison, e: ExpectedRow): boolean {
  return c.rows.some((r) => {
    if (r.measure !== e.measure || r.subject !== e.subject || r.claimant !== e.claimant)
      return false;
    if (e.unit && !r.values.some((v) => canonicalUnit(v.unit) === canonicalUnit(e.unit)))
      return false;
    if (e.event && c.reports[r.values[0]!.report]!.event !== e.event) return false;
    if (e.update !== undefined && r.update !== e.update) return false;
    return r.status === e.status && r.contested === e.contested;
  });
}

function check(name: string, group: Group, reports: Report[]) {
  const c = compareReports(reports, { trustedDomains: new Set() });
  // Never join events: every row's values come from one event.
  for (const row of c.rows) {
    const events = row.values.map((v) => reports[v.report]!.event);
    for (const e of events) expect(sameEvent(e, events[0]!)).toBe(true);
  }
  const missing = group.expectedRows.filter((e) => !rowMatches(c, e));
  const recall = 1 - missing.length / group.expectedRows.length;
  if (recall < MIN_RECALL) {
    const got = c.rows.map(
      (r) =>
        `${r.measure}/${r.subject}/${r.claimant} ${r.status}${r.contested ? ' contested' : ''}${r.update ? ' update' : ''} [${r.values.map((v) => `${v.report}:${v.qualifier} ${v.value}`).join(', ')}]`,
    );
    throw new Error(
      `${name}: ${Math.round(recall * 100)}% of expected rows\nmissing: ${JSON.stringify(missing)}\ngot:\n${got.join('\n')}`,
    );
  }
  expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
}

const pagesExist = (g: Group) =>
  g.pages.every((p) => existsSync(join(ROOT, 'pages', p, 'page.html')));
describe.each(groups)('fixture group %s', (name, group) => {
  it('has pages on disk', () => {
    expect(pagesExist(group)).toBe(true);
  });

  it('puts pages of one event together and other events apart', () => {
    const reports = group.pages.map((p) => pageReport(p, 'labelled'));
    const expectedEvents = group.pages.map(
      (p) =>
        (
          JSON.parse(readFileSync(join(ROOT, 'pages', p, 'expected.json'), 'utf8')) as {
            event?: string;
          }
        ).event,
    );
    for (let i = 0; i < reports.length; i++) {
      for (let j = i + 1; j < reports.length; j++) {
        if (!expectedEvents[i] || !expectedEvents[j]) continue;
        expect(
          sameEvent(reports[i]!.event, reports[j]!.event),
          `${group.pages[i]} / ${group.pages[j]}`,
        ).toBe(expectedEvents[i] === expectedEvents[j]);
      }
    }
  });

  it('compares the labelled figures into the expected rows', () => {
    check(
      name,
      group,
      group.pages.map((p) => pageReport(p, 'labelled')),
    );
  });

  it('compares the extracted figures into the expected rows (end to end)', () => {
    check(
      name,
      group,
      group.pages.map((p) => pageReport(p, 'extracted')),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { REFERENCE_REPORTS, loadReference } from '../../../lib/reference/claims';
import { EVENTS } from '../../../lib/conflict/events';
import { CLAIMANTS, MEASURES, QUALIFIERS, SUBJECTS } from '../../../lib/types';
import { compareReports } from '../../../lib/compare/compare-reports';
import { canonicalUrl } from '../../../lib/compare/canonical-url';

const figures = REFERENCE_REPORTS.flatMap((r) => r.figures.map((f) => ({ report: r, f })));

describe('reference claims', () => {
  it('cover both rounds of fighting', () => {
    const events = new Set(REFERENCE_REPORTS.map((r) => r.event));
    expect(events).toContain(EVENTS.find((e) => e.id === '2026-02-open-war')!.start);
    expect(events).toContain(EVENTS.find((e) => e.id === '2025-10-clashes')!.start);
  });

  it.each(REFERENCE_REPORTS.map((r) => [r.outlet, r.title, r] as const))(
    '%s: %s is a well-formed reference report',
    (_o, _t, r) => {
      expect(r.origin).toBe('reference');
      expect(EVENTS.map((e) => e.start)).toContain(r.event);
      expect(r.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(r.event! <= r.published!.slice(0, 10)).toBe(true);
      expect(canonicalUrl(r.url)).toBe(r.url);
      expect(r.figures.length).toBeGreaterThan(0);
    },
  );

  it.each(figures.map(({ report, f }) => [report.outlet, f.text, f] as const))(
    '%s — "%s" uses the vocabularies and points into its sentence',
    (_o, _t, f) => {
      expect(MEASURES).toContain(f.measure);
      expect(SUBJECTS).toContain(f.subject);
      expect([...CLAIMANTS, null]).toContain(f.claimant);
      expect(QUALIFIERS).toContain(f.qualifier);
      expect(f.sentence.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence.slice(f.sentenceStart, f.sentenceEnd)).toBe(f.sentence);
      if (f.measure === 'other') {
        expect(f.subject).toBe('other');
        expect(f.unit).not.toBeNull();
      }
      if (f.qualifier === 'range' || f.qualifier === 'vague') expect(f.upper).not.toBeNull();
      else expect(f.upper).toBeNull();
    },
  );

  it('has unique URLs (the store key)', () => {
    const urls = REFERENCE_REPORTS.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('shows the parties contesting the toll of Pakistani soldiers (12 against 55)', () => {
    const feb = REFERENCE_REPORTS.filter((r) => r.event === REFERENCE_REPORTS[0]!.event);
    const c = compareReports(feb, { trustedDomains: new Set() });
    const pk = c.rows.find(
      (r) =>
        r.measure === 'killed' && r.subject === 'pakistani-forces' && r.claimant === 'pakistan',
    );
    expect(pk?.contested).toBe(true);
  });

  it('loadReference returns copies that do not share state with the module', () => {
    const a = loadReference();
    a[0]!.figures[0]!.value = -1;
    a[0]!.signals.push('x');
    expect(REFERENCE_REPORTS[0]!.figures[0]!.value).not.toBe(-1);
    expect(REFERENCE_REPORTS[0]!.signals).not.toContain('x');
    expect(loadReference()).toEqual(REFERENCE_REPORTS);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_REPORTS, loadReference } from '../../../lib/reference/claims';
import { REFERENCE_ENTRIES } from '../../../lib/reference/reference-reports';
import { EVENTS } from '../../../lib/conflict/events';
import { CLAIMANTS, MEASURES, QUALIFIERS, SUBJECTS } from '../../../lib/types';
import { topicWords } from '../../../scripts/reference/select-reference';
import { compareReports } from '../../../lib/compare/compare-reports';
import { parseRealworldLabel, type RealworldLabel } from '../../../lib/eval/realworld-label';

/** The committed labels of the real-reporting corpus, by id. */
const LABELS_DIR = path.resolve(__dirname, '../../realworld/labels');
/** Labels read through the corpus schema: an invalid one fails here, not silently. */
const LABELS = new Map<string, RealworldLabel>(
  readdirSync(LABELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const r = parseRealworldLabel(JSON.parse(readFileSync(path.join(LABELS_DIR, f), 'utf8')));
      if (!r.ok) throw new Error(`${f}: ${r.problems.join('; ')}`);
      return r.label;
    })
    .map((l) => [l.id, l]),
);
const LABEL_URLS = new Set([...LABELS.values()].map((l) => l.url));

/** Targets of the reference set (issue: at least 40 real reports from at least 20 outlets). */
const TARGET_REPORTS = 40;
const TARGET_OUTLETS = 20;
/** Positive, figure-bearing labels of known episodes: what the set can be built from. */
const ELIGIBLE = [...LABELS.values()].filter(
  (l) => EVENTS.some((e) => e.start === l.event) && l.figures.some((f) => f.measure !== 'other'),
);

const figures = REFERENCE_REPORTS.flatMap((r) => r.figures.map((f) => ({ report: r, f })));

describe('reference set of real reports', () => {
  it('every URL is one a committed label holds, exactly as labelled (none invented)', () => {
    expect(REFERENCE_REPORTS.length).toBeGreaterThan(0);
    for (const r of REFERENCE_REPORTS) expect(LABEL_URLS, r.url).toContain(r.url);
  });

  it.each(REFERENCE_ENTRIES.map((e) => [e.label, e] as const))(
    '%s: outlet, date, episode and figures are those of its label',
    (_id, entry) => {
      const label = LABELS.get(entry.label);
      expect(label, 'its label is committed').toBeDefined();
      expect(entry.url).toBe(label!.url);
      expect(entry.outlet).toBe(label!.outlet);
      expect(entry.domain).toBe(label!.domain);
      expect(entry.published).toBe(label!.published);
      expect(EVENTS.find((e) => e.id === entry.eventId)!.start).toBe(label!.event);
      // Every reference figure is one of the label's, slot for slot.
      for (const f of entry.figures) expect(label!.figures).toContainEqual(f);
    },
  );

  it('reaches the target size when the corpus has enough labels (else it uses them all)', () => {
    const outlets = new Set(REFERENCE_REPORTS.map((r) => r.domain));
    const eligibleOutlets = new Set(ELIGIBLE.map((l) => l.domain));
    // The generator may leave out a few labels (not news outlets, duplicate URLs): allow that much.
    expect(REFERENCE_REPORTS.length).toBeGreaterThanOrEqual(
      Math.min(TARGET_REPORTS, ELIGIBLE.length - 5),
    );
    expect(outlets.size).toBeGreaterThanOrEqual(Math.min(TARGET_OUTLETS, eligibleOutlets.size - 3));
  });

  it('covers both rounds of fighting', () => {
    const events = new Set(REFERENCE_REPORTS.map((r) => r.event));
    expect(events).toContain(EVENTS.find((e) => e.id === '2026-02-open-war')!.start);
    expect(events).toContain(EVENTS.find((e) => e.id === '2025-10-clashes')!.start);
  });

  it.each(REFERENCE_REPORTS.map((r) => [r.outlet, r.title, r] as const))(
    '%s: %s is a well-formed reference report with our own title',
    (_o, _t, r) => {
      expect(r.origin).toBe('reference');
      expect(EVENTS.map((e) => e.start)).toContain(r.event);
      if (r.published !== null) expect(r.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(Number.isFinite(r.seenAt)).toBe(true);
      expect(r.figures.length).toBeGreaterThan(0);
      // The title is the episode's name and the label id's topic words: nothing of the article.
      const entry = REFERENCE_ENTRIES.find((e) => e.url === r.url)!;
      const episode = EVENTS.find((e) => e.start === r.event)!;
      expect(r.title.startsWith(episode.label)).toBe(true);
      expect(r.title.slice(episode.label.length).replace(/^: /, '').toLowerCase()).toBe(
        topicWords(entry.label),
      );
    },
  );

  it.each(figures.map(({ report, f }) => [report.outlet, f.text, f] as const))(
    '%s — "%s" uses the vocabularies and carries no sentence',
    (_o, _t, f) => {
      expect(MEASURES).toContain(f.measure);
      expect(SUBJECTS).toContain(f.subject);
      expect([...CLAIMANTS, null]).toContain(f.claimant);
      expect(QUALIFIERS).toContain(f.qualifier);
      // Only the short figure phrase is the outlet's; no sentence around it is kept.
      expect(f.sentence).toBe('');
      expect([f.start, f.end, f.sentenceStart, f.sentenceEnd]).toEqual([0, 0, 0, 0]);
      expect(f.text.length).toBeGreaterThan(0);
      expect(f.text.length).toBeLessThanOrEqual(80);
    },
  );

  it('has unique URLs (the store key)', () => {
    const urls = REFERENCE_REPORTS.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
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

describe('reference set in the comparison', () => {
  it('gives comparison rows where several real reports of one episode fill the same slot', () => {
    const byEvent = new Map<string, typeof REFERENCE_REPORTS>();
    for (const r of REFERENCE_REPORTS) byEvent.set(r.event!, [...(byEvent.get(r.event!) ?? []), r]);
    const shared = [...byEvent.values()].flatMap((reports) =>
      compareReports(reports, { trustedDomains: new Set() }).rows.filter(
        (row) => new Set(row.values.map((v) => v.report)).size >= 2,
      ),
    );
    expect(shared.length).toBeGreaterThan(0);
    // Values carry the outlet's short phrase and no sentence.
    for (const row of shared)
      for (const v of row.values) {
        expect(v.text.length).toBeGreaterThan(0);
        expect(v.sentence).toBe('');
      }
  });
});

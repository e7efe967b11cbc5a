import { describe, expect, it } from 'vitest';
import { namedSignals, toReport } from '../../../lib/compare/to-report';
import type { Analysis, Figure } from '../../../lib/types';

const TEXT = [
  'Pakistani jets struck Kabul and Kandahar on Friday, a day after Afghan forces attacked border posts on Thursday.',
  'Defence Minister Khawaja Asif said the neighbours were in open war. Zabiullah Mujahid said 55 Pakistani soldiers were killed.',
].join('\n\n');

function figure(text: string, measure: Figure['measure'], claimant: Figure['claimant']): Figure {
  const start = TEXT.indexOf(text);
  const sentenceStart = TEXT.lastIndexOf('.', start) + 2;
  return {
    measure,
    subject: 'pakistani-forces',
    claimant,
    value: 55,
    upper: null,
    qualifier: 'exact',
    text,
    start,
    end: start + text.length,
    unit: null,
    claimantName: null,
    sentenceStart,
    sentenceEnd: TEXT.indexOf('.', start) + 1,
  };
}

const analysis: Analysis = {
  url: 'https://www.example-news.com/world/story-1/?utm_source=feed#top',
  coverage: { detected: true, score: 0.93, signals: ['Durand Line', 'Khawaja Asif'] },
  article: {
    title: 'Pakistan bombs Afghan cities and declares open war',
    outlet: 'Example News',
    domain: 'example-news.com',
    published: '2026-02-27T10:00:00Z',
    text: TEXT,
    byline: null,
  },
  figures: [figure('55 Pakistani soldiers', 'killed', 'afghanistan')],
};

describe('toReport', () => {
  const r = toReport(analysis, { origin: 'page', seenAt: 1234 });

  it('keys the report by its canonical URL', () => {
    expect(r.url).toBe('https://www.example-news.com/world/story-1');
  });

  it('dates the event to the known episode', () => {
    expect(r.event).toBe('2026-02-26');
  });

  it('keeps each figure with its sentence', () => {
    expect(r.figures).toHaveLength(1);
    expect(r.figures[0]!.sentence).toBe(
      'Zabiullah Mujahid said 55 Pakistani soldiers were killed.',
    );
    expect(r.figures[0]!.text).toBe('55 Pakistani soldiers');
  });

  it('collects coverage signals, actors and places, without duplicates', () => {
    expect(r.signals).toEqual(
      expect.arrayContaining([
        'Durand Line',
        'Khawaja Asif',
        'Zabihullah Mujahid',
        'Kabul',
        'Kandahar',
      ]),
    );
    expect(new Set(r.signals).size).toBe(r.signals.length);
  });

  it('copies outlet, origin, time and score', () => {
    expect(r).toMatchObject({
      outlet: 'Example News',
      domain: 'example-news.com',
      origin: 'page',
      seenAt: 1234,
      coverageScore: 0.93,
    });
  });

  it('gives a page without an address a stable key of its own', () => {
    const a = toReport({ ...analysis, url: null }, { origin: 'page', seenAt: 1 });
    const b = toReport({ ...analysis, url: null }, { origin: 'page', seenAt: 2 });
    const other = toReport(
      { ...analysis, url: null, article: { ...analysis.article, title: 'Another' } },
      { origin: 'page', seenAt: 1 },
    );
    expect(a.url).toBe(b.url);
    expect(a.url).not.toBe(other.url);
  });

  it('falls back to the figure text when sentence offsets are broken', () => {
    const broken = { ...analysis.figures[0]!, sentenceStart: -5, sentenceEnd: 99999 };
    const x = toReport({ ...analysis, figures: [broken] }, { origin: 'page', seenAt: 1 });
    expect(x.figures[0]!.sentence).toBe('55 Pakistani soldiers');
  });
});

describe('namedSignals', () => {
  it.each([
    ['Zabiullah Mujahid spoke in Kabul.', ['Zabihullah Mujahid', 'Kabul']],
    ['ISPR said strikes hit Khost and Paktika.', ['ISPR', 'Khost', 'Paktika']],
    ['The un-named official left.', []],
    ['Afghanistan and Pakistan played cricket.', []],
  ])('%s → %j', (text, names) => {
    expect(namedSignals(text).filter((n) => n !== 'Pakistan')).toEqual(names);
  });
});

import { describe, expect, it } from 'vitest';
import { ownTitle, selectReference, topicWords } from '../../../scripts/reference/select-reference';

const figure = (over: Record<string, unknown> = {}) => ({
  measure: 'killed',
  subject: 'pakistani-forces',
  claimant: 'pakistan',
  value: 23,
  upper: null,
  qualifier: 'exact',
  text: '23 soldiers',
  ...over,
});
const label = (over: Record<string, unknown> = {}) => ({
  id: 'example-2025-10-12-border-clash-23-soldiers',
  url: 'https://example-news.test/a/1',
  query: 'q',
  sha256: '0'.repeat(64),
  outlet: 'Example News',
  domain: 'example-news.test',
  published: '2025-10-12',
  round: '2025-10',
  family: 'positive',
  coverage: true,
  event: '2025-10-11',
  figures: [figure()],
  labeller: 'L1',
  ...over,
});

describe('selectReference', () => {
  it('keeps a positive label of a known episode with its URL, facts and figure phrase', () => {
    const { entries } = selectReference([label()]);
    expect(entries).toEqual([
      expect.objectContaining({
        url: 'https://example-news.test/a/1',
        outlet: 'Example News',
        published: '2025-10-12',
        eventId: '2025-10-clashes',
        title: 'October 2025 border clashes: Border Clash 23 Soldiers',
        figures: [
          {
            measure: 'killed',
            subject: 'pakistani-forces',
            claimant: 'pakistan',
            value: 23,
            upper: null,
            qualifier: 'exact',
            text: '23 soldiers',
          },
        ],
      }),
    ]);
  });

  it.each([
    ['a negative', { family: 'cricket', coverage: false, event: null }],
    ['an unknown episode', { event: '1999-01-01' }],
    ['a site that is not a news outlet', { domain: 'particle.news' }],
    ['no usable figure', { figures: [figure({ measure: 'other', subject: 'other' })] }],
    ['an invalid label', { url: 'not a url' }],
  ])('leaves out %s', (_what, over) => {
    const r = selectReference([label(over)]);
    expect(r.entries).toEqual([]);
    expect(r.skipped).toHaveLength(1);
  });

  it('keeps one report per URL and sorts by label id', () => {
    const r = selectReference([
      label({ id: 'zz-2025-10-12-b' }),
      label({ id: 'aa-2025-10-12-a' }),
      label({ id: 'mm-2025-10-12-c', url: 'https://example-news.test/a/2' }),
    ]);
    expect(r.entries.map((e) => e.label)).toEqual(['aa-2025-10-12-a', 'mm-2025-10-12-c']);
  });

  it('drops `other` figures (no unit in labels) but keeps the rest', () => {
    const r = selectReference([
      label({ figures: [figure({ measure: 'other', subject: 'other' }), figure()] }),
    ]);
    expect(r.entries[0]!.figures).toHaveLength(1);
  });

  it('titles: episode name and topic words, acronyms in capitals', () => {
    expect(topicWords('atlas-2026-02-23-unama-13-civilians')).toBe('unama 13 civilians');
    expect(topicWords('pakobserver-nodate-funeral-chaklala')).toBe('funeral chaklala');
    expect(ownTitle('Episode', 'unama 13 civilians')).toBe('Episode: UNAMA 13 Civilians');
    expect(ownTitle('Episode', '')).toBe('Episode');
  });
});

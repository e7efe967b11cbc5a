import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../../lib/sources/default-sources';
import { updateDefaultFeeds, V2_DEFAULT_FEEDS } from '../../../lib/sources/update-default-feeds';

describe('updateDefaultFeeds (settings v2 → v3)', () => {
  it('lists only shipped sources whose feeds really changed', () => {
    for (const [id, old] of Object.entries(V2_DEFAULT_FEEDS)) {
      const current = DEFAULT_SOURCES.find((s) => s.id === id);
      expect(current, id).toBeDefined();
      expect(current!.feeds, id).not.toEqual(old);
    }
  });

  it('leaves non-lists, junk entries, reader-added sources and edited feeds alone', () => {
    expect(updateDefaultFeeds({ not: 'a list' })).toEqual({ not: 'a list' });
    const junk = [42, null, 'x', { id: 'cnn' }];
    expect(updateDefaultFeeds(junk)).toEqual(junk);
    const own = { id: 'cnn', builtin: false, feeds: ['http://rss.cnn.com/rss/edition_asia.rss'] };
    expect(updateDefaultFeeds([own])).toEqual([own]);
    const edited = {
      id: 'dw',
      builtin: true,
      feeds: ['https://rss.dw.com/rdf/rss-en-asia', 'https://example.org/x'],
    };
    expect(updateDefaultFeeds([edited])).toEqual([edited]);
  });

  it('replaces an unchanged old default and keeps every other field', () => {
    const old = {
      id: 'dw',
      name: 'My DW',
      builtin: true,
      trusted: true,
      feeds: ['https://rss.dw.com/rdf/rss-en-asia'],
    };
    expect(updateDefaultFeeds([old])).toEqual([
      { ...old, feeds: ['https://rss.dw.com/xml/rss-en-asia'] },
    ]);
  });
});

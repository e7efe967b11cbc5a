import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { SourceSchema } from '../../../lib/sources/schema';
import { DEFAULT_SOURCES, defaultSources } from '../../../lib/sources/default-sources';
import {
  guessRegion,
  repairSources,
  sourceForDomain,
  sourcesFromV1,
} from '../../../lib/sources/repair-sources';

const userSource = {
  id: 'example.org',
  name: 'Example Daily',
  domain: 'example.org',
  feeds: ['https://example.org/feed'],
  region: 'international' as const,
  enabled: true,
  trusted: true,
  builtin: false,
};

describe('repairSources', () => {
  it('keeps a valid list as it is and reports nothing to repair', () => {
    const list = [...defaultSources(), userSource];
    expect(repairSources(list)).toEqual({ sources: list, repaired: false, dropped: 0 });
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'garbage'],
    ['an object', { sources: [] }],
    ['a number', 42],
    ['a list of junk', [1, 'x', null, { name: 'no domain' }]],
  ])('falls back to the shipped sources when the value is %s', (_, value) => {
    const r = repairSources(value);
    expect(r.sources).toEqual(defaultSources());
    expect(r.repaired).toBe(true);
  });

  it('keeps an empty list: the reader removed every source', () => {
    expect(repairSources([])).toEqual({ sources: [], repaired: false, dropped: 0 });
  });

  it('drops only the entries without a usable domain and keeps every valid one', () => {
    const r = repairSources([
      userSource,
      { id: 'x', domain: 'exa mple' },
      17,
      null,
      DEFAULT_SOURCES[0],
    ]);
    expect(r.sources).toEqual([userSource, DEFAULT_SOURCES[0]]);
    expect(r.dropped).toBe(3);
    expect(r.repaired).toBe(true);
  });

  it('fills bad fields of an entry with a usable domain from defaults', () => {
    const r = repairSources([
      {
        ...userSource,
        enabled: 'yes',
        region: 'martian',
        feeds: ['ftp://bad', 'https://example.org/rss'],
      },
      { id: 'dawn', domain: 'dawn.com', trusted: true },
      { domain: 'WWW.Example.PK' },
    ]);
    expect(r.sources[0]).toEqual({ ...userSource, feeds: ['https://example.org/rss'] });
    expect(r.sources[1]).toEqual({
      ...defaultSources().find((s) => s.id === 'dawn'),
      trusted: true,
    });
    expect(r.sources[2]).toMatchObject({
      id: 'example.pk',
      domain: 'example.pk',
      region: 'pakistani',
      builtin: false,
    });
    expect(r.repaired).toBe(true);
  });

  it('keeps the first of two entries with the same id', () => {
    const r = repairSources([userSource, { ...userSource, name: 'Second' }]);
    expect(r.sources).toEqual([userSource]);
    expect(r.dropped).toBe(1);
  });

  it('normalises domains written as addresses', () => {
    const r = repairSources([{ ...userSource, domain: 'https://www.example.org/news' }]);
    expect(r.sources[0]!.domain).toBe('example.org');
    expect(r.repaired).toBe(true);
  });

  it('never throws, never loses a valid entry, and returns distinct ids', () => {
    const valid = fc.record({
      id: fc.stringMatching(/^[a-z]{1,8}$/),
      name: fc.constant('Name'),
      domain: fc.stringMatching(/^[a-z]{1,8}\.(com|org|pk)$/),
      feeds: fc.constant([] as string[]),
      region: fc.constantFrom('pakistani', 'afghan', 'indian', 'regional', 'international'),
      enabled: fc.boolean(),
      trusted: fc.boolean(),
      builtin: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(valid, fc.anything())), (list) => {
        const { sources } = repairSources(list);
        const ids = sources.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        const firstValidIds = new Set<string>();
        for (const entry of list) {
          if (v.is(SourceSchema, entry)) firstValidIds.add(entry.id.trim());
        }
        for (const id of firstValidIds) expect(ids).toContain(id);
      }),
    );
  });
});

describe('sourcesFromV1 (storage v1 → v2)', () => {
  it('marks the listed shipped outlets trusted and leaves the others untrusted', () => {
    const sources = sourcesFromV1(['dawn.com', 'aljazeera.com']);
    expect(
      sources
        .filter((s) => s.trusted)
        .map((s) => s.domain)
        .sort(),
    ).toEqual(['aljazeera.com', 'dawn.com']);
    expect(sources).toHaveLength(DEFAULT_SOURCES.length);
  });

  it('keeps every domain the reader had, however it was written', () => {
    const sources = sourcesFromV1(['https://www.example.org/', 'news.example.af', 'WWW.DAWN.COM']);
    const byDomain = new Map(sources.map((s) => [s.domain, s]));
    expect(byDomain.get('example.org')).toMatchObject({
      trusted: true,
      builtin: false,
      enabled: true,
    });
    expect(byDomain.get('news.example.af')).toMatchObject({ trusted: true, region: 'afghan' });
    expect(byDomain.get('dawn.com')!.trusted).toBe(true);
  });

  it.each([[undefined], [null], ['dawn.com'], [{}], [[1, null, 'not a domain']]])(
    'gives the shipped sources for unusable v1 value %j',
    (value) => {
      expect(sourcesFromV1(value)).toEqual(defaultSources());
    },
  );
});

describe('guessRegion and sourceForDomain', () => {
  it.each([
    ['example.com.pk', 'pakistani'],
    ['example.af', 'afghan'],
    ['example.co.in', 'indian'],
    ['example.com', 'international'],
  ])('%s → %s', (domain, region) => {
    expect(guessRegion(domain)).toBe(region);
  });

  it('returns the shipped source for a shipped domain', () => {
    expect(sourceForDomain('dawn.com')).toEqual(
      DEFAULT_SOURCES.find((s) => s.domain === 'dawn.com'),
    );
  });
});

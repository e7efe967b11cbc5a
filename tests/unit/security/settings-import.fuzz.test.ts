/**
 * parseSettingsFile against hostile files: prototype pollution, deep
 * nesting, huge files, script URLs. Complements
 * tests/unit/sources/settings-file.test.ts (arbitrary strings and JSON).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSettingsFile, serializeSettings } from '../../../lib/sources/settings-file';
import { defaultSources } from '../../../lib/sources/default-sources';
import { SOURCES_CONFIG } from '../../../lib/sources/config';

const valid = () =>
  JSON.parse(serializeSettings(defaultSources(), { ...SOURCES_CONFIG.defaultPrefs })) as Record<
    string,
    unknown
  >;

afterEach(() => {
  // A failed test must not leave pollution behind for the next.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('parseSettingsFile against hostile files', () => {
  it.each([
    [
      'top level',
      (f: Record<string, unknown>) =>
        `{"__proto__":{"polluted":true},${JSON.stringify(f).slice(1)}`,
    ],
    [
      'a source',
      (f: Record<string, unknown>) =>
        JSON.stringify(f).replace('{"id"', '{"__proto__":{"polluted":true},"id"'),
    ],
    [
      'prefs',
      (f: Record<string, unknown>) =>
        JSON.stringify(f).replace(
          '"prefs":{',
          '"prefs":{"constructor":{"prototype":{"polluted":true}},',
        ),
    ],
  ])('never pollutes Object.prototype through %s', (_where, write) => {
    const r = parseSettingsFile(write(valid()));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok) {
      expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
      for (const s of r.value.sources) expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    }
  });

  it.each([
    'javascript:alert(1)',
    'data:application/rss+xml,<rss/>',
    'file:///etc/passwd',
    'chrome://settings',
  ])('refuses a feed address %s and changes nothing', (feed) => {
    const file = valid();
    (file.sources as { feeds: string[] }[])[0]!.feeds = [feed];
    const r = parseSettingsFile(JSON.stringify(file));
    expect(r.ok).toBe(false);
  });

  it('answers a deeply nested file with an error, not a crash', () => {
    const r = parseSettingsFile('['.repeat(200_000) + ']'.repeat(200_000));
    expect(r.ok).toBe(false);
  });

  it('reads a 5 MB file of 20,000 sources to a bounded answer', () => {
    const file = valid();
    const one = (file.sources as object[])[0]!;
    file.sources = Array.from({ length: 20_000 }, (_, i) => ({
      ...one,
      id: `s${i}`,
      domain: `site${i}.example`,
      name: `Site ${i}`,
    }));
    const r = parseSettingsFile(JSON.stringify(file));
    if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
    else expect(r.value.sources).toHaveLength(20_000);
  });

  it('never throws when any field of a valid file is replaced by any JSON value', () => {
    const paths = [
      'format',
      'version',
      'sources',
      'prefs',
      'sources.0',
      'sources.0.domain',
      'sources.0.feeds',
      'sources.0.trusted',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const file = valid();
        const keys = path.split('.');
        let node = file as Record<string, unknown>;
        for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
        node[keys.at(-1)!] = value;
        const r = parseSettingsFile(JSON.stringify(file));
        if (!r.ok) expect(r.errors.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

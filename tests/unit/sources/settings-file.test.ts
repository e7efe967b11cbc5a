import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSources } from '../../../lib/sources/default-sources';
import { parseSettingsFile, serializeSettings } from '../../../lib/sources/settings-file';
import { SOURCES_CONFIG } from '../../../lib/sources/config';

const prefs = { ...SOURCES_CONFIG.defaultPrefs };
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'crosscheck-settings',
    version: 1,
    sources: defaultSources(),
    prefs,
    ...over,
  });

describe('parseSettingsFile', () => {
  it('reads back what serializeSettings wrote', () => {
    const sources = defaultSources();
    sources[2]!.trusted = true;
    const r = parseSettingsFile(serializeSettings(sources, { ...prefs, refreshMinutes: 60 }));
    expect(r).toEqual({
      ok: true,
      value: {
        format: 'crosscheck-settings',
        version: 1,
        sources,
        prefs: { ...prefs, refreshMinutes: 60 },
      },
    });
  });

  it('normalises domains and feed addresses', () => {
    const sources = defaultSources();
    sources[0]!.domain = 'https://www.Dawn.com/';
    const r = parseSettingsFile(file({ sources }));
    expect(r.ok && r.value.sources[0]!.domain).toBe('dawn.com');
  });

  it.each([
    ['an empty file', '', /empty/],
    ['not JSON', '{"format": ', /not valid JSON/],
    ['a JSON list', '[]', /JSON object with format/],
    ['another format', file({ format: 'other-app' }), /^format: must be 'crosscheck-settings'/],
    ['a future version', file({ version: 2 }), /^version: must be 1/],
    ['sources not a list', file({ sources: 'all' }), /^sources: must be a list of sources/],
    ['prefs missing', file({ prefs: undefined }), /^prefs: is missing/],
    [
      'refresh too often',
      file({ prefs: { ...prefs, refreshMinutes: 1 } }),
      /^prefs.refreshMinutes: must be at least 5/,
    ],
    [
      'refresh not a number',
      file({ prefs: { ...prefs, refreshMinutes: '30' } }),
      /^prefs.refreshMinutes: must be a number of minutes, not '30'/,
    ],
  ])('rejects %s with a message that says where', (_, text, message) => {
    const r = parseSettingsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => message.test(e))).toBe(true);
  });

  it('names the entry and field of each bad source, and lists every error', () => {
    const sources = defaultSources();
    sources[3]!.domain = 'exa mple';
    sources[5]!.feeds = ['ftp://x.org/feed'];
    (sources[6] as unknown as Record<string, unknown>).enabled = 'yes';
    delete (sources[7] as unknown as Record<string, unknown>).name;
    const r = parseSettingsFile(file({ sources }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      "sources[3].domain: 'exa mple' is not a valid domain: it contains a space.",
      "sources[5].feeds[0]: 'ftp://x.org/feed' is not a usable feed address: only http and https addresses can be read.",
      "sources[6].enabled: must be true or false, not 'yes'",
      'sources[7].name: is missing',
    ]);
  });

  it('rejects two sources with the same id', () => {
    const sources = defaultSources();
    sources[1]!.id = sources[0]!.id;
    const r = parseSettingsFile(file({ sources }));
    expect(r).toEqual({
      ok: false,
      errors: [`sources: lists the source id '${sources[0]!.id}' twice`],
    });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parseSettingsFile(text);
        expect(r.ok ? r.value.format : r.errors.length > 0).toBeTruthy();
      }),
    );
  });
});

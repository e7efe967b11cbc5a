import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSources } from '../../../lib/sources/default-sources';
import { V2_DEFAULT_FEEDS } from '../../../lib/sources/update-default-feeds';
import { SOURCES_CONFIG } from '../../../lib/sources/config';
import { serializeSettings } from '../../../lib/sources/settings-file';
import { emptyHealth } from '../../../lib/sources/types';

/** Storage migrations run when the module is imported: seed first, then import. */
async function load() {
  vi.resetModules();
  const [settings, prefs] = await Promise.all([
    import('../../../lib/store/settings'),
    import('../../../lib/store/prefs'),
  ]);
  return { ...settings, ...prefs };
}

const seed = (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items);
const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

const userSource = {
  id: 'example.org',
  name: 'Example Daily',
  domain: 'example.org',
  feeds: ['https://example.org/feed'],
  region: 'international',
  enabled: false,
  trusted: true,
  builtin: false,
};

beforeEach(() => {
  vi.resetModules();
});

describe('sources in storage', () => {
  it('a new install reads the shipped sources', async () => {
    const { getSources } = await load();
    expect(await getSources()).toEqual(defaultSources());
  });

  it('migrates v1 (a list of trusted domains, no version mark) to v2 keeping every domain', async () => {
    await seed({ sources: ['dawn.com', 'www.example.org', 'https://news.example.pk/x'] });
    const { getSources, sourcesItem } = await load();
    await sourcesItem.migrate();
    const sources = await getSources();
    const byDomain = new Map(sources.map((s) => [s.domain, s]));
    expect(byDomain.get('dawn.com')!.trusted).toBe(true);
    expect(byDomain.get('example.org')).toMatchObject({ trusted: true, builtin: false });
    expect(byDomain.get('news.example.pk')).toMatchObject({ trusted: true, region: 'pakistani' });
    expect(byDomain.get('aljazeera.com')!.trusted).toBe(false);
    expect(await raw('sources$')).toEqual({ v: 3 });
  });

  it('migrates v2 to v3: shipped sources that kept the old default feeds get the corrected ones', async () => {
    const stored = defaultSources().map((s) =>
      V2_DEFAULT_FEEDS[s.id] ? { ...s, feeds: [...V2_DEFAULT_FEEDS[s.id]!] } : s,
    );
    // The reader edited DW's feeds and trusted CNN: the edit is kept, the flag too.
    const dw = stored.find((s) => s.id === 'dw')!;
    dw.feeds = ['https://example.org/my-dw-feed.xml'];
    stored.find((s) => s.id === 'cnn')!.trusted = true;
    await seed({ sources: [...stored, userSource], sources$: { v: 2 } });
    const { getSources, sourcesItem } = await load();
    await sourcesItem.migrate();
    const byId = new Map((await getSources()).map((s) => [s.id, s]));
    const shipped = new Map(defaultSources().map((s) => [s.id, s]));
    for (const id of ['pajhwok', 'afintl', 'anadolu', 'trtworld', 'arabnews']) {
      expect(byId.get(id)!.feeds, id).toEqual(shipped.get(id)!.feeds);
      expect(byId.get(id)!.feeds, id).not.toEqual(V2_DEFAULT_FEEDS[id]);
    }
    expect(byId.get('cnn')).toMatchObject({ feeds: [], trusted: true });
    expect(byId.get('dw')!.feeds).toEqual(['https://example.org/my-dw-feed.xml']);
    expect(byId.get('example.org')).toEqual(userSource);
    expect(byId.get('dawn')).toEqual(shipped.get('dawn'));
    expect(await raw('sources$')).toEqual({ v: 3 });
  });

  it('leaves v2 data alone on import', async () => {
    await seed({ sources: [userSource], sources$: { v: 2 } });
    const { getSources } = await load();
    expect(await getSources()).toEqual([userSource]);
  });

  it('repairs corrupt data without losing valid sources, and writes the repair back', async () => {
    await seed({ sources: [userSource, { domain: 'exa mple' }, 'junk'], sources$: { v: 2 } });
    const { getSources } = await load();
    expect(await getSources()).toEqual([userSource]);
    expect(await raw('sources')).toEqual([userSource]);
  });

  it('falls back to the shipped sources when the stored value is garbage', async () => {
    await seed({ sources: { not: 'a list' }, sources$: { v: 2 } });
    const { getSources } = await load();
    expect(await getSources()).toEqual(defaultSources());
  });

  it('saveSources validates before writing and writes nothing on error', async () => {
    const { getSources, saveSources } = await load();
    const bad = [...defaultSources(), { ...userSource, domain: 'exa mple' }] as never;
    const r = await saveSources(bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatch(/^sources\[\d+\]\.domain: 'exa mple' is not a valid domain/);
    expect(await raw('sources')).toBeUndefined();
    const good = [{ ...userSource, domain: 'WWW.example.org' }] as never;
    expect(await saveSources(good)).toEqual({ ok: true });
    expect(await getSources()).toEqual([userSource]);
  });
});

describe('prefs in storage', () => {
  it('defaults to a 30-minute refresh, discovery off and marks in the page on', async () => {
    const { getPrefs } = await load();
    expect(await getPrefs()).toEqual({ refreshMinutes: 30, discovery: false, highlight: true });
  });

  it('migrates v1 prefs to v2 with marks on (v1 never showed the setting) and keeps the rest', async () => {
    await seed({
      prefs: { refreshMinutes: 60, discovery: true, highlight: false },
      prefs$: { v: 1 },
    });
    const { getPrefs, prefsItem } = await load();
    await prefsItem.migrate();
    expect(await getPrefs()).toEqual({ refreshMinutes: 60, discovery: true, highlight: true });
    expect(await raw('prefs$')).toEqual({ v: 2 });
  });

  it('keeps a v2 reader choice of no marks', async () => {
    await seed({
      prefs: { refreshMinutes: 30, discovery: false, highlight: false },
      prefs$: { v: 2 },
    });
    const { getPrefs, prefsItem } = await load();
    await prefsItem.migrate();
    expect((await getPrefs()).highlight).toBe(false);
  });

  it('repairs each bad field from its default and keeps the good ones', async () => {
    await seed({ prefs: { refreshMinutes: -3, discovery: true, highlight: 'no' } });
    const { getPrefs } = await load();
    expect(await getPrefs()).toEqual({ refreshMinutes: 30, discovery: true, highlight: true });
    expect(await raw('prefs')).toEqual({ refreshMinutes: 30, discovery: true, highlight: true });
  });

  it('savePrefs refuses values out of bounds', async () => {
    const { savePrefs, getPrefs } = await load();
    const r = await savePrefs({ ...SOURCES_CONFIG.defaultPrefs, refreshMinutes: 2 });
    expect(r.ok).toBe(false);
    expect((await getPrefs()).refreshMinutes).toBe(30);
    expect(await savePrefs({ ...SOURCES_CONFIG.defaultPrefs, refreshMinutes: 60 })).toEqual({
      ok: true,
    });
    expect((await getPrefs()).refreshMinutes).toBe(60);
  });
});

describe('health in storage', () => {
  it('drops invalid health records and keeps valid ones', async () => {
    const good = {
      ...emptyHealth('dawn'),
      lastAttempt: 5,
      error: 'The server took too long to answer.',
    };
    await seed({ health: { dawn: good, geo: { sourceId: 'geo', lastAttempt: 'yesterday' } } });
    const { getHealth, saveHealth } = await load();
    expect(await getHealth()).toEqual({ dawn: good });
    await saveHealth({ geo: emptyHealth('geo') });
    expect(await getHealth()).toEqual({ geo: emptyHealth('geo') });
  });
});

describe('importSettings', () => {
  it('replaces sources and prefs with a valid file', async () => {
    const { importSettings, getSources, getPrefs } = await load();
    const text = serializeSettings([userSource as never], {
      refreshMinutes: 120,
      discovery: true,
      highlight: true,
    });
    expect(await importSettings(text)).toEqual({ ok: true });
    expect(await getSources()).toEqual([userSource]);
    expect(await getPrefs()).toEqual({ refreshMinutes: 120, discovery: true, highlight: true });
  });

  it('changes nothing when the file is invalid', async () => {
    await seed({
      sources: [userSource],
      sources$: { v: 2 },
      prefs: { refreshMinutes: 45, discovery: false, highlight: false },
    });
    const { importSettings, getSources, getPrefs } = await load();
    const text = serializeSettings([{ ...userSource, domain: 'exa mple' } as never], {
      refreshMinutes: 120,
      discovery: true,
      highlight: true,
    });
    const r = await importSettings(text);
    expect(r.ok).toBe(false);
    expect(await getSources()).toEqual([userSource]);
    expect((await getPrefs()).refreshMinutes).toBe(45);
  });
});

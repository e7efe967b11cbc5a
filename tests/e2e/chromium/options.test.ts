import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, makeProfileDir, removeProfile, type Harness } from '../support/harness';
import { OptionsPage } from '../support/options-page';
import { poll } from '../support/poll';
import { SCREENSHOTS } from '../support/sites';

/** A site no default source covers, with a feed address of the usual shape. */
const NEW_SOURCE = {
  name: 'Frontier Post Test',
  domain: 'frontier-post-e2e.example',
  feed: 'https://frontier-post-e2e.example/feed/',
};

describe('Chromium: the options page keeps the reader’s sources', () => {
  let harness: Harness;
  const profile = makeProfileDir();
  beforeAll(async () => {
    harness = await launchHarness('chromium', { userDataDir: profile });
  });
  afterAll(async () => {
    await harness?.close();
    removeProfile(profile);
  });

  it('adds a source that is still there after a reload', async () => {
    const options = await OptionsPage.open(harness);
    const before = (await options.rows()).length;
    await options.addSource(NEW_SOURCE);
    const row = await poll(
      () => options.row(NEW_SOURCE.domain),
      (r) => r !== undefined,
      { message: 'the new source row' },
    );
    expect(row!.name).toContain(NEW_SOURCE.name);
    expect(await options.errors()).toEqual([]);

    await options.reload();
    expect(await options.row(NEW_SOURCE.domain)).toBeDefined();
    expect((await options.rows()).length).toBe(before + 1);

    // README screenshot: the top of the options page in dark mode (sections, sources).
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.page.setViewport(820, 1000);
    await options.page.setColorScheme('dark');
    await options.page.evaluate(() => window.scrollTo(0, 0), null);
    await options.page.screenshot(path.join(SCREENSHOTS, 'options-dark.png'), { fullPage: false });
    await options.page.close();
  });

  it.each([
    ['spaces and punctuation', 'not a domain!'],
    ['a bare word', 'localhost'],
    ['a full address with a path', 'https://'],
  ])('rejects an invalid domain (%s) with an error and saves nothing', async (_, domain) => {
    const options = await OptionsPage.open(harness);
    const before = await options.rows();
    await options.addSource({ name: 'Bad', domain });
    const errors = await poll(
      () => options.errors(),
      (e) => e.length > 0,
      { message: 'an error for the domain' },
    );
    expect(errors.join(' ')).not.toBe('');
    await options.reload();
    expect((await options.rows()).map((r) => r.domain)).toEqual(before.map((r) => r.domain));
    await options.page.close();
  });

  it('leaves settings unchanged when an invalid settings file is imported', async () => {
    const options = await OptionsPage.open(harness);
    const before = await options.rows();
    await options.importFile(
      'settings.json',
      JSON.stringify({ sources: [{ domain: 42 }], prefs: 'often' }),
    );
    await poll(
      () => options.errors(),
      (e) => e.length > 0,
      { message: 'an import error' },
    );
    await options.reload();
    expect(await options.rows()).toEqual(before);
    await options.page.close();
  });

  it('keeps added sources when the browser restarts on the same profile', async () => {
    await harness.restart();
    const options = await OptionsPage.open(harness);
    expect(await options.row(NEW_SOURCE.domain)).toBeDefined();
    await options.page.close();
  });
});

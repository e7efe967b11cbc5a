import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from '../support/harness';
import { defaultBrokenRoutes, openAndSettle, waitForRefreshAfter } from '../support/flows';
import { OptionsPage } from '../support/options-page';
import { poll } from '../support/poll';
import { PopupPage } from '../support/popup-page';
import { BROKEN_SOURCES, PAGES } from '../support/sites';

describe('Firefox: the same extension, the same page objects', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('firefox', { routes: defaultBrokenRoutes() });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('detects coverage on a coverage page and not on an off-topic one (seen in the popup)', async () => {
    const coverage = await openAndSettle(harness, PAGES.aljazeeraFeb);
    const offTopic = await openAndSettle(harness, PAGES.dawnCricket);

    const ready = await PopupPage.open(harness, coverage.tabId);
    expect(await ready.waitForPhase(['ready'])).toBe('ready');
    expect(await ready.figureCount()).toBeGreaterThan(0);
    await ready.close();

    const quiet = await PopupPage.open(harness, offTopic.tabId);
    expect(await quiet.waitForPhase(['not-coverage'])).toBe('not-coverage');
    expect(await quiet.rows()).toEqual([]);
    await quiet.close();
  });

  it('sets the badge on coverage only (read through browser.action: the toolbar is out of BiDi’s reach)', async () => {
    const coverage = await harness.tabIdOf(PAGES.aljazeeraFeb);
    const offTopic = await harness.tabIdOf(PAGES.dawnCricket);
    const lit = await poll(
      () => harness.badgeText(coverage),
      (t) => Boolean(t),
      { message: 'a badge on the coverage page' },
    );
    // A count: figures reported differently elsewhere, or figures read (lib/badge/badge-for.ts).
    expect(lit).toMatch(/^(\d+|✓)$/u);
    expect((await harness.tabView(coverage)).phase).toBe('ready');
    expect(await harness.badgeText(offTopic)).toBe('');
  });

  it('compares two outlets’ reports of the same event in the popup', async () => {
    const first = await harness.tabView(await harness.tabIdOf(PAGES.aljazeeraFeb));
    const firstOutlet = first.analysis!.article.outlet;
    const second = await openAndSettle(harness, PAGES.dawnFeb, ['ready']);

    const popup = await PopupPage.open(harness, second.tabId);
    await popup.waitForPhase(['ready']);
    expect(await popup.showsOutlet(firstOutlet)).toBe(true);
    const rows = await popup.rows();
    expect(rows.some((r) => r.status === 'conflict' && r.outlets.includes(firstOutlet))).toBe(true);
    expect(rows.some((r) => r.contested)).toBe(true);
    await popup.close();
  });

  it('adds a source and rejects an invalid domain in options', async () => {
    const options = await OptionsPage.open(harness);
    await options.addSource({ name: 'Frontier Post Test', domain: 'frontier-post-e2e.example' });
    await poll(
      () => options.row('frontier-post-e2e.example'),
      (r) => r !== undefined,
      { message: 'the new source row' },
    );

    const before = (await options.rows()).map((r) => r.domain);
    await options.addSource({ name: 'Bad', domain: 'not a domain!' });
    await poll(
      () => options.errors(),
      (e) => e.length > 0,
      { message: 'an error for the domain' },
    );
    await options.reload();
    expect((await options.rows()).map((r) => r.domain)).toEqual(before);
    await options.page.close();
  });

  it('shows a broken feed as an error on its source', async () => {
    const options = await OptionsPage.open(harness);
    const clicked = Date.now();
    await options.refreshNow();
    await waitForRefreshAfter(harness, clicked);
    const broken = Object.keys(BROKEN_SOURCES);
    const rows = await poll(
      async () => {
        await options.reload();
        return options.rows();
      },
      (all) => broken.every((d) => all.find((r) => r.domain === d)?.error),
      { message: 'an error on every broken source' },
    );
    for (const domain of broken)
      expect(rows.find((r) => r.domain === domain)?.error, domain).toMatch(/\w{3,}/);
    await options.page.close();
  });
});

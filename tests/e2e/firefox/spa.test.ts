/**
 * Single-page sites in Firefox: nothing of Crosscheck is declared in the
 * page, so it is the background that follows the tab to its next address
 * (tabs.onUpdated) and decides again whether the gate runs there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Behaviour } from '../../../scripts/lib/fixture-server';
import { launchHarness, type Harness } from '../support/harness';
import { poll } from '../support/poll';
import { PROJECT_ROOT } from '../support/sites';

const HOST = 'www.dawn.com';
const url = (name: string) => `https://${HOST}/hostile/${name}`;
const SPA = readFileSync(path.join(PROJECT_ROOT, 'tests/e2e/fixtures/hostile/spa.html'), 'utf8');
const page = (): Behaviour => ({
  kind: 'body',
  contentType: 'text/html; charset=utf-8',
  body: SPA,
});
const ROUTES: Record<string, Behaviour> = {
  [`${HOST}/hostile/spa`]: page(),
  [`${HOST}/hostile/spa-second`]: page(),
  [`${HOST}/hostile/spa-orchards`]: page(),
};
/** Generous: it catches hangs, not slowness. */
const SETTLE_MS = 45_000;

describe('Firefox: single-page sites', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('firefox', { routes: ROUTES });
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('follows the site to its next article, then drops it for an off-topic one', async () => {
    const tab = await harness.open(url('spa'));
    const tabId = await harness.tabIdOf(url('spa'));
    const first = await harness.waitForPhase(tabId, ['ready'], SETTLE_MS);
    expect(first.analysis!.article.title).toMatch(/Chaman/);

    await tab.evaluate(() => (window as unknown as { showSecond(): void }).showSecond(), null);
    const second = await poll(
      () => harness.tabView(tabId),
      (v) => v.phase === 'ready' && /Torkham/.test(v.analysis?.article.title ?? ''),
      { timeout: SETTLE_MS, message: 'the analysis of the second article' },
    );
    expect(second.url).toBe(url('spa-second'));
    expect(second.analysis!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([4, 3]));

    await tab.evaluate(() => (window as unknown as { showOffTopic(): void }).showOffTopic(), null);
    const third = await poll(
      () => harness.tabView(tabId),
      (v) => v.url === url('spa-orchards'),
      { timeout: SETTLE_MS, message: 'the verdict on the off-topic page' },
    );
    expect(third.phase).toBe('not-coverage');
    expect(third.analysis).toBeNull();
    expect(await harness.badgeText(tabId)).toBe('');
    await tab.close();
  });
});

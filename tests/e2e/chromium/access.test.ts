/**
 * The Chromium side of firefox/access.test.ts. Chrome treats the manifest's
 * host_permissions as required: an extension cannot give them back
 * ("You cannot remove required permissions"); only the reader can restrict
 * them, from chrome://extensions "Site access", which a test cannot drive.
 * So here the difference itself is the assertion, and the notice's
 * rendering and wiring are covered by tests/unit/components/access-notice.test.tsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarness, type Harness } from '../support/harness';
import { openAndSettle } from '../support/flows';
import { OptionsPage } from '../support/options-page';
import { PAGES } from '../support/sites';
import { listedOrigins } from '../../../entrypoints/options/site-access';

describe('Chromium: the news sites’ access cannot be withdrawn by the extension', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launchHarness('chromium');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses to remove the required host permissions, so no notice shows and pages are read', async () => {
    const options = await OptionsPage.open(harness);
    const result = await options.withdrawAccess(listedOrigins());
    expect(result.removed).toBe(false);
    expect(result.error).toMatch(/required permissions/i);
    expect(await options.holds(listedOrigins())).toBe(true);
    await options.reload();
    expect(await options.accessNotice()).toBeNull();
    await options.page.close();

    // Still granted: a listed news page is read as before.
    const { view } = await openAndSettle(harness, PAGES.aljazeeraFeb, ['ready']);
    expect(view.analysis!.figures.length).toBeGreaterThan(0);
  });
});

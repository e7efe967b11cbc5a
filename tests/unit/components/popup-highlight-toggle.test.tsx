// @vitest-environment happy-dom
/**
 * The popup's marks setting keeps its own state (entrypoints/popup/highlight-toggle-live.tsx):
 * it shows the stored preference and saves the reader's change.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SOURCES_CONFIG } from '../../../lib/sources/config';
import { mountRoot } from './mount-root';

const root = mountRoot();

/** Storage migrations run at import: seed first, then import. */
async function load(highlight: boolean) {
  await fakeBrowser.storage.local.set({
    prefs: { ...SOURCES_CONFIG.defaultPrefs, highlight },
    prefs$: { v: 2 },
  });
  vi.resetModules();
  const [{ HighlightToggleLive }, { getPrefs }] = await Promise.all([
    import('../../../entrypoints/popup/highlight-toggle-live'),
    import('../../../lib/store/prefs'),
  ]);
  return { HighlightToggleLive, getPrefs };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe("the popup's marks setting", () => {
  it('shows the stored preference, read when the popup opened, in its first render', async () => {
    const { HighlightToggleLive } = await load(false);
    // The read started when the module was loaded; the page's view comes later.
    await settle();
    act(() => render(<HighlightToggleLive />, root));
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.disabled).toBe(false);
    expect(box.checked).toBe(false);
  });

  it('follows a change made elsewhere (Options)', async () => {
    const { HighlightToggleLive } = await load(true);
    act(() => render(<HighlightToggleLive />, root));
    await settle();
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(true);
    await fakeBrowser.storage.local.set({
      prefs: { ...SOURCES_CONFIG.defaultPrefs, highlight: false },
    });
    await settle();
    expect(box.checked).toBe(false);
  });

  it('saves the reader’s change', async () => {
    const { HighlightToggleLive, getPrefs } = await load(false);
    act(() => render(<HighlightToggleLive />, root));
    await settle();
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    act(() => box.click());
    await settle();
    expect(box.checked).toBe(true);
    expect((await getPrefs()).highlight).toBe(true);
  });
});

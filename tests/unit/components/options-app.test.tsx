// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountRoot } from './mount-root';

const sendMessage = vi.fn(async (type: string) => {
  if (type === 'clear-reports') return { removed: 4 };
  if (type === 'sources-changed') return { ok: true };
  return { running: false, done: 0, total: 0, current: null, startedAt: null, finishedAt: null };
});
vi.mock('../../../lib/messaging', () => ({ sendMessage: (type: string) => sendMessage(type) }));
const { App } = await import('../../../entrypoints/options/App');
const { getSources } = await import('../../../lib/store/settings');
const { getPrefs } = await import('../../../lib/store/prefs');

const root = mountRoot();
let request: ReturnType<typeof vi.fn>;
beforeEach(() => {
  sendMessage.mockClear();
  request = vi.fn(async () => true);
  Object.assign(fakeBrowser.permissions, {
    request,
    contains: vi.fn(async () => false),
    remove: vi.fn(async () => true),
  });
});

const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
const byLabel = (text: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)!;
  return (
    label.htmlFor
      ? root.querySelector(`#${CSS.escape(label.htmlFor)}`)
      : label.querySelector('input')
  ) as HTMLInputElement;
};
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const button = (text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

async function mount(addDomain: string | null = null) {
  act(() => render(<App addDomain={addDomain} />, root));
  await settle();
}

describe('options App', () => {
  it('keeps storage unchanged when the domain is invalid', async () => {
    await mount();
    const before = await getSources();
    type(byLabel('Domain'), 'not a domain');
    act(() => button('Add source').click());
    await settle();
    expect(root.querySelector('#sources [role="alert"]')!.textContent).toMatch(
      /not a valid domain/,
    );
    expect(await getSources()).toEqual(before);
    expect(request).not.toHaveBeenCalled();
  });

  it('adds a valid source, asking for its site during the click, and stores it', async () => {
    await mount();
    type(byLabel('Outlet name'), 'Frontier News');
    type(byLabel('Domain'), 'frontier-news.example');
    act(() => button('Add source').click());
    // Asked synchronously, inside the click: a browser only prompts during a user gesture.
    expect(request).toHaveBeenCalledWith({
      origins: ['*://frontier-news.example/*', '*://*.frontier-news.example/*'],
    });
    await settle();
    const stored = (await getSources()).find((s) => s.domain === 'frontier-news.example');
    expect(stored).toMatchObject({ name: 'Frontier News', enabled: true, builtin: false });
    expect(root.querySelector('[data-domain="frontier-news.example"]')).not.toBeNull();
    expect(sendMessage).toHaveBeenCalledWith('sources-changed');
  });

  it('does not ask for sites the manifest already covers', async () => {
    await mount();
    act(() => button('Remove Dawn').click());
    act(() => button('Yes, remove Dawn').click());
    await settle();
    expect((await getSources()).some((s) => s.domain === 'dawn.com')).toBe(false);
    type(byLabel('Domain'), 'dawn.com');
    act(() => button('Add source').click());
    await settle();
    expect(request).not.toHaveBeenCalled();
    expect((await getSources()).some((s) => s.domain === 'dawn.com')).toBe(true);
  });

  it('pre-fills the domain from "Add this site"', async () => {
    await mount('blog.example');
    expect(byLabel('Domain').value).toBe('blog.example');
  });

  it.each([
    [true, true],
    [false, false],
  ])('discovery: permission granted %s → discovery stored %s', async (granted, stored) => {
    request.mockImplementation(async () => granted);
    await mount();
    act(() => byLabel('Find more coverage through GDELT').click());
    expect(request).toHaveBeenCalledWith({ origins: ['*://*/*'] });
    await settle();
    expect((await getPrefs()).discovery).toBe(stored);
  });

  it('saves the refresh interval', async () => {
    await mount();
    const select = byLabel('Refresh feeds') as unknown as HTMLSelectElement;
    act(() => {
      select.value = '60';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await getPrefs()).refreshMinutes).toBe(60);
  });
});

// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabPhase, TabView } from '../../../lib/types';
import { AccessNotice } from '../../../components/AccessNotice';
import { listedOrigins } from '../../../entrypoints/options/site-access';
import { readyView } from './sample-view';
import { mountRoot } from './mount-root';

const sendMessage = vi.fn();
vi.mock('../../../lib/messaging', () => ({
  sendMessage: (...args: unknown[]) => sendMessage(...args),
}));
const { App: OptionsApp } = await import('../../../entrypoints/options/App');
const { App: PopupApp } = await import('../../../entrypoints/popup/App');

/** A permission event the test can fire, as the browser does when the reader changes access. */
function permissionEvent() {
  const listeners = new Set<() => void>();
  return {
    addListener: (f: () => void) => listeners.add(f),
    removeListener: (f: () => void) => listeners.delete(f),
    fire: () => listeners.forEach((f) => f()),
  };
}

const root = mountRoot();
let granted: boolean;
let onAdded: ReturnType<typeof permissionEvent>;
let onRemoved: ReturnType<typeof permissionEvent>;
let request: ReturnType<typeof vi.fn>;
beforeEach(() => {
  granted = false;
  onAdded = permissionEvent();
  onRemoved = permissionEvent();
  request = vi.fn(async () => {
    granted = true;
    onAdded.fire();
    return true;
  });
  sendMessage.mockReset();
  sendMessage.mockImplementation(async (type: string) =>
    type === 'get-refresh-progress'
      ? { running: false, done: 0, total: 0, current: null, startedAt: null, finishedAt: null }
      : { ok: true },
  );
  Object.assign(fakeBrowser.permissions, {
    request,
    contains: vi.fn(async () => granted),
    remove: vi.fn(async () => true),
    onAdded,
    onRemoved,
  });
});

const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  });
const notice = () => root.querySelector('[data-access="missing"]');
const allowButton = () =>
  [...root.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === 'Allow access to news sites',
  );

describe('AccessNotice', () => {
  it('says what stops working and offers the button that asks for access', () => {
    const onAllow = vi.fn();
    act(() => render(<AccessNotice onAllow={onAllow} />, root));
    expect(notice()!.textContent).toMatch(/icon will not light up on news pages/);
    expect(notice()!.textContent).toMatch(/feeds cannot be refreshed/);
    act(() => allowButton()!.click());
    expect(onAllow).toHaveBeenCalledTimes(1);
  });

  it('is one line with a link to options in the popup', () => {
    act(() => render(<AccessNotice variant="line" />, root));
    expect(root.querySelector('button')).toBeNull();
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/options.html');
    expect(root.querySelector('a')!.getAttribute('target')).toBe('_blank');
  });
});

describe('options page and the listed news sites’ access', () => {
  it('checks the manifest’s own patterns: every news site and feed host', async () => {
    act(() => render(<OptionsApp addDomain={null} />, root));
    await settle();
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: listedOrigins() });
  });

  it.each([
    [false, true],
    [true, false],
  ])('access granted: %s → notice shown: %s', async (access, shown) => {
    granted = access;
    act(() => render(<OptionsApp addDomain={null} />, root));
    await settle();
    expect(notice() !== null).toBe(shown);
  });

  it('shows the notice first, before the sources', async () => {
    act(() => render(<OptionsApp addDomain={null} />, root));
    await settle();
    const sources = root.querySelector('#sources')!;
    expect(notice()!.compareDocumentPosition(sources) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('asks for the listed origins inside the click, then hides the notice and tells the background', async () => {
    act(() => render(<OptionsApp addDomain={null} />, root));
    await settle();
    act(() => allowButton()!.click());
    // Synchronously, inside the click: browsers only prompt during a user gesture.
    expect(request).toHaveBeenCalledWith({ origins: listedOrigins() });
    await settle();
    expect(notice()).toBeNull();
    expect(sendMessage).toHaveBeenCalledWith('sources-changed', {});
  });

  it('keeps the notice and says so when the reader declines', async () => {
    request.mockResolvedValue(false);
    act(() => render(<OptionsApp addDomain={null} />, root));
    await settle();
    act(() => allowButton()!.click());
    await settle();
    expect(notice()).not.toBeNull();
    expect(root.querySelector('.live')!.textContent).toContain('not granted');
  });

  it('follows changes made in the browser’s settings while the page is open', async () => {
    granted = true;
    act(() => render(<OptionsApp addDomain={null} />, root));
    await settle();
    expect(notice()).toBeNull();
    granted = false;
    onRemoved.fire();
    await settle();
    expect(notice()).not.toBeNull();
    granted = true;
    onAdded.fire();
    await settle();
    expect(notice()).toBeNull();
  });
});

describe('popup and missing access', () => {
  const view = (phase: TabPhase, extra: Partial<TabView> = {}): TabView => ({
    ...(phase === 'ready'
      ? readyView()
      : { ...readyView(), phase, analysis: null, comparison: null }),
    ...extra,
  });

  it.each<[TabPhase, boolean, boolean]>([
    ['unsupported', false, true],
    ['unsupported', true, false],
    ['ready', false, false],
    ['not-coverage', false, false],
  ])('phase %s, access %s → line shown: %s', async (phase, access, shown) => {
    granted = access;
    sendMessage.mockResolvedValue(view(phase));
    act(() => render(<PopupApp requestedTab={3} />, root));
    await settle();
    expect(root.textContent).toContain(
      phase === 'ready' ? 'Disputed by other reports' : 'Crosscheck',
    );
    expect(notice() !== null).toBe(shown);
  });

  it.each<[TabPhase, number]>([
    ['ready', 0],
    ['not-coverage', 0],
    ['unsupported', 1],
  ])('phase %s: asks the browser about access %i times', async (phase, asked) => {
    sendMessage.mockResolvedValue(view(phase));
    act(() => render(<PopupApp requestedTab={3} />, root));
    await settle();
    // Checking the listed origins is slow in the browser; only the unsupported page shows its answer.
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledTimes(asked);
  });

  it('still shows the page’s figures with a note when stored reports are unavailable', async () => {
    const note =
      'Stored reports are unavailable in this window; comparison uses the reference set only.';
    granted = true;
    sendMessage.mockResolvedValue(view('ready', { storeNote: note }));
    act(() => render(<PopupApp requestedTab={3} />, root));
    await settle();
    // The rest of the tables and the list follow the first screen in a task of their own.
    await settle();
    expect(root.querySelector('.store-note')!.textContent).toBe(note);
    // Every figure of the page is listed once: in a compared row or among those only here.
    const listed =
      root.querySelectorAll('#disputed [data-status], #confirmed [data-status]').length +
      root.querySelectorAll('#figures li.figure').length;
    expect(listed).toBe(readyView().analysis!.figures.length);
  });
});

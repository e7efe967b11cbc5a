// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TabPhase, TabView } from '../../../lib/types';
import { FORMAT_CONFIG } from '../../../lib/format/config';
import { manyRowsView, readyView } from './sample-view';
import { mountRoot } from './mount-root';

const sendMessage = vi.fn();
/** The feed refresh's progress has its own mock: the tab view's tests count their own calls. */
const refreshProgress = vi.fn();
vi.mock('../../../lib/messaging', () => ({
  sendMessage: (...args: unknown[]) =>
    args[0] === 'get-refresh-progress' ? refreshProgress() : sendMessage(...args),
}));
const { App } = await import('../../../entrypoints/popup/App');
const { askFirst, requestedTabOf } = await import('../../../entrypoints/popup/first-question');
const { polyfillAsker } = await import('../../../entrypoints/popup/polyfill-asker');

beforeEach(() => {
  vi.useFakeTimers();
  sendMessage.mockReset();
  refreshProgress.mockReset();
  refreshProgress.mockResolvedValue({ ...idle });
});
afterEach(() => {
  vi.useRealTimers();
});
// After the hooks above: the popup unmounts before real timers return, and mounts under fake ones.
const root = mountRoot();

const idle = {
  running: false,
  done: 40,
  total: 40,
  current: null,
  startedAt: 1,
  finishedAt: 2,
  articlesRead: 0,
  reportsKept: 0,
};

const view = (phase: TabPhase): TabView =>
  phase === 'ready' ? readyView() : { ...readyView(), phase, analysis: null, comparison: null };
const flush = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
const tick = () =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(FORMAT_CONFIG.popupPollMs);
  });

describe('popup App', () => {
  it('asks for the tab given in the address and polls until the page is ready', async () => {
    const phases: TabPhase[] = ['waiting', 'analysing', 'ready'];
    sendMessage.mockImplementation(async () => view(phases.shift() ?? 'ready'));
    act(() => render(<App requestedTab={42} />, root));
    await flush();
    expect(sendMessage).toHaveBeenLastCalledWith('get-tab-view', { tabId: 42 });
    expect(root.textContent).toContain('Waiting for the page');
    await tick();
    expect(root.textContent).toContain('Reading the article');
    await tick();
    expect(root.querySelectorAll('[data-status]').length).toBeGreaterThan(0);
    const calls = sendMessage.mock.calls.length;
    await tick();
    await tick();
    expect(sendMessage.mock.calls.length).toBe(calls);
  });

  it.each<TabPhase>(['unsupported', 'not-coverage', 'error'])(
    'stops polling at %s',
    async (phase) => {
      sendMessage.mockResolvedValue(view(phase));
      act(() => render(<App requestedTab={3} />, root));
      await flush();
      await tick();
      await tick();
      expect(sendMessage).toHaveBeenCalledTimes(1);
    },
  );

  it('says so when the background keeps failing', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    act(() => render(<App requestedTab={3} />, root));
    await flush();
    for (let i = 0; i < FORMAT_CONFIG.popupRetries; i++) await tick();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('did not answer');
  });
});

describe('popup App paints its first screen first', () => {
  it('renders the withheld tables and the figure list right after the first render with data', async () => {
    sendMessage.mockResolvedValue(manyRowsView());
    // The busy first screen is seen going by: its aria-busy is later removed.
    const busyRemoved: (string | null)[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) if (r.attributeName === 'aria-busy') busyRemoved.push(r.oldValue);
    });
    observer.observe(root, { subtree: true, attributes: true, attributeOldValue: true });
    act(() => render(<App requestedTab={5} />, root));
    await flush();
    await flush();
    observer.disconnect();
    expect(busyRemoved).toContain('true');
    // After the effects that follow the first paint: every row, every table, nothing busy.
    const rows = root.querySelectorAll('[data-status]');
    expect(rows.length).toBe(5);
    expect([...rows].every((li) => li.querySelector('table.values') !== null)).toBe(true);
    expect(root.querySelector('main')!.hasAttribute('aria-busy')).toBe(false);
    expect(root.querySelectorAll('#figures li').length).toBeGreaterThan(0);
  });
});

describe('the question the popup entry sends before its UI code runs', () => {
  it('reads the tab from the address, and nothing else', () => {
    expect(requestedTabOf('?tab=12')).toBe(12);
    expect(requestedTabOf('?tab=0')).toBe(0);
    expect(requestedTabOf('?tab=-1')).toBeNull();
    expect(requestedTabOf('?tab=abc')).toBeNull();
    expect(requestedTabOf('')).toBeNull();
  });

  it('is used for the first answer instead of asking again, and polling goes on from it', async () => {
    sendMessage.mockResolvedValueOnce(view('analysing')).mockResolvedValue(view('ready'));
    const first = askFirst(9, polyfillAsker);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    act(() => render(<App requestedTab={9} first={first} />, root));
    await flush();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('Reading the article');
    await tick();
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage).toHaveBeenLastCalledWith('get-tab-view', { tabId: 9 });
    expect(root.querySelectorAll('[data-status]').length).toBeGreaterThan(0);
  });

  it('counts a failed first answer as a failed poll, then asks again', async () => {
    sendMessage
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockResolvedValue(view('ready'));
    const first = askFirst(4, polyfillAsker);
    act(() => render(<App requestedTab={4} first={first} />, root));
    await flush();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await tick();
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll('[data-status]').length).toBeGreaterThan(0);
  });
});

describe('popup App with a background that drops messages', () => {
  it('treats an empty answer as a failure rather than waiting forever', async () => {
    sendMessage.mockResolvedValue(undefined);
    act(() => render(<App requestedTab={3} />, root));
    await flush();
    for (let i = 0; i < FORMAT_CONFIG.popupRetries; i++) await tick();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('did not answer');
  });

  it('gives up on a request that never answers', async () => {
    sendMessage.mockImplementation(() => new Promise(() => undefined));
    act(() => render(<App requestedTab={3} />, root));
    await flush();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(
        (FORMAT_CONFIG.requestTimeoutMs + FORMAT_CONFIG.popupPollMs) * FORMAT_CONFIG.popupRetries,
      );
    });
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('did not answer');
  });
});

describe('popup App while the feeds are read', () => {
  it('says the feeds are still being read, and reads the page again when reports arrive and when it ends', async () => {
    const running = { ...idle, running: true, done: 3, finishedAt: null, reportsKept: 0 };
    refreshProgress
      .mockResolvedValueOnce(running)
      .mockResolvedValueOnce({ ...running, done: 20, reportsKept: 2 })
      .mockResolvedValue({ ...idle, reportsKept: 5 });
    sendMessage.mockResolvedValue(view('ready'));
    act(() => render(<App requestedTab={7} />, root));
    await flush();
    // The progress is asked once the page's view is in.
    expect(refreshProgress).toHaveBeenCalledTimes(1);
    expect(sendMessage.mock.invocationCallOrder[0]).toBeLessThan(
      refreshProgress.mock.invocationCallOrder[0]!,
    );
    await flush();
    const line = () => root.querySelector('.feeds-progress[role="status"]')!;
    expect(line().textContent).toContain('Still reading the sources');
    expect(line().textContent).toContain('3 of 40 sources read');
    const views = () => sendMessage.mock.calls.filter((c) => c[0] === 'get-tab-view').length;
    const before = views();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FORMAT_CONFIG.feedsPollMs);
    });
    expect(line().textContent).toContain('2 reports found so far');
    expect(views()).toBeGreaterThan(before);
    const during = views();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FORMAT_CONFIG.feedsPollMs);
    });
    expect(line().hasAttribute('hidden')).toBe(true);
    expect(views()).toBeGreaterThan(during);
    // Ended: nothing new, so the page is not read again.
    const ended = views();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FORMAT_CONFIG.feedsPollMs * 3);
    });
    expect(views()).toBe(ended);
    expect(line().hasAttribute('hidden')).toBe(true);
  });

  it('shows nothing when no refresh runs or the answer is not a progress', async () => {
    refreshProgress.mockResolvedValue(view('ready'));
    sendMessage.mockResolvedValue(view('ready'));
    act(() => render(<App requestedTab={7} />, root));
    await flush();
    expect(root.querySelector('.feeds-progress')!.hasAttribute('hidden')).toBe(true);
  });

  it('picks up a refresh that starts after the popup opened', async () => {
    const running = { ...idle, running: true, done: 1, finishedAt: null };
    refreshProgress.mockResolvedValueOnce({ ...idle }).mockResolvedValue(running);
    sendMessage.mockResolvedValue(view('ready'));
    act(() => render(<App requestedTab={7} />, root));
    await flush();
    const line = () => root.querySelector('.feeds-progress')!;
    expect(line().hasAttribute('hidden')).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FORMAT_CONFIG.feedsPollMs);
    });
    expect(line().hasAttribute('hidden')).toBe(false);
    expect(line().textContent).toContain('1 of 40 sources read');
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TabPhase, TabView } from '../../../lib/types';
import { FORMAT_CONFIG } from '../../../lib/format/config';
import { readyView } from './sample-view';

const sendMessage = vi.fn();
vi.mock('../../../lib/messaging', () => ({
  sendMessage: (...args: unknown[]) => sendMessage(...args),
}));
const { App } = await import('../../../entrypoints/popup/App');

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  sendMessage.mockReset();
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

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

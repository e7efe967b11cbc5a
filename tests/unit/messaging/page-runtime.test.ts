import { afterEach, describe, expect, it, vi } from 'vitest';
import { onMessageVia, pageRuntime, sendMessageVia, type Sender } from '../../../lib/messaging';

// pageRuntime stands in for the webextension-polyfill in the analyzer; these
// pin the polyfill's behaviour for the two calls it wraps on Chrome.
const OWN_ID = 'crosscheck-test-id';
const REJECTED = '__mozWebExtensionPolyfillReject__';
const fromPopup: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };

type Callback = (raw: unknown, sender: Sender, respond: (r: unknown) => void) => boolean;

/** A callback-style chrome.runtime: records listeners and answers sendMessage as told. */
function fakeChrome(answer: { reply?: unknown; lastError?: string } = {}) {
  const listeners = new Set<Callback>();
  const runtime = {
    id: OWN_ID,
    lastError: undefined as { message: string } | undefined,
    getURL: (path: string) => `chrome-extension://${OWN_ID}${path}`,
    sendMessage: vi.fn((_message: unknown, callback: (reply: unknown) => void) => {
      runtime.lastError = answer.lastError ? { message: answer.lastError } : undefined;
      callback(answer.reply);
      runtime.lastError = undefined;
    }),
    onMessage: {
      addListener: (l: Callback) => listeners.add(l),
      removeListener: (l: Callback) => listeners.delete(l),
    },
  };
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', { runtime });
  return { runtime, listeners };
}

/** Delivers a message to every listener; resolves with the first answer sent. */
function deliver(
  listeners: Set<Callback>,
  raw: unknown,
): { kept: boolean[]; answer: Promise<unknown> } {
  const kept: boolean[] = [];
  const answer = new Promise((resolve) => {
    for (const l of listeners) kept.push(l(raw, fromPopup, resolve));
  });
  return { kept, answer };
}

const marksEnabled = { type: 'marks-enabled', data: { highlight: true } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pageRuntime on Chrome (no promise-based browser global)', () => {
  it('resolves sendMessage with the reply', async () => {
    const { runtime } = fakeChrome({ reply: { ok: true } });
    await expect(sendMessageVia(pageRuntime(), 'sources-changed', {})).resolves.toEqual({
      ok: true,
    });
    expect(runtime.sendMessage).toHaveBeenCalledWith(
      { type: 'sources-changed', data: {} },
      expect.any(Function),
    );
  });

  it('resolves undefined when no listener answered, as Firefox does', async () => {
    fakeChrome({ lastError: 'The message port closed before a response was received.' });
    await expect(sendMessageVia(pageRuntime(), 'sources-changed', {})).resolves.toBeUndefined();
  });

  it('rejects on any other lastError and on a rejected answer', async () => {
    fakeChrome({ lastError: 'Could not establish connection. Receiving end does not exist.' });
    await expect(sendMessageVia(pageRuntime(), 'sources-changed', {})).rejects.toThrow(
      'Receiving end does not exist',
    );
    fakeChrome({ reply: { [REJECTED]: true, message: 'no tab' } });
    await expect(sendMessageVia(pageRuntime(), 'sources-changed', {})).rejects.toThrow('no tab');
  });

  it("answers with the handler's result and keeps the channel open", async () => {
    const { listeners } = fakeChrome();
    onMessageVia(pageRuntime(), { 'marks-enabled': () => ({ ok: true as const }) });
    const { kept, answer } = deliver(listeners, marksEnabled);
    expect(kept).toEqual([true]);
    await expect(answer).resolves.toEqual({ ok: true });
  });

  it('sends a thrown error as the rejection envelope polyfilled senders unwrap', async () => {
    const { listeners } = fakeChrome();
    onMessageVia(pageRuntime(), {
      'marks-enabled': () => {
        throw new Error('boom');
      },
    });
    await expect(deliver(listeners, marksEnabled).answer).resolves.toEqual({
      [REJECTED]: true,
      message: 'boom',
    });
  });

  it('does not answer dropped or unhandled messages, and removes its listener', () => {
    const { listeners } = fakeChrome();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stop = onMessageVia(pageRuntime(), { 'page-marks': () => ({ marked: 0 }) });
    expect(deliver(listeners, { type: 'nonsense' }).kept).toEqual([false]);
    expect(warn).toHaveBeenCalled();
    expect(deliver(listeners, marksEnabled).kept).toEqual([false]);
    stop();
    expect(listeners.size).toBe(0);
    warn.mockRestore();
  });
});

describe('pageRuntime where the browser has a promise API (Firefox)', () => {
  it('is that API, unchanged, as the polyfill hands it out', () => {
    const runtime = { id: OWN_ID };
    vi.stubGlobal('browser', { runtime });
    expect(pageRuntime()).toBe(runtime);
  });
});

/**
 * The popup's head script (entrypoints/popup-question.ts) asks for the tab's
 * view with the browser's own API before the popup's modules load, and the
 * popup's entry (entrypoints/popup/ask-now.ts) takes that question instead of
 * asking again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_QUESTION, type FirstQuestion } from '../../../entrypoints/popup/first-question';

const sendMessage = vi.fn();
vi.mock('../../../lib/messaging', () => ({ sendMessage: (...a: unknown[]) => sendMessage(...a) }));

const scope = globalThis as Record<string, unknown>;

afterEach(() => {
  vi.unstubAllGlobals();
  delete scope.chrome;
  delete scope[EARLY_QUESTION];
  sendMessage.mockReset();
  vi.resetModules();
});

/** A native API that answers the active tab and get-tab-view, recording what it was sent. */
function nativeApi(activeId: number | undefined) {
  const sent: unknown[] = [];
  return {
    sent,
    api: {
      tabs: { query: vi.fn(async () => (activeId === undefined ? [] : [{ id: activeId }])) },
      runtime: {
        sendMessage: vi.fn(async (m: unknown) => {
          sent.push(m);
          return { phase: 'ready', tabId: activeId };
        }),
      },
    },
  };
}

/** Runs the head script as Chrome would: `chrome` only (the unit setup's fake `browser` hidden). */
async function runHeadScript(search = ''): Promise<void> {
  const { default: script } = await import('../../../entrypoints/popup-question');
  vi.stubGlobal('location', { search });
  vi.stubGlobal('browser', undefined);
  script.main();
}

describe("the popup's head script", () => {
  it('asks for the active tab’s view in the messaging envelope, and leaves the question for the entry', async () => {
    const { api, sent } = nativeApi(7);
    scope.chrome = api;
    await runHeadScript();
    const question = scope[EARLY_QUESTION] as Promise<FirstQuestion>;
    expect(question).toBeInstanceOf(Promise);
    const { tabId, view } = await question;
    expect(tabId).toBe(7);
    expect(await view).toEqual({ phase: 'ready', tabId: 7 });
    expect(sent).toEqual([{ type: 'get-tab-view', data: { tabId: 7 } }]);
  });

  it('asks about the tab the address names without querying tabs', async () => {
    const { api, sent } = nativeApi(7);
    scope.chrome = api;
    await runHeadScript('?tab=12');
    expect((await (scope[EARLY_QUESTION] as Promise<FirstQuestion>)).tabId).toBe(12);
    expect(api.tabs.query).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'get-tab-view', data: { tabId: 12 } }]);
  });

  it('sends nothing when there is no tab, and a refused message is caught', async () => {
    const none = nativeApi(undefined);
    scope.chrome = none.api;
    await runHeadScript();
    expect((await (scope[EARLY_QUESTION] as Promise<FirstQuestion>)).tabId).toBeNull();
    expect(none.sent).toEqual([]);

    const refusing = nativeApi(3);
    refusing.api.runtime.sendMessage.mockRejectedValueOnce(new Error('no receiver'));
    scope.chrome = refusing.api;
    // A fresh page: the first run's question is not there.
    delete scope[EARLY_QUESTION];
    await runHeadScript();
    const { view } = await (scope[EARLY_QUESTION] as Promise<FirstQuestion>);
    await expect(view).rejects.toThrow('no receiver');
  });

  it('leaves nothing behind without an extension API (the entry then asks itself)', async () => {
    await runHeadScript();
    expect(scope[EARLY_QUESTION]).toBeUndefined();
  });
});

describe("the popup's entry", () => {
  it('takes the head script’s question once and sends no second one', async () => {
    const early: Promise<FirstQuestion> = Promise.resolve({ tabId: 5, view: Promise.resolve(1) });
    scope[EARLY_QUESTION] = early;
    vi.stubGlobal('location', { search: '' });
    const { firstQuestion } = await import('../../../entrypoints/popup/ask-now');
    expect(firstQuestion).toBe(early);
    expect(scope[EARLY_QUESTION]).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('asks itself when the head script has not run yet, and the late head script then asks nothing', async () => {
    sendMessage.mockResolvedValue({ phase: 'ready' });
    vi.stubGlobal('location', { search: '?tab=4' });
    const { firstQuestion } = await import('../../../entrypoints/popup/ask-now');
    expect((await firstQuestion).tabId).toBe(4);
    const { api, sent } = nativeApi(4);
    scope.chrome = api;
    await runHeadScript('?tab=4');
    expect(sent).toEqual([]);
    expect(scope[EARLY_QUESTION]).toBeNull();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('asks itself through the typed messaging module when the head script did not run', async () => {
    sendMessage.mockResolvedValue({ phase: 'ready' });
    vi.stubGlobal('location', { search: '?tab=4' });
    const { firstQuestion } = await import('../../../entrypoints/popup/ask-now');
    expect((await firstQuestion).tabId).toBe(4);
    expect(sendMessage).toHaveBeenCalledWith('get-tab-view', { tabId: 4 });
  });
});

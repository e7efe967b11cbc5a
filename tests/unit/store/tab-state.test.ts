import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  readTabState,
  removeTabState,
  slimTabState,
  writeTabState,
  type TabState,
} from '../../../lib/store/tab-state';
import { readyView } from '../components/sample-view';

const state = (): TabState => {
  const view = readyView();
  return {
    url: view.url,
    phase: 'ready',
    gate: null,
    analysis: view.analysis,
    error: null,
    updatedAt: 1,
    comparison: { value: view.comparison!, at: 1, trustedKey: '' },
  };
};
const quota = () => new Error('QUOTA_BYTES quota exceeded');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('tab state in session storage', () => {
  it('round-trips through the session area', async () => {
    await writeTabState(7, state());
    expect(await readTabState(7)).toEqual(state());
    await removeTabState(7);
    expect(await readTabState(7)).toBeNull();
  });

  it('drops the article text and cached comparison when the whole state is over quota', async () => {
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      const [value] = Object.values(items) as TabState[];
      if (value?.analysis?.article.text) throw quota();
      return set(items);
    });
    await writeTabState(8, state());
    const read = (await readTabState(8))!;
    expect(read).toEqual(slimTabState(state()));
    expect(read.analysis!.article.text).toBe('');
    expect(read.analysis!.figures).toEqual(state().analysis!.figures);
    expect(read.comparison).toBeNull();
  });

  it('keeps the state in memory when the session area refuses even the slim state', async () => {
    await writeTabState(9, { ...state(), phase: 'analysing', analysis: null });
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(quota());
    await writeTabState(9, state());
    // The newer state wins over the older one still in the session area.
    expect((await readTabState(9))?.phase).toBe('ready');
    await removeTabState(9);
    expect(await readTabState(9)).toBeNull();
  });

  it('answers from what it wrote, without a round trip to the session area', async () => {
    await writeTabState(11, state());
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await readTabState(11)).toEqual(state());
    expect(get).not.toHaveBeenCalled();
  });

  it('reads the session area after a restart of the worker, then remembers it', async () => {
    await fakeBrowser.storage.session.set({ 'tab:12': state() });
    vi.resetModules();
    const fresh = await import('../../../lib/store/tab-state');
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await fresh.readTabState(12)).toEqual(state());
    expect(await fresh.readTabState(12)).toEqual(state());
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('never brings back an older state read while a newer one was written', async () => {
    await fakeBrowser.storage.session.set({ 'tab:13': { ...state(), phase: 'analysing' } });
    vi.resetModules();
    const fresh = await import('../../../lib/store/tab-state');
    const reading = fresh.readTabState(13);
    const writing = fresh.writeTabState(13, state());
    await Promise.all([reading, writing]);
    expect((await fresh.readTabState(13))?.phase).toBe('ready');
    await fresh.removeTabState(13);
    expect(await fresh.readTabState(13)).toBeNull();
  });

  it('answers null rather than throwing when the session area cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    expect(await readTabState(10)).toBeNull();
  });
});

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

  it('answers null rather than throwing when the session area cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    expect(await readTabState(10)).toBeNull();
  });
});

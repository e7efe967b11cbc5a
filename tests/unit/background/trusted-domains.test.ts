import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  forgetTrustedDomains,
  trustedDomains,
  watchTrustedDomains,
} from '../../../entrypoints/background/reports';
import { getSources, saveSources } from '../../../lib/store/settings';

const trustedOf = async () =>
  new Set((await getSources()).filter((s) => s.trusted).map((s) => s.domain));

describe('trusted domains in the background', () => {
  it('reads the sources once, then answers from memory', async () => {
    const expected = await trustedOf();
    forgetTrustedDomains();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await trustedDomains()).toEqual(expected);
    const reads = get.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect(await trustedDomains()).toEqual(expected);
    expect(get.mock.calls.length).toBe(reads);
    get.mockRestore();
  });

  it('follows the reader’s sources when they change', async () => {
    const unwatch = watchTrustedDomains();
    forgetTrustedDomains();
    const before = await trustedDomains();
    const sources = await getSources();
    const first = sources.find((s) => !s.trusted)!;
    expect(before.has(first.domain)).toBe(false);
    await saveSources(sources.map((s) => (s === first ? { ...s, trusted: true } : s)));
    await vi.waitFor(async () => expect((await trustedDomains()).has(first.domain)).toBe(true));
    expect(await trustedDomains()).toEqual(await trustedOf());
    unwatch();
  });
});

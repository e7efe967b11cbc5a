import { describe, expect, it, vi } from 'vitest';
import {
  comparisonCandidates,
  reportsInEventWindow,
  settleStore,
  STORE_UNAVAILABLE_NOTE,
} from '../../../entrypoints/background/store-fallback';
import { loadReference } from '../../../lib/reference/claims';
import type { Report } from '../../../lib/types';

const report = (url: string, event: string | null) => ({ url, event }) as Report;

describe('reportsInEventWindow', () => {
  const reports = [
    report('a', '2026-02-25'),
    report('b', '2026-02-27'),
    report('c', '2026-03-01'),
    report('d', '2026-03-02'),
    report('e', null),
  ];
  it.each([
    ['2026-02-27', 2, ['a', 'b', 'c']],
    ['2026-02-27', 0, ['b']],
    ['2026-03-01', 1, ['c', 'd']],
    ['2025-10-12', 3, []],
    ['27 February', 2, []],
    ['2026-02-27', -1, []],
    ['2026-02-27', Number.NaN, []],
  ] as const)('%s ± %s days → %j', (event, days, urls) => {
    expect(reportsInEventWindow(reports, event, days).map((r) => r.url)).toEqual(urls);
  });

  it('finds reference reports around each reference report’s own event', () => {
    for (const r of loadReference().filter((x) => x.event)) {
      expect(reportsInEventWindow(loadReference(), r.event!, 0).map((x) => x.url)).toContain(r.url);
    }
  });
});

describe('comparisonCandidates: store when it opened, reference set when not', () => {
  const reference = [report('ref-feb', '2026-02-27'), report('ref-oct', '2025-10-12')];

  it('asks the store when there is one', async () => {
    const stored = [report('stored', '2026-02-27')];
    const store = { byEventWindow: vi.fn(async () => stored) };
    const load = vi.fn(() => reference);
    expect(await comparisonCandidates(store, load, '2026-02-27', 2)).toBe(stored);
    expect(store.byEventWindow).toHaveBeenCalledWith('2026-02-27', 2);
    expect(load).not.toHaveBeenCalled();
  });

  it('uses the reference set in memory without a store', async () => {
    const found = await comparisonCandidates(null, () => reference, '2026-02-27', 2);
    expect(found.map((r) => r.url)).toEqual(['ref-feb']);
  });

  it.each([null, { byEventWindow: async () => [report('x', '2026-02-27')] }])(
    'has nothing to compare for a page without an event date (store: %o)',
    async (store) => {
      expect(await comparisonCandidates(store, () => reference, null, 2)).toEqual([]);
    },
  );
});

describe('settleStore', () => {
  it('passes an opened store through', async () => {
    const store = { name: 'db' };
    expect(await settleStore(Promise.resolve(store))).toEqual({ store, note: null });
  });

  it.each([
    [
      'private browsing',
      new DOMException('A mutation operation was attempted', 'InvalidStateError'),
    ],
    ['quota', new DOMException('Quota exceeded', 'QuotaExceededError')],
    ['anything else', new Error('boom')],
  ])('turns a refusal (%s) into the popup’s note', async (_, error) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await settleStore(Promise.reject(error))).toEqual({
      store: null,
      note: STORE_UNAVAILABLE_NOTE,
    });
    warn.mockRestore();
  });
});

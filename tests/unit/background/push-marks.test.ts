import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageMark } from '../../../lib/page/plan-marks';
import type { Analysis, Comparison } from '../../../lib/types';

const planned = vi.hoisted(() => ({ marks: [] as unknown[] }));
vi.mock('../../../lib/page/plan-marks', () => ({ planMarks: () => planned.marks }));

const { pushMarks } = await import('../../../entrypoints/background/marks');

const mark = {
  kind: 'outlets',
  phrase: 'at least 31 soldiers',
  sentence: 'Officials said at least 31 soldiers died.',
  title: 'Pakistani forces killed',
  label: 'Outlets differ',
  pageValue: 'at least 31',
  others: [],
} as unknown as PageMark;

describe('pushMarks: the card goes only to pages that have marks', () => {
  let inject: ReturnType<typeof vi.fn>;
  let send: ReturnType<typeof vi.fn>;
  const order: string[] = [];
  beforeEach(() => {
    order.length = 0;
    inject = vi.fn(async () => {
      order.push('card');
      return [];
    });
    send = vi.fn(async () => {
      order.push('marks');
      return { marked: planned.marks.length };
    });
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(send as never);
  });
  const analysis = { figures: [], article: { text: '' } } as unknown as Analysis;
  const comparison = {} as Comparison;

  it('injects the card script, then sends the marks', async () => {
    planned.marks = [mark];
    expect(await pushMarks(7, 'https://news.example/a', analysis, comparison)).toBe(1);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject.mock.calls[0]![0]).toEqual({
      target: { tabId: 7, frameIds: [0] },
      files: ['/mark-card.js'],
    });
    expect(order).toEqual(['card', 'marks']);
  });

  it('injects nothing when there is nothing to mark, and still clears the page’s marks', async () => {
    planned.marks = [];
    expect(await pushMarks(7, 'https://news.example/a', analysis, comparison)).toBe(0);
    expect(inject).not.toHaveBeenCalled();
    expect(order).toEqual(['marks']);
  });

  it('still sends the marks when the card cannot be injected', async () => {
    planned.marks = [mark];
    inject.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await pushMarks(7, 'https://news.example/a', analysis, comparison)).toBe(1);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

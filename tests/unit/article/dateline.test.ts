import { describe, expect, it } from 'vitest';
import { datelineSpans } from '../../../lib/article/dateline';

const spanned = (text: string): string[] => datelineSpans(text).map(([a, b]) => text.slice(a, b));

describe('datelineSpans', () => {
  it.each([
    ['ISLAMABAD (AP) — A spokesman said', 'ISLAMABAD (AP) — '],
    ['KABUL, Afghanistan (AP) — The ministry said', 'KABUL, Afghanistan (AP) — '],
    ['PESHAWAR, Pakistan — Troops moved', 'PESHAWAR, Pakistan — '],
    ['Quetta (Reuters) - Gunmen fired', 'Quetta (Reuters) - '],
    ['NEW DELHI: The ministry said', 'NEW DELHI: '],
  ])('finds the dateline of %j', (text, dateline) => {
    expect(spanned(text)).toEqual([dateline]);
  });

  it('finds datelines at the start of any paragraph, not inside one', () => {
    const text =
      'Headline here\n\nKABUL (AFP) — One line.\nLater a note: ISLAMABAD (AP) — in the middle.';
    expect(spanned(text)).toEqual(['KABUL (AFP) — ']);
  });

  it.each([
    'Pakistan and Afghanistan — a history of mistrust',
    'The UN (OCHA) - said on Monday',
    'Taliban fighters — dozens of them — crossed',
    'Kabul said the strikes killed nine',
  ])('finds none in %j', (text) => {
    expect(spanned(text)).toEqual([]);
  });
});

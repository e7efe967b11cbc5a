import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../lib/format/format-number';

describe('formatNumber', () => {
  const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

  it('writes whole numbers exactly as Intl en-GB does', () => {
    const samples = [0, -0, 1, 7, 12, 999, 1000, 1001, 9999, 10000, 123456, 999999, 1000000];
    for (let n = 1; n < 1e20; n = n * 7 + 3) samples.push(n, -n);
    samples.push(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, 2 ** 70);
    for (const n of samples) expect(formatNumber(n)).toBe(intl.format(n));
  });

  it.each<[number, string]>([
    [2575, '2,575'],
    [1.25, '1.3'],
    [0.15, '0.2'],
    [12000.04, '12,000'],
    [-3.5, '-3.5'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
  ])('%d → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });
});

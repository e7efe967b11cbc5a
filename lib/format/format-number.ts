import { FORMAT_CONFIG } from './config';

const NUMBER = new Intl.NumberFormat(FORMAT_CONFIG.locale, {
  maximumFractionDigits: FORMAT_CONFIG.maxFractionDigits,
});

/**
 * A count as readers expect it: thousands separated, at most one decimal
 * (converted units are rarely whole).
 *
 * @example formatNumber(2575) // "2,575"
 * @example formatNumber(1.25) // "1.3"
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  return NUMBER.format(n);
}

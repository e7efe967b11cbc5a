/**
 * A reader's store after months of use: N reports from many outlets about
 * many episodes, built from the bundled reference reports (real figure
 * shapes, sentences and signals) with titles, outlets, dates and values
 * varied. Deterministic (seeded), so runs compare.
 */
import { OUTLETS } from '../../lib/article/outlets';
import { loadReference } from '../../lib/reference/claims';
import type { Report, ReportOrigin } from '../../lib/types';

export interface SyntheticOptions {
  /** Event date of the page being compared; `share` of the reports get it. */
  event: string;
  share: number;
  seed?: number;
}

/** Known episodes and other days of fighting or talks, besides the page's own. */
const OTHER_EVENTS = Object.freeze([
  '2025-10-11',
  '2025-10-18',
  '2025-10-25',
  '2026-02-21',
  '2026-02-26',
  '2025-09-02',
  '2025-11-07',
  '2025-11-19',
  '2025-12-04',
  '2026-01-09',
  '2026-01-23',
  '2026-03-05',
  '2026-03-14',
  '2026-03-29',
  '2026-04-10',
]);
const TITLE_WORDS = Object.freeze([
  'Pakistan',
  'Afghanistan',
  'Taliban',
  'strikes',
  'Kabul',
  'border',
  'clashes',
  'soldiers',
  'killed',
  'talks',
  'ceasefire',
  'Kandahar',
  'Khost',
  'Torkham',
  'crossing',
  'civilians',
  'Islamabad',
  'Doha',
  'Istanbul',
  'posts',
  'retaliation',
  'army',
  'says',
  'claims',
  'toll',
]);
const SIGNALS = Object.freeze([
  'Khawaja Asif',
  'Zabihullah Mujahid',
  'Ahmed Sharif Chaudhry',
  'Kabul',
  'Kandahar',
  'Khost',
  'Paktika',
  'ISPR',
  'Torkham',
  'Chaman',
  'Durand Line',
  'TTP',
  'UNAMA',
  'Spin Boldak',
]);
const ORIGINS: readonly ReportOrigin[] = ['page', 'feed', 'feed', 'feed', 'discovery'];

/** A seeded linear congruential generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Day `d` shifted by `days` (YYYY-MM-DD). */
function shiftDay(d: string, days: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * @example syntheticReports(10_000, { event: '2026-02-26', share: 0.1 }).length // 10000
 */
export function syntheticReports(n: number, options: SyntheticOptions): Report[] {
  const rand = seededRandom(options.seed ?? 7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const templates = loadReference();
  const domains = Object.keys(OUTLETS);
  const out: Report[] = [];
  for (let i = 0; i < n; i++) {
    const template = pick(templates);
    const domain = pick(domains);
    const event = rand() < options.share ? options.event : pick(OTHER_EVENTS);
    const published = shiftDay(event, Math.floor(rand() * 4));
    const seenAt = Date.parse(`${published}T00:00:00Z`) + Math.floor(rand() * 86_400_000);
    out.push({
      ...template,
      url: `https://www.${domain}/news/${published}/story-${i}`,
      domain,
      outlet: OUTLETS[domain]!,
      title: Array.from({ length: 8 + Math.floor(rand() * 6) }, () => pick(TITLE_WORDS)).join(' '),
      published,
      event,
      origin: pick(ORIGINS),
      seenAt,
      coverageScore: 0.6 + rand() * 0.4,
      signals: Array.from({ length: 3 + Math.floor(rand() * 5) }, () => pick(SIGNALS)),
      figures: template.figures
        .filter(() => rand() < 0.7)
        .map((f) => ({ ...f, value: Math.max(0, f.value + Math.floor(rand() * 5) - 2) })),
    });
  }
  return out;
}

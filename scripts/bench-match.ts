/**
 * Timing check (not a test): matching and comparing one page against 10,000
 * stored reports must take ≤ 30 ms. Run: npx tsx scripts/bench-match.ts
 * Two cases: the store's event-filtered candidates (the normal path), and all
 * 10,000 handed over at once, half of them in the page's event (worst case).
 */
import { compareReports } from '../lib/compare/compare-reports';
import { matchReports } from '../lib/compare/match-reports';
import { loadReference } from '../lib/reference/claims';
import type { Report } from '../lib/types';

const WORDS = [
  'Pakistan',
  'Afghanistan',
  'strikes',
  'Kabul',
  'border',
  'Taliban',
  'soldiers',
  'killed',
  'talks',
  'ceasefire',
  'Kandahar',
  'Khost',
  'open',
  'war',
  'clashes',
  'refugees',
  'trade',
  'crossing',
];
const SIGNALS = [
  'Khawaja Asif',
  'Zabihullah Mujahid',
  'Kabul',
  'Kandahar',
  'Khost',
  'Paktika',
  'ISPR',
  'Torkham',
  'Qatar',
  'TTP',
];
const EVENTS = ['2026-02-26', '2026-02-21', '2025-10-11', '2025-10-19', '2026-05-03', '2026-07-14'];

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function synthetic(n: number, sameEventShare: number): Report[] {
  const template = loadReference()[0]!;
  return Array.from({ length: n }, (_, i) => ({
    ...template,
    url: `https://outlet${i % 300}.example/story/${i}`,
    domain: `outlet${i % 300}.example`,
    outlet: `Outlet ${i % 300}`,
    title: Array.from({ length: 9 }, () => pick(WORDS)).join(' '),
    event: rand() < sameEventShare ? '2026-02-26' : pick(EVENTS),
    published: `2026-02-${String(20 + Math.floor(rand() * 9)).padStart(2, '0')}`,
    seenAt: 1_772_000_000_000 + i,
    signals: Array.from({ length: 4 }, () => pick(SIGNALS)),
    figures: template.figures
      .filter(() => rand() < 0.5)
      .map((f) => ({ ...f, value: f.value + Math.floor(rand() * 3) })),
  }));
}

function time(label: string, current: Report, candidates: Report[], runs = 30): void {
  const trustedDomains = new Set(['outlet1.example', 'outlet7.example']);
  const now = Date.parse('2026-03-01');
  const ms: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const matches = matchReports(current, candidates, { trustedDomains, now });
    compareReports([current, ...matches], { trustedDomains });
    if (i >= 3) ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const p95 = ms[Math.floor(ms.length * 0.95)]!;
  console.log(`${label}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget 30 ms)`);
}

const current = loadReference()[0]!;
const all = synthetic(10_000, 0.5);
time('10,000 stored, all handed over (5,000 same event)', current, all);
time(
  'store pre-filtered by event window',
  current,
  all.filter((r) => r.event === current.event),
);
time('10,000 stored, 2% same event', current, synthetic(10_000, 0.02));

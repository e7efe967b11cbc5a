import { describe, expect, it } from 'vitest';
import { scoreCoverage } from '../../../lib/coverage/score-coverage';
import { COVERAGE_CONFIG } from '../../../lib/coverage/config';
import { conflictTerms } from '../../../lib/coverage/conflict-terms';
import { NEGATIVES, POSITIVES } from './coverage-cases';

describe('scoreCoverage', () => {
  it.each(POSITIVES.map((c) => [c.name, c] as const))('detects coverage: %s', (_name, c) => {
    const cov = scoreCoverage(c);
    expect(cov.detected).toBe(true);
    expect(cov.score).toBeGreaterThanOrEqual(COVERAGE_CONFIG.threshold);
  });

  it.each(NEGATIVES.map((c) => [c.name, c] as const))(
    'rejects a page about something else: %s',
    (_name, c) => {
      const cov = scoreCoverage(c);
      expect(cov.detected).toBe(false);
      expect(cov.score).toBeLessThan(COVERAGE_CONFIG.threshold);
    },
  );

  it('keeps the score within 0..1 and says detected exactly when score reaches the threshold', () => {
    for (const c of [...POSITIVES, ...NEGATIVES]) {
      const cov = scoreCoverage(c);
      expect(cov.score).toBeGreaterThanOrEqual(0);
      expect(cov.score).toBeLessThanOrEqual(1);
      expect(cov.detected).toBe(cov.score >= COVERAGE_CONFIG.threshold);
    }
  });

  it('lists conflict-specific actors first among its signals, with canonical names', () => {
    const c = POSITIVES.find((p) => p.name === 'open war wire report')!;
    const { signals } = scoreCoverage(c);
    expect(signals.slice(0, 2).sort()).toEqual(['Khawaja Asif', 'Zabihullah Mujahid']);
    expect(signals).toContain('Kabul');
    expect(signals).toContain('open war');
  });

  it('does not detect a page that names only one side, however warlike', () => {
    const cov = scoreCoverage({
      title: 'Heavy fighting in Kandahar',
      text: 'Taliban forces clashed with gunmen in Kandahar. Airstrikes and shelling killed dozens, the Afghan defence ministry said.',
    });
    expect(cov.detected).toBe(false);
  });

  it('scores more evidence higher (monotone in paragraphs of fighting between both sides)', () => {
    const para =
      'Pakistani troops and Afghan Taliban forces exchanged fire across the border, officials said.';
    const one = scoreCoverage({ title: '', text: para }).score;
    const three = scoreCoverage({ title: '', text: [para, para, para].join('\n\n') }).score;
    expect(three).toBeGreaterThan(one);
  });

  it('is not thrown off by a war story that mentions cricketers among the dead', () => {
    const cov = scoreCoverage({
      title: 'Afghanistan says Pakistani airstrikes killed civilians in Paktika',
      text: `Afghanistan's Taliban government said Pakistani airstrikes on Paktika province killed ten civilians, including three local cricketers.

Pakistan said its jets struck militant hideouts across the border after attacks on its troops. The Afghan cricket board withdrew from a tri-series in protest.

The clashes broke a 48-hour ceasefire between the two neighbours.`,
    });
    expect(cov.detected).toBe(true);
  });

  it('reads "traded fire" as fighting, not as goods crossing the border', () => {
    const trade = (text: string): number =>
      conflictTerms()
        .negatives.find(text)
        .filter((h) => h.name === 'trade').length;
    expect(trade('The two armies traded heavy fire and then traded accusations.')).toBe(0);
    expect(
      trade('Troops trade fire near the crossing; the sides trade blows over the fence.'),
    ).toBe(0);
    expect(trade('Traders said trade in fruit had stopped; the trading season is lost.')).toBe(4);
  });

  it('handles empty input', () => {
    expect(scoreCoverage({ title: '', text: '' })).toMatchObject({ detected: false, signals: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { scoreCoverage, scoreCoverageWithEvidence } from '../../../lib/coverage/score-coverage';
import { SHAPE_CASES } from './reporting-shapes-cases';

describe('coverage on the shapes of real reporting', () => {
  const families = [...new Set(SHAPE_CASES.map((c) => c.family))];

  it('has positives and negatives side by side in every family', () => {
    for (const f of families) {
      const cases = SHAPE_CASES.filter((c) => c.family === f);
      expect(cases.some((c) => c.coverage)).toBe(true);
      expect(cases.some((c) => !c.coverage)).toBe(true);
    }
    expect(SHAPE_CASES.filter((c) => !c.coverage).length).toBeGreaterThanOrEqual(6);
  });

  for (const f of families) {
    describe(f, () => {
      it.each(SHAPE_CASES.filter((c) => c.family === f).map((c) => [c.name, c] as const))(
        '%s',
        (_name, c) => {
          expect(scoreCoverage(c).detected).toBe(c.coverage);
        },
      );
    });
  }

  it('reads a lead about militants naming one side as an insurgency story, not one naming both', () => {
    const [insurgency, raid, strikes] = SHAPE_CASES.filter((c) => c.family === 'militancy lead');
    expect(scoreCoverageWithEvidence(insurgency!).evidence.leadMilitancy).toBe(true);
    // The neighbour named in the next paragraph does not make the lead about the two.
    expect(scoreCoverageWithEvidence(raid!).evidence.leadMilitancy).toBe(true);
    expect(scoreCoverageWithEvidence(strikes!).evidence.leadMilitancy).toBe(false);
  });

  it('names the operation among the signals when a page calls it by name', () => {
    const c = SHAPE_CASES.find((x) => x.name.startsWith('operation name carries'))!;
    expect(scoreCoverage(c).signals).toContain('February 2026 "open war"');
  });
});

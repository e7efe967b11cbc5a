import { describe, expect, it } from 'vitest';
import { scoreEvents } from '../../../lib/eval/score-events';

describe('scoreEvents', () => {
  it('counts exact dates and joined pairs within and across labelled episodes', () => {
    const s = scoreEvents([
      { id: 'a', truth: '2025-10-11', predicted: '2025-10-11' },
      { id: 'b', truth: '2025-10-11', predicted: '2025-10-18' }, // split off to the talks
      { id: 'c', truth: '2025-10-11', predicted: '2025-10-11' },
      { id: 'd', truth: '2025-10-18', predicted: '2025-10-18' },
      { id: 'e', truth: '2026-02-26', predicted: null },
    ]);
    expect(s.reports).toBe(5);
    expect(s.exact).toBe(3);
    // Same episode: a-b, a-c, b-c; only a-c share an event.
    expect(s.samePairs).toBe(3);
    expect(s.sameJoined).toBe(1);
    // Different episodes: 7 pairs; b and d are wrongly joined; null joins nothing.
    expect(s.otherPairs).toBe(7);
    expect(s.otherJoined).toBe(1);
    expect(s.byEvent.get('2025-10-11')?.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('scores an empty corpus as nothing', () => {
    const s = scoreEvents([]);
    expect([s.reports, s.exact, s.samePairs, s.otherPairs]).toEqual([0, 0, 0, 0]);
  });
});

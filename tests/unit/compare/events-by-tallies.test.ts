import { describe, expect, it } from 'vitest';
import { eventsByTallies, withTalliedEvent } from '../../../lib/compare/events-by-tallies';
import { groupByEvent } from '../../../lib/compare/group-by-event';
import { fig } from './make-report';

const OCT = '2025-10-11';
const FEB = '2026-02-26';

// Counts in the shape of a side's running tally: dead, wounded, posts taken.
const dead = (value: number) =>
  fig({ measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan', value });
const hurt = (value: number) =>
  fig({ measure: 'wounded', subject: 'pakistani-forces', claimant: 'afghanistan', value });
const posts = (value: number) =>
  fig({ measure: 'captured', subject: 'pakistani-forces', claimant: 'afghanistan', value });

describe('eventsByTallies: undated reports take the episode whose tallies they repeat', () => {
  it('an undated report giving the same several counts as a dated one joins its episode', () => {
    const got = eventsByTallies([
      { event: OCT, figures: [dead(58), hurt(30), posts(25)] },
      { event: FEB, figures: [dead(55), hurt(40)] },
      { event: null, figures: [posts(25), dead(58)] },
    ]);
    expect(got).toEqual([OCT, FEB, OCT]);
  });

  it('one shared count is not enough: the same toll recurs across rounds', () => {
    const got = eventsByTallies([
      { event: OCT, figures: [dead(23), hurt(29)] },
      { event: null, figures: [dead(23), hurt(31)] },
    ]);
    expect(got[1]).toBeNull();
  });

  it('a tie between two episodes leaves the report undated', () => {
    const got = eventsByTallies([
      { event: OCT, figures: [dead(23), hurt(30)] },
      { event: FEB, figures: [dead(23), hurt(30)] },
      { event: null, figures: [dead(23), hurt(30)] },
    ]);
    expect(got[2]).toBeNull();
  });

  it('small and vague counts do not count as tallies', () => {
    const got = eventsByTallies([
      { event: OCT, figures: [dead(3), hurt(5), fig({ ...spec(), qualifier: 'vague' })] },
      { event: null, figures: [dead(3), hurt(5), fig({ ...spec(), qualifier: 'vague' })] },
    ]);
    expect(got[1]).toBeNull();
  });

  it('two undated reports never date each other', () => {
    const got = eventsByTallies([
      { event: null, figures: [dead(58), hurt(30)] },
      { event: null, figures: [dead(58), hurt(30)] },
    ]);
    expect(got).toEqual([null, null]);
  });
});

describe('withTalliedEvent', () => {
  const known = [
    { event: OCT, figures: [dead(58), hurt(30), posts(25)] },
    { event: FEB, figures: [dead(55), hurt(40)] },
  ];

  it('fills an undated report from the known reports it repeats', () => {
    expect(withTalliedEvent({ event: null, figures: [dead(55), hurt(40)] }, known).event).toBe(FEB);
  });

  it('leaves a dated report, and one whose tallies point nowhere, as they were', () => {
    const dated = { event: OCT, figures: [dead(55), hurt(40)] };
    expect(withTalliedEvent(dated, known)).toBe(dated);
    const lone = { event: null, figures: [dead(58)] };
    expect(withTalliedEvent(lone, known)).toBe(lone);
  });
});

describe('groupByEvent joins an undated report to the episode of its tallies', () => {
  it('puts it with the dated reports it repeats, and nowhere else', () => {
    const groups = groupByEvent([
      { event: null, figures: [dead(58), hurt(30)] },
      { event: FEB, figures: [dead(55), hurt(40)] },
      { event: OCT, figures: [dead(58), hurt(30), posts(25)] },
      { event: null, figures: [dead(12)] },
    ]);
    expect(groups).toEqual([[0, 2], [1], [3]]);
  });
});

function spec() {
  return {
    measure: 'killed' as const,
    subject: 'afghan-forces' as const,
    claimant: 'pakistan' as const,
    value: 24,
    upper: 99,
  };
}

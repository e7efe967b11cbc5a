import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../../lib/format/describe-status';
import { popupSections } from '../../../lib/format/popup-sections';
import { speakerName } from '../../../lib/format/speaker-name';
import type { CompareRow, Figure } from '../../../lib/types';

describe('speakerName: a party or a named speaker, never a pronoun', () => {
  it.each([
    ['Zabihullah Mujahid', 'Zabihullah Mujahid'],
    ['ISPR', 'ISPR'],
    ['  Khawaja   Asif ', 'Khawaja Asif'],
    ['he', null],
    ['He', null],
    ['they', null],
    ['the spokesman', null],
    ['officials', null],
    ['Two officials', null],
    ['—', null],
    ['', null],
    [null, null],
  ])('%j → %j', (name, shown) => {
    expect(speakerName(name)).toBe(shown);
  });
});

const value = (report: number, v: number, text = String(v)) => ({
  report,
  value: v,
  upper: null,
  qualifier: 'exact' as const,
  text,
  unit: null,
  sentence: `They said ${text}.`,
});

function row(extra: Partial<CompareRow>, values: CompareRow['values']): CompareRow {
  return {
    measure: 'killed',
    subject: 'afghan-forces',
    claimant: 'pakistan',
    status: 'agree',
    contested: false,
    update: false,
    values,
    ...extra,
  };
}

describe('describeStatus: "Outlets agree" needs two independent reports', () => {
  it('calls a one-report row what it is', () => {
    const words = describeStatus(row({ contested: true }, [value(0, 5)]));
    expect(words.kind).toBe('single');
    expect(words.label).not.toMatch(/agree/i);
  });
  it('keeps "Outlets agree" for two reports', () => {
    expect(describeStatus(row({}, [value(0, 5), value(1, 5)])).label).toBe('Outlets agree');
  });
  it('counts reports, not values', () => {
    expect(describeStatus(row({}, [value(0, 5), value(0, 5)])).kind).toBe('single');
  });
});

const fig = (extra: Partial<Figure>): Figure => ({
  measure: 'killed',
  subject: 'afghan-forces',
  claimant: 'pakistan',
  value: 1,
  upper: null,
  qualifier: 'exact',
  text: '1',
  start: 0,
  end: 1,
  unit: null,
  claimantName: null,
  sentenceStart: 0,
  sentenceEnd: 1,
  ...extra,
});

describe('popupSections', () => {
  const outletsDisagree = row({ status: 'conflict', claimant: 'afghanistan' }, [
    value(0, 30),
    value(1, 45),
  ]);
  const partiesDisagree = row({ contested: true, subject: 'pakistani-forces' }, [value(0, 12)]);
  const confirmed = row({ status: 'compatible' }, [value(0, 274), value(2, 274)]);
  const tally = row({ status: 'conflict', update: true, measure: 'wounded' }, [
    value(0, 10),
    value(1, 20),
  ]);
  const elsewhere = row({ claimant: 'un', subject: 'civilians' }, [value(1, 19), value(2, 19)]);
  const alone = row({ measure: 'captured' }, [value(0, 3)]);
  const rows = [confirmed, partiesDisagree, tally, outletsDisagree, elsewhere, alone];
  const figures = [
    fig({ value: 274 }),
    fig({ subject: 'pakistani-forces', value: 12 }),
    fig({ claimant: 'afghanistan', value: 30 }),
    fig({ measure: 'wounded', value: 10 }),
    fig({ measure: 'captured', value: 3 }),
    fig({ measure: 'posts', subject: 'other', value: 4 }),
  ];
  const s = popupSections(rows, figures);

  it('puts outlet mismatches, then the parties’ disagreement, first', () => {
    expect(s.disputed).toEqual([outletsDisagree, partiesDisagree]);
  });
  it('confirms with another report, a running tally included', () => {
    expect(s.confirmed).toEqual([confirmed, tally]);
  });
  it('folds the episode’s figures this page does not give', () => {
    expect(s.elsewhere).toEqual([elsewhere]);
  });
  it('lists the page’s figures no row compares, each once', () => {
    expect(s.onlyHere.map((f) => f.measure)).toEqual(['captured', 'posts']);
    const listed = s.disputed.length + s.confirmed.length + s.onlyHere.length;
    expect(listed).toBe(figures.length);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MEASURES,
  SUBJECTS,
  CLAIMANTS,
  type Claimant,
  type Measure,
  type Subject,
} from '../../../lib/types';
import { describeCount } from '../../../lib/format/describe-count';
import { claimantLabel, claimedBy, describeSlot } from '../../../lib/format/describe-slot';

describe('describeCount says what a figure counts', () => {
  it.each<[Measure, Subject, string | null, string]>([
    ['killed', 'afghan-forces', null, 'Afghan forces killed'],
    ['killed', 'pakistani-forces', null, 'Pakistani soldiers killed'],
    ['wounded', 'afghan-civilians', null, 'Civilians wounded in Afghanistan'],
    ['killed', 'people', null, 'People killed'],
    ['casualties', 'civilians', null, 'Casualties among civilians (killed and wounded)'],
    ['bodies', 'pakistani-forces', null, 'Bodies of Pakistani soldiers'],
    ['posts', 'afghan-forces', null, 'Afghan posts destroyed or seized'],
    ['posts', 'other', null, 'Posts destroyed or seized'],
    ['targets', 'people', null, 'Targets struck'],
    ['other', 'other', 'km', 'Distance (km)'],
    ['other', 'other', 'miles', 'Distance (miles)'],
    ['other', 'other', 'percent', 'Share (percent)'],
    ['other', 'other', 'hour', 'Duration (hour)'],
    ['other', 'other', 'sorties', 'Other figure (sorties)'],
    ['other', 'other', null, 'Other figure'],
  ])('%s + %s (%s) → %s', (measure, subject, unit, expected) => {
    expect(describeCount(measure, subject, unit)).toBe(expected);
  });

  it('reads as a capitalised phrase for every measure and subject', () => {
    for (const measure of MEASURES) {
      for (const subject of SUBJECTS) {
        const text = describeCount(measure, subject);
        expect(text).toMatch(/^[A-Z]/);
        expect(text).not.toMatch(/\{|\}|\s{2}/);
      }
    }
  });
});

describe('describeSlot names the count and its claimant', () => {
  it.each<[Claimant, string]>([
    ['pakistan', 'claimed by Pakistan'],
    ['afghanistan', 'claimed by Afghanistan (Taliban)'],
    ['un', 'according to the UN'],
    [null, "outlet's own figure, no source named"],
  ])('%s → %s', (claimant, phrase) => {
    expect(describeSlot({ measure: 'killed', subject: 'pakistani-forces', claimant })).toBe(
      `Pakistani soldiers killed — ${phrase}`,
    );
    expect(claimedBy(claimant)).toBe(phrase);
  });

  it('gives every claimant a distinct group label', () => {
    const labels = [...CLAIMANTS, null].map(claimantLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

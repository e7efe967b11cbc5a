import { describe, expect, it } from 'vitest';
import { describeRefresh } from '../../../lib/format/describe-refresh';

const base = {
  running: true,
  done: 0,
  total: 40,
  current: null,
  startedAt: 1,
  finishedAt: null,
};

describe('describeRefresh', () => {
  it.each([
    [{ ...base, done: 12 }, "Still reading the sources' feeds: 12 of 40 sources read."],
    [{ ...base, done: 12, reportsKept: 1 }, '12 of 40 sources read, 1 report found so far.'],
    [{ ...base, done: 39, reportsKept: 7 }, '39 of 40 sources read, 7 reports found so far.'],
    [{ ...base, total: 0 }, "Still reading the sources' feeds: starting."],
  ])('%j', (progress, words) => {
    expect(describeRefresh(progress)).toContain(words);
    expect(describeRefresh(progress)).toContain(
      "Other outlets' reports appear here as they arrive.",
    );
  });

  it('says nothing when no refresh runs', () => {
    expect(describeRefresh(null)).toBeNull();
    expect(describeRefresh({ ...base, running: false, finishedAt: 2 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { findCopiedRuns, indexRuns, wordsOf } from '../../../scripts/lib/find-copied-runs';

// Invented source text, not from any outlet.
const source = {
  id: 'invented-1',
  text: 'The harbour committee said on Monday that the old lighthouse keeper had painted every rowing boat blue before the storm.',
};
const index = indexRuns([source]);

describe('findCopiedRuns', () => {
  it('reports a committed line that repeats a run of eight or more words', () => {
    const committed = [
      'const a = 1;',
      "it('keeps', () => f('the old lighthouse keeper had painted every rowing boat blue'));",
    ].join('\n');
    expect(findCopiedRuns(committed, index)).toEqual([
      {
        line: 2,
        run: 'the old lighthouse keeper had painted every rowing boat blue',
        source: 'invented-1',
      },
    ]);
  });

  it('reports a run of exactly eight shared words, the documented length', () => {
    const committed = 'the old lighthouse keeper had painted every rowing kite green';
    expect(findCopiedRuns(committed, index).map((r) => r.run)).toEqual([
      'the old lighthouse keeper had painted every rowing',
    ]);
  });

  it('does not report a shorter shared run', () => {
    // Seven shared words, then our own.
    const committed = 'the old lighthouse keeper had painted every kite green';
    expect(findCopiedRuns(committed, index)).toEqual([]);
  });

  it('ignores punctuation and case', () => {
    const committed = '// THE HARBOUR Committee, said on "Monday" -- that the Old lighthouse';
    const found = findCopiedRuns(committed, index);
    expect(found).toHaveLength(1);
    expect(found[0]?.run).toBe('the harbour committee said on monday that the old lighthouse');
  });

  it('follows a run across line breaks and reports the line it starts on', () => {
    const committed = 'x = 1;\n// the harbour committee said on\n// Monday that the old lighthouse';
    expect(findCopiedRuns(committed, index)).toEqual([
      {
        line: 2,
        run: 'the harbour committee said on monday that the old lighthouse',
        source: 'invented-1',
      },
    ]);
  });

  it('skips web addresses', () => {
    expect(wordsOf('see http://example.org/a/b/c/d/e/f/g/h now')).toEqual(['see', 'now']);
  });

  it('skips markup tags but keeps the text between them', () => {
    expect(wordsOf('<?xml version="1.0"?><p class="lead">Blue boats</p>')).toEqual([
      'blue',
      'boats',
    ]);
  });

  it('keeps apostrophes and digits inside words', () => {
    expect(wordsOf("Keeper's 12 boats, 'BLUE'! Keeper’s")).toEqual([
      "keeper's",
      '12',
      'boats',
      'blue',
      "keeper's",
    ]);
  });
});

/**
 * A headline's bare count ("27 martyred, 64 injured: UN") restated in the
 * body with its group takes that group; a count that names its own group
 * ("eight people") keeps it, and a bare count whose restatements disagree
 * stays unplaced. Every text was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith } from './family-table';

const STORY =
  '27 Martyred, 64 Injured In Three Days Of Attacks: UN\n\n' +
  'According to the United Nations, no fewer than 27 civilians were martyred and 64 more injured by Pakistani military strikes on Afghan soil in three days.';

describe('bare counts restated with their group', () => {
  it('the headline’s killed take the body’s group', () =>
    expectFigure(STORY, 27, { measure: 'killed', subject: 'afghan-civilians' }));

  it('the headline’s wounded take the body’s group', () =>
    expectFigure(STORY, 64, { measure: 'wounded', subject: 'afghan-civilians' }));

  it('a count that names "people" keeps it', () => {
    const text =
      'Eight people killed in overnight strikes\n\nEight civilians died in Khost when the strikes hit, officials said.';
    expect(figureWith(text, 8)?.subject).toBe('people');
  });

  it('a bare count restated by two different groups stays unplaced', () => {
    const text =
      '12 killed in border clashes\n\nTwelve Afghan soldiers were killed on Saturday. Twelve civilians in Chaman were killed on Sunday.';
    expect(figureWith(text, 12)?.subject).toBe('people');
  });

  it('a restatement of another measure does not carry its group', () => {
    const text = '15 wounded in shelling\n\nFifteen soldiers were killed at the post in Kurram.';
    expect(figureWith(text, 15)?.subject).toBe('people');
  });
});

describe('a definite count points back to the group counted before', () => {
  const TEXT =
    'Two Pakistani soldiers were martyred and five were hurt at the post.\n\n' +
    'The Taliban later withdrew from the area. The five wounded soldiers were flown out.';

  it('"the five wounded soldiers" are the five counted before', () =>
    expectFigure(TEXT, 5, { measure: 'wounded', subject: 'pakistani-forces' }, 1));

  it('an indefinite count of the same number keeps its own reading', () => {
    const text =
      'Two Pakistani soldiers were martyred and five were hurt at the post.\n\nFive wounded soldiers were seen in Khost.';
    expect(figureWith(text, 5, 1)?.subject).not.toBe('pakistani-forces');
  });
});

/**
 * Family 2: a headline or summary line that names its count only by nationality ("45 Afghans
 * killed") or by a loss word ("23 deaths") restates the body's count and takes its group: a
 * nationality stands for that side's civilians, a loss word for whatever the body counts. A
 * body sentence, a count of the other side, or soldiers behind a nationality keep "people".
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith } from './family-table';

describe('headline counts named by nationality or loss', () => {
  it('a nationality in the headline takes the body’s civilians of that side', () =>
    expectFigure(
      'Pakistani shells kill 31 Afghans, Kabul says\n\nAt least 31 civilians were killed when shells fell on villages in Kunar, officials in Kabul said.',
      31,
      { measure: 'killed', subject: 'afghan-civilians' },
    ));

  it('a loss word in the headline takes the body’s soldiers', () =>
    expectFigure(
      'Army confirms 17 deaths after border raid\n\nSeventeen Pakistani soldiers died repelling the raid near Chitral, the military said.',
      17,
      { measure: 'killed', subject: 'pakistani-forces' },
    ));

  it('negative: a nationality does not take civilians of the other side', () => {
    const text =
      'Strikes kill 9 Pakistanis, officials say\n\nNine civilians were killed in Khost when jets hit two homes, Afghan officials said.';
    expect(figureWith(text, 9)?.subject).toBe('people');
  });

  it('negative: a nationality does not stand for soldiers', () => {
    const text =
      'Clash leaves 3 Afghans dead\n\nThree Afghan soldiers were killed in the firing at the crossing, police said.';
    expect(figureWith(text, 3)?.subject).toBe('people');
  });

  it('negative: a body sentence counting Afghans is no headline restatement', () => {
    const text =
      'Border tension rises\n\nOfficials said 14 Afghans were killed in the week, while elsewhere in the report 14 civilians in Kunar were counted among the displaced who died.';
    expect(figureWith(text, 14)?.subject).toBe('people');
  });
});

/**
 * Family 2 (continued): civilians are filed under the country where they
 * were hit. The UN's mission to Afghanistan counts civilians there, so its
 * counts with no place are Afghan civilians; other UN voices name no side.
 * Every sentence was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith } from './family-table';

describe('family 2: whose civilians', () => {
  it('a count by UNAMA with no place is of Afghan civilians', () =>
    expectFigure('UNAMA said 52 civilians had been killed since the clashes began.', 52, {
      measure: 'killed',
      subject: 'afghan-civilians',
      claimant: 'un',
    }));

  it('the mission named in full', () =>
    expectFigure(
      'The UN Assistance Mission in Afghanistan said 140 civilians were wounded over four days.',
      140,
      { measure: 'wounded', subject: 'afghan-civilians', claimant: 'un' },
    ));

  it('a place in the sentence still decides', () =>
    expectFigure('UNAMA said 6 civilians were killed by shelling in Kurram.', 6, {
      subject: 'pakistani-civilians',
    }));

  it('members a family lost are civilians, filed where the strike hit', () =>
    expectFigure('Neighbours said one household in Khost lost 11 members when the bomb fell.', 11, {
      measure: 'killed',
      subject: 'afghan-civilians',
    }));

  it('members a group lost are not civilians', () => {
    const f = figureWith('The militant group lost 14 members in the raid near Bannu.', 14);
    expect(f?.subject).not.toMatch(/civilians/);
  });

  it('another UN voice with no place names no side', () => {
    const f = figureWith('A UN human rights spokesperson said 12 civilians were killed.', 12);
    expect(f?.subject).toBe('civilians');
  });
  it('a country after "in" right behind the counted phrase is where they were', () =>
    expectFigure('The fighting has killed 31 civilians in Pakistan since March.', 31, {
      subject: 'pakistani-civilians',
    }));

  it('the place after a list covers its first member too', () =>
    expectFigure(
      'Officials counted 60 dead, among them nine soldiers and four civilians in Afghanistan.',
      9,
      { subject: 'afghan-forces' },
    ));

  it('a country further on, in a clause of its own, is not where they were', () =>
    expectFigure(
      'Shells killed nine civilians near Spin Boldak as traders waited in Pakistan.',
      9,
      {
        subject: 'afghan-civilians',
      },
    ));

  it('a nationality of their own still outranks the place after them', () =>
    expectFigure('Officials said 14 Afghan soldiers in Pakistan were detained.', 14, {
      subject: 'afghan-forces',
    }));
});

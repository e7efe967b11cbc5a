/**
 * A second blind probe: shapes met in real reporting of both rounds and of
 * the earlier clashes, written anew for this table in our own words (other
 * names, places and numbers), each labelled by the written rules before the
 * engine ran. Every family has its negatives beside it.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

type Row = [string, string, number, Want];

function table(rows: Row[]): void {
  it.each(rows)('%s', (_name, text, value, want) => expectFigure(text, value, want));
}

describe('a tally put out online, and a total broken down after a colon', () => {
  table([
    [
      '"shared the latest figures" over bullets',
      'Interior Minister Mohsin Naqvi shared the latest figures on X late on Monday:\n\n- 287 Afghan Taliban operatives killed\n- more than 300 injured',
      287,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      "each part of the breakdown takes the total's loss",
      'Government spokesman Zabihullah Mujahid said on X that the shelling had killed 58 people: nine Pakistani soldiers and two Pakistani civilians, together with 12 Afghan soldiers and 35 Afghan civilians.',
      12,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      'a part of one in the breakdown',
      'Government spokesman Zabihullah Mujahid said on X that the shelling had killed 58 people: nine Pakistani soldiers and one Pakistani civilian.',
      1,
      { measure: 'killed', subject: 'pakistani-civilians' },
    ],
  ]);
  it('figures that were shared widely name no speaker', () => {
    expect(
      figureWith('Afghan forces destroyed 12 posts and the figures were shared widely.', 12)
        ?.claimant,
    ).toBeNull();
  });
  it('a colon after a word of saying opens no breakdown', () => {
    expect(figureWith('He said: 12 trucks crossed the border.', 12)?.measure).toBe('other');
  });
});

describe("a party's claim named as a noun", () => {
  table([
    [
      '"claim to have"',
      "Kabul's defence ministry said Pakistan's claim to have destroyed 115 Afghan checkposts was invented.",
      115,
      { claimant: 'pakistan' },
    ],
    [
      '"assertion that"',
      "An official in Islamabad called the Taliban's assertion that 41 Pakistani soldiers had died absurd.",
      41,
      { claimant: 'afghanistan', claimantName: 'the Taliban' },
    ],
    [
      '"accusation that" with a ministry as owner',
      "The army dismissed the Afghan Defence Ministry's accusation that 26 civilians died.",
      26,
      { claimant: 'afghanistan' },
    ],
  ]);
  it('a pronoun owner names no party', () => {
    expect(figureWith('He repeated his assertion that 12 soldiers died.', 12)?.claimant).toBeNull();
  });
});

describe('a dateline places unnamed officials when the events name both sides', () => {
  table([
    [
      'an Afghan dateline',
      'ASADABAD, Afghanistan — Pakistani jets bombed three villages in Kunar overnight, killing seven civilians, officials said.',
      7,
      { claimant: 'afghanistan' },
    ],
    [
      'a Pakistani dateline',
      'PESHAWAR — Afghan forces fired on posts in Kurram and Pakistani troops killed 14 attackers in Paktia, officials said.',
      14,
      { claimant: 'pakistan' },
    ],
  ]);
  it('officials a nationality places keep it, whatever the dateline', () => {
    expect(
      figureWith(
        'KABUL — Pakistani officials said 5 soldiers died in Kurram, near the border with Afghanistan.',
        5,
      )?.claimant,
    ).toBe('pakistan');
  });
});

describe('losses in other words', () => {
  table([
    [
      '"lost his life"',
      'Officials said at least one Afghan border guard lost his life at the crossing.',
      1,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      'bodies received at a hospital',
      'The medical superintendent of the district hospital in Chaman said four bodies had been received, along with 22 injured.',
      4,
      { measure: 'killed' },
    ],
    [
      'bodies brought in',
      'A doctor at the Khost provincial hospital said nine bodies were brought in after the strike.',
      9,
      { measure: 'killed' },
    ],
  ]);
  it('bodies handed over stay bodies', () => {
    expect(figureWith('Pakistan said 12 bodies were handed over at Torkham.', 12)?.measure).toBe(
      'bodies',
    );
  });
});

describe('whose the counted are', () => {
  table([
    [
      'a toll among a named group',
      'The Taliban put the toll among Pakistani soldiers at 44.',
      44,
      { measure: 'killed', subject: 'pakistani-forces' },
    ],
    [
      '"another N individuals" after civilians',
      'Afghan forces fired mortars at villages near Chaman, killing four civilians and injuring another 17 individuals, the ISPR said.',
      17,
      { measure: 'wounded', subject: 'pakistani-civilians' },
    ],
    [
      'attackers an earlier clause of the sentence names',
      'The military said Afghan Taliban fighters had stormed posts in the Zhob sector before dawn, and that as troops responded, between 9 and 14 of the attackers were killed.',
      9,
      { measure: 'killed', subject: 'afghan-forces', upper: 14 },
    ],
    [
      'fighters in a Pakistani claim, whatever the place',
      'Security sources said Pakistani troops destroyed four Afghan Taliban positions in the Bajaur sector and that at least 19 fighters were killed.',
      19,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      'people of whom women and children are only a part',
      'An elder in Paktika, Haji Rahmatullah, said 16 people, women and children among them, had died.',
      16,
      { measure: 'killed', subject: 'people' },
    ],
  ]);
  it('attackers of a named militant group stay militants', () => {
    expect(
      figureWith(
        'TTP militants attacked a police post, and 12 of the attackers were killed, officials said.',
        12,
      )?.subject,
    ).toBe('militants');
  });
  it('fighters of a named militant group stay militants', () => {
    expect(figureWith('Police in Kurram said 16 TTP fighters were killed.', 16)?.subject).toBe(
      'militants',
    );
  });
  it('people named women and children in apposition are civilians', () => {
    expect(
      figureWith('Shelling in Kunar killed 12 people, women and children, the governor said.', 12)
        ?.subject,
    ).toBe('afghan-civilians');
  });
});

describe('a press office named in full', () => {
  it('shows the whole two-word office', () =>
    expectFigure("The military's media wing said 12 soldiers were killed.", 12, {
      claimant: 'pakistan',
      claimantName: "The military's media wing",
    }));
});

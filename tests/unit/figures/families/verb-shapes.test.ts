/**
 * Verbs of harm in the shapes copy uses between a counted group and its
 * verb: an adverb ("later succumbed"), a receiving verb with an injury noun
 * ("received injuries", "sustained serious wounds"), an unpunctuated aside
 * of members ("four soldiers including an officer were martyred"), and
 * hospital treatment.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'the UN’s "harmed" counts casualties',
    'UNAMA said 146 civilians had been harmed in Afghanistan since the fighting began.',
    146,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    '"met their deaths" is killed',
    'Ten civilians in Paktika met their deaths in the strike.',
    10,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    '"pronounced dead" is killed',
    'Twelve people were pronounced dead at the hospital in Khost.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  [
    '"so far" between the group and its verb',
    'Twelve people so far have been confirmed dead in Khost.',
    12,
    { measure: 'killed', subject: 'people' },
  ],
  [
    '"wounded or killed" in either order is casualties',
    'Twelve people were wounded or killed in Khost.',
    12,
    { measure: 'casualties' },
  ],
  [
    'a borrowed loss noun yields to the count’s own verb',
    'Of the 146 civilian casualties in Afghanistan, 42 were killed.',
    42,
    { measure: 'killed', subject: 'afghan-civilians' },
  ],
  [
    'an adverb between the group and its verb',
    'Three guards later succumbed to their wounds in Peshawar.',
    3,
    { measure: 'killed' },
  ],
  [
    'a receiving verb with an injury noun',
    'Seven villagers received injuries when the shell landed.',
    7,
    { measure: 'wounded' },
  ],
  [
    'an adjective between "sustained" and the injuries',
    'Two soldiers sustained critical injuries at the checkpost, the army said.',
    2,
    { measure: 'wounded', claimant: 'pakistan' },
  ],
  [
    'an aside of members without commas',
    'In the exchange of fire six soldiers including a major were martyred, the ISPR said.',
    6,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'an aside of members listed with a comma',
    'Some 11 people including a border guard and women, children were killed in the shelling.',
    11,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'a long list of members between dashes, then the verb',
    'Some 13 people — nine villagers and a soldier each from the army, the police and the border militia — lost their lives in Chaman.',
    13,
    { measure: 'killed', subject: 'people' },
  ],
  [
    'people carrying injuries named after "with" are the wounded',
    'Four villagers with shrapnel injuries reached the clinic in Chaman overnight.',
    4,
    { measure: 'wounded' },
  ],
  [
    '"hostage" closing the counted phrase is a capture',
    'The attackers took 14 guards hostage at the Kurram post, the army said.',
    14,
    { measure: 'captured', claimant: 'pakistan' },
  ],
  [
    '"are known to have died" is killed',
    'At least 26 villagers, among them seven children, are known to have died in Barmal.',
    26,
    { measure: 'killed' },
  ],
  [
    'a part of the wounded that then died is killed',
    'Nine of the wounded later died at the Khost hospital, officials said.',
    9,
    { measure: 'killed' },
  ],
  [
    'a part of the dead keeps the loss of its group',
    'Five of the dead were from one village near the border, the governor said.',
    5,
    { measure: 'killed' },
  ],
  [
    'treated in hospital counts the wounded',
    'At least 25 were treated in hospital after the blast, doctors said.',
    25,
    { measure: 'wounded', claimant: 'other' },
  ],
  [
    'a present-tense "lose" in a verbless bullet',
    'Afghan Taliban lose 140 fighters in two days: army',
    140,
    { measure: 'killed' },
  ],
  [
    '"breathed their last" is killed',
    'Three guards breathed their last in a Quetta hospital, the army said.',
    3,
    { measure: 'killed', claimant: 'pakistan' },
  ],
  [
    'a count "in critical condition" is wounded, beside a count of dead',
    'Doctors said 19 were hurt; of them, four died and six were in a critical condition.',
    6,
    { measure: 'wounded' },
  ],
  [
    '"causalities", a common slip for casualties',
    'The army claimed it had inflicted 300 causalities on the Taliban side.',
    300,
    { measure: 'casualties' },
  ],
  [
    'people apprehended are captured',
    'Border police apprehended eleven gunmen near Chaman on Friday.',
    11,
    { measure: 'captured' },
  ],
  [
    'people "rounded up" are captured',
    'Taliban fighters rounded up 14 border guards after the clash.',
    14,
    { measure: 'captured' },
  ],
];

describe('verbs of harm after the counted group', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a borrowed loss noun keeps its measure when the count has no verb of its own', () => {
    expect(
      figureWith('The strikes caused 146 civilian casualties in Khost and 40 in Paktika.', 40)
        ?.measure,
    ).toBe('casualties');
  });

  it('"so far" with no harm verb gives no measure', () => {
    expect(figureWith('Twelve trucks so far have crossed at Torkham.', 12)?.measure).toBe('other');
  });

  it('an adverb before a verb that is no harm gives no measure', () => {
    expect(figureWith('Four delegates later travelled to Doha.', 4)?.measure).toBe('other');
  });

  it('money lost is no death toll', () => {
    expect(figureWith('Traders lose 5 million rupees a day.', 5000000)?.measure).toBe('other');
  });

  it('"breathed" without "their last" gives no measure', () => {
    expect(figureWith('Six climbers breathed easily at the summit.', 6)?.measure).toBe('other');
  });

  it('a number "apprehended" as understood is no capture', () => {
    expect(figureWith('Officials apprehended that 3 roads would flood.', 3)?.measure).not.toBe(
      'captured',
    );
  });

  it('a receiving verb without an injury noun gives no measure', () => {
    expect(figureWith('Nine families received food parcels.', 9)?.measure).toBe('other');
  });

  it('"with" and a thing that is no injury gives no wound', () => {
    expect(figureWith('Six traders with loaded trucks waited at Torkham.', 6)?.measure).toBe(
      'other',
    );
  });

  it('"hostage" before another noun is not a capture', () => {
    expect(figureWith('Three hostage negotiators reached the town on Friday.', 3)?.measure).toBe(
      'other',
    );
  });

  it('"known" that opens no chain to a harm verb gives no measure', () => {
    expect(figureWith('Some 12 elders known to the governor met in Chaman.', 12)?.measure).toBe(
      'other',
    );
  });

  it('a part of the wounded with no verb of its own stays wounded', () => {
    expect(
      figureWith('Three of the injured are in a serious condition in Peshawar.', 3)?.measure,
    ).toBe('wounded');
  });

  it('a comma list of members that runs to no verb gives no measure', () => {
    expect(
      figureWith('They visited 7 villages including Nari, Dangam and Shigal last week.', 7)
        ?.measure,
    ).toBe('other');
  });

  it('members between dashes that hold a verb of their own give the group no measure', () => {
    expect(
      figureWith('Some 13 people — nine of whom had fled the shelling — reached the camp.', 13)
        ?.measure,
    ).toBe('other');
  });

  it('an aside of members that runs to no verb gives no measure', () => {
    expect(
      figureWith('He named 4 soldiers including the captain who led the patrol.', 4)?.measure,
    ).toBe('other');
  });
});

describe('headline verbs in the present tense', () => {
  it('"kills one, injures seven": each count takes its own verb', () => {
    expect(figureWith('Afghan Shelling Kills One, Injures Seven In Bajaur', 1)?.measure).toBe(
      'killed',
    );
    expect(figureWith('Afghan Shelling Kills One, Injures Seven In Bajaur', 7)?.measure).toBe(
      'wounded',
    );
  });

  it('a present-tense capture after a killing in one headline takes its own verb', () => {
    const text = 'Border Police Kill Two Intruders and Detain Five Others Near Chaman';
    expect(figureWith(text, 2)?.measure).toBe('killed');
    expect(figureWith('Border police kill two intruders, detains five others', 5)?.measure).toBe(
      'captured',
    );
  });

  it('present-tense headline verbs of release and destruction', () => {
    expect(figureWith('Kabul Frees 14 Pakistani Soldiers After Talks', 14)?.measure).toBe(
      'released',
    );
    expect(figureWith('Army Destroys 22 Afghan Posts in Kurram', 22)?.measure).toBe('posts');
  });

  it('an auxiliary after the comma still reaches the aside’s verb', () => {
    expect(
      figureWith('Six villagers, all women and children, were killed in the raid.', 6)?.measure,
    ).toBe('killed');
  });
});

/**
 * Whose forces a count is when its own words name no side: the side that
 * lost or suffered them, the group after "among", the side opposite the
 * speaker for "enemy" soldiers, the side opposite the owner of an attack
 * ("in the Pakistani retaliation"), and a nationality on "attackers". Beside
 * them, near misses that must keep their reading. Every sentence was written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figureWith, type Want } from './family-table';

const POSITIVES: [string, string, number, Want][] = [
  [
    'a side that lost men, in a sentence that counts the other side’s martyrs',
    'A Taliban spokesman said 12 Afghan fighters had been martyred, while Pakistan lost 58 soldiers.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'men a named party lost are its fighters',
    'The Taliban lost 150 men in the fighting, according to Pakistani military sources.',
    150,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'fatalities a named side suffered',
    'Pakistan suffered 23 fatalities, the military said.',
    23,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'casualties the other side sustained',
    'The Taliban said Pakistan sustained 40 casualties in the clashes.',
    40,
    { measure: 'casualties', subject: 'pakistani-forces' },
  ],
  [
    'fatalities among a party’s troops',
    'The army reported 11 fatalities among its troops.',
    11,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'casualties among named forces',
    'The fighting caused 40 casualties among Afghan forces, the Pakistani military said.',
    40,
    { measure: 'casualties', subject: 'afghan-forces' },
  ],
  [
    'casualties among civilians in a place',
    'Taliban officials reported 35 casualties among civilians in Paktika.',
    35,
    { measure: 'casualties', subject: 'afghan-civilians' },
  ],
  [
    'attackers with a nationality are that state’s forces',
    'Pakistani security officials said 30 Afghan attackers were killed near the crossing.',
    30,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    '"enemy" soldiers are the other side’s',
    'According to Mujahid, 58 enemy soldiers were killed and 30 wounded.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
  [
    'the owner of the attack named before the count attacked',
    'In the Pakistani retaliation, 40 fighters were killed, security sources said.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a participle’s agent is the subject, not the object of "against"',
    'Pakistan said it had retaliated against Taliban aggression, killing 40 personnel.',
    40,
    { measure: 'killed', subject: 'afghan-forces' },
  ],
  [
    'a possessive subject before a preposition object',
    'Kabul said its forces had responded to Pakistani violations, killing 58 personnel.',
    58,
    { measure: 'killed', subject: 'pakistani-forces' },
  ],
];

describe('whose forces, from the sentence', () => {
  it.each(POSITIVES)('%s', (_name, text, value, want) => expectFigure(text, value, want));

  it('a named side before "lost" still decides its own losses', () => {
    expect(figureWith('The Afghan side lost 14 soldiers in the exchange.', 14)?.subject).toBe(
      'afghan-forces',
    );
  });

  it('men a family lost are not fighters', () => {
    expect(figureWith('The family lost 5 men in the strike.', 5)?.subject).not.toMatch(/forces/);
  });

  it('"suffered" with no side named leaves the count unplaced', () => {
    expect(figureWith('The village suffered 12 casualties in the shelling.', 12)?.subject).toBe(
      'people',
    );
  });

  it('generic attackers stay militants when a militant group is named', () => {
    expect(
      figureWith('Police said 4 TTP attackers were killed when they stormed the post.', 4)?.subject,
    ).toBe('militants');
  });

  it('a nationality that owns no attack noun keeps its plain reading', () => {
    expect(
      figureWith('On the Pakistani side, 23 soldiers were killed, the ISPR said.', 23)?.subject,
    ).toBe('pakistani-forces');
  });

  it('the main clause subject still decides a participle’s agent', () => {
    expect(
      figureWith(
        'Afghan forces attacked Pakistani posts on Saturday, killing 23 soldiers, Kabul said.',
        23,
      )?.subject,
    ).toBe('pakistani-forces');
  });
});

describe('whose forces, from the count’s own words', () => {
  it('a nationality on a loss noun names whose losses they are', () =>
    expectFigure('Islamabad claims 200 Afghan fatalities after the night of fighting', 200, {
      measure: 'killed',
      subject: 'afghan-forces',
    }));

  it('"Pak" in a headline is Pakistan', () =>
    expectFigure('Taliban kill 58 Pak troops along border', 58, {
      measure: 'killed',
      subject: 'pakistani-forces',
    }));

  it('a bare nationality takes the next member’s head noun', () =>
    expectFigure(
      'A captain was one of seven Pakistani and four Afghan troops who were wounded during the exchange.',
      7,
      { measure: 'wounded', subject: 'pakistani-forces' },
    ));

  it('a bare nationality before a list of no group stays unplaced', () => {
    expect(
      figureWith('Officials counted nine Pakistani and six Afghan trucks at the gate.', 9)?.subject,
    ).toBe('other');
  });
});

describe('whose forces, from the sentences before', () => {
  it('soldiers of no side take the place named just before', () =>
    expectFigure(
      'Heavy fighting broke out at the Kurram crossing on Saturday night.\n\nTwelve soldiers were killed and 20 injured, officials said.',
      12,
      { measure: 'killed', subject: 'pakistani-forces' },
    ));

  it('soldiers of no side take the one nationality named just before', () =>
    expectFigure(
      'The Afghan defence ministry described a night of heavy fighting. Nine soldiers were killed.',
      9,
      { measure: 'killed', subject: 'afghan-forces' },
    ));

  it('both sides named just before leave the soldiers unplaced', () => {
    expect(
      figureWith(
        'Pakistan and Afghanistan exchanged fire overnight. Twelve soldiers were killed.',
        12,
      )?.subject,
    ).toBe('people');
  });

  it('fighters do not take the side named before (they may be the attackers)', () => {
    expect(
      figureWith('Pakistani troops held the ridge all night. Forty fighters were killed.', 40)
        ?.subject,
    ).not.toBe('pakistani-forces');
  });

  it('an attack fired at one side’s positions: the unmarked wounded are that side’s', () =>
    expectFigure(
      'The Afghan side fired mortars at Pakistani positions. Five personnel were injured.',
      5,
      { measure: 'wounded', subject: 'pakistani-forces' },
    ));

  it('the Frontier Corps is Pakistan’s', () =>
    expectFigure('Twelve Frontier Corps personnel were wounded in the firing.', 12, {
      measure: 'wounded',
      subject: 'pakistani-forces',
    }));
});

describe('counts that are no casualties', () => {
  it('airstrikes a party carried out are counted as other', () => {
    expect(figureWith('Pakistan executed several airstrikes in Nangarhar.', 3)?.measure).toBe(
      'other',
    );
  });

  it('incidents in which soldiers were hurt are no count of the hurt', () => {
    expect(
      figureWith('Three soldiers were martyred and one more injured in two unrelated incidents.', 2)
        ?.measure,
    ).toBe('other');
  });

  it('the owner of sites struck is not who died in the same sentence', () => {
    expect(
      figureWith(
        'The minister listed the destruction of seven Pakistani Taliban bases behind the market bombing \u2014 27 dead, 140 hurt in the deadliest blast in a decade.',
        27,
      )?.subject,
    ).toBe('people');
  });

  it('attackers named after "from" are not the counted group', () => {
    expect(
      figureWith(
        'Artillery fire from Afghan forces resulted in a death and four injuries across the district.',
        4,
      )?.subject,
    ).toBe('people');
  });

  it('both sides named together leave a bare count unplaced', () => {
    expect(
      figureWith(
        'Heavy night-long clashes between the Taliban and Pakistani troops left dozens dead.',
        24,
      )?.subject,
    ).toBe('people');
  });
});

describe('members of a group', () => {
  it('members of "the group" the sentence names as the Taliban are the Afghan forces', () =>
    expectFigure(
      'Pakistani drones struck Taliban positions in Paktika, killing 12 members of the group.',
      12,
      { measure: 'killed', subject: 'afghan-forces' },
    ));

  it('members of a banned group are militants', () =>
    expectFigure('Police said 4 members of the banned group were killed in Bajaur.', 4, {
      subject: 'militants',
    }));

  it('members of a family stay civilians', () =>
    expectFigure('Eight members of one family were killed in Khost.', 8, {
      subject: 'afghan-civilians',
    }));

  it('"armymen" are soldiers', () =>
    expectFigure(
      'Afghan forces said they had taken 11 Pakistani posts, leaving several armymen wounded and killed.',
      3,
      { measure: 'casualties', subject: 'pakistani-forces', upper: 9 },
    ));
});

describe('both sides, causes and mixed groups', () => {
  it('a side that owns an attack in a prepositional phrase is its cause, not the agent', () =>
    expectFigure(
      "Kabul said it had begun an offensive in reply to Pakistan's air strikes and seized 12 border posts.",
      12,
      { measure: 'posts', subject: 'pakistani-forces' },
    ));

  it('a side named after a preposition without an attack noun still counts', () =>
    expectFigure('Troops from Afghanistan killed 5 soldiers at the post, officials said.', 5, {
      subject: 'pakistani-forces',
    }));

  it('"capture" in the infinitive takes bases on the ground as posts', () =>
    expectFigure(
      'In the battle, Afghan troops managed to capture three Pakistani military bases and 14 posts.',
      3,
      { measure: 'posts', subject: 'pakistani-forces' },
    ));

  it('two nationalities side by side leave a bare count unplaced', () =>
    expectFigure('Afghan, Pakistani troops clash at frontier, killing four', 4, {
      measure: 'killed',
      subject: 'people',
    }));

  it('a bare count after an attack on one side stays that side’s', () =>
    expectFigure('Afghan forces attacked Pakistani posts, killing three.', 3, {
      subject: 'pakistani-forces',
    }));

  it('others counted after an officer, many of them civilians, are a mixed group', () =>
    expectFigure(
      'A Pakistani army officer was killed too, and 21 others, many of them civilians, were wounded, officials said.',
      21,
      { measure: 'wounded', subject: 'people' },
    ));

  it('others counted after an officer with no aside stay his side', () =>
    expectFigure(
      'A Pakistani army officer was killed too, and 21 others were wounded, officials said.',
      21,
      { measure: 'wounded', subject: 'pakistani-forces' },
    ));
});

describe('a nationality with its noun left out', () => {
  it('"four Pakistani" at the end of a cut line are that side’s men', () =>
    expectFigure(
      'Two posts were reportedly overrun near Chaman, resulting in the deaths of four Pakistani',
      4,
      { measure: 'killed', subject: 'pakistani-forces' },
    ));

  it('"Afghans" as a noun are not read as forces', () => {
    expect(figureWith('Pakistani rockets kill 45 Afghans in Kunar', 45)?.subject).not.toMatch(
      /forces/,
    );
  });
});

describe('groups that head a count', () => {
  it('militants "of the Afghan Taliban regime" are the Afghan forces', () =>
    expectFigure(
      'Pakistani forces killed more than 200 militants of the Afghan Taliban regime.',
      200,
      {
        measure: 'killed',
        subject: 'afghan-forces',
      },
    ));

  it('militants of the TTP stay militants', () =>
    expectFigure('Pakistani forces killed 20 militants of the TTP in Bajaur.', 20, {
      subject: 'militants',
    }));

  it('a group before a colon heads a bare count', () =>
    expectFigure('Taliban: 200 killed, 20 posts destroyed, security sources say', 200, {
      measure: 'killed',
      subject: 'afghan-forces',
    }));

  it('a speaker before a colon is no group', () => {
    expect(figureWith('UN: 200 killed in a week', 200)?.subject).toBe('people');
  });

  it('a fronted "on the Afghan side" heads a bare count', () =>
    expectFigure('On the Afghan side, 9 were killed and 16 wounded, according to Mujahid.', 9, {
      measure: 'killed',
      subject: 'afghan-forces',
    }));

  it('a fronted side does not override a count’s own group', () =>
    expectFigure('On the Afghan side, 9 civilians were killed, according to Mujahid.', 9, {
      subject: 'afghan-civilians',
    }));
});

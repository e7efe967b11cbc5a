/**
 * A second blind probe: shapes met in real reporting of both rounds and of
 * the earlier clashes, written anew for this table in our own words (other
 * names, places and numbers), each labelled by the written rules before the
 * engine ran. Every family has its negatives beside it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/figures/extract-figures';
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
      'Zabihullah Mujahid, spokesman for the government, wrote on X that the shelling had killed 58 people: nine Pakistani soldiers and two Pakistani civilians, together with 12 Afghan soldiers and 35 Afghan civilians.',
      12,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      'a part of one in the breakdown',
      'Zabihullah Mujahid, spokesman for the government, wrote on X that the shelling had killed 58 people: nine Pakistani soldiers and one Pakistani civilian.',
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

describe('parties heading the items of a list of claims', () => {
  table([
    [
      'a country heading a bullet under "claims"',
      'What the two sides claim:\n\n- Pakistan: 240 Afghan Taliban killed, 18 posts captured\n\n- Afghanistan: 39 Pakistani soldiers killed, 11 posts seized',
      39,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      'the posts of the other side in the first item',
      'What the two sides claim:\n\n- Pakistan: 240 Afghan Taliban killed, 18 posts captured\n\n- Afghanistan: 39 Pakistani soldiers killed, 11 posts seized',
      18,
      { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
  ]);
  it('a country heading a bullet in a round-up is where, not who', () => {
    expect(
      figureWith('Round-up of the day:\n- Afghanistan: 12 killed in a blast in Kabul', 12)
        ?.claimant,
    ).toBeNull();
  });
});

describe('speakers in the perfect tense and in other verbs', () => {
  table([
    [
      '"had earlier put the toll at"',
      'The ISPR had earlier put the toll at one dead and 16 injured.',
      16,
      { measure: 'wounded', claimant: 'pakistan' },
    ],
    [
      '"has put the toll at"',
      'The Afghan interior ministry has put the toll at 31.',
      31,
      { measure: 'killed', claimant: 'afghanistan' },
    ],
    [
      'an outlet that "had reported"',
      'TOLOnews had reported that at least six people were killed near the gate.',
      6,
      { claimant: 'other' },
    ],
    [
      'a party that blamed strikes for deaths',
      'The Taliban authorities blamed Pakistani drone strikes for at least 38 deaths.',
      38,
      { measure: 'killed', claimant: 'afghanistan' },
    ],
    [
      'sources placed only by the area',
      'The firing went on for three hours and left 9 people wounded, sources in the area said.',
      9,
      { claimant: 'other' },
    ],
  ]);
  it('a perfect tense of a verb with no count named reports nothing', () => {
    expect(figureWith('The fighting has put 12 villages at risk.', 12)?.claimant).toBeNull();
  });
  it("security sources in an area stay the security forces' sources", () => {
    expect(
      figureWith('Security sources in the area said 12 soldiers were killed.', 12)?.claimant,
    ).toBe('pakistan');
  });
});

describe('members and kinds named after the count', () => {
  table([
    [
      'members "among the dead" of a loss counted before',
      'Pakistani fire left nine Afghan Taliban dead, security sources said, adding that two commanders were among the dead.',
      2,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      'soldiers handed to a third party are released',
      'Kabul handed four Pakistani soldiers, held since the October fighting, to a Qatari delegation, Mujahid said.',
      4,
      { measure: 'released', subject: 'pakistani-forces' },
    ],
    [
      'people who were all women and children, after their place',
      'Mujahid said Pakistani shelling killed 5 people in Dand-e-Patan, all of them women and children.',
      5,
      { subject: 'afghan-civilians' },
    ],
    [
      "soldiers killed as a side's posts were taken, after a place",
      'State television said the operation captured four Pakistani military posts near Spin Boldak and killed 13 soldiers.',
      13,
      { subject: 'pakistani-forces' },
    ],
  ]);
  it('people who were all soldiers are no civilians', () => {
    expect(
      figureWith('Mujahid said Pakistani fire killed 4 people in Kunar, all of them soldiers.', 4)
        ?.subject,
    ).toBe('people');
  });
  it('bodies handed over stay bodies', () => {
    expect(
      figureWith('Pakistan handed 12 bodies to Afghan officials at Torkham.', 12)?.measure,
    ).toBe('bodies');
  });
});

describe('an outlet relaying a party, and the one quoted', () => {
  table([
    [
      'an outlet citing security sources between it and its verb',
      'Radio Pakistan, quoting security sources, said the army had overrun 16 Afghan border posts.',
      16,
      { measure: 'posts', claimant: 'pakistan' },
    ],
    [
      'the press citing military officials',
      'Pakistani media, citing military officials, claimed that 29 Afghan border guards had been killed.',
      29,
      { claimant: 'pakistan' },
    ],
    [
      'the one quoted "as saying by" an outlet',
      '"Eighteen Pakistani security outposts were destroyed," Mujahid was quoted as saying by Ariana News.',
      18,
      { measure: 'posts', claimant: 'afghanistan', claimantName: 'Mujahid' },
    ],
    [
      'a named body that "later counted"',
      'Pakistan said 19 of its soldiers were killed; the UN later counted 64 Afghan civilians killed.',
      64,
      { claimant: 'un' },
    ],
  ]);
  it('an outlet citing residents stays a third party', () => {
    expect(
      figureWith('Geo News, citing residents, said 12 people were killed.', 12)?.claimant,
    ).toBe('other');
  });
  it("a wire agency's own tally of official figures is the outlet's", () => {
    expect(
      figureWith(
        'KABUL (AFP) — At least 110 people have been killed on both sides, according to an AFP tally of official figures.',
        110,
      )?.claimant,
    ).toBeNull();
  });
});

describe('counts whose side or noun sits in a word around them', () => {
  table([
    [
      'a bare count "on their side"',
      'Pakistan said 18 of its soldiers died. The Taliban said six on their side were killed.',
      6,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      "a party's own toll of soldiers, after another side was named",
      'The UN said at least 40 civilians had been killed on the Afghan side, while Pakistan put its own toll at 19 soldiers dead and 25 hurt.',
      19,
      { measure: 'killed', subject: 'pakistani-forces' },
    ],
    [
      'a count in words glossed in digits',
      'Nineteen (19) hostile positions on the Afghan side were captured, according to the ISPR.',
      19,
      { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      'a small count glossed in digits',
      'Four (4) soldiers were martyred, the ISPR said.',
      4,
      { measure: 'killed', subject: 'pakistani-forces' },
    ],
  ]);
  it('a bare count of unnamed reports takes no side from "their side"', () => {
    expect(figureWith('Reports said eight on their side were killed.', 8)?.subject).toBe('people');
  });
  it('a different count in brackets is no gloss', () => {
    const text = 'Five (12) soldiers died.';
    expect(figureWith(text, 5)?.measure).toBe('other');
  });
});

describe('third parties named at length', () => {
  table([
    [
      'an office head after the counts, with a long title',
      "KANDAHAR: Pakistani forces shelled homes in Spin Boldak, killing at least 12 civilians and wounding more than 70 others, Ali Ahmad Noori, the district's head of information and culture, said.",
      12,
      { claimant: 'afghanistan' },
    ],
    [
      'staff of a hospital, at the end',
      'Pakistani jets struck Spin Boldak on Friday, killing at least 31 civilians, according to staff at the district hospital.',
      31,
      { claimant: 'other' },
    ],
    [
      'an aid group described by a relative clause',
      'Emergency, an Italian aid group that runs a surgical hospital in Kabul, said it had treated 23 wounded after the strike.',
      23,
      { claimant: 'other', claimantName: 'Emergency' },
    ],
    [
      'counts that are all civilians, the first of two',
      '"We have 140 wounded and 33 dead, all of them civilians," said a doctor at the main hospital in Spin Boldak.',
      140,
      { subject: 'afghan-civilians' },
    ],
  ]);
  it('the staff of a named institution speak for it', () => {
    expect(figureWith('The ministry staff said 12 soldiers died.', 12)?.claimant).toBeNull();
  });
  it('the head of a family is no official', () => {
    expect(figureWith('The head of the family said 12 members died.', 12)?.claimant).toBeNull();
  });
});

describe('a third blind probe: speakers by role, sides by the attack, and earlier counts', () => {
  table([
    [
      'an unknown name whose role after "according to" is a provincial office',
      'Thirty-one civilians were killed in the Pakistani strikes on Khost, according to Rahmatullah Zaki, the head of the provincial department of information and culture.',
      31,
      { claimant: 'afghanistan', claimantName: 'Rahmatullah Zaki' },
    ],
    [
      'a known spokesman described by a role that names no side',
      'Enayatullah Khwarazmi, the spokesman for the Ministry of National Defence, said 26 Pakistani soldiers had been killed.',
      26,
      { claimant: 'afghanistan', claimantName: 'Enayatullah Khwarazmi' },
    ],
    [
      'the martyred of a post that an attack named in the sentence hit',
      'Three border policemen were martyred when Pakistani troops opened fire on a checkpoint in Dand-e-Patan.',
      3,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      "soldiers killed as a side's posts were overrun, though the speaker is the other side",
      'The Taliban said its units had overrun four Pakistani posts near Spin Boldak and killed 9 soldiers.',
      9,
      { subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      'soldiers handed back, whom a participle after them describes',
      'The Taliban handed back 7 Pakistani soldiers captured during the clashes, Pakistani officials said.',
      7,
      { measure: 'released', subject: 'pakistani-forces' },
    ],
    [
      'the earlier count of a toll, "up from"',
      'The death toll in Kunar rose to at least 36 on Monday, up from 29 a day earlier, a provincial official said.',
      29,
      { measure: 'killed' },
    ],
  ]);
  it("martyrs with no attack named stay Pakistan's usage", () => {
    expect(figureWith('Twelve soldiers were martyred in the attack.', 12)?.subject).toBe(
      'pakistani-forces',
    );
  });
  it('a participle after a gapped list member is its predicate', () => {
    expect(
      figureWith(
        'Afghan officials said 21 civilians were killed and 30 others injured in Khost.',
        30,
      )?.measure,
    ).toBe('wounded');
  });
  it('"up from" after a count of something else counts that thing', () => {
    expect(figureWith('Trade rose to 900 trucks a day, up from 600.', 600)?.measure).toBe('other');
  });
  it('a numbered formation with a hyphened name is no count', () => {
    expect(
      figureWith("A spokesman for the Taliban's 205 Al-Badr Corps said 11 soldiers died.", 205),
    ).toBeUndefined();
  });
});

describe('tallies, parts and the main speaker of a sentence', () => {
  table([
    [
      'a heading of a bullet naming what befell whom is no source',
      'Tarar posted the latest figures on X:\n\n• Afghan Taliban killed: 540\n\n• Afghan posts destroyed: 230',
      540,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      'a heading listing several things destroyed',
      'Tarar posted the latest figures on X:\n\n• Afghan posts destroyed: 230\n\n• Tanks, APCs and artillery guns destroyed: 205',
      205,
      { measure: 'other', claimant: 'pakistan' },
    ],
    [
      'the main speaker, not a claim in its object, says the second verb',
      "Pakistan's army rejected the Taliban's assertion that 52 soldiers were killed, and said 9 of its personnel had been martyred.",
      9,
      { subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      '"N of them fatally"',
      'UNAMA said 131 civilians had been killed or injured since the fighting began, 38 of them fatally.',
      38,
      { measure: 'killed', claimant: 'un' },
    ],
    [
      'officials who "estimate" a count',
      'Pakistani officials estimate 30-40 Afghan posts were hit on the first night.',
      30,
      { measure: 'posts', claimant: 'pakistan', upper: 40 },
    ],
    [
      '"Another N" after a count of civilians',
      'UNAMA recorded at least 64 Afghan civilians killed in a week of clashes. Another 410 were wounded in that period, the mission said.',
      410,
      { measure: 'wounded', subject: 'afghan-civilians' },
    ],
    [
      'a later member of a bracketed breakdown of civilians',
      'UNAMA said an airstrike on Barmal killed at least 13 civilians (four women, three girls, two boys and four men).',
      4,
      { subject: 'afghan-civilians' },
    ],
  ]);
  it('an estimate that is a noun reports nothing', () => {
    expect(figureWith('By one estimate 40 posts were hit.', 40)?.claimant).toBeNull();
  });
  it('a heading that names a speaker still speaks for its line', () => {
    expect(figureWith('UNAMA: at least 42 civilians dead in Afghanistan', 42)?.claimant).toBe('un');
  });
});

describe('a fourth pass: own losses, parts of a loss, families and quotations', () => {
  table([
    [
      '"losing N soldiers" after a comma is the speaker\'s own loss',
      'The army said its troops had killed 21 khawarij trying to cross from Afghanistan on Friday, losing four soldiers.',
      4,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      '"N of those casualties"',
      'UNAMA documented 64 civilians killed and 420 injured; 451 of those casualties occurred in one week.',
      451,
      { measure: 'casualties', subject: 'afghan-civilians' },
    ],
    [
      "a militant group's training camps",
      'Pakistani officials said the strikes had destroyed three TTP training camps in Kunar.',
      3,
      { measure: 'targets', subject: 'militants' },
    ],
    [
      '"their dead" in a speaker\'s own quotation',
      'The military spokesman told reporters: "We destroyed 70 of their posts. Their dead run into the hundreds."',
      200,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      'people from one family',
      'Nineteen people from one family were killed when the shell hit their home in Kunar.',
      19,
      { subject: 'afghan-civilians' },
    ],
    [
      'a clause opening with one family',
      '"From one family alone, 16 people were killed in Kunar," he said.',
      16,
      { subject: 'afghan-civilians' },
    ],
    [
      'a ministry spokesman named before his role, placed by the events',
      'Abdul Mateen Qani, a spokesman for the Ministry of Interior, said two border policemen were martyred when Pakistani troops fired on a checkpoint in Dand-e-Patan.',
      2,
      { subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      'a quotation resuming after the sentence that names its speaker',
      '"Some of the wounded need surgery," said Dr. Habibullah, a doctor at the hospital. "We have had three deaths since dawn."',
      3,
      { measure: 'killed', claimant: 'other', claimantName: 'Dr. Habibullah' },
    ],
  ]);
  it('"their dead" outside any quotation is the speaker\'s', () => {
    expect(figureWith('The Taliban said their dead numbered 12.', 12)?.subject).toBe(
      'afghan-forces',
    );
  });
  it("a new quotation given to another speaker is that speaker's", () => {
    expect(
      figureWith(
        'The ISPR said the firing started at night. "Twelve soldiers were martyred," a resident said.',
        12,
      )?.claimant,
    ).toBe('other');
  });
});

describe('a statement that goes on before a later speaker of the next sentence', () => {
  table([
    [
      'the earlier part of a sentence whose only speaker comes after "while"',
      'The toll has climbed to 71, according to figures from Kabul. They include 10 Pakistani soldiers, while Islamabad said 12 of its soldiers were killed.',
      10,
      { claimant: 'afghanistan' },
    ],
  ]);
  it('the later speaker keeps its own count', () => {
    expect(
      figureWith(
        'The toll has climbed to 71, according to figures from Kabul. They include 10 Pakistani soldiers, while Islamabad said 12 of its soldiers were killed.',
        12,
      )?.claimant,
    ).toBe('pakistan');
  });
  it('a new paragraph does not go on', () => {
    expect(
      figureWith(
        'The toll has climbed to 71, according to figures from Kabul.\n\nTen soldiers died, while Islamabad said talks had failed.',
        10,
      )?.claimant,
    ).toBeNull();
  });
});

describe('a fourth blind probe: asides, formations, dashes and camps', () => {
  table([
    [
      'a part named in an aside before the verb of the whole',
      'Officials said at least 19 civilians, 12 of them children, had been killed in the raids.',
      19,
      { measure: 'killed' },
    ],
    [
      'the part itself, in the aside',
      'Officials said at least 19 civilians, 12 of them children, had been killed in the raids.',
      12,
      { measure: 'killed' },
    ],
    [
      "a formation's men counted after its name",
      'A senior officer confirmed that 30 Frontier Corps soldiers were missing.',
      30,
      { measure: 'missing', subject: 'pakistani-forces' },
    ],
    [
      'a count after a spaced em dash that follows a date',
      'UNAMA counted 131 civilian casualties between March 1 and March 4 — 38 dead and 93 injured.',
      38,
      { measure: 'killed' },
    ],
    [
      "training camps are a militant group's",
      'The ISPR said several training camps were rendered inoperative.',
      3,
      { measure: 'targets', subject: 'militants', upper: 9 },
    ],
  ]);
  it('a part aside before a verb of no loss counts nothing', () => {
    expect(figureWith('UNAMA said 17 civilians, 11 of them children, fled.', 17)?.measure).toBe(
      'other',
    );
  });
  it('a numbered formation alone is still no count', () => {
    expect(figureWith('The 205 Corps moved south.', 205)).toBeUndefined();
  });
  it('a range with a dash still reads as a range', () => {
    expect(figureWith('Officials said 40-50 fighters were killed.', 40)?.upper).toBe(50);
  });
  it("a side's army training camps are that side's", () => {
    expect(figureWith('Afghan forces struck two Pakistani army training camps.', 2)?.subject).toBe(
      'pakistani-forces',
    );
  });
});

describe('counts that point back to a group or a figure', () => {
  table([
    [
      '"N of them" after the group a sentence named',
      'Security forces repelled an attack by Afghan Taliban fighters in the Chaman sector, killing 11 to 16 of them, the ISPR said.',
      11,
      { measure: 'killed', subject: 'afghan-forces', upper: 16 },
    ],
    [
      '"N of them" after soldiers named with a place between',
      'Afghan forces attacked Pakistani soldiers at a post in Kurram, killing 4 of them.',
      4,
      { subject: 'pakistani-forces' },
    ],
    [
      'a party that "put the figure at" a count just told',
      'Pakistan says 9 of its soldiers died in the clashes, while the Taliban put the figure at 47.',
      47,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
  ]);
  it('"them" after soldiers who engaged militants are the militants', () => {
    expect(
      figureWith(
        'According to ISPR, troops engaged the khwarij near the border, sending 21 of them to hell.',
        21,
      )?.subject,
    ).toBe('militants');
  });
  it('"put the figure at" after a count of something else counts that thing', () => {
    expect(
      figureWith('Pakistan says 300 trucks crossed, while traders put the figure at 120.', 120)
        ?.measure,
    ).toBe('other');
  });
});

describe('a fifth blind probe: quoted counts, single reports, studies and named spokesmen', () => {
  table([
    [
      'a count put "at" in quotation marks',
      'Mujahid put the death toll at \u201cover 300\u201d, and said some 210 wounded were in hospital.',
      300,
      { measure: 'killed', qualifier: 'more-than', claimant: 'afghanistan' },
    ],
    [
      '"according to one report"',
      'More than 500 attacks took place last year, according to one report.',
      500,
      { claimant: 'other' },
    ],
    [
      'a monitoring group that "found that"',
      'The watchdog found that the Taliban had fought at least 38 border skirmishes.',
      38,
      { claimant: 'other' },
    ],
    [
      "the Pakistani prime minister's spokesman by name",
      'Mosharraf Zaidi, a spokesman for the prime minister, said 121 Afghan Taliban fighters had been killed.',
      121,
      { claimant: 'pakistan', claimantName: 'Mosharraf Zaidi' },
    ],
    [
      "the Afghan interior ministry's spokesman by name",
      'Interior ministry spokesman Abdul Mateen Qani put the toll at 312 dead.',
      312,
      { claimant: 'afghanistan' },
    ],
  ]);
  it('rescuers who found bodies report nothing', () => {
    expect(figureWith('Rescuers found 12 bodies in the rubble.', 12)?.claimant).toBeNull();
  });
  it('"the report" names the document of the party that spoke last, not an unnamed report', () => {
    expect(
      figureWith('The ISPR issued a report. The report said 12 soldiers died.', 12)?.claimant,
    ).not.toBe('other');
  });
});

describe('a sixth blind probe: third parties, roles said as clauses, and parts that name their loss', () => {
  table([
    [
      'a conflict monitor',
      'More than 500 attacks were recorded last year, according to the conflict monitor ACLED.',
      500,
      { claimant: 'other' },
    ],
    [
      'the local community',
      'At least 9 civilians were killed, according to the local community.',
      9,
      { claimant: 'other' },
    ],
    [
      'analysts who estimate a sum "at"',
      'Industry analysts estimate the losses at about $25 million.',
      25000000,
      { claimant: 'other' },
    ],
    [
      'findings by an outlet that indicate',
      'Findings by Tolo News indicate the attacks killed 15 people.',
      15,
      { claimant: 'other' },
    ],
    [
      'a role said as a clause ("who speaks for")',
      'Ali Ahmad Noori, who speaks for the provincial culture office of Kandahar, said 14 civilians died in Spin Boldak.',
      14,
      { claimant: 'afghanistan', claimantName: 'Ali Ahmad Noori' },
    ],
    [
      'a district administrator, placed by the events',
      "The district's top administrator told reporters that 11 people died in Bajaur.",
      11,
      { claimant: 'pakistan' },
    ],
    [
      'a part that names its own loss',
      'UNAMA documented 131 civilian casualties in Afghanistan, 37 of them deaths and 94 injuries.',
      37,
      { measure: 'killed', subject: 'afghan-civilians' },
    ],
    [
      'the part listed after it',
      'UNAMA documented 131 civilian casualties in Afghanistan, 37 of them deaths and 94 injuries.',
      94,
      { measure: 'wounded', subject: 'afghan-civilians' },
    ],
  ]);
  it('suspects arrested are no prisoners of the fighting', () => {
    expect(figureWith('Tarar said four suspects had been arrested.', 4)?.measure).toBe('other');
  });
  it('soldiers captured still are', () => {
    expect(figureWith('Afghan forces captured 12 Pakistani soldiers.', 12)?.measure).toBe(
      'captured',
    );
  });
});

describe('a seventh blind probe: answers, present counts and the hurt', () => {
  table([
    [
      'a side that "countered that"',
      'According to security sources, Pakistan lost two soldiers. The Taliban side countered that 19 Pakistani troops had died in its strikes.',
      19,
      { claimant: 'afghanistan' },
    ],
    [
      'a party that "counts" the other side\'s dead',
      'Islamabad puts Afghan military dead at more than 300; Kabul counts 95 Pakistani soldiers killed.',
      95,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      '"killed or hurt" counts casualties',
      'He conceded that upwards of 18 of the Islamic Emirate fighters had been killed or hurt.',
      18,
      { measure: 'casualties' },
    ],
    [
      'transporters are a third party',
      'Between 3,000 and 4,000 goods vehicles were queued on the road, transporters told reporters.',
      3000,
      { claimant: 'other', upper: 4000 },
    ],
  ]);
  it('"the counts" as a noun report nothing', () => {
    expect(figureWith('The counts differ by 12.', 12)?.claimant).toBeNull();
  });
});

describe('an eighth blind probe: sources in brackets, figures given later, tally owners', () => {
  table([
    [
      'a source in brackets closes the clause before it',
      'Nine soldiers were martyred and 14 hurt (figures from the ISPR), while over 120 Taliban fighters died (security sources).',
      14,
      { measure: 'wounded', claimant: 'pakistan', claimantName: 'ISPR' },
    ],
    [
      'the next clause takes its own bracketed source',
      'Nine soldiers were martyred and 14 hurt (figures from the ISPR), while over 120 Taliban fighters died (security sources).',
      120,
      { measure: 'killed', subject: 'afghan-forces', claimantName: 'security sources' },
    ],
    [
      "each side's bracket speaks for its own clause",
      'Seven soldiers were martyred (ISPR), while 31 civilians were killed (according to Kabul).',
      31,
      { subject: 'afghan-civilians', claimant: 'afghanistan' },
    ],
    [
      '"gave the figures" in the next paragraph names who gave the counts before',
      'The toll rose to 270 dead and about 190 hurt.\n\nDeputy spokesman Hamdullah Fitrat gave the figures on X.',
      270,
      { measure: 'killed', claimant: 'afghanistan', claimantName: 'Hamdullah Fitrat' },
    ],
    [
      '"the figures were released by"',
      'By noon the count stood at 210 Taliban fighters killed and 96 posts destroyed. The figures were released by security sources in Rawalpindi.',
      96,
      { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      '"That is the toll … gave"',
      "Eighteen dead, six of them children. That is the toll the Khost governor's office gave.",
      18,
      { measure: 'killed', claimant: 'afghanistan' },
    ],
    [
      'a passive "was given by" in the sentence itself',
      'The toll of 14 civilians was given by Zabihullah Mujahid on Tuesday.',
      14,
      { measure: 'killed', claimant: 'afghanistan' },
    ],
    [
      "a tally's owner leads a summary line",
      "The ISPR's tally as of Monday night: 310 Afghan Taliban fighters killed, 88 posts destroyed.",
      88,
      { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan', claimantName: 'ISPR' },
    ],
    [
      'a capital owns a tally as its government',
      "Kabul's figures so far: 61 Pakistani soldiers killed.",
      61,
      { subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      '"we" in a quotation is its speaker',
      '"Our posts came under fire at dawn," a Pakistani official said. "We have confirmed that 17 militants were killed."',
      17,
      { measure: 'killed', claimant: 'pakistan' },
    ],
    [
      '"the dead number N": "number" as a verb',
      'Mujahid said the dead number 44, most of them women.',
      44,
      { measure: 'killed', claimant: 'afghanistan' },
    ],
    [
      '"according to" an office holder of a state names the holder, whom "he" takes up',
      "According to Pakistan's information minister, 296 Afghan Taliban fighters have been killed. He said 118 checkposts had been destroyed.",
      118,
      {
        measure: 'posts',
        subject: 'afghan-forces',
        claimant: 'pakistan',
        claimantName: "Pakistan's information minister",
      },
    ],
    [
      'bodies carried out of the wreckage are the dead',
      'Reporters saw at least 21 bodies carried out of the wreckage.',
      21,
      { measure: 'killed', qualifier: 'at-least' },
    ],
    [
      'bodies brought to a clinic are the dead',
      'Doctors said 15 bodies and 37 wounded had been brought to the clinic.',
      15,
      { measure: 'killed', claimant: 'other' },
    ],
  ]);
  it('a gloss in brackets inside a phrase names no speaker', () => {
    expect(
      figureWith('Afghan forces (Taliban) shelled two posts, killing 6 soldiers.', 6)?.claimant,
    ).toBeNull();
  });
  it('figures nobody gave stay the outlet’s own', () => {
    expect(
      figureWith('Twelve people died. The figures could not be verified.', 12)?.claimant,
    ).toBeNull();
  });
  it('a place owning a toll is no speaker', () => {
    expect(figureWith("Khost's toll: 12 people dead.", 12)?.claimant).toBeNull();
  });
  it('"number" after a label stays an identifier', () => {
    expect(figureWith('Gate number 5 at Torkham was shut.', 5)).toBeUndefined();
  });
  it('bodies a party hands over stay bodies', () => {
    expect(figureWith('The Taliban handed over 9 bodies of Pakistani soldiers.', 9)?.measure).toBe(
      'bodies',
    );
  });
});

describe('an eighth blind probe: clauses, places, rival figures and places struck', () => {
  table([
    [
      'a speaker closing the clause after a semicolon speaks for it',
      'Terrorists tried to cross near Bajaur; the attempt was repulsed, killing six terrorists, while four soldiers were injured, the ISPR said.',
      6,
      { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
    ],
    [
      '"as per reports" inside a quotation is the quoted speaker’s account',
      '"As per confirmed reports, 41 Afghan Taliban operatives have been killed," Interior Minister Mohsin Naqvi said.',
      41,
      { claimant: 'pakistan', claimantName: 'Mohsin Naqvi' },
    ],
    [
      '"the release said" is the press release named before',
      'An ISPR press release issued on Tuesday said troops had answered unprovoked firing in the Zhob sector.\n\nEleven Afghan Taliban personnel were killed, the release said.',
      11,
      { subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      'a fronted place says whose unnamed spokesman speaks',
      'Three soldiers were hurt when the gate came under fire, the ISPR said. In Kabul, an interior ministry spokesman said two Afghan border guards had died.',
      2,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      '"That was how X described" names who said the quotation before',
      '"We gave them a hard answer. Nineteen of their posts are gone."\n\nThat was how a senior security official in Peshawar described the night.',
      19,
      { measure: 'posts', claimant: 'pakistan', claimantName: 'a senior security official' },
    ],
    [
      'people of a nationality after a count of forces',
      'Officials said one Afghan soldier died and four Pakistanis were killed.',
      4,
      { measure: 'killed', subject: 'people' },
    ],
    [
      'villages a strike fell on are its targets',
      'Pakistani air strikes on three villages in Khost killed 19 civilians.',
      3,
      { measure: 'targets', subject: 'afghan-civilians' },
    ],
    [
      'homes levelled are targets',
      'Mujahid said two houses had been levelled.',
      2,
      { measure: 'targets', claimant: 'afghanistan' },
    ],
    [
      'a bare rival figure owned up to',
      'Kabul says 44 Pakistani soldiers died; Islamabad acknowledges 12.',
      12,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      '"a lower figure of N"',
      'Residents said the shelling had killed at least eight people, though district officials gave a lower figure of three.',
      3,
      { measure: 'killed', subject: 'people' },
    ],
  ]);
  it('a speaker opening the clause after a semicolon does not reach back over it', () => {
    expect(
      figureWith('Taliban kill 58 troops; Islamabad claims 200 militants dead.', 58)?.claimant,
    ).toBeNull();
  });
  it('the side of a count does not place an unnamed minister', () => {
    expect(
      figureWith('By noon, 795 Afghan Taliban operatives had been wounded, the minister said.', 795)
        ?.claimant,
    ).not.toBe('afghanistan');
  });
  it('rooms of a house are no place struck', () => {
    expect(
      figureWith('Mullah Khan said mortar shells hit 18 rooms of his house.', 18)?.measure,
    ).toBe('other');
  });
  it('a bare count with no earlier loss stays other', () => {
    expect(figureWith('Islamabad acknowledges 12.', 12)?.measure).toBe('other');
  });
});

describe('a ninth blind probe: live blogs, explainers and owned counts', () => {
  table([
    [
      'a live blog entry: time stamp, then a party revising its count',
      '09:40 PKT | Pakistan revises its count: 318 Taliban killed, over 470 wounded.',
      470,
      { measure: 'wounded', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      "a party's figure named by its owner mid-sentence",
      "Islamabad says it has lost 9 troops, while Kabul's figure for Pakistani dead stands at 43.",
      43,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      "one owner's tally beside another's admission",
      "Islamabad's tally of 377 dead Taliban sits oddly beside Kabul's admission of just 12 soldiers lost.",
      12,
      { claimant: 'afghanistan' },
    ],
    [
      '"the number was N": a rival figure for the count just told',
      'While Pakistan said it had lost 10 soldiers, the Taliban insisted the number was at least 45.',
      45,
      {
        measure: 'killed',
        subject: 'pakistani-forces',
        claimant: 'afghanistan',
        qualifier: 'at-least',
      },
    ],
    [
      'a conflict monitor known by its acronym',
      'Violence rose by a quarter in October, PICSS reported, with 58 attacks leaving 71 dead.',
      71,
      { measure: 'killed', claimant: 'other', claimantName: 'PICSS' },
    ],
  ]);
  it('list markers opening their lines are no figures', () => {
    const text =
      '1. Why did the fighting start? A bombing killed 31 people.\n\n2. How many have died? Kabul says 48 soldiers.';
    expect(figureWith(text, 1)).toBeUndefined();
    expect(figureWith(text, 2)).toBeUndefined();
    expect(figureWith(text, 31)?.measure).toBe('killed');
  });
  it('"Day 3" labels a day, but a count after "a third day:" is a count', () => {
    expect(
      figureWith('Operation Ghazab lil Haq, Day 3: Pakistan says 389 Taliban dead.', 3),
    ).toBeUndefined();
    expect(figureWith('The toll rose for a third day: 12 dead.', 12)?.measure).toBe('killed');
  });
  it('a same-side speaker named later keeps its own name over the owner of the tally', () => {
    expect(
      figureWith(
        "Pakistan's tally of Afghan Taliban operatives killed rose to 571 on Sunday, the information minister said.",
        571,
      )?.claimantName,
    ).toBe('the information minister');
  });
});

describe('"its" and "their" in a count stand for the entity named before, not a claim\'s owner', () => {
  table([
    [
      "a denial of the other side's claim about its soldiers",
      "Pakistan dismissed Kabul's claim that 37 of its soldiers had died.",
      37,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      'a speaker telling of the other side losing its soldiers',
      'Mujahid said Pakistan lost 26 of its soldiers.',
      26,
      { subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      "a possessive entity ('Pakistan's military') is the subject",
      "Pakistan's military rejected the Taliban figure of 51 dead soldiers as invented, saying 19 of its troops had been martyred.",
      19,
      { subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      'a party heading a claim\'s owner is no "its" either',
      "Pakistan rejected the Taliban spokesman's claim that 52 Pakistani soldiers had died, saying 17 of its troops had been killed.",
      17,
      { subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      'a nationality inside a count is no "their"',
      'The Taliban said 41 Pakistani soldiers had been killed, while admitting to six of their own fighters dead.',
      6,
      { subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
  ]);
});

describe('a ninth blind probe: parts, shares, hedges and counts a party gave', () => {
  table([
    [
      'parts named "among them" in an aside before the verb',
      'The UN rights chief said 54 Afghan civilians, 19 children and six women among them, had been killed.',
      19,
      { measure: 'killed', subject: 'afghan-civilians', claimant: 'un' },
    ],
    [
      'a reduced relative names who claimed a count, whoever spoke before',
      "The army's spokesman said Pakistan had lost 9 soldiers, not the 48 claimed by the Taliban.",
      48,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      '"up from the N announced by" takes the loss it rises from',
      'Tarar said the number of Afghan Taliban fighters killed had risen to 388, up from the 262 announced by the military on Friday.',
      262,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      '"taken almost N casualties" keeps its hedge',
      'Officials in Islamabad say Afghan forces have taken almost 900 casualties.',
      900,
      { measure: 'casualties', qualifier: 'about' },
    ],
    [
      'a part of the dead from one family',
      'An official put the toll in Khost at 41, saying 17 of the dead were from a single family.',
      17,
      { measure: 'killed', subject: 'afghan-civilians' },
    ],
    [
      'the dead said to be all women and children',
      'Pakistani jets struck Paktika; Kabul says the eight dead were all women and children.',
      8,
      { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
    ],
  ]);
  it('a share of the dead is no count of the dead', () => {
    expect(
      figureWith('Security personnel accounted for half the dead.', 0.5)?.measure ?? 'other',
    ).toBe('other');
  });
  it('a speaker after the claimed count speaks again for what follows', () => {
    expect(
      figureWith(
        "The army's spokesman said Pakistan had lost 9 soldiers, not the 48 claimed by the Taliban, and that one soldier was missing.",
        1,
      )?.claimant,
    ).toBe('pakistan');
  });
  it('a particle after a phrasal verb is still no hedge', () => {
    expect(figureWith('Pakistan handed over 30 prisoners at Torkham.', 30)?.qualifier).toBe(
      'exact',
    );
  });
});

describe('a summary after a place and a colon, and what follows a part', () => {
  table([
    [
      'a count after "district:" is a count, not a district number',
      "In Kunar's Sarkano district: 14 dead, six of them children, and 22 wounded, according to the district governor.",
      14,
      { measure: 'killed', subject: 'people', claimant: 'afghanistan' },
    ],
    [
      'a count after a part goes on with the whole, not the part',
      "In Kunar's Sarkano district: 14 dead, six of them children, and 22 wounded, according to the district governor.",
      22,
      { measure: 'wounded', subject: 'people' },
    ],
    [
      '"N others" after a part are more of the whole',
      'The Afghan defence ministry said 96 people, 51 of them women and children, had been killed, and 104 others wounded.',
      104,
      { measure: 'wounded', subject: 'people' },
    ],
  ]);
  it('"No:" still marks a number as a label', () => {
    expect(figureWith('Case No: 5 was heard in Peshawar.', 5)).toBeUndefined();
  });
});

describe('a tenth blind probe: fire from across the line, local bodies, state media', () => {
  table([
    [
      'where fire came from does not place the officials who count its harm',
      'At least two people died and 11 others were hurt after gunfire from Afghan territory struck homes in Chaman, officials said.',
      11,
      { measure: 'wounded', claimant: 'pakistan' },
    ],
    [
      'civilians are placed where a shell fired from across the line landed',
      'Cross-border fire from Afghanistan left five civilians dead in Bajaur.',
      5,
      { measure: 'killed', subject: 'pakistani-civilians' },
    ],
    [
      'a town of a border district places its officials',
      'District officials said two children were killed when mortar shells fired from Kunar landed in Mamund.',
      2,
      { subject: 'pakistani-civilians', claimant: 'pakistan' },
    ],
    [
      'a provincial authority speaks for its side',
      'The provincial disaster management authority said more than 9,000 people had left villages near the Bajaur border.',
      9000,
      { claimant: 'pakistan' },
    ],
    [
      'relief volunteers are a third party',
      'Volunteers of a relief foundation in Bajaur said they had moved 14 wounded civilians to hospital.',
      14,
      { measure: 'wounded', claimant: 'other' },
    ],
    [
      '"the enemy lost" in a speaker’s own quotation is the other side',
      'Khwarazmi said Afghan forces had answered in Paktia.\n\n"The enemy lost 17 soldiers and four of its posts are ours," he said.',
      17,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      '"over two days of firing" is a span, not a bound',
      'Security sources said troops killed 11 Afghan Taliban and wounded 19 others over two days of firing near Palosin.',
      2,
      { measure: 'other', qualifier: 'exact' },
    ],
    [
      'state media in its own name is the press',
      'According to PTV, the air force hit 18 Taliban targets.',
      18,
      { measure: 'targets', claimant: 'other', claimantName: 'PTV' },
    ],
    [
      "a military unit's sites are the forces' of where they stand",
      'PTV reported that two brigade headquarters in Kabul had been destroyed.',
      2,
      { measure: 'targets', subject: 'afghan-forces' },
    ],
  ]);
  it('an hour of the day is no figure', () => {
    expect(
      figureWith('We heard the jets around two in the morning, a resident said.', 2),
    ).toBeUndefined();
  });
  it('an age given after "age:" is no figure', () => {
    expect(
      figureWith('The soldier (age: 26 years, of Lakki Marwat) was laid to rest.', 26),
    ).toBeUndefined();
  });
  it('"over" before a count of people is still a bound', () => {
    expect(figureWith('Over 40 people were killed in two days.', 40)?.qualifier).toBe('more-than');
  });
  it('state media quoting a party’s sources speaks for that party', () => {
    expect(
      figureWith('PTV, quoting security sources, said 22 Taliban targets were hit.', 22)?.claimant,
    ).toBe('pakistan');
  });
});

describe('a tenth blind probe: the buried, and the Taliban counted with their affiliates', () => {
  table([
    [
      'soldiers buried in their home villages are the dead',
      'The funeral prayers of 9 soldiers were held at the garrison, the ISPR said. Six of them were later buried in their ancestral villages, it added.',
      6,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      'khawarij counted with the Taliban, the khawarij first',
      'The ISPR said 27 khawarij and Taliban were killed on the Mohmand border.',
      27,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
  ]);
  it('the Pakistani Taliban counted with khawarij stay militants', () => {
    expect(
      figureWith('The army said 20 Pakistani Taliban and khawarij were killed.', 20)?.subject,
    ).toBe('militants');
  });
});

describe('a ninth blind probe: clauses joined by "and", and the dead on arrival', () => {
  table([
    [
      'a count ends where "and the X claimed" opens a clause of its own',
      "In October Pakistan's army acknowledged 18 dead soldiers and the Taliban claimed 47 had died.",
      18,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      'the rival count after it is the same loss',
      "In October Pakistan's army acknowledged 18 dead soldiers and the Taliban claimed 47 had died.",
      47,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      'the count after "were among" is the whole group, of no one kind',
      'The board said two club cricketers were among seven people killed in strikes on Khost, and that five others were hurt.',
      7,
      { measure: 'killed', subject: 'people', claimant: 'other' },
    ],
    [
      'and the others after it are the same people',
      'The board said two club cricketers were among seven people killed in strikes on Khost, and that five others were hurt.',
      5,
      { measure: 'wounded', subject: 'people' },
    ],
    [
      '"brought in dead" counts the dead',
      'A doctor at the hospital in Spin Boldak said 12 civilians had been brought in dead and more than 70 wounded.',
      12,
      { measure: 'killed', subject: 'afghan-civilians', claimant: 'other' },
    ],
  ]);
  it('a group joined by "and" before a passive verb stays one group', () => {
    expect(
      figureWith('Officials said 12 soldiers and militants were killed in the clash.', 12)?.text,
    ).toContain('militants');
  });
});

describe('a tenth blind probe: members "among the dead", civilians hit, the loss of only N', () => {
  table([
    [
      '"with N among the dead" are members of the loss, wherever it happened',
      'At least nine Afghan troops were reportedly killed in the exchange near Angoor Adda, with three commanders among the dead.',
      3,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      '"all civilians hit by mortar fire" says who every one was',
      'Doctors at the district hospital in Chaman said they had received four dead and 22 wounded, all civilians hit by mortar fire from across the border.',
      4,
      { measure: 'killed', subject: 'pakistani-civilians', claimant: 'other' },
    ],
    [
      '"the loss of only N"',
      'The Taliban claimed 48 Pakistani soldiers had been killed, while Pakistan acknowledged the loss of only three.',
      3,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      "fighters of the Gul Bahadur group are militants, whoever's minister counts them",
      'Tarar said the strikes killed at least 52 fighters of the Gul Bahadur group.',
      52,
      { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
    ],
  ]);
});

describe('an eleventh blind probe: whole articles', () => {
  table([
    [
      'unnamed security officials under an Afghan dateline are the Afghan side',
      'PAKTIKA: Three Afghan border guards were killed and two civilians wounded when Pakistani forces fired mortars into Barmal district, security officials said.',
      3,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      'a fronted capital outranks the same noun named a paragraph before',
      "Afghanistan's Ministry of National Defence said Pakistani jets hit two districts of Khost.\n\nIn Islamabad, the information ministry said the strikes targeted five hideouts of the TTP.",
      5,
      { measure: 'targets', subject: 'militants', claimant: 'pakistan' },
    ],
    [
      "a side's death toll put at a count of soldiers",
      "Afghanistan's Defence Ministry put the Pakistani death toll at 41 soldiers and said several others had been seized alive.",
      41,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      'and those seized beside them are the same side',
      "Afghanistan's Defence Ministry put the Pakistani death toll at 41 soldiers and said several others had been seized alive.",
      3,
      { measure: 'captured', subject: 'pakistani-forces' },
    ],
    [
      '"earlier reports had said": unnamed reports in the perfect',
      'Earlier reports had said about 20 people died in the village.',
      20,
      { measure: 'killed', claimant: 'other' },
    ],
    [
      'an unsourced hedge inside a named speaker’s report is the speaker’s',
      'KABUL: The UN Assistance Mission in Afghanistan said that, according to preliminary information, at least 11 civilians had been killed.',
      11,
      { measure: 'killed', claimant: 'un' },
    ],
    [
      'a tally whose subject names its giver',
      'The tally given by the ISPR stood at 127 Taliban killed.',
      127,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
  ]);
  it('an unsourced hedge alone is an unnamed account', () => {
    expect(
      figureWith('According to preliminary information, 13 civilians were killed.', 13)?.claimant,
    ).toBe('other');
  });
  it('unnamed security officials under a Pakistani dateline stay Pakistan’s', () => {
    expect(
      figureWith('PESHAWAR: Two soldiers were killed in Kurram, security officials said.', 2)
        ?.claimant,
    ).toBe('pakistan');
  });
});

describe('an eleventh blind probe: headlines and relative clauses', () => {
  table([
    [
      'a headline count of soldiers of no side takes the body’s soldiers',
      "Talks end without deal as border skirmish kills three soldiers\n\nISLAMABAD — Talks between the two delegations ended without agreement on Tuesday.\n\nPakistan's military said on Sunday that three soldiers and 17 militants of the Pakistani Taliban had been killed in clashes near the border.",
      3,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      'a relative clause after the object only describes it',
      'The Taliban on Tuesday handed over four Pakistani soldiers who had been captured during the October clashes.',
      4,
      { measure: 'released', subject: 'pakistani-forces' },
    ],
  ]);
  it('a headline count of soldiers stays people when the body counts as many on both sides', () => {
    const text =
      'Clashes kill five soldiers\n\nKABUL — Five Afghan soldiers died in clashes on Sunday, officials said.\n\nPakistan said five of its soldiers were killed in Kurram.';
    expect(figureWith(text, 5)?.subject).toBe('people');
  });
});

describe('a twelfth blind probe: whole articles', () => {
  table([
    [
      'a new speaker giving its own losses in the next paragraph takes over',
      "Mujahid said Afghan forces killed 52 Pakistani soldiers.\n\nPakistan's army gave its own losses as 19 dead and 28 injured, and said more than 170 Taliban fighters had been killed.",
      28,
      { measure: 'wounded', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      "a UN agency's first estimates",
      "OCHA's first estimates put the number of displaced households at about 14,600.",
      14600,
      { claimant: 'un', claimantName: 'OCHA' },
    ],
  ]);
});

describe('a twelfth blind probe: an office named by its noun a few sentences on', () => {
  const text =
    'UN says Pakistani forces killed 57 Afghan civilians in the last quarter\n\nKABUL: The UN Assistance Mission in Afghanistan (UNAMA) has documented 57 civilians killed and 401 injured by Pakistani military forces inside Afghanistan between October and December.\n\nMost of the harm, 433 civilian casualties, came during the worst week of fighting in October, the mission said in a report. It said Pakistan had broken the truce announced on October 15 twice, hitting civilians in Khost and Paktika.\n\nOver the whole year, the mission recorded 512 civilian casualties in Afghanistan caused by Pakistani forces, a record. Across the past four years it has counted nearly 1,400 civilian casualties from such attacks.';
  table([
    [
      '"the mission" a few sentences after the UN mission was named, past another party',
      text,
      512,
      { measure: 'casualties', subject: 'afghan-civilians', claimant: 'un' },
    ],
    [
      'and "it" after that',
      text,
      1400,
      { measure: 'casualties', subject: 'afghan-civilians', claimant: 'un' },
    ],
  ]);
});

describe('a twelfth blind probe: where a shell landed, and "hurting"', () => {
  table([
    [
      'homes a shell landed on are targets',
      'In another incident, a shell landed on three homes in Chaman, hurting five people, among them two women.',
      3,
      { measure: 'targets', subject: 'pakistani-civilians', claimant: null },
    ],
    [
      '"hurting N people" counts the wounded',
      'In another incident, a shell landed on three homes in Chaman, hurting five people, among them two women.',
      5,
      { measure: 'wounded', subject: 'people' },
    ],
  ]);
});

describe('a twelfth blind probe: "free" as a verb, and a role said as "who heads"', () => {
  table([
    [
      'a headline "free N soldiers"',
      'Taliban free three Pakistani soldiers after Saudi mediation',
      3,
      { measure: 'released', subject: 'pakistani-forces' },
    ],
    [
      'a named person "who heads" a local office speaks for where it is',
      'Eleven people were killed and dozens wounded in Spin Boldak, Abdul Rahim Zaheer, who heads the information department in Spin Boldak, told AFP.',
      11,
      { measure: 'killed', claimant: 'afghanistan', claimantName: 'Abdul Rahim Zaheer' },
    ],
  ]);
  it('"free" as an adjective is no release', () => {
    expect(figureWith('The free medical camp treated 40 people.', 40)?.measure).not.toBe(
      'released',
    );
  });
});

describe('a thirteenth blind probe: an outlet of one side citing its sources', () => {
  table([
    [
      'an Afghan broadcaster citing security sources',
      'Nine villagers died when a Pakistani drone hit a house in Paktika province on Monday evening, Ariana News reported, citing security sources.',
      9,
      { measure: 'killed', claimant: 'afghanistan', claimantName: 'security sources' },
    ],
    [
      'a Pakistani paper citing officials',
      'Four Frontier Corps soldiers were martyred in the cross-border firing near Chaman, Dawn reported, citing officials.',
      4,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
  ]);
  it('a wire agency citing unnamed sources places them by no outlet', () => {
    expect(
      figureWith(
        'Nine villagers died when a drone hit a house in Paktika province, Reuters reported, citing security sources.',
        9,
      )?.claimant,
    ).not.toBe('afghanistan');
  });
  it('sources named by their side keep it whatever the outlet', () => {
    expect(
      figureWith(
        'Nine Afghan fighters were killed near Angoor Adda, TOLOnews reported, citing Pakistani security sources.',
        9,
      )?.claimant,
    ).toBe('pakistan');
  });
});

describe('a thirteenth blind probe: idioms of killing, and two harms each with its count', () => {
  table([
    [
      '"became martyrs"',
      '"Six of our Levies men also became martyrs and nine more were hurt," the deputy commissioner said.',
      6,
      { measure: 'killed' },
    ],
    [
      '"dispatched to hell"',
      'Fourteen khwarij were dispatched to hell near the checkpost, the military said.',
      14,
      { measure: 'killed', subject: 'militants', claimant: 'pakistan' },
    ],
    [
      '"left N dead and wounded M": the dead',
      'The rockets that fell on Khost city overnight left five dead and wounded at least 17 residents.',
      5,
      { measure: 'killed' },
    ],
    [
      '"left N dead and wounded M": the wounded',
      'The rockets that fell on Khost city overnight left five dead and wounded at least 17 residents.',
      17,
      { measure: 'wounded' },
    ],
  ]);
  it('verbs sharing one object stay casualties', () => {
    expect(figureWith('The barrage killed and wounded 33 people in Kunar.', 33)?.measure).toBe(
      'casualties',
    );
  });
  it('"N dead and wounded" with no second count stays casualties', () => {
    expect(figureWith('The blast left 19 dead and wounded in the bazaar.', 19)?.measure).toBe(
      'casualties',
    );
  });
});

describe('a thirteenth blind probe: whose posts, whose toll, and who speaks', () => {
  table([
    [
      'the posts taken after an earlier predicate whose object names the other side',
      'Afghan border forces downed a Pakistani quadcopter and captured five posts near Dand Patan.',
      5,
      { measure: 'posts', subject: 'pakistani-forces' },
    ],
    [
      'a civilian toll spelled out as people',
      'The provincial health office described a grim civilian toll in Nangarhar, saying 46 people had died since the shelling began.',
      46,
      { measure: 'killed', subject: 'afghan-civilians' },
    ],
    [
      '"the disputed border" is no denial: the trailing speaker gives the count',
      'Some 12,000 families have fled their homes in eastern Afghanistan near the disputed frontier with Pakistan, the UN refugee agency has said.',
      12_000,
      { claimant: 'un' },
    ],
    [
      'a hospital named as a centre is a third party',
      "Jalalabad's regional trauma centre said it had treated 38 wounded people overnight.",
      38,
      { measure: 'wounded', claimant: 'other' },
    ],
    [
      'a monitor named with an ampersand',
      'Militant attacks in Khyber Pakhtunkhwa rose to 640 last year, according to the Armed Conflict Location & Event Data Project.',
      640,
      { claimant: 'other' },
    ],
  ]);
  it('the earlier predicate does not reach past its own subject', () => {
    expect(
      figureWith('Pakistani troops repulsed the Afghan assault and destroyed nine posts.', 9)
        ?.subject,
    ).toBe('afghan-forces');
  });
  it('"disputed" as a verb still denies', () => {
    expect(
      figureWith('Kabul disputed that 31 of its soldiers had been killed in the clash.', 31)
        ?.claimant,
    ).not.toBe('afghanistan');
  });
});

describe('a thirteenth blind probe: a headline loss after a comma, an adverb in the verb, "the two" as a pronoun', () => {
  table([
    [
      "a lose verb after a comma is the subject's loss, not the attacker's named between",
      'Kabul reels under Pakistani bombardment, loses 17 soldiers in a night',
      17,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      '"N others" after a singular soldier, with an adverb inside the verb',
      'An Afghan border guard was reportedly killed and seven others were wounded when Pakistani troops shelled a post near Spin Boldak.',
      7,
      { measure: 'wounded', subject: 'afghan-forces' },
    ],
    [
      "a participle's agent is the main clause's subject, however long the clause",
      'As anger grew in Kabul, Afghan forces struck back late on Sunday at a number of Pakistan Army pickets on the Kurram frontier, reportedly killing nine soldiers.',
      9,
      { measure: 'killed', subject: 'pakistani-forces' },
    ],
  ]);
  it('"the two" before a verb is the pair, not a count', () => {
    expect(
      figureWith('Flights resumed after the two agreed to extend the ceasefire by a week.', 2),
    ).toBeUndefined();
  });
  it('"the two" before a participle of harm still counts', () => {
    expect(figureWith('The two killed in the shelling were brothers.', 2)?.measure).toBe('killed');
  });
  it("a loss with its own subject after the comma stays that subject's", () => {
    expect(
      figureWith('Pakistan pressed its offensive, and the Taliban lost 40 fighters.', 40)?.subject,
    ).toBe('afghan-forces');
  });
});

describe('a fourteenth blind probe: whose "others", a paused qualifier, a dash before a count, areas counted, the outlet\'s own sources', () => {
  table([
    [
      'a reporting participle describing the object of a strike does not end the clause',
      'Islamabad said its jets had struck confirmed militant hideouts overnight, killing over 40 fighters.',
      40,
      { measure: 'killed', subject: 'militants', claimant: 'pakistan', qualifier: 'more-than' },
    ],
    [
      '"N others" after a harm in the passive takes its subject, past a place after the verb',
      'An Afghan border guard was killed in the exchange of fire near Torkham and at least five others were wounded.',
      5,
      { measure: 'wounded', subject: 'afghan-forces', qualifier: 'at-least' },
    ],
    [
      'an em dash glued to a count after a capitalised name is prose, not an identifier',
      'According to UNAMA—23 civilians were hurt in Kunar.',
      23,
      { measure: 'wounded', subject: 'afghan-civilians', claimant: 'un' },
    ],
    [
      'a suspension mark inside "more than … N" keeps the qualifier',
      'The army said more than...150 attackers had been killed.',
      150,
      { measure: 'killed', qualifier: 'more-than' },
    ],
    [
      '"martyred and injured" together are casualties',
      'Nineteen people were martyred and injured in the strike, the provincial spokesman said.',
      19,
      { measure: 'casualties', subject: 'people' },
    ],
    [
      'a headline\'s second verb in the base form ("kill 6, injure 19")',
      'Clashes kill 6, injure 19 in Kurram',
      19,
      { measure: 'wounded' },
    ],
    [
      'a count of provinces is no count of the dead',
      'Officials said 40 people died across three provinces.',
      3,
      { measure: 'other', subject: 'other' },
    ],
    [
      'an outlet of one side citing officials speaks for that side',
      'Citing provincial officials, Pajhwok reported: "Six Pakistani soldiers were killed."',
      6,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
    [
      'soldiers the Taliban spokesman counts killed, unplaced, are the other army',
      'Mujahid said that 27 soldiers had been killed and that 12 others were captured.',
      27,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'afghanistan' },
    ],
  ]);
  it("the same spokesman's own dead stay his", () => {
    expect(figureWith('Mujahid said nine of our soldiers died in the shelling.', 9)?.subject).toBe(
      'afghan-forces',
    );
  });
  it('soldiers who "died", with no agent, are not read as the enemy', () => {
    expect(
      figureWith('Eleven soldiers died in the night, a Taliban spokesman said.', 11)?.subject,
    ).not.toBe('pakistani-forces');
  });
  it('an age after a name inside brackets is no figure', () => {
    expect(
      figureWith('Three civilians were killed (one named Gulbuddin, 19) in the shelling.', 19),
    ).toBeUndefined();
  });
  it('a count of attacks beside the dead stays a count of events', () => {
    expect(figureWith('Five people were wounded in two attacks.', 2)?.measure).toBe('other');
  });
  it('an F-16 is still an identifier', () => {
    expect(figureWith('Pakistan flew F-16 jets over the border.', 16)).toBeUndefined();
  });
  it('a security source in an Afghan outlet is the Afghan side, in a Pakistani one Pakistan', () => {
    const text = 'A security source said that 14 Pakistani soldiers were killed in the clash.';
    expect(extractFigures(text, { outlet: 'TOLOnews' })[0]?.claimant).toBe('afghanistan');
    expect(extractFigures(text, { outlet: 'Dawn' })[0]?.claimant).toBe('pakistan');
    expect(extractFigures(text)[0]?.claimant).toBe('pakistan');
  });
  it('an Afghan outlet and an Afghan dateline place the same unnamed sources and officials', () => {
    const officials = 'Security officials said 9 Pakistani soldiers were killed near the border.';
    expect(extractFigures(officials, { outlet: 'Pajhwok' })[0]?.claimant).toBe('afghanistan');
    expect(extractFigures(`KHOST: ${officials}`)[0]?.claimant).toBe('afghanistan');
    const military = 'Senior military sources said 9 Pakistani soldiers were killed.';
    expect(extractFigures(military, { outlet: 'Pajhwok' })[0]?.claimant).toBe('afghanistan');
    expect(extractFigures(`KHOST: ${military}`)[0]?.claimant).toBe('afghanistan');
    expect(extractFigures(military)[0]?.claimant).toBe('pakistan');
  });
  it('sources another account cites stay its own in an Afghan outlet', () => {
    const text = 'Citing security sources, Pakistani media said 9 Afghan fighters were killed.';
    expect(extractFigures(text, { outlet: 'TOLOnews' })[0]?.claimant).toBe('pakistan');
  });
  it('a side the text names stays, whatever the outlet', () => {
    expect(
      extractFigures('Pakistani security sources said 14 Afghan soldiers were killed.', {
        outlet: 'TOLOnews',
      })[0]?.claimant,
    ).toBe('pakistan');
  });
});

describe('a fifteenth blind probe: a participle of injury, a quoted noun, a count with its own predicate, members among a whole', () => {
  table([
    [
      '"sustaining injuries" after the counted fighters is their wounding',
      'The military put the dead at 180, with more than 300 fighters sustaining injuries.',
      300,
      { measure: 'wounded', qualifier: 'more-than' },
    ],
    [
      '"taken hostages" in the plural is capture',
      'Kabul said more than 40 Pakistani soldiers had been killed, several taken hostages and two posts seized.',
      3,
      { measure: 'captured', subject: 'pakistani-forces', claimant: 'afghanistan', upper: 9 },
    ],
    [
      'a counted noun in single quotes is still the counted noun',
      "The ISPR said 17 'hostile positions' on the Afghan side were overrun.",
      17,
      { measure: 'posts', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      'a bare count with its own predicate takes the group, not the loss, of the count before',
      'Nine soldiers were martyred, while 14 sustained injuries and one was missing.',
      1,
      { measure: 'missing' },
    ],
    [
      '"another N people" in the sentence of a count of fighters are more of those fighters',
      'About 35 Taliban fighters died, the army said, and another 20 people were reported killed.',
      20,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      'members counted "among" a larger toll take its verb',
      'Four Afghan footballers among eleven people have been killed in a Pakistani air strike.',
      4,
      { measure: 'killed', subject: 'afghan-civilians' },
    ],
    [
      '"gave the ultimate sacrifice" is a death',
      'One sepoy of the Frontier Corps gave the ultimate sacrifice, the ISPR said.',
      1,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
  ]);
  it('a participle after "and" opens a clause, not more of the group', () => {
    const f = figureWith(
      'The army said it had struck militant hideouts, killing over 90 fighters and rejecting reports of civilian deaths.',
      90,
    );
    expect(f?.text).toBe('over 90 fighters');
    expect(f?.subject).toBe('militants');
  });
  it('the whole toll after "among" stays a count of people', () => {
    expect(
      figureWith(
        'Four Afghan footballers among eleven people have been killed in a Pakistani air strike.',
        11,
      )?.subject,
    ).toBe('people');
  });
  it('posts counted before keep their noun for a count with its own predicate', () => {
    expect(
      figureWith('Thirty Afghan posts were destroyed, and eight were captured.', 8)?.measure,
    ).toBe('posts');
  });
  it('"Battalion No 4" is a unit\'s number, but "No 4 soldiers" is not read as one', () => {
    expect(
      figureWith('Jets struck Taliban Battalion No 4 and Border Brigade No 7 near Kandahar.', 7),
    ).toBeUndefined();
    expect(figureWith('No 4 soldiers died.', 4)?.measure).toBe('killed');
  });
  it('"other people" in a later sentence are still anyone', () => {
    expect(
      figureWith(
        'About 35 Taliban fighters died, the army said. Another 20 people were hurt at a bazaar.',
        20,
      )?.subject,
    ).toBe('people');
  });
  it('a security source another account cites keeps its own side in an Afghan outlet', () => {
    expect(
      extractFigures(
        'Citing security sources, the reports said that 3 Taliban commanders were killed.',
        { outlet: 'TOLOnews' },
      )[0]?.claimant,
    ).toBe('pakistan');
  });
});

describe('a sixteenth blind probe: sources an agency quotes, a toll "placed at", a participle after a contrast, a party\'s own fatalities, a team\'s members', () => {
  table([
    [
      "sources an institution names stay that institution's when a wire quotes them",
      'About 25 Taliban fighters were killed near Chaman overnight, Reuters quoted military sources as saying.',
      25,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      '"placed its toll at" reports the count',
      'The Taliban said they had killed 40 Pakistani soldiers, while Islamabad placed its toll at 12.',
      12,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      "a participle after a contrasting clause goes on with that clause's speaker",
      'Kabul said 40 soldiers died; Islamabad put its own losses at 11, adding that 90 fighters were killed.',
      90,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      "a party reporting its troops' fatalities reports its own",
      'Kabul claimed to have killed 45 Pakistani soldiers, while the Pakistani military reported 19 troop fatalities.',
      19,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      '"military fatalities" are a force\'s',
      'Pakistan, for its part, reported 19 military fatalities.',
      19,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      '"enemy casualties" are the other side\'s forces',
      'The ISPR reported 60 enemy casualties in the night.',
      60,
      { measure: 'casualties', subject: 'afghan-forces', claimant: 'pakistan' },
    ],
    [
      'members of a national team among civilians keep the whole count civilian',
      'Afghan officials said the strikes in Paktika killed eight civilians, including a child and two members of the national football team.',
      8,
      { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
    ],
  ]);
  it('unnamed sources a wire quotes are still the press', () => {
    expect(
      figureWith(
        'About 25 Taliban fighters were killed near Chaman overnight, Reuters quoted sources as saying.',
        25,
      )?.claimant,
    ).toBe('other');
  });
  it('members of a force among civilians still make a mixed group', () => {
    expect(
      figureWith(
        'Shelling killed nine people, including four civilians and five members of the Afghan forces.',
        9,
      )?.subject,
    ).toBe('people');
  });
  it('the denier speaks for the participle, not the claim it denies', () => {
    expect(
      figureWith('The ISPR dismissed the claim that 58 soldiers died, saying 23 had.', 23)
        ?.claimant,
    ).toBe('pakistan');
  });
  it('"placed" with no count after "at" reports nothing', () => {
    expect(figureWith('The bodies were placed in 12 coffins, Kabul said.', 12)?.measure).toBe(
      'other',
    );
  });
});

describe('a sixteenth blind probe, continued: assailants, and "another N" told in the next sentence', () => {
  table([
    [
      'assailants killed repelling an attack by the Afghan Taliban are the Afghan forces',
      'QUETTA: Troops on Tuesday beat back an assault by the Afghan Taliban near Zhob, killing between 10 and 14 assailants, the ISPR said.',
      10,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'pakistan', upper: 14 },
    ],
    [
      '"another N people" of the same loss, in the next sentence of the same speaker, are more of them',
      'About 35 Taliban fighters were killed near Chaman, the army said. It added that another 25 people were killed in clashes further north.',
      25,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
  ]);
  it('"other people" hurt in the next sentence are not the dead group', () => {
    expect(
      figureWith(
        'About 35 Taliban fighters were killed near Chaman, the army said. Another 25 people were hurt in the town.',
        25,
      )?.subject,
    ).toBe('people');
  });
  it('unknown assailants with no side stay militants', () => {
    expect(
      figureWith('Police said three assailants were killed in the raid in Peshawar.', 3)?.subject,
    ).toBe('militants');
  });
});

describe('a seventeenth blind probe: losses "on its side", a toll presented, insurgents an Afghan official tells of, "lost his life" before "N others"', () => {
  table([
    [
      'a loss noun the speaker owns "on its side" after the count',
      'Islamabad said 17 of its soldiers were killed, while the Taliban admitted 11 deaths on its side.',
      11,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      '"presented a toll:" gives the counts after the colon',
      'The army, for its part, presented another toll: 19 soldiers dead and more than 150 Taliban fighters killed.',
      19,
      { measure: 'killed', subject: 'pakistani-forces', claimant: 'pakistan' },
    ],
    [
      'insurgents an Afghan official tells of attack the Afghan side',
      'An Afghan provincial official says insurgents have killed at least six police at a checkpoint.',
      6,
      { measure: 'killed', subject: 'afghan-forces', claimant: 'afghanistan' },
    ],
    [
      '"N others" after an intransitive loss take its subject',
      'An Afghan border guard lost his life in the firing and at least three others were wounded.',
      3,
      { measure: 'wounded', subject: 'afghan-forces' },
    ],
  ]);
  it('militants a Pakistani source tells of still attack Pakistan', () => {
    expect(figureWith('Police said militants killed four policemen in Bannu.', 4)?.subject).toBe(
      'pakistani-forces',
    );
  });
  it('"on its side" after a count of the other side names no loss of its own', () => {
    expect(
      figureWith('The Taliban claimed 40 Pakistani soldiers died on its side of the line.', 40)
        ?.subject,
    ).toBe('pakistani-forces');
  });
});

describe('a seventeenth blind probe, continued: members listed after a dash', () => {
  table([
    [
      'members after a dash that add up to the whole and are all civilians make it civilian',
      'Mujahid said the strike in Paktika hit a home, killing seven people — five children and two women.',
      7,
      { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
    ],
  ]);
  it('members that include a soldier leave the whole as people', () => {
    expect(
      figureWith('The strike killed seven people: five children and two soldiers.', 7)?.subject,
    ).toBe('people');
  });
  it('members that do not add up leave the whole as people', () => {
    expect(
      figureWith('The strike killed seven people — five children among them.', 7)?.subject,
    ).toBe('people');
  });
});

describe('a seventeenth blind probe, continued: local officials after other officials', () => {
  it('local officials are placed where the events are, before officials of a side named earlier', () => {
    const text =
      'Afghan officials reported 12 civilian deaths in Kunar.\n\nA wire agency cited local officials confirming that four Pakistani soldiers were killed in Bajaur.';
    expect(figureWith(text, 4)?.claimant).toBe('pakistan');
  });
  it('plain officials after Afghan officials still go on with them', () => {
    const text =
      'Afghan officials reported 12 civilian deaths in Kunar. Officials said four more were hurt in the shelling.';
    expect(figureWith(text, 4)?.claimant).toBe('afghanistan');
  });
});

describe('an eighteenth blind probe: an outlet described before its name, a desk name heading the copy', () => {
  table([
    [
      'security sources cited by "the local" outlet of one side are that side',
      'At least nine civilians were killed in a Pakistani strike in Khost, the local Pajhwok reported, citing security sources.',
      9,
      { measure: 'killed', subject: 'afghan-civilians', claimant: 'afghanistan' },
    ],
    [
      'a desk name glued to a dash before the story never speaks',
      'Desk Report- A Taliban government spokesman said on Sunday that Pakistani strikes killed at least six people in Kunar.',
      6,
      { measure: 'killed', claimant: 'afghanistan' },
    ],
  ]);
  it('local residents are still residents', () => {
    expect(figureWith('Twelve people were killed, local residents said.', 12)?.claimant).toBe(
      'other',
    );
  });
  it('a hyphenated name is no desk', () => {
    expect(
      figureWith('Tehrik-i-Taliban Pakistan said 14 of its fighters were killed.', 14)
        ?.claimantName,
    ).toBe('Tehrik-i-Taliban Pakistan');
  });
});

describe('an eighteenth blind probe, continued: a sentence that opens by confirming what was told', () => {
  it('its speaker gave the counts of the sentence before', () => {
    const text =
      'As many as nine soldiers of the Pakistan Army were killed by militants in Bajaur. Confirming the news, an officer of the Pakistan Army said the attackers came from across the border.';
    expect(figureWith(text, 9)?.claimant).toBe('pakistan');
  });
  it('a sentence that only follows, confirming nothing, does not', () => {
    const text =
      'As many as nine soldiers were killed by militants in Bajaur. An officer of the Pakistan Army said the attackers came from across the border.';
    expect(figureWith(text, 9)?.claimant).toBeNull();
  });
});

describe('a nineteenth blind probe: a list of places before the participle, formations listed by name and number', () => {
  table([
    [
      'places listed before ", killing" do not hide the main clause’s subject',
      'Afghan forces seized three Pakistani posts in Nangarhar, Kunar, and Paktia, killing 9 soldiers.',
      9,
      { measure: 'killed', subject: 'pakistani-forces' },
    ],
    [
      'the same without the serial comma',
      'Pakistani troops pushed back attackers in Kurram, Bajaur and Mohmand, killing 31 soldiers.',
      31,
      { measure: 'killed', subject: 'afghan-forces' },
    ],
    [
      'an aside between commas is still no subject',
      'The shelling, by the ministry’s own count, killed 7 soldiers.',
      7,
      { measure: 'killed', subject: 'people' },
    ],
  ]);
  it('a pair of both countries names no side, as agent or as what was hit', () => {
    const text =
      'Firing at the Pakistan-Afghanistan border killed 6 civilians, a Kandahar official said.';
    expect(figureWith(text, 6)?.subject).toBe('afghan-civilians');
    const agent = 'Pakistan-Afghanistan border clashes killed 6 civilians.';
    expect(figureWith(agent, 6)?.subject).toBe('civilians');
  });
  it('sources of a ministry named before speak for that ministry', () => {
    const lead = "Afghanistan's defence ministry said its forces had hit posts inside Pakistan. ";
    expect(
      figureWith(`${lead}Ministry sources said 19 Pakistani troops were killed.`, 19)?.claimant,
    ).toBe('afghanistan');
    expect(
      figureWith(`${lead}Sources in the ministry put the Pakistani dead at 19.`, 19)?.claimant,
    ).toBe('afghanistan');
    // Sources the text leaves to no office stay Pakistan's security sources (the rules' default).
    expect(
      figureWith(`${lead}Security sources said 19 Afghan fighters were killed.`, 19)?.claimant,
    ).toBe('pakistan');
  });
  it('corps listed by name and number after the word "corps" are no counts', () => {
    const text =
      'The chief of staff told every corps, among them Maiwand 215, Pamir 217 and Zafar 207, to stand ready.';
    for (const n of [215, 217, 207]) expect(figureWith(text, n)).toBeUndefined();
  });
  it('a tally after a name beside the word "corps" stays a count', () => {
    const text = 'The corps commanders gave the dead as Kunar 12 and Khost 15 soldiers.';
    expect(figureWith(text, 15)).toBeDefined();
  });
});

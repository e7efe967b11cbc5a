import { describe, expect, it } from 'vitest';
import {
  episodeCueHits,
  eventDate,
  sameEvent,
  type EventDateInput,
} from '../../../lib/compare/event-date';
import { EVENTS } from '../../../lib/conflict/events';

const start = (id: string): string => {
  const e = EVENTS.find((x) => x.id === id);
  if (!e) throw new Error(`no episode ${id}`);
  return e.start;
};

/** An article whose sentences holding a casualty count are marked, as the figure extractor would. */
function withDeaths(a: Omit<EventDateInput, 'figures'>, phrase: string): EventDateInput {
  const at = a.text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" not in text`);
  const dot = a.text.lastIndexOf('. ', at);
  const sentenceStart = dot < 0 ? 0 : dot + 2;
  const end = a.text.indexOf('.', at);
  return {
    ...a,
    figures: [{ sentenceStart, sentenceEnd: end < 0 ? a.text.length : end + 1, measure: 'killed' }],
  };
}

// Short articles written for these tests, in the shapes real reporting takes.
describe('earlier rounds are episodes of their own', () => {
  it.each<[string, EventDateInput, string]>([
    [
      'March 2024 strikes, reported the same day, recalling the attack two days before',
      {
        title: 'Kabul says Pakistani jets killed eight in Khost and Paktika',
        published: '2024-03-18',
        text: 'Pakistani aircraft struck homes in Khost and Paktika before dawn on Monday, the Taliban said. The raids came two days after a suicide attack on Saturday killed seven soldiers in Mir Ali.',
      },
      '2024-03-khost-paktika-strikes',
    ],
    [
      'a Torkham firefight in February 2023',
      {
        title: 'Guards trade fire at Torkham a day after the crossing shut',
        published: '2023-02-20',
        text: 'Border forces exchanged fire at Torkham on Monday, a day after Taliban officials closed the crossing, and a guard was hurt.',
      },
      '2023-02-torkham-closure',
    ],
    [
      'a Torkham firefight in March 2025, another episode at the same place',
      {
        title: 'Forces exchange fire at shut Torkham crossing',
        published: '2025-03-03',
        text: 'Pakistani and Afghan forces fired at each other overnight at Torkham, which has been closed for more than a week, officials said on Monday.',
      },
      '2025-03-torkham-firefight',
    ],
    [
      'a Kurram clash of a Saturday, reported on the Monday',
      {
        title: 'Afghan troops killed in Kurram border clash, sources say',
        published: '2024-09-09',
        text: 'Afghan forces opened fire on a Pakistani post in Kurram early on Saturday, and the exchange went on for hours, security sources said.',
      },
      '2024-09-kurram-clash',
    ],
    [
      'the December 2024 Paktika strikes, undated, by their month-day',
      {
        title: 'Air strikes hit villages in Barmal',
        published: null,
        text: 'Jets struck seven villages of Paktika on the night of December 24, killing at least 15 people, local officials said.',
      },
      '2024-12-paktika-strikes',
    ],
    [
      'the Kabul strikes of 9 October 2025, reported the next day',
      {
        title: 'Blasts in Kabul as jets hunt TTP chief',
        published: '2025-10-10',
        text: 'Two explosions shook Kabul late on Thursday in what officials in Islamabad described as strikes on the hideout of Noor Wali Mehsud.',
      },
      '2025-10-kabul-strikes',
    ],
    [
      'the November 2025 Khost strike',
      {
        title: 'Taliban say overnight strike in Khost killed ten',
        published: '2025-11-25',
        text: 'A house in Khost was bombed shortly after midnight, the Taliban spokesman said on Tuesday, and strikes in Kunar and Paktika wounded four more.',
      },
      '2025-11-khost-strike',
    ],
  ])('%s', (_name, article, id) => {
    expect(eventDate(article)).toBe(start(id));
  });

  it('keeps the October 2025 clashes apart from the Kabul strikes they answered', () => {
    const clashes = {
      title: 'Afghan forces attack border posts',
      published: '2025-10-12',
      text: 'Afghan troops attacked Pakistani posts along the border on Saturday night. Kabul said it was answering the strikes that targeted the TTP chief earlier in the week.',
    };
    expect(eventDate(clashes)).toBe(start('2025-10-clashes'));
    expect(sameEvent(eventDate(clashes), start('2025-10-kabul-strikes'))).toBe(false);
  });
});

describe('fighting and talks at the same time are different episodes', () => {
  const infiltration = withDeaths(
    {
      title: 'Five soldiers and 25 militants killed near Afghan border',
      published: '2025-10-26',
      text: 'Five soldiers and 25 militants were killed when fighters tried to cross into Kurram on Friday and Saturday, the army said on Sunday, while delegations met in Istanbul. The army said the attempts cast doubt on Kabul as the Istanbul talks went into a second day. Mediators in Istanbul urged restraint.',
    },
    'Five soldiers',
  );
  const talks = {
    title: 'Istanbul talks stall over monitoring',
    published: '2025-10-27',
    text: 'Negotiators in Istanbul failed to agree on a monitoring mechanism on Monday, and the talks were extended by a day.',
  };

  it('a report leading with the dead is about the fighting, though it names the talks', () => {
    expect(eventDate(infiltration)).toBe(start('2025-10-infiltration-clashes'));
  });

  it('a report of the talks stays with the talks', () => {
    expect(eventDate(talks)).toBe(start('2025-10-istanbul-talks'));
    expect(sameEvent(eventDate(infiltration), eventDate(talks))).toBe(false);
  });

  it('a strike reported on the day talks open is not the talks when the talks are not named', () => {
    const strike = {
      title: 'Air strike kills civilians in Paktika',
      published: '2025-10-18',
      text: 'A Pakistani jet hit a house in Paktika late on Friday, killing at least ten people including young cricketers, local officials said on Saturday.',
    };
    expect(eventDate(strike)).toBe(start('2025-10-clashes'));
  });

  it('a ceasefire report that names the talks before recalling the dead stays with the talks', () => {
    const truce = withDeaths(
      {
        title: 'Neighbours agree to stop fighting',
        published: '2025-10-19',
        text: 'Both sides agreed an immediate ceasefire after talks in Doha mediated by Qatar, it was announced early on Sunday. A week of border fighting had killed dozens on both sides.',
      },
      'A week of border fighting',
    );
    expect(eventDate(truce)).toBe(start('2025-10-doha-ceasefire'));
  });

  it('a ceasefire report that names Doha is the Doha talks', () => {
    const doha = {
      title: 'Delegations head to Doha',
      published: '2025-10-18',
      text: 'Both delegations arrived in Doha on Saturday for talks mediated by Qatar.',
    };
    expect(eventDate(doha)).toBe(start('2025-10-doha-ceasefire'));
  });
});

describe('a later story recalling an earlier round keeps its own episode', () => {
  it('a February 2026 article recalling October’s 23 soldiers stays February', () => {
    const feb = withDeaths(
      {
        title: 'Pakistan says it is at open war with Afghanistan',
        published: '2026-02-27',
        text: 'Pakistani jets struck Kabul on Friday after Afghan attacks on border posts on Thursday. In October 2025, 23 Pakistani soldiers died in clashes that began on October 11.',
      },
      'Pakistani jets',
    );
    expect(eventDate(feb)).toBe(start('2026-02-open-war'));
  });

  it('the retaliation is the news, not the strike it answers', () => {
    const retaliation = {
      title: 'Afghan forces hit Pakistani posts in retaliation',
      published: '2026-02-26',
      text: 'Afghan forces shelled Pakistani posts along the Durand Line on Thursday evening in response to the air strikes on February 22, a Taliban spokesman said.',
    };
    expect(eventDate(retaliation)).toBe(start('2026-02-open-war'));
  });

  it('the weekend strikes themselves stay the weekend strikes', () => {
    const weekend = {
      title: 'Pakistani strikes in Nangarhar kill civilians, Kabul says',
      published: '2026-02-23',
      text: 'Strikes in Nangarhar and Paktika on February 22 killed at least 13 civilians, the UN mission said on Monday.',
    };
    expect(eventDate(weekend)).toBe(start('2026-02-weekend-strikes'));
    expect(sameEvent(eventDate(weekend), start('2026-02-open-war'))).toBe(false);
  });
});

describe('undated reports', () => {
  it('a place several episodes share does not pick one of them alone', () => {
    const torkham = {
      title: 'Guards exchange fire at Torkham',
      published: null,
      text: 'Border guards traded fire at Torkham on Monday and the crossing was closed.',
    };
    const e = eventDate(torkham);
    expect(EVENTS.some((x) => x.start === e)).toBe(false);
  });

  it('a cue word that names one episode alone is enough', () => {
    const war = {
      title: 'Minister says Pakistan is in open war',
      published: null,
      text: 'The defence minister wrote that the country was now in open war with its neighbour.',
    };
    expect(eventDate(war)).toBe(start('2026-02-open-war'));
  });

  it('a phrase two rounds share weighs less than one only this round uses', () => {
    const spin = {
      title: 'Pakistan vows a strong response',
      published: null,
      text: 'Afghan forces opened fire near Spin Boldak days after strikes on Kabul, and Islamabad promised to respond.',
    };
    expect(eventDate(spin)).toBe(start('2025-10-clashes'));
    const only = {
      title: 'x',
      published: null,
      text: 'Jets carried out strikes on Kabul overnight.',
    };
    expect(EVENTS.some((x) => x.start === eventDate(only))).toBe(false);
  });

  it('a month-day inside an episode beats place names of an older one', () => {
    const truce = {
      title: 'Truce broken, Kabul says',
      published: null,
      text: 'Late on October 17, 2025, jets struck Argun and Barmal in Paktika, and Kabul said the border clashes truce was over.',
    };
    expect(eventDate(truce)).toBe(start('2025-10-clashes'));
  });
});

describe('cue words as news copy spells them', () => {
  it('a cue written with a hyphen or a space still names its episode', () => {
    const clash = {
      title: 'Dozens dead as neighbours trade fire',
      published: '2025-10-14',
      text: 'Forces traded fire along the frontier over the week. The fighting began two days after explosions were reported inside Afghanistan on Thursday. Kabul blamed the blasts on Thursday on Pakistan, and a 48-hour cease-fire followed.',
    };
    expect(eventDate(clash)).toBe(start('2025-10-clashes'));
    // Without the episode's words the Thursday blasts are the story.
    const blasts = {
      title: 'Blasts heard in Afghan capital',
      published: '2025-10-10',
      text: 'Two blasts were heard in Kabul on Thursday night, officials said.',
    };
    expect(eventDate(blasts)).toBe(start('2025-10-kabul-strikes'));
  });

  it('a cue at the tail of a hyphened compound is not the cue', () => {
    const generic = {
      title: 'Hospital hit in Kabul',
      published: null,
      text: 'Kabul said a strike hit a hospital late on Monday, in a conflict of repeated cross-border clashes.',
    };
    expect(eventDate(generic)).not.toBe(start('2025-10-clashes'));
    const named = {
      ...generic,
      text: generic.text.replace('cross-border clashes', 'border clashes near Spin Boldak'),
    };
    expect(eventDate(named)).toBe(start('2025-10-clashes'));
  });

  it('episodeCueHits lists the cue words each episode finds, as dating reads them', () => {
    const hits = episodeCueHits(
      'A 48 hour cease-fire held near Spin Boldak after cross-border clashes.',
    );
    expect(hits.find((e) => e.id === '2025-10-clashes')?.hits.sort()).toEqual([
      '48-hour ceasefire',
      'spin boldak',
    ]);
    expect(episodeCueHits('Shops opened.')).toEqual([]);
  });

  it('a cue word inside a longer word is not the cue', () => {
    const other = {
      title: 'x',
      published: null,
      text: 'The Dohaworld festival opened with Kurramabad dancers.',
    };
    expect(eventDate(other)).toBeNull();
  });

  it('one name repeated does not outweigh several words of another episode', () => {
    const strikes = {
      title: 'Cricketers among dead as fresh strikes test truce',
      published: '2025-10-18',
      text: 'As the sides agreed to hold the truce until talks in Doha end, Kabul said on Friday that new strikes had hit Paktika. Doha will host both delegations; the Doha meeting, the Doha agenda and the Doha venue were set on Saturday. Young cricketers were killed, a week after the border clashes near Spin Boldak.',
    };
    expect(eventDate(strikes)).toBe(start('2025-10-clashes'));
    const talks = {
      title: 'Delegations meet in Doha',
      published: '2025-10-19',
      text: 'Defence ministers met in Doha on Saturday under Qatari mediation and signed a ceasefire agreement.',
    };
    expect(eventDate(talks)).toBe(start('2025-10-doha-ceasefire'));
  });
});

describe('undated reports: the months and years the text names', () => {
  it('a month named with its year dates an undated report', () => {
    const tally = {
      title: 'UN counts civilian dead',
      published: null,
      text: 'More than 300 Afghan civilians died in the first quarter of 2026, most of them in the fighting that flared from late February 2026, the UN said.',
    };
    expect(eventDate(tally)).toBe(start('2026-02-open-war'));
  });

  it('a report is written no earlier than the latest year it names', () => {
    const torkham = {
      title: 'Crossing stays shut',
      published: null,
      text: 'Torkham stayed closed for a third day and the bunker dispute went on; traders said 2026 had been the worst year since 2021.',
    };
    const got = eventDate(torkham);
    for (const id of [
      '2023-02-torkham-closure',
      '2023-09-chitral-torkham',
      '2025-03-torkham-firefight',
    ])
      expect(got).not.toBe(start(id));
    // Years named before an episode do not rule it out.
    const recalled = {
      title: 'Posts attacked',
      published: null,
      text: 'Afghan forces attacked posts near Spin Boldak, the worst fighting since the Taliban took power in 2021.',
    };
    expect(eventDate(recalled)).toBe(start('2025-10-clashes'));
  });

  it('a month alone only leans: it does not choose an episode by itself', () => {
    const vague = {
      title: 'x',
      published: null,
      text: 'Shops reopened in February after a long closure.',
    };
    expect(EVENTS.some((x) => x.start === eventDate(vague))).toBe(false);
  });

  it("a month-day just after an episode, inside its reporting window, is a follow-up's day", () => {
    const truce = {
      title: 'Eid truce holds',
      published: null,
      text: 'A five-day truce for Eid began on March 20, after fighting that had raged since late February killed hundreds.',
    };
    expect(eventDate(truce)).toBe(start('2026-02-open-war'));
    const later = {
      title: 'Crossing reopens',
      published: null,
      text: 'Traders crossed again on April 30 after talks.',
    };
    expect(EVENTS.some((x) => x.start === eventDate(later))).toBe(false);
  });
});

describe('the day an episode began, and the day it answers', () => {
  it('"since Sunday" dates a running episode we do not know to its first day', () => {
    const running = {
      title: 'Border police killed in days of gunfire',
      published: '2019-06-11',
      text: 'Two border policemen have been killed in gunfights since Sunday, an official said on Tuesday. Firing went on into Tuesday morning near the gate.',
    };
    expect(eventDate(running)).toBe('2019-06-09');
    // Without "since" the latest day of fighting the story dwells on stands.
    const plain = { ...running, text: running.text.replace('since Sunday', 'on Sunday') };
    expect(eventDate(plain)).toBe('2019-06-11');
    // Inside a known episode's reporting window, either way the episode's first day is the key.
    const known = { ...plain, published: '2016-06-14' };
    expect(eventDate(known)).toBe(start('2016-06-torkham-gate'));
  });

  it("an older clash's shared place name does not pull an undated report back to it", () => {
    const chaman = {
      title: 'Firing at the crossing',
      published: null,
      text: 'Forces traded fire at Chaman overnight and the crossing was shut, officials said.',
    };
    const got = eventDate(chaman);
    for (const id of [
      '2017-05-chaman-census',
      '2020-07-chaman-shelling',
      '2022-12-chaman-shelling',
    ])
      expect(got).not.toBe(start(id));
    // Named with its own word and its year, the old clash is found.
    const census = {
      title: 'Census team fired on',
      published: null,
      text: 'Afghan forces fired on a census team near Chaman in May 2017, killing villagers.',
    };
    expect(eventDate(census)).toBe(start('2017-05-chaman-census'));
  });

  it('the day a statement was made is not the day of the fighting it reports', () => {
    const shelling = {
      title: 'Shells from across the border kill four',
      published: '2012-07-22',
      text: 'Shells fired across the frontier on Saturday killed four villagers, a district official said Sunday.',
    };
    expect(eventDate(shelling)).toBe('2012-07-21');
    // Fighting on the later day still counts for it.
    const fresh = {
      ...shelling,
      text: 'Shells fired across the frontier on Saturday killed four villagers, a district official said Sunday, and shelling on Sunday killed two more.',
    };
    expect(eventDate(fresh)).toBe('2012-07-22');
  });

  it('an undated month-day the news answers is background, not its episode', () => {
    const answer = {
      title: 'Taliban claim raid on border posts',
      published: null,
      text: 'Afghan forces raided Pakistani posts near Spin Boldak, the spokesman said, in response to the air strikes on October 9.',
    };
    expect(eventDate(answer)).toBe(start('2025-10-clashes'));
    const strikes = {
      title: 'Strikes on Kabul',
      published: null,
      text: 'Jets hit the capital on October 9, officials said, and Kabul explosions woke residents.',
    };
    expect(eventDate(strikes)).toBe(start('2025-10-kabul-strikes'));
  });
});

describe('episode data', () => {
  it('every episode has a valid span and cue words', () => {
    for (const e of EVENTS) {
      expect(e.start <= e.end, e.id).toBe(true);
      expect(e.cues.length, e.id).toBeGreaterThan(0);
    }
    expect(new Set(EVENTS.map((e) => e.start)).size).toBe(EVENTS.length); // the start is the event key
  });
});

import { describe, expect, it } from 'vitest';
import { eventDate, sameEvent, episodeOf, type Episode } from '../../../lib/compare/event-date';
import { EVENTS } from '../../../lib/conflict/events';

const start = (id: string) => EVENTS.find((e) => e.id === id)!.start;

// Our own short articles, written for these tests.
const OPEN_WAR_DAY_TWO = {
  title: 'Pakistan says it is in open war with Afghanistan after night of strikes',
  published: '2026-02-27',
  text: [
    'Pakistani jets bombed Kabul and Kandahar on Friday, hours after Afghan troops attacked border posts on Thursday.',
    'Defence Minister Khawaja Asif wrote that the two countries were now in open war.',
    'The fighting followed Pakistani air strikes in Nangarhar last weekend, which Kabul said killed civilians.',
    "Pakistan's military said at least 100 Afghan fighters were killed.",
  ].join('\n\n'),
};

const OPEN_WAR_LATER = {
  title: 'Death toll climbs as Pakistan and Afghanistan trade fire for a fourth day',
  published: '2026-03-01',
  text: 'Shelling along the frontier continued on Sunday. A Pakistani army spokesman raised the count of Afghan fighters killed since Thursday to more than 300, and the Taliban said strikes on Kabul had hit homes.',
};

const WEEKEND_STRIKES = {
  title: 'Pakistani jets strike eastern Afghanistan',
  published: '2026-02-22',
  text: 'Pakistani aircraft struck targets in Nangarhar and Paktika provinces on Saturday night, Afghan officials said on Sunday. The Taliban administration said 21 people were killed, including women and children.',
};

const OCTOBER_CLASHES = {
  title: 'Pakistan says 21 soldiers killed in clashes with Afghan forces',
  published: '2025-10-12',
  text: 'Late on Saturday Afghan Taliban fighters struck Pakistani frontier posts, according to Pakistan, and no fewer than 21 Pakistani soldiers died in the fighting. Kabul said its raids answered Pakistani air strikes on the capital earlier in the week.',
};

const DOHA = {
  title: 'Afghanistan and Pakistan agree ceasefire after talks in Doha',
  published: '2025-10-19',
  text: 'Delegations from both countries signed a ceasefire agreement in Doha on Sunday after mediation by Qatar and Turkey. More than a week of border clashes had killed dozens of people.',
};

describe('eventDate snaps to known episodes', () => {
  it.each([
    ['the open war, on its second day', OPEN_WAR_DAY_TWO, '2026-02-open-war'],
    ['the open war, days later', OPEN_WAR_LATER, '2026-02-open-war'],
    ['the weekend strikes before it', WEEKEND_STRIKES, '2026-02-weekend-strikes'],
    ['the October 2025 clashes', OCTOBER_CLASHES, '2025-10-clashes'],
    ['the Doha ceasefire', DOHA, '2025-10-doha-ceasefire'],
  ])('%s', (_name, article, id) => {
    expect(eventDate(article)).toBe(start(id));
  });

  it('keeps the October 2025 clashes and the February 2026 strikes apart although both count 21', () => {
    const oct = eventDate(OCTOBER_CLASHES);
    const feb = eventDate(WEEKEND_STRIKES);
    expect(sameEvent(oct, feb)).toBe(false);
  });

  it('keeps the weekend strikes apart from the open war that followed', () => {
    expect(sameEvent(eventDate(WEEKEND_STRIKES), eventDate(OPEN_WAR_DAY_TWO))).toBe(false);
  });

  it('joins reports of the open war published days apart', () => {
    expect(sameEvent(eventDate(OPEN_WAR_DAY_TWO), eventDate(OPEN_WAR_LATER))).toBe(true);
  });

  it('does not pick an old episode from background cue words alone', () => {
    const feb = {
      title: 'Border crossings stay shut',
      published: '2026-02-10',
      text: 'Trade has not recovered since the ceasefire brokered in Doha by Qatar, and traders at Torkham say losses mount.',
    };
    expect(eventDate(feb)).toBe('2026-02-10');
  });
});

describe('eventDate without a known episode', () => {
  const none: readonly Episode[] = [];

  it.each([
    [
      'a weekday cue in the lede',
      {
        title: 'Clashes at the border',
        published: '2026-06-11',
        text: 'Troops exchanged fire on Tuesday near the crossing.',
      },
      '2026-06-09',
    ],
    [
      'no cue: the publication day',
      {
        title: 'Clashes at the border',
        published: '2026-06-11',
        text: 'Troops exchanged fire near the crossing.',
      },
      '2026-06-11',
    ],
    [
      'a date-time publication keeps its local day',
      { title: 'x', published: '2026-06-11T23:30:00+05:00', text: 'Shots were fired.' },
      '2026-06-11',
    ],
    [
      'background cues lose to the main one',
      {
        title: 'x',
        published: '2026-06-11',
        text: 'After talks last week failed, fighting resumed yesterday.',
      },
      '2026-06-10',
    ],
    ['no date at all', { title: 'x', published: null, text: 'Troops exchanged fire.' }, null],
    [
      'a full date when publication is unknown',
      { title: 'x', published: null, text: 'Troops exchanged fire on June 9, 2026.' },
      '2026-06-09',
    ],
  ])('%s', (_name, article, expected) => {
    expect(eventDate(article, none)).toBe(expected);
  });

  it('a day cue inside a figure sentence outweighs one elsewhere', () => {
    const text = 'Officials met on Monday. Fighting on Tuesday killed 12 soldiers.';
    const s = text.indexOf('Fighting');
    const figures = [{ sentenceStart: s, sentenceEnd: text.length }];
    // Both cues are in the lede; the figure's sentence decides.
    expect(eventDate({ title: 'x', published: '2026-06-11', text, figures }, none)).toBe(
      '2026-06-09',
    );
  });

  it('clusters unknown episodes by a small window', () => {
    expect(sameEvent('2026-06-09', '2026-06-10', none)).toBe(true);
    expect(sameEvent('2026-06-09', '2026-06-30', none)).toBe(false);
    expect(sameEvent(null, '2026-06-09', none)).toBe(false);
    expect(sameEvent(null, null, none)).toBe(false);
  });

  it('never joins a known episode with a nearby unknown date', () => {
    expect(sameEvent(start('2026-02-open-war'), '2026-02-27')).toBe(false);
    expect(episodeOf(start('2026-02-open-war'))?.id).toBe('2026-02-open-war');
    expect(episodeOf('1999-01-01')).toBeNull();
  });
});
